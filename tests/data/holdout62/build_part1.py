#!/usr/bin/env python3
"""Messages 001-010 (September 8-15, 2026)."""
from common import *

GOVQA = 'noreply@mycusthelp.net'

# 001 ---------------------------------------------------------------------------------------------
m = new('Cook County Assessor FOIA Center <%s>' % GOVQA, plus('REQ-001'),
        'Public Records Request :: R004417-090826', when('2026-09-08 10:14', 'CDT'),
        mid('001 assessor ack', 'mycusthelp.net'),
        extra=[('X-Mailer', 'GovQA Notification Service'), ('Auto-Submitted', 'auto-generated')])
m.set_content("""<html><head><meta charset="utf-8"></head>
<body style="font-family:Verdana,Arial,sans-serif;font-size:12px;color:#222">
<div style="background:#003366;color:#fff;padding:10px;font-size:15px">Cook County Assessor's Office &mdash; FOIA Center</div>
<p>Dear Records Desk,</p>
<p>Thank you for submitting a Freedom of Information Act request to the Cook County Assessor's Office.
Your request was received on <b>9/8/2026</b> and has been assigned reference number
<b>R004417-090826</b>. Please refer to this number when contacting the Office about your request.</p>
<table cellpadding="4" style="border:1px solid #bbb;font-size:12px">
<tr><td><b>Request Type</b></td><td>FOIA - General Records</td></tr>
<tr><td><b>Description</b></td><td>Certificates of error issued and appeal outcomes for commercial (class 5a/5b) properties, tax year 2025</td></tr>
<tr><td><b>Preferred Delivery</b></td><td>Electronic via Public Records Center</td></tr>
</table>
<p>Pursuant to 5 ILCS 140/3(d), the Office will respond within five (5) business days of receipt, unless the
time for response is extended as provided in Section 3(e).</p>
<p>You can monitor the progress of your request at
<a href="https://cookcountyassessoril.mycusthelp.com/WEBAPP/_rs/(S(xq4ty0c5obm1tcy3hv2wq1ja))/supporthome.aspx">the FOIA Center</a>.</p>
<p>Sincerely,<br>FOIA Officer<br>Cook County Assessor's Office<br>118 N. Clark Street, Chicago, IL 60602</p>
<p style="font-size:10px;color:#777">This message was sent from an unmonitored address. Please do not reply to this email.</p>
</body></html>
""", subtype='html')
write('001-cookassessor-govqa-ack.eml', m, 'REQ-001', 'acknowledgment', tracking='R004417-090826',
      clock='received_on_sent_date', signals=['plus', 'tracking-new', 'subject'],
      why='GovQA (shared noreply sender) confirms the Assessor received the request 9/8 and assigns R004417-090826; IL 5 business days')

# 002 ---------------------------------------------------------------------------------------------
s2 = 'Automatic reply: ' + REQS['REQ-002']['subject']
m = new('CCH FOIA <foia@cookcountyhealth.org>', INBOX, s2, when('2026-09-08 11:02', 'CDT'),
        mid('002 cch auto', 'SA1PR09MB7711.namprd09.prod.outlook.com', 'outlook'),
        irt=rmid('REQ-002'), refs=rmid('REQ-002'),
        extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')]
        + outlook_extra('cookcountyhealth.org', REQS['REQ-002']['subject'], '002'))
m.set_content("""Thank you for contacting the Cook County Health Freedom of Information Act (FOIA) Office.

This is an automated reply. Requests are reviewed in the order in which they are received. If your
message is a FOIA request, a FOIA Office staff member will send a separate acknowledgment with a
request number. You do not need to resend your request.

Requests for your own medical records are not handled by this office. Please contact Health
Information Management at 312-864-XXXX or submit an authorization form through MyCookCountyHealth.

Cook County Health FOIA Office
1950 W. Polk Street, Chicago, IL 60612
""")
write('002-cchealth-autoreply.eml', m, 'REQ-002', 'auto_reply', signals=['thread'],
      why='Cook County Health FOIA mailbox auto-responder; says a separate acknowledgment will follow')

# 003 ---------------------------------------------------------------------------------------------
m = new('Chicago Park District <news@chicagoparkdistrict.com>', INBOX,
        'Fall into fun: program registration opens Sept. 14 + thanks for a great beach season',
        when('2026-09-09 07:00', 'CDT'), mid('003 park news', 'mail.chicagoparkdistrict.com'),
        extra=[('List-Unsubscribe', '<https://www.chicagoparkdistrict.com/newsletter/unsubscribe?u=8a1f>'),
               ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('Precedence', 'bulk'),
               ('X-Campaign', 'CPD-ENEWS-2026-09A')])
