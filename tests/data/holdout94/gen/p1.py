"""Messages 001-010."""
from gen_common import *

PORTAL = 'Fulton County Open Records Center <fultoncountyga@mycusthelp.net>'

def build():
    out = []
    # 001 Fulton County GovQA portal acknowledgment (Purchasing), portal address not listed for any agency
    r = req('REQ-002')
    plain = """Dear Records Desk,

Thank you for submitting an Open Records Request to Fulton County. Your request
was received on 9/8/2026 and has been assigned reference number
R004812-090826.

Department: Purchasing & Contract Compliance
Request summary: Jail medical services contract (NaphCare), amendments and
invoices

Under O.C.G.A. 50-18-71(b)(1)(A), the County will respond within a reasonable
time not to exceed three (3) business days. Where responsive records exist but
cannot be produced within that period, you will be given a description of the
records and a timeline for production.

You can monitor the progress of your request, view messages and download
responsive documents at any time in the Fulton County Open Records Center.

Fulton County Open Records Center
141 Pryor Street SW, Atlanta, GA 30303

Please do not reply to this email. Replies to this address are not monitored.
"""
    html = """<html><body style="font-family:Verdana,sans-serif;font-size:10pt">
<p>Dear Records Desk,</p>
<p>Thank you for submitting an Open Records Request to Fulton County. Your request was received on <b>9/8/2026</b> and has been assigned reference number <b>R004812-090826</b>.</p>
<table cellpadding="3" style="font-size:10pt"><tr><td><b>Department:</b></td><td>Purchasing &amp; Contract Compliance</td></tr>
<tr><td><b>Request summary:</b></td><td>Jail medical services contract (NaphCare), amendments and invoices</td></tr></table>
<p>Under O.C.G.A. 50-18-71(b)(1)(A), the County will respond within a reasonable time not to exceed three (3) business days. Where responsive records exist but cannot be produced within that period, you will be given a description of the records and a timeline for production.</p>
<p>You can monitor the progress of your request, view messages and download responsive documents at any time in the
<a href="https://fultoncountyga.mycusthelp.com/WEBAPP/_rs/supporthome.aspx">Fulton County Open Records Center</a>.</p>
<p style="color:#666">Fulton County Open Records Center<br>141 Pryor Street SW, Atlanta, GA 30303<br>Please do not reply to this email. Replies to this address are not monitored.</p>
</body></html>"""
    out.append(('001-fulton-govqa-ack.eml', finish([
        ('From', PORTAL), ('To', 'records@records.example.org'),
        ('Subject', 'Open Records Request :: R004812-090826'), ('Date', date_hdr('2026-09-08 10:12')),
        ('Message-ID', mid('001', 'mycusthelp.net')), ('X-Mailer', 'GovQA Notification Service')], alt(plain, html)),
        fact('001-fulton-govqa-ack.eml', 'REQ-002', 'acknowledgment', 'R004812-090826', clock='received_on_sent_date',
             signals=['tracking-new', 'subject'],
             why='Fulton County GovQA portal confirms receipt 9/8/2026 for Purchasing (NaphCare jail medical contract); assigns R004812-090826',
             note='portal ack from a county-wide GovQA address that no agency lists; department named only in the body | modeled on GovQA "Open Records Request ::" receipts used by Georgia counties')))

    # 002 FCSO staff out-of-office, threaded
    r = req('REQ-001')
    body = text("""I am out of the office attending the Georgia Sheriffs' Association records
training through Friday, September 11. I will have limited access to email.

Open records requests sent to this address are logged by the Open Records Unit
in my absence. For urgent matters call the Records Unit at 404-612-5100.

Lt. D. Whitfield
Open Records Unit, Fulton County Sheriff's Office
""")
    out.append(('002-fcso-ooo.eml', finish([
        ('From', 'Whitfield, Dana <openrecords@fcsoga.org>'), ('To', plus('REQ-001')),
        ('Subject', 'Automatic reply: ' + r['subject']), ('Date', date_hdr('2026-09-08 14:40')),
        ('Message-ID', mid('002', 'fcsoga.org')), *threaded('REQ-001'),
        ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
        *outlook_hdrs('002', r['subject'])], body),
        fact('002-fcso-ooo.eml', 'REQ-001', 'auto_reply', signals=['thread', 'plus'],
             why='Exchange out-of-office from the FCSO open records lieutenant; no answer on the request',
             note='out-of-office auto-reply threaded to the request | modeled on Exchange "Automatic reply" from sheriff office staff')))

    # 003 bounce of our REQ-003 to a dead Chatham address
    m = dsn('003', 'Wed,  9 Sep 2026 09:04:51 -0400 (EDT)', 'mail.chathamsheriff.org[198.51.100.24]',
            'ccsoopenrecords@chathamsheriff.org', '5.1.1',
            '550 5.1.1 <ccsoopenrecords@chathamsheriff.org>: Recipient address rejected: User unknown in virtual mailbox table',
            'REQ-003', 'Chatham County Sheriff Records <ccsoopenrecords@chathamsheriff.org>')
    out.append(('003-bounce-chatham.eml', finish([
        ('From', 'MAIL DELIVERY SYSTEM <MAILER-DAEMON@mx1.records.example.org>'), ('To', 'records@records.example.org'),
        ('Subject', 'Undelivered Mail Returned to Sender'), ('Date', date_hdr('2026-09-09 09:05')),
        ('Message-ID', '<20260909130505.3F2A1C0B7@mx1.records.example.org>'), ('Auto-Submitted', 'auto-replied')], m),
        fact('003-bounce-chatham.eml', 'REQ-003', 'bounce', signals=['thread-embedded'],
             why='Postfix DSN: our REQ-003 request to an old chathamsheriff.org address was rejected (user unknown)',
             note='DSN for our own outgoing request, original headers embedded | modeled on Postfix bounce reports')))

    # 004 FCSO three-business-day letter: received Sept 8, description + timeline
    plain = """Good afternoon,

The Fulton County Sheriff's Office received your Georgia Open Records Act request
on September 8, 2026. It has been logged as FCSO-ORR-26-0917.

Responsive records exist, including Jail Division incident reports, death
notification memoranda and Office of Professional Standards summaries for the
period requested. Because the records must be gathered from several units and
reviewed for information exempt under O.C.G.A. 50-18-72, they cannot be
produced within three business days. We anticipate producing them on or before
October 9, 2026, on a rolling basis if possible.

Records related to deaths under active investigation by the GBI or the Fulton
County District Attorney may be withheld under O.C.G.A. 50-18-72(a)(4); you
will be told which records, if any, are withheld and why.

Respectfully,

Open Records Unit
Fulton County Sheriff's Office
185 Central Avenue SW, Atlanta, GA 30303
"""
    html = '<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">' + \
        ''.join(f'<p>{p.replace(chr(10), " ")}</p>' for p in plain.strip().split('\n\n')) + '</div></body></html>'
    r = req('REQ-001')
    out.append(('004-fcso-ack-timeline.eml', finish([
        ('From', 'FCSO Open Records <openrecords@fcsoga.org>'), ('To', plus('REQ-001')),
        ('Subject', 'RE: ' + r['subject']), ('Date', date_hdr('2026-09-09 16:22')),
        ('Message-ID', mid('004', 'fcsoga.org')), *threaded('REQ-001'), *outlook_hdrs('004', r['subject'])],
        alt(plain + quoted('REQ-001', 'openrecords@fcsoga.org'), html)),
        fact('004-fcso-ack-timeline.eml', 'REQ-001', 'acknowledgment', 'FCSO-ORR-26-0917', clock='received_on_sent_date',
             estimated='2026-10-09', signals=['thread', 'plus', 'tracking-new'],
             why='FCSO 3-business-day letter: received Sept 8 (= sent), number FCSO-ORR-26-0917, production anticipated by Oct 9',
             note='Georgia 3-day description-and-timeline letter with a hedged (a)(4) withholding | modeled on Georgia sheriff open records unit responses under 50-18-71(b)(1)(A)')))

    # 005 GovQA portal "updated" notice, no substance
    plain = """Records Desk,

Your Open Records Request R004812-090826 has been updated. A message has been
added to your request by Fulton County staff.

To view the message, log in to the Fulton County Open Records Center and select
"My Request Center".

https://fultoncountyga.mycusthelp.com/WEBAPP/_rs/supporthome.aspx

This is an automated notification. Please do not reply.
"""
    out.append(('005-fulton-govqa-updated.eml', finish([
        ('From', PORTAL), ('To', 'records@records.example.org'),
        ('Subject', 'Open Records Request R004812-090826 has been updated'), ('Date', date_hdr('2026-09-10 11:30')),
        ('Message-ID', mid('005', 'mycusthelp.net')), ('X-Mailer', 'GovQA Notification Service')], text(plain)),
        fact('005-fulton-govqa-updated.eml', 'REQ-002', 'portal_notice', 'R004812-090826', signals=['tracking'],
             why='GovQA "request has been updated" notice with no content; tracking number links it to REQ-002',
             note='portal notice with no substantive text | modeled on GovQA update notifications')))

    # 006 Chatham terse ack, replying to our resend (Message-ID not in register)
    body = text("""Rec'd your request 9/10/26. Will respond within the time allowed under
50-18-71.

Cpl. T. Gadsden
Records Section
Chatham County Sheriff's Office
1050 Carl Griffin Dr, Savannah GA 31405
(912) 652-7600

-----Original Message-----
From: Records Desk <records+req-003@records.example.org>
Sent: Wednesday, September 9, 2026 9:31 PM
To: ccsorecords@chathamcounty.org
Subject: Georgia Open Records Act request: Restraint chair logs and use-of-force reports, Chatham County Detention Center, 2025-2026

(Resending - our first message bounced from the chathamsheriff.org address.)
""")
    out.append(('006-chatham-ack-terse.eml', finish([
        ('From', 'Gadsden, Terrence <ccsorecords@chathamcounty.org>'), ('To', plus('REQ-003')),
        ('Subject', 'RE: ' + req('REQ-003')['subject']), ('Date', date_hdr('2026-09-11 08:47')),
        ('Message-ID', mid('006', 'chathamcounty.org')),
        ('In-Reply-To', '<req-003.20260909.2@records.example.org>'), ('References', '<req-003.20260909.2@records.example.org>'),
        *outlook_hdrs('006', req('REQ-003')['subject'])], body),
        fact('006-chatham-ack-terse.eml', 'REQ-003', 'acknowledgment', clock='received:2026-09-10',
             signals=['plus', 'subject'],
             why='Chatham records corporal: received 9/10/26 (the resend; sent 9/9), no number; GA clock from Sept 10',
             note='one-line ack replying to our resend whose Message-ID is not in the register; received date differs from sent | modeled on terse sheriff records-section replies')))

    # 007 Jefferson County (AL) ack, Outlook plain text
    body = text("""Good morning,

The Jefferson County Sheriff's Office received your Open Records request on
September 10, 2026, and it has been assigned JCSO 26-311. Please reference
that number when contacting this office.

Under Ala. Code 36-12-40 and the Sheriff's written public records procedure,
the Office will respond within a reasonable time. Please note that the Office
may require proof of Alabama residency before copies are provided, and that
reasonable copy and research charges may apply.

Sgt. Renita Oglesby
Records Division
Jefferson County Sheriff's Office
716 Richard Arrington Jr. Blvd N, Birmingham, AL 35203
""")
    out.append(('007-jcso-ack.eml', finish([
        ('From', 'Records Division <records@jeffcosheriff.net>'), ('To', plus('REQ-004')),
        ('Subject', 'RE: ' + req('REQ-004')['subject']), ('Date', ct('2026-09-11 10:05')),
        ('Message-ID', mid('007', 'jeffcosheriff.net')), *threaded('REQ-004'),
        *outlook_hdrs('007', req('REQ-004')['subject'])], body),
        fact('007-jcso-ack.eml', 'REQ-004', 'acknowledgment', 'JCSO 26-311', clock='received_on_sent_date',
             signals=['thread', 'plus', 'tracking-new'],
             why='Jefferson County SO acknowledges receipt Sept 10 (= sent), assigns JCSO 26-311, "reasonable time", residency may be required',
             note='Alabama "reasonable time" ack with hedged fees and residency proof | modeled on Alabama sheriff records division letters after the 2024 Act')))

    # 008 GovQA fee estimate, HTML only
    html = """<html><body style="font-family:Verdana,sans-serif;font-size:10pt">
<p>Records Desk,</p>
<p>Fulton County has reviewed Open Records Request <b>R004812-090826</b> (Jail medical services contract - NaphCare, amendments and invoices).</p>
<p>Responsive records have been located. The estimated cost to search, retrieve, redact and produce them is shown below, as allowed by O.C.G.A. 50-18-71(c):</p>
<table border="1" cellpadding="4" style="border-collapse:collapse;font-size:10pt">
<tr><th align="left">Item</th><th>Qty</th><th>Rate</th><th>Amount</th></tr>
<tr><td>Search, retrieval and redaction (first 15 minutes free)</td><td>7.25 hrs</td><td>$24.10/hr</td><td>$174.73</td></tr>
<tr><td>Electronic production</td><td>1</td><td>$0.00</td><td>$0.00</td></tr>
<tr><td colspan="3"><b>Estimated total</b></td><td><b>$174.73</b></td></tr></table>
<p>Before staff proceed, please indicate in the Open Records Center that you agree to pay the estimated cost. Work on this request will not continue until your agreement is received. The final charge may be lower than the estimate but will not exceed it without further notice.</p>
<p>If we do not hear from you within 30 days, the request will be considered withdrawn.</p>
<p>Purchasing &amp; Contract Compliance<br>Fulton County Open Records Center</p>
</body></html>"""
    out.append(('008-fulton-govqa-fee-html.eml', finish([
        ('From', PORTAL), ('To', 'records@records.example.org'),
        ('Subject', 'Cost Estimate - Open Records Request R004812-090826'), ('Date', date_hdr('2026-09-14 09:15')),
        ('Message-ID', mid('008', 'mycusthelp.net')), ('X-Mailer', 'GovQA Notification Service')], text(html, 'html')),
        fact('008-fulton-govqa-fee-html.eml', 'REQ-002', 'fee_estimate', 'R004812-090826', signals=['tracking', 'subject'],
             why='GovQA cost estimate $174.73; work stops until the requester agrees to pay',
             note='HTML-only fee estimate with a table | modeled on Georgia county GovQA cost-estimate notices citing 50-18-71(c)')))

    # 009 Mobile County SO: ack faxed/scanned to PDF, body empty
    lines = ['Sep. 14 2026 09:28AM   MCSO RECORDS   251 574 0000            p.1',
             '', 'MOBILE COUNTY SHERIFF\'S OFFICE', 'Records Section - Mobile County Metro Jail',
             '510 S. Royal Street, Mobile, Alabama 36603', '', 'September 14, 2026', '',
             'Records Desk', 'records@records.example.org', '',
             'RE: Public records request - restraint chair and use-of-force logs, Metro Jail, 2025-2026', '',
             'This office received your request on September 11, 2026. Your request has been',
             'forwarded to the Metro Jail Warden\'s office and to the Sheriff\'s legal advisor',
             'for review. You will be notified when records are available and of any charges',
             'for copies, which must be paid before release.', '',
             'Please be advised that law enforcement investigative reports are not public',
             'records under Alabama law and will not be produced.', '',
             'Records Section', 'Mobile County Sheriff\'s Office']
    body = mixed(text("\n"), pdf_part('Scan_20260914_093201.pdf', lines, 'Scan'))
    out.append(('009-mobile-scan-ack.eml', finish([
        ('From', 'MCSO-RECORDS-MFP <publicrecords@mobileso.com>'), ('To', 'records@records.example.org'),
        ('Subject', 'Scanned from MCSO-RECORDS-MFP'), ('Date', ct('2026-09-14 09:32')),
        ('Message-ID', mid('009', 'mobileso.com')), ('X-Mailer', 'Xerox WorkCentre 7855 Scan to Email')], body),
        fact('009-mobile-scan-ack.eml', 'REQ-005', 'acknowledgment', clock='received:2026-09-11',
             signals=['subject'],
             why='faxed/scanned Mobile County SO letter (PDF only): received Sept 11 (sent Sept 10), no number; AL clock from Sept 11',
             note='letter only in a scanned PDF from a copier address with an empty body; fax header line | modeled on sheriff records letters scanned to email from a multifunction printer')))

    # 010 Harrison County out-of-office
    body = text("""Thank you for your email. I am out of the office until Monday, September 21.
If this is an emergency please call 911. For jail visitation or inmate
information call the Harrison County Adult Detention Center at 228-896-3000.

Your email will be answered when I return.

Sheila Breaux
Administrative Assistant - Records
Harrison County Sheriff's Department
""")
    out.append(('010-harrison-ooo.eml', finish([
        ('From', 'Sheila Breaux <records@harrisoncountysheriff.com>'), ('To', plus('REQ-007')),
        ('Subject', 'Out of Office: ' + req('REQ-007')['subject']), ('Date', ct('2026-09-15 07:02')),
        ('Message-ID', mid('010', 'harrisoncountysheriff.com')), *threaded('REQ-007'),
        ('Auto-Submitted', 'auto-replied'), ('Precedence', 'auto_reply')], body),
        fact('010-harrison-ooo.eml', 'REQ-007', 'auto_reply', signals=['thread', 'plus'],
             why='Harrison County records assistant out of office until Sept 21; no answer',
             note='"Out of Office:" auto-reply with Precedence header | modeled on county sheriff staff autoresponders')))
    return out
