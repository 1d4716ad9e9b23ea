#!/usr/bin/env python3
"""Messages 011-020 (Sep 17 - Sep 23, 2026)."""
from common import *

F, N = [], []

# 011 Postfix DSN: our Multnomah request to the old mcso.us address bounced
f = '011-bounce-postfix-mcso.eml'
B = '4hQz2Xc9Tm1Lk.1789783321/mx1.pacificledger.example.org'
raw = '''From: MAILER-DAEMON@mx1.pacificledger.example.org (Mail Delivery System)
To: records@pacificledger.example.org
Subject: Undelivered Mail Returned to Sender
Date: %(date)s
Message-ID: <20260918020201.4hQz2Xc9Tm1Lk@mx1.pacificledger.example.org>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="%(b)s"

This is a MIME-encapsulated message.

--%(b)s
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.pacificledger.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<mcso.records@mcso.us>: Host or domain name not found. Name service error for
    name=mcso.us type=MX: Host not found, try again

--%(b)s
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.pacificledger.example.org
X-Postfix-Queue-ID: 4hQz2Xc9Tm1Lk
X-Postfix-Sender: rfc822; records@pacificledger.example.org
Arrival-Date: Thu, 17 Sep 2026 19:01:40 -0700 (PDT)

Final-Recipient: rfc822; mcso.records@mcso.us
Original-Recipient: rfc822;mcso.records@mcso.us
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
    for name=mcso.us type=MX: Host not found, try again

--%(b)s
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <records@pacificledger.example.org>
Received: by mx1.pacificledger.example.org (Postfix, from userid 1002)
	id 4hQz2Xc9Tm1Lk; Thu, 17 Sep 2026 19:01:40 -0700 (PDT)
From: Records Desk <records@pacificledger.example.org>
Reply-To: %(reply)s
To: MCSO Records <mcso.records@mcso.us>
Cc: mcso.records@multco.us
Subject: Public records request: MCSO jail overdose incident reports and
 naloxone use logs, 2024-2026
Date: Thu, 17 Sep 2026 19:01:38 -0700
Message-ID: %(mid)s
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--%(b)s--
''' % {'date': date_hdr(2026, 9, 17, 19, 2, 1), 'b': B, 'reply': plus(12), 'mid': rmid(12)}
write_msg(f, raw)
F.append(fact(f, rid(12), 'bounce', None, 'Postfix DSN: our MCSO request to the retired mcso.us address failed (the multco.us copy went through)',
              ['thread-embedded']))
N.append((f, 'Postfix DSN with DNS failure; only the embedded headers (Message-ID, Reply-To) tie it to the request; modeled on Postfix bounce reports.'))

# 012 LASD GovQA message: 14-day extension (HTML only)
f = '012-lasd-govqa-extension-html.eml'
m = new_msg([('From', "Los Angeles County Sheriff's Department <%s>" % GOVQA), ('To', plus(1)),
             ('Subject', 'Message regarding Public Records Request :: R001482-090826'),
             ('Date', date_hdr(2026, 9, 18, 10, 5, 2)),
             ('Message-ID', '<%s.GovQA@mycusthelp.net>' % hexid('012', 24)),
             ('X-Mailer', 'GovQA Notification Service')])
set_html(m, '''<html><body style="font-family:Verdana,sans-serif;font-size:12px">
<p><b>RE: Public Records Request, reference # R001482-090826</b></p>
<p>Dear Records Desk:</p>
<p>The Los Angeles County Sheriff&#39;s Department has begun its search for records responsive to your request dated September 8, 2026, concerning deputy-involved shootings and other incidents covered by Penal Code section 832.7(b).</p>
<p>Pursuant to Government Code section 7922.535(b), the Department is extending the time to respond to your request by fourteen (14) days. The extension is necessary because of the need to search for and collect records from field facilities and other establishments that are separate from the office processing the request, and the need to search for, collect and examine a voluminous amount of separate and distinct records.</p>
<p>The Department expects to notify you of its determination on or before <b>October 2, 2026</b>.</p>
<p>Sincerely,<br>Discovery Unit &ndash; Public Records<br>Risk Management Bureau<br>Los Angeles County Sheriff&#39;s Department</p>
<hr><p style="font-size:10px;color:#777">To view or respond to this message, log in to the Public Records Center. Replies to this email are not monitored.</p>
</body></html>''')
write_msg(f, m)
F.append(fact(f, rid(1), 'extension', 'R001482-090826', 'LASD invokes the 7922.535(b) 14-day extension; determination by Oct 2 (Sep 18 + 14)',
              ['plus', 'tracking', 'subject'], clock='extension', estimated='2026-10-02'))