m.set_content("""CHICAGO PARK DISTRICT E-NEWS | September 2026

Thanks for a great beach season!
Our lifeguards staffed 22 beaches this summer. Beaches are now closed for swimming for the
season; lakefront paths and beach houses remain open.

Fall program registration opens Monday, September 14 at 9:00 a.m. (online) and Saturday,
September 19 (in person at your local park).

Also this month: Movies in the Parks wraps up, Night Out in the Parks, and the Fall Fest lineup.

You are receiving this message because you subscribed at chicagoparkdistrict.com.
Unsubscribe: https://www.chicagoparkdistrict.com/newsletter/unsubscribe?u=8a1f
Chicago Park District, 541 N. Fairbanks Court, Chicago, IL 60611
""")
m.add_alternative("""<html><body style="margin:0;font-family:Helvetica,Arial,sans-serif">
<table width="620" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#00843d;color:#fff;padding:14px;font-size:20px">Chicago Park District E-News</td></tr>
<tr><td style="padding:14px"><h2>Thanks for a great beach season!</h2>
<p>Our lifeguards staffed 22 beaches this summer. Beaches are now closed for swimming for the season;
lakefront paths and beach houses remain open.</p>
<h3>Fall program registration</h3>
<p>Online registration opens <b>Monday, September 14 at 9:00 a.m.</b>; in-person registration is Saturday,
September 19 at your local park.</p>
<p>Also this month: Movies in the Parks wraps up, Night Out in the Parks, and the Fall Fest lineup.</p></td></tr>
<tr><td style="font-size:11px;color:#666;padding:14px">You are receiving this message because you subscribed at
chicagoparkdistrict.com. <a href="https://www.chicagoparkdistrict.com/newsletter/unsubscribe?u=8a1f">Unsubscribe</a><br>
Chicago Park District, 541 N. Fairbanks Court, Chicago, IL 60611</td></tr></table></body></html>
""", subtype='html')
write('003-null-chipark-newsletter.eml', m, None, 'other', signals=['none'],
      why='Park District marketing e-newsletter (mentions lifeguards/beaches) from an agency domain; not about REQ-004')

# 004 ---------------------------------------------------------------------------------------------
m = new('"Ortega, Marisol" <marisol.ortega@cookcountyil.gov>', plus('REQ-003'), 'RE: ' + REQS['REQ-003']['subject'],
        when('2026-09-09 15:37', 'CDT'), mid('004 pd ack', 'SJ0PR09MB6402.namprd09.prod.outlook.com', 'outlook'),
        irt=rmid('REQ-003'), refs=rmid('REQ-003'),
        extra=outlook_extra('cookcountyil.gov', REQS['REQ-003']['subject'], '004'))
m.set_content("""Hi there,

I handle FOIA for the Public Defender's office - got your request this morning and it's logged as
of today.

Heads up that some of the office-wide caseload numbers are already in our annual report on the
website, but I'll pull the attorney-level monthly reports and whatever we have on caseload
standards from our Research & Policy unit. I should have something to you within the five
business days. If I need the extra time I'll let you know.

Thanks,
Marisol

Marisol Ortega
FOIA Officer / Paralegal
Law Office of the Cook County Public Defender
69 W. Washington St., 16th Floor, Chicago, IL 60602
""" + quoted('REQ-003', 'outlook', 'pd.foia@cookcountyil.gov'))
write('004-cookpd-staff-ack.eml', m, 'REQ-003', 'acknowledgment', clock='received_on_sent_date',
      signals=['thread', 'plus'],
      why='PD FOIA officer writes informally that the request is received and logged today (= sent); no number; IL 5 business days')

# 005 ---------------------------------------------------------------------------------------------
m = new('CCH FOIA Office <foia@cookcountyhealth.org>', INBOX, 'FOIA Request #26-0741 - Acknowledgment',
        when('2026-09-10 09:12', 'CDT'), mid('005 cch ack', 'SA1PR09MB7711.namprd09.prod.outlook.com', 'outlook'),
        extra=outlook_extra('cookcountyhealth.org', 'FOIA Request #26-0741 - Acknowledgment', '005'))