N.append((f, 'HTML-only GovQA message carrying a CPRA unusual-circumstances extension; modeled on sheriff/county extension notices quoting Gov. Code 7922.535(b).'))

# 013 Oakland NextRequest message asking to clarify scope (to the main inbox)
f = '013-oakland-nextrequest-clarify.eml'
m = new_msg([('From', 'City of Oakland <%s>' % NEXTREQ), ('To', INBOX),
             ('Subject', '[City of Oakland] New message on record request #26-9152'),
             ('Date', date_hdr(2026, 9, 18, 13, 40, 27)),
             ('Message-ID', '<%s@nextrequest.com>' % hexid('013')),
             ('Reply-To', 'no-reply@nextrequest.com')])
msg = ('Good afternoon. The Oakland Police Department Records Division is working on your request and would '
       'like to clarify its scope so that we can locate responsive records (Gov. Code 7922.600). (1) Are you '
       'seeking only internal affairs cases that resulted in a sustained finding, or also cases where the '
       'officer resigned before the investigation concluded? (2) For the sexual assault category, do you want '
       'audio and video recordings, or documents only? (3) Would a list of responsive IA case numbers, provided '
       'first, help you prioritize? Please reply through the portal. We will hold the request until we hear back.')
txt = wrap('''City of Oakland Public Records

A new message was posted on record request #26-9152:

%s

- OPD Records Division

Reply or view the request: https://oaklandca.nextrequest.com/requests/26-9152

Please do not reply to this email. Powered by NextRequest.''' % msg)
html = '''<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="100%%"><tr><td style="background:#1b4f72;color:#fff;padding:10px 14px"><b>City of Oakland Public Records</b></td></tr></table>
<p>A new message was posted on record request <b>#26-9152</b>:</p>
<blockquote style="border-left:3px solid #1b4f72;margin:0;padding-left:10px">%s<br><br>- OPD Records Division</blockquote>
<p><a href="https://oaklandca.nextrequest.com/requests/26-9152">Reply or view the request</a></p>
<p style="color:#888;font-size:11px">Please do not reply to this email. Powered by NextRequest.</p></body></html>''' % msg
set_alt(m, txt, html)
write_msg(f, m)
F.append(fact(f, rid(5), 'clarification', '26-9152', 'OPD asks three scope questions (sustained only? video? case list first?) and holds the request',
              ['tracking']))
N.append((f, 'clarification posted on NextRequest, sent to the main inbox; #26-9152 is the only link; modeled on OPD NextRequest staff messages about SB 1421 scope.'))

# 014 Port of Seattle five-day letter (no thread headers)
f = '014-port-five-day-letter.eml'
m = new_msg([('From', '"Castellanos, Erin" <Castellanos.E@portseattle.org>'), ('To', INBOX),
             ('Subject', 'Port of Seattle Public Records Request PRR-2026-0231'),
             ('Thread-Topic', 'Port of Seattle Public Records Request PRR-2026-0231'),
             ('Thread-Index', 'AdzHo9QvB2WmR1nxQeS4c7p0Vd8k2A=='),
             ('Date', utc_of(2026, 9, 18, 15, 55, 31)),
             ('Message-ID', '<SJ0PR07MB%s@SJ0PR07MB8873.namprd07.prod.outlook.com>' % hexid('014', 12).upper()),
             ('X-MS-Has-Attach', ''), ('X-Originating-IP', '[10.41.8.22]')])
txt = wrap('''Dear Records Desk:

The Port of Seattle received your public records request on September 11, 2026. We have assigned it tracking number PRR-2026-0231.

You requested agreements, memoranda of understanding and data-sharing or privacy terms between the Port and airlines or U.S. Customs and Border Protection concerning biometric (facial comparison) boarding and exit at Seattle-Tacoma International Airport, 2019 to present.

We are identifying the departments likely to hold responsive records, including Aviation Innovation and Legal. Under RCW 42.56.520(1)(c), the Port estimates that it will respond to your request, with either a first installment of records or a final response, by October 30, 2026.

Please let me know if you have questions.

Erin Castellanos
Public Records Officer
Port of Seattle | Legal Department
castellanos.e@portseattle.org | 206-787-3000''')
html = '<html><body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">' + ''.join(
    '<p>%s</p>' % esc(p).replace('\n', '<br>') for p in txt.strip().split('\n\n')) + '</div></body></html>'
set_alt(m, txt, html)
write_msg(f, m)
F.append(fact(f, rid(13), 'acknowledgment', 'PRR-2026-0231', 'Port five-day letter: received Sep 11 (= sent), PRR-2026-0231, response by Oct 30; WA 5 business days -> Sep 18',
              ['subject', 'tracking-new'], clock='received_on_sent_date', estimated='2026-10-30'))