t5 = """Re: FOIA Request #26-0741

Dear Records Desk:

Cook County Health ("CCH") received your request under the Illinois Freedom of Information Act on
September 8, 2026. You requested emergency department ambulance bypass logs and nurse staffing
reports for John H. Stroger, Jr. Hospital, 2024 to the present.

CCH's response is due within five business days after receipt. Because the records you seek are
kept by more than one department, CCH may need to extend the time for response by up to five
additional business days, as permitted by Section 3(e) of the Act. If an extension is needed you
will be notified in writing before the original due date.

Please reference FOIA Request #26-0741 in any correspondence.

Sincerely,
FOIA Office
Cook County Health
1950 W. Polk Street, Chicago, Illinois 60612
"""
m.set_content(t5)
m.add_alternative('<html><body style="font-family:Calibri,sans-serif;font-size:11pt">' +
                  ''.join('<p>%s</p>' % p.replace('\n', ' ') for p in t5.split('\n\n')) + '</body></html>', subtype='html')
write('005-cchealth-ack.eml', m, 'REQ-002', 'acknowledgment', tracking='26-0741', clock='received_on_sent_date',
      signals=['tracking-new', 'subject'],
      why='CCH acknowledgment #26-0741, received Sept 8 (= sent); hedged "may need to extend"; no thread headers')

# 006 ---------------------------------------------------------------------------------------------
m = new('Chicago Park District FOIA <%s>' % GOVQA, INBOX,
        'Chicago Park District Public Records Request :: P001286-091026', when('2026-09-10 14:25', 'CDT'),
        mid('006 park ack', 'mycusthelp.net'), extra=[('X-Mailer', 'GovQA Notification Service')])
t6 = """Dear Records Desk,

The Chicago Park District has received your Freedom of Information Act request submitted on
9/10/2026 and has assigned it reference number P001286-091026.

Request summary: Lifeguard rescue logs and records of beach swim bans / swim advisories for the
2025 and 2026 beach seasons.

The District will respond within five (5) business days of receipt as required by 5 ILCS 140/3(d),
unless it notifies you of an extension.

To check the status of your request or to view responsive documents, log in to the Chicago Park
District Public Records Center:
https://chicagoparkdistrict.mycusthelp.com/WEBAPP/_rs/(S(3vb0a1rrjmbd4q2xyy1w5u45))/supporthome.aspx

Chicago Park District - Office of the General Counsel, FOIA Unit
"""
m.set_content(t6)
m.add_alternative('<html><body style="font-family:Arial;font-size:10pt">' +
                  ''.join('<p>%s</p>' % p.replace('\n', ' ') for p in t6.split('\n\n')) + '</body></html>', subtype='html')
write('006-chipark-govqa-ack.eml', m, 'REQ-004', 'acknowledgment', tracking='P001286-091026',
      clock='received_on_sent_date', signals=['tracking-new', 'subject'],
      why='GovQA (same noreply sender as the Assessor) for the Park District: received 9/10, reference P001286-091026')

# 007 ---------------------------------------------------------------------------------------------
m = new('Tomasz Kowalski via CPL FOIA <foia@chipublib.org>', plus('REQ-005'), 'Re: ' + REQS['REQ-005']['subject'],
        when('2026-09-14 10:05', 'CDT'), mid('007 cpl ack', 'chipublib.org', 'gmail'),
        irt=rmid('REQ-005'), refs=rmid('REQ-005'),
        extra=google_group_extra('foia@chipublib.org', 'tkowalski@chipublib.org'))
m.set_content("""Good morning,

The Chicago Public Library acknowledges your Freedom of Information Act request. Because it
arrived after 5:00 p.m. on Friday, September 11, it is deemed received on Monday, September 14,
2026, and has been assigned number CPL-FOIA-2026-112.

A response is due on or before September 21, 2026.

Regards,

Tomasz Kowalski
Administrative Services | FOIA Officer designee
Chicago Public Library
400 S. State Street, Chicago, IL 60605

--
You received this message because you are subscribed to the Google Groups "CPL FOIA" group.
To unsubscribe from this group and stop receiving emails from it, send an email to
foia+unsubscribe@chipublib.org.
""" + quoted('REQ-005', 'Fri, Sep 11, 2026 at 6:41 PM'))
write('007-chilib-group-ack.eml', m, 'REQ-005', 'acknowledgment', tracking='CPL-FOIA-2026-112',
      clock='received:2026-09-14', signals=['thread', 'plus', 'tracking-new'],
      why='CPL via Google Group: request sent Fri 9/11 after hours is deemed received Mon 9/14; clock from 9/14')