N.append((f, 'Washington five-day letter from a port records officer with no threading and no plus address; modeled on Port of Seattle public records acknowledgment letters.'))

# 015 SDSO NextRequest: due date extended
f = '015-sdso-nextrequest-extension.eml'
m = new_msg([('From', "San Diego County Sheriff's Office <%s>" % NEXTREQ), ('To', plus(3)),
             ('Subject', 'Request #26-4417: due date extended'),
             ('Date', date_hdr(2026, 9, 18, 16, 45, 13)),
             ('Message-ID', '<%s@nextrequest.com>' % hexid('015')),
             ('Reply-To', 'no-reply@nextrequest.com')])
msg = ('Pursuant to Government Code section 7922.535(b)(1) and (2), the Sheriff\'s Office requires additional '
       'time to collect records held at its detention facilities and by the Medical Services Division, and to '
       'review a voluminous amount of separate and distinct records. A determination will be made on or before '
       'the new due date.')
txt = wrap('''San Diego County Sheriff's Office

The due date for record request #26-4417 has been extended to October 5, 2026.

Message from Legal Affairs - Public Records:

%s

View request: https://sdsheriff.nextrequest.com/requests/26-4417

This mailbox is not monitored. Powered by NextRequest''' % msg)
html = '''<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333">
<div style="background:#0b2e4f;color:#f2c14e;padding:8px 12px"><b>San Diego County Sheriff's Office</b></div>
<p>The due date for record request <b>#26-4417</b> has been extended to <b>October 5, 2026</b>.</p>
<p><i>Message from Legal Affairs - Public Records:</i></p><p>%s</p>
<p><a href="https://sdsheriff.nextrequest.com/requests/26-4417">View request</a></p>
<p style="font-size:11px;color:#888">This mailbox is not monitored. Powered by NextRequest</p></body></html>''' % msg
set_alt(m, txt, html)
write_msg(f, m)
F.append(fact(f, rid(3), 'extension', '26-4417', 'CPRA 14-day extension on the Sep 21 due date; new due date Oct 5 stated',
              ['plus', 'tracking'], clock='extension', estimated='2026-10-05'))
N.append((f, 'NextRequest "due date extended" notice with the statutory reasons; modeled on county sheriff NextRequest extension notices.'))

# 016 OCSD extension letter, only as a PDF attachment
f = '016-ocsd-extension-pdf.eml'
letter = '''ORANGE COUNTY SHERIFF'S DEPARTMENT
Public Records Unit
550 N. Flower Street, Santa Ana, California 92703

September 18, 2026

Records Desk
The Pacific Ledger
Via email: records+req-004@pacificledger.example.org

Re: California Public Records Act Request No. 2026-PRA-01093

Dear Records Desk:

On September 10, 2026, the Orange County Sheriff's Department received your request under the California Public Records Act (Gov. Code, section 7920.000 et seq.) for policies, logs, audits and other records concerning the use of custody informants in Orange County jail facilities.

Government Code section 7922.535(b) permits an agency, in unusual circumstances, to extend the time to respond by written notice for no more than fourteen (14) days. Unusual circumstances exist here because of the need to search for and collect records from facilities separate from the office processing your request, and the need to consult with another agency having a substantial interest in the determination, namely the Orange County District Attorney.

Accordingly, the Department is extending the time to respond. The Department will notify you of its determination no later than October 5, 2026.

Sincerely,

K. Albright, Lieutenant
Public Records Unit
Orange County Sheriff's Department'''
m = new_msg([('From', 'OCSD Public Records <publicrecords@ocsheriff.gov>'), ('To', plus(4)),
             ('Subject', 'OCSD Public Records Act Request'),
             ('Date', utc_of(2026, 9, 21, 8, 12, 40)),
             ('Message-ID', '<BY5PR09MB%s@BY5PR09MB5432.namprd09.prod.outlook.com>' % hexid('016', 12).upper()),
             ('X-MS-Has-Attach', 'yes')])
set_text(m, 'Please see the attached correspondence.\n\nPublic Records Unit\nOrange County Sheriff\'s Department\n')
attach_pdf(m, make_pdf(letter, title='Extension Notice'), '2026-PRA-01093 Extension Notice.pdf')
write_msg(f, m)
F.append(fact(f, rid(4), 'extension', '2026-PRA-01093', 'PDF-only letter: 14-day CPRA extension, number 2026-PRA-01093 only in the PDF and its name; determination by Oct 5 (Sep 21 + 14)',
              ['plus', 'tracking-attachment'], clock='extension', estimated='2026-10-05'))