# 008 ---------------------------------------------------------------------------------------------
m = new('"Moore, Latrice" <lmoore@waynecounty.com>', INBOX, 'FOIA', when('2026-09-15 08:31', 'EDT'),
        mid('008 rod ack', 'waynecounty.com'), extra=[('X-Mailer', 'Microsoft Outlook 16.0')])
m.set_content("""Rec'd your FOIA 9/14 re: fraud deeds / complaints. Ref # RD-26-0311.
Response within 5 business days.

L. Moore
Register of Deeds - Records Div.
400 Monroe St., 7th Floor
Detroit, MI 48226
""")
write('008-wayne-rod-terse-ack.eml', m, 'REQ-006', 'acknowledgment', tracking='RD-26-0311',
      clock='received_on_sent_date', signals=['tracking-new', 'subject'],
      why='terse Register of Deeds clerk note, subject just "FOIA", no thread headers; received 9/14 (= sent); MI 5 business days')

# 009 ---------------------------------------------------------------------------------------------
m = new('Cook County Assessor FOIA Center <%s>' % GOVQA, plus('REQ-001'),
        'Public Records Request :: R004417-090826 - Extension of Time', when('2026-09-15 16:40', 'CDT'),
        mid('009 assessor ext', 'mycusthelp.net'), extra=[('X-Mailer', 'GovQA Notification Service')])
m.set_content("""<html><body style="font-family:Verdana,Arial,sans-serif;font-size:12px">
<p>Dear Records Desk,</p>
<p>RE: FOIA Request <b>R004417-090826</b></p>
<p>The Cook County Assessor's Office is extending the time to respond to your request by five (5)
business days, as permitted by Section 3(e) of the Illinois Freedom of Information Act, for the following reasons:</p>
<ul><li>3(e)(ii): the requested records are stored in whole or in part at other locations than the office having charge of the requested records;</li>
<li>3(e)(iii): the request requires the collection of a substantial number of specified records.</li></ul>
<p>The Office will respond to your request on or before <b>9/22/2026</b>.</p>
<p>FOIA Officer<br>Cook County Assessor's Office</p>
<p style="font-size:10px;color:#777">Please do not reply to this email. To send a message, log in to the FOIA Center.</p>
</body></html>
""", subtype='html')
write('009-cookassessor-govqa-extension.eml', m, 'REQ-001', 'extension', tracking='R004417-090826',
      clock='extension', estimated='2026-09-22', signals=['plus', 'tracking'],
      why='IL 3(e) extension of 5 business days on the 9/15 due date; states response by 9/22')

# 010 ---------------------------------------------------------------------------------------------
m = new('Public Records Center <%s>' % GOVQA, INBOX, 'Public Records Request :: R011873-091526',
        when('2026-09-15 18:02', 'EDT'), mid('010 cuy ack', 'mycusthelp.net'),
        extra=[('X-Mailer', 'GovQA Notification Service')])
t10 = """Dear Records Desk,

Thank you for your public records request. Your request has been received and is being processed.

Reference #: R011873-091526
Received: 9/15/2026
Department: Sheriff - Corrections Center
Summary: Use-of-force reports and video retention logs, Cuyahoga County Corrections Center, 2025-2026

The Cuyahoga County Public Records Unit will make responsive public records available promptly and
within a reasonable period of time, as required by Ohio Revised Code 149.43(B). You will be notified
by email when your request is updated.

Cuyahoga County Public Records Unit
2079 East 9th Street, Cleveland, OH 44115
"""
m.set_content(t10)
m.add_alternative('<html><body style="font-family:Segoe UI,Arial;font-size:10pt">' +
                  ''.join('<p>%s</p>' % p.replace('\n', '<br>') for p in t10.split('\n\n')) + '</body></html>', subtype='html')
write('010-cuyahoga-govqa-ack.eml', m, 'REQ-008', 'acknowledgment', tracking='R011873-091526',
      clock='received_on_sent_date', signals=['tracking-new', 'subject'],
      why='GovQA "Public Records Center" (no agency in From) for Cuyahoga County; received 9/15; Ohio sets no day count, so no due')

finish()