N.append((f, 'letter only as a PDF attachment (text layer), email body says nothing; modeled on OCSD/County of Orange CPRA extension letters.'))

# 017 Seattle GovQA acknowledgment (SDOT request) to the main inbox
f = '017-seattle-govqa-ack-sdot.eml'
m = new_msg([('From', 'City of Seattle Public Records <%s>' % GOVQA), ('To', INBOX),
             ('Subject', 'City of Seattle Public Records Request :: C035102-092126'),
             ('Date', date_hdr(2026, 9, 21, 14, 3, 55)),
             ('Message-ID', '<%s.GovQA@mycusthelp.net>' % hexid('017', 24)),
             ('X-Mailer', 'GovQA Notification Service')])
txt = wrap('''Dear Records Desk,

Thank you for your public records request to the City of Seattle. Your request was received on 9/21/2026 and has been assigned reference number C035102-092126.

Department: Seattle Department of Transportation (SDOT)

Request: Contracts and amendments with the vendor operating automated traffic safety cameras, camera location lists, and monthly citation counts by camera, 2023 to present.

The City will respond within five business days as required by RCW 42.56.520, either by providing records, acknowledging the request with an estimate of the time required, seeking clarification, or denying the request.

You may monitor the status of this request in the Public Records Request Center:
https://seattle.govqa.us/WEBAPP/_rs/supporthome.aspx

City of Seattle Public Records Program''')
html = ('<html><body style="font-family:Arial,sans-serif;font-size:13px">' +
        ''.join('<p>%s</p>' % esc(p).replace('\n', '<br>') for p in txt.strip().split('\n\n')) + '</body></html>')
set_alt(m, txt, html)
write_msg(f, m)
F.append(fact(f, rid(9), 'acknowledgment', 'C035102-092126', 'GovQA receipt for the SDOT camera request, received 9/21 (= sent), C035102-092126; WA 5 business days -> Sep 28',
              ['subject', 'tracking-new'], clock='received_on_sent_date'))
N.append((f, 'City of Seattle GovQA receipt from the shared mycusthelp.net sender (same as LASD and Portland); modeled on Seattle Public Records Request Center notices.'))

# 018 MCSO terse acknowledgment quoting our request; states received 9/18
f = '018-mcso-ack-terse.eml'
m = new_msg([('From', 'MCSO Records <mcso.records@multco.us>'), ('To', 'Records Desk <%s>' % plus(12)),
             ('Subject', 'RE: Public records request: MCSO jail overdose incident reports and naloxone use logs, 2024-2026'),
             ('Date', date_hdr(2026, 9, 21, 17, 30, 6)),
             ('Message-ID', '<CAE8x2Pq%s@mail.multco.us>' % hexid('018', 16)),
             ('In-Reply-To', rmid(12)), ('References', rmid(12))])
set_text(m, '''Rec'd your request Fri 9/18 (it came in after hours on the 17th). Logged
as 2026-0457. Checking with Corrections Health on the naloxone piece - will
send a time estimate after that.

T. Pham
Records Tech II | Multnomah County Sheriff's Office

On Thu, Sep 17, 2026 at 7:01 PM Records Desk <records@pacificledger.example.org> wrote:
> Under Oregon Public Records Law, ORS 192.311 to 192.478, we request copies
> of jail incident reports documenting suspected overdoses at Multnomah
> County Detention Center and Inverness Jail, and any logs of naloxone
> (Narcan) administration by staff, January 2024 to present.
>
> Records Desk, The Pacific Ledger
''')
write_msg(f, m)
F.append(fact(f, rid(12), 'acknowledgment', '2026-0457', 'MCSO says received Fri 9/18 (sent 9/17 after hours), logged 2026-0457; OR 5 business days from Sep 18 -> Sep 25',
              ['thread', 'plus', 'tracking-new'], clock='received:2026-09-18'))
N.append((f, 'terse clerk reply quoting our request with a received date one day after sent; modeled on county sheriff records-tech emails.'))

# 019 Oakland NextRequest acknowledgment, second Oakland request, main inbox
f = '019-oakland-nextrequest-ack-encampments.eml'
m = new_msg([('From', 'City of Oakland <%s>' % NEXTREQ), ('To', INBOX),
             ('Subject', '[City of Oakland] Record request #26-9870 received'),
             ('Date', date_hdr(2026, 9, 22, 11, 15, 37)),
             ('Message-ID', '<%s@nextrequest.com>' % hexid('019')),
             ('Reply-To', 'no-reply@nextrequest.com')])
desc = ('Notices of closure posted for homeless encampments on City property, 2025-2026; contracts and task '
        'orders with vendors for encampment cleaning and debris removal; and invoices under those contracts.')
txt = wrap('''City of Oakland Public Records

Record request #26-9870 has been received.

Request description:
%s

Received: 9/22/2026 via email
Department(s): Oakland Public Works; Human Services - Community Homelessness Services

Your request will be processed in accordance with the California Public Records Act (Government Code section 7920.000 et seq.). You will receive an email each time the City posts a message or documents on your request.

To view your request or send a message to City staff, visit https://oaklandca.nextrequest.com/requests/26-9870

Please do not reply to this email. Powered by NextRequest.''' % '\n'.join(textwrap.wrap(desc, 72, break_on_hyphens=False)))
html = '''<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="100%%"><tr><td style="background:#1b4f72;color:#fff;padding:10px 14px"><b>City of Oakland Public Records</b></td></tr></table>
<h2 style="font-size:18px">Record request #26-9870 has been received.</h2>
<p><b>Request description:</b><br>%s</p>
<p><b>Received:</b> 9/22/2026 via email<br><b>Department(s):</b> Oakland Public Works; Human Services - Community Homelessness Services</p>
<p><a href="https://oaklandca.nextrequest.com/requests/26-9870">View request #26-9870</a></p>
<p style="color:#888;font-size:11px">Please do not reply to this email. Powered by NextRequest.</p></body></html>''' % desc
set_alt(m, txt, html)
write_msg(f, m)
F.append(fact(f, rid(6), 'acknowledgment', '26-9870', 'NextRequest receipt for the encampment request (received 9/22 = sent) as #26-9870, main inbox; CA 10 days -> Oct 2',
              ['subject', 'tracking-new'], clock='received_on_sent_date'))
N.append((f, 'second Oakland receipt without plus address; topic words are the only link; same template as 001.'))

# 020 King County acknowledgment letter only as PDF; number only in the PDF and its file name
f = '020-kingcounty-ack-pdf.eml'
letter = '''King County
Department of Adult and Juvenile Detention
Public Disclosure Unit
500 Fifth Avenue, Seattle, WA 98104

September 23, 2026

Records Desk
The Pacific Ledger
records@pacificledger.example.org

RE: Public Records Request PRR 26-0418

Dear Records Desk:

The Department of Adult and Juvenile Detention (DAJD) received your public records request on September 16, 2026. You requested:

   - jail health services staffing reports, vacancy reports and mandatory overtime logs for the
     King County Correctional Facility and the Maleng Regional Justice Center, January 2024
     to present; and
   - in-custody death review reports and associated corrective action plans, January 2024
     to present.

This letter acknowledges your request under RCW 42.56.520. DAJD will provide responsive records in installments. We estimate that the first installment will be available on or before October 30, 2026. Later installments will follow as records are reviewed; we will give you an updated estimate with each installment.

Records may be redacted or withheld as allowed by law, including health care information protected by chapter 70.02 RCW. Copy charges under RCW 42.56.120 may apply; you will be told the cost of each installment before it is released.

Sincerely,

Dana Okonkwo-Reyes
Public Disclosure Officer, DAJD
dajd.records@kingcounty.gov'''
m = new_msg([('From', 'DAJD Public Records <dajd.records@kingcounty.gov>'), ('To', INBOX),
             ('Subject', 'Your Public Records Request'),
             ('Date', utc_of(2026, 9, 23, 16, 50, 2)),
             ('Message-ID', '<CO1PR09MB%s@CO1PR09MB6120.namprd09.prod.outlook.com>' % hexid('020', 12).upper()),
             ('Thread-Topic', 'Your Public Records Request'), ('X-MS-Has-Attach', 'yes')])
set_text(m, wrap('''Please see the attached letter regarding your public records request.

DAJD Public Disclosure Unit
King County Department of Adult and Juvenile Detention'''))
attach_pdf(m, make_pdf(letter, width=100, title='Acknowledgment'), 'PRR 26-0418 Acknowledgment.pdf')
write_msg(f, m)
F.append(fact(f, rid(10), 'acknowledgment', 'PRR 26-0418', 'PDF-only five-day letter: received Sep 16 (= sent), PRR 26-0418, first installment by Oct 30; WA -> Sep 23',
              ['tracking-filename', 'tracking-new', 'subject'], clock='received_on_sent_date', estimated='2026-10-30'))
N.append((f, 'generic subject and one-line body; the letter, number and topic exist only in the PDF; modeled on King County DAJD public disclosure acknowledgment letters.'))

write_part(2, F, N)
