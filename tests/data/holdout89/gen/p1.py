"""Messages 001-010."""
from gen_common import *

def build():
    out = []
    # 001 TVA mailbox auto-responder
    r = req('REQ-001')
    body = text("""Thank you for contacting the Tennessee Valley Authority Freedom of Information
Act (FOIA) Office. This is an automated message confirming that your email was
delivered to foia@tva.gov.

This message is not an acknowledgment of a FOIA request and does not assign a
request number. A FOIA specialist will review your correspondence and, if it
is a request for records, will send a separate acknowledgment.

TVA FOIA regulations are published at 18 CFR part 1301. Many records are
already available in the TVA FOIA Reading Room at https://www.tva.com/foia.

TVA FOIA Office
400 West Summit Hill Drive (WT 7D)
Knoxville, Tennessee 37902
""")
    out.append(('001-tva-autoreply.eml', finish([
        ('From', 'TVA FOIA <foia@tva.gov>'), ('To', plus('REQ-001')),
        ('Subject', 'Automatic reply: ' + r['subject']), ('Date', date_hdr('2026-09-08 09:16')),
        ('Message-ID', mid('001', 'tva.gov')), *threaded('REQ-001'),
        ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
        *outlook_hdrs('001', r['subject'])], body),
        fact('001-tva-autoreply.eml', 'REQ-001', 'auto_reply', signals=['thread', 'plus'],
             why='TVA FOIA mailbox auto-responder; says it is not an acknowledgment and assigns no number',
             note='mailbox auto-responder that explicitly disclaims being an acknowledgment | modeled on federal FOIA mailbox autoresponders (Exchange "Automatic reply")')))

    # 002 USPS FOIAXpress PAL acknowledgment, multipart/alternative
    plain = """Dear Records Desk,

The U.S. Postal Service FOIA Requester Service Center has received your Freedom
of Information Act request on 09/09/2026. Your request has been assigned
tracking number 2026-FPRO-02716.

Request description: Mail processing delay records, Atlanta (Palmetto)
Regional Processing and Distribution Center, 2025-2026

The Postal Service processes FOIA requests under 39 CFR part 265. You may
track the status of your request in the Public Access Link (PAL).

Please reference 2026-FPRO-02716 in all communications about this request.

USPS FOIA Requester Service Center
475 L'Enfant Plaza SW, Room 1P830
Washington, DC 20260-1101
"""
    html = """<html><body style="font-family:Arial;font-size:10pt">
<p>Dear Records Desk,</p>
<p>The U.S. Postal Service FOIA Requester Service Center has received your Freedom of Information Act request on <b>09/09/2026</b>.
Your request has been assigned tracking number <b>2026-FPRO-02716</b>.</p>
<table border="0" cellpadding="3"><tr><td><b>Request description:</b></td><td>Mail processing delay records, Atlanta (Palmetto) Regional Processing and Distribution Center, 2025-2026</td></tr></table>
<p>The Postal Service processes FOIA requests under 39 CFR part 265. You may track the status of your request in the
<a href="https://uspsfoia.usps.gov/app/Home.aspx">Public Access Link (PAL)</a>.</p>
<p>Please reference 2026-FPRO-02716 in all communications about this request.</p>
<p>USPS FOIA Requester Service Center<br>475 L'Enfant Plaza SW, Room 1P830<br>Washington, DC 20260-1101</p>
</body></html>"""
    out.append(('002-usps-pal-ack.eml', finish([
        ('From', 'USPS FOIA Requester Service Center <foia-pal-noreply@usps.gov>'), ('To', plus('REQ-002')),
        ('Subject', 'FOIA Request 2026-FPRO-02716 Received'), ('Date', date_hdr('2026-09-09 14:31')),
        ('Message-ID', mid('002', 'uspsfoia.usps.gov'))], alt(plain, html)),
        fact('002-usps-pal-ack.eml', 'REQ-002', 'acknowledgment', '2026-FPRO-02716', clock='received_on_sent_date',
             signals=['plus', 'tracking-new', 'subject'],
             why='USPS PAL confirms receipt 09/09/2026 (= sent) and assigns 2026-FPRO-02716',
             note='FOIAXpress PAL acknowledgment, multipart/alternative with a table in the HTML part | modeled on USPS PAL acknowledgment emails')))

    # 003 OGIS newsletter (GovDelivery) - belongs to no request
    plain = """The FOIA Ombudsman - September 2026

In this issue:
* Annual FOIA reports: what the numbers say about backlogs
* Government corporations and FOIA: a refresher on who is covered
* OGIS mediation: tips for narrowing a request before it goes to appeal

Government corporations such as the Tennessee Valley Authority, the Postal
Service and the FDIC are "agencies" for FOIA purposes. Legislative branch
offices are not. Read more on our blog.

You are receiving this because you subscribed to OGIS updates.
Unsubscribe: https://public.govdelivery.com/accounts/USNARA/subscriber/edit
"""
    html = "<html><body><h2>The FOIA Ombudsman - September 2026</h2><ul><li>Annual FOIA reports: what the numbers say about backlogs</li><li>Government corporations and FOIA: a refresher on who is covered</li><li>OGIS mediation: tips for narrowing a request before it goes to appeal</li></ul><p>Government corporations such as the Tennessee Valley Authority, the Postal Service and the FDIC are &quot;agencies&quot; for FOIA purposes. Legislative branch offices are not.</p><p style='font-size:8pt'>You are receiving this because you subscribed to OGIS updates. <a href='https://public.govdelivery.com/accounts/USNARA/subscriber/edit'>Unsubscribe</a></p></body></html>"
    out.append(('003-ogis-newsletter.eml', finish([
        ('From', 'Office of Government Information Services <ogis@public.govdelivery.com>'), ('To', INBOX),
        ('Subject', 'The FOIA Ombudsman: September 2026 update'), ('Date', date_hdr('2026-09-10 07:00')),
        ('Message-ID', mid('003', 'public.govdelivery.com')),
        ('List-Unsubscribe', '<https://public.govdelivery.com/accounts/USNARA/subscriber/edit>'),
        ('Precedence', 'bulk')], alt(plain, html)),
        fact('003-ogis-newsletter.eml', None, 'other', why='OGIS GovDelivery newsletter that names TVA, USPS and FDIC; answers no request',
             note='bulk newsletter that mentions the set agencies by name (topic-word trap) | modeled on OGIS/NARA GovDelivery bulletins')))

    # 004 Amtrak acknowledgment, Outlook, quotes request, states received next day
    r = req('REQ-003')
    body = text("""Good morning,

This email acknowledges receipt of your Freedom of Information Act request,
which the Amtrak FOIA Office received on September 11, 2026. Your request
has been assigned tracking number FOIA-2026-00342. Please refer to this
number in any future correspondence.

Amtrak is subject to FOIA as provided in 49 U.S.C. 24301(e), and we process
requests under our FOIA regulations at 49 CFR part 701. Your request for
news media fee status and a fee waiver is under review; we will let you know
if any fees apply before we incur them.

Thank you,

Amtrak FOIA Office
1 Massachusetts Avenue NW
Washington, DC 20001
foiarequests@amtrak.com
""" + quoted('REQ-003', 'FOIA Requests <foiarequests@amtrak.com>'))
    out.append(('004-amtrak-ack.eml', finish([
        ('From', 'FOIA Requests <foiarequests@amtrak.com>'), ('To', 'Records Desk <' + plus('REQ-003') + '>'),
        ('Subject', 'RE: ' + r['subject']), ('Date', date_hdr('2026-09-11 11:45')),
        ('Message-ID', mid('004', 'amtrak.com')), *threaded('REQ-003'),
        *outlook_hdrs('004', r['subject']), ('Content-Language', 'en-US')], body),
        fact('004-amtrak-ack.eml', 'REQ-003', 'acknowledgment', 'FOIA-2026-00342', clock='received:2026-09-11',
             signals=['thread', 'plus', 'tracking-new'],
             why='Amtrak acknowledges receipt on Sep 11 (we sent Sep 10) and assigns FOIA-2026-00342; clock runs from Sep 11',
             note='acknowledgment stating a received date one day after the sent date; Outlook reply quoting our request | modeled on Amtrak FOIA Office acknowledgment emails')))

    # 005 TVA acknowledgment letter only in PDF; number in file name and PDF text
    lines = ['TENNESSEE VALLEY AUTHORITY', '400 West Summit Hill Drive, Knoxville, Tennessee 37902', '',
             'September 11, 2026', '', 'Records Desk', 'records.example.org', '',
             'Re: FOIA Request No. 26-0417', '', 'Dear Requester:', '',
             'This letter acknowledges receipt of your Freedom of Information Act (FOIA) request, which TVA',
             'received on September 8, 2026. You asked for groundwater monitoring reports prepared by TVA',
             'contractors for the Kingston and Bull Run Fossil Plant coal combustion residual units from 2022',
             'to the present.', '',
             'Your request has been assigned FOIA number 26-0417. TVA processes requests under 18 CFR part',
             '1301. We will make every effort to respond within the time frames set out in the FOIA. If we',
             'need additional time because of unusual circumstances, we will notify you in writing.', '',
             'You asked to be placed in the news media category. Based on the information provided, TVA has',
             'placed your request in that category; you will not be charged search or review fees.', '',
             'If you have questions, contact the TVA FOIA Public Liaison at (865) 632-6945 or foia@tva.gov.', '',
             'Sincerely,', '', 'FOIA Officer', 'Tennessee Valley Authority']
    body = mixed(text("Please see the attached correspondence regarding your FOIA request.\n\nTVA FOIA Office\n"),
                 pdf_part('TVA_FOIA_26-0417_Acknowledgment.pdf', lines, 'FOIA 26-0417 Acknowledgment'))
    out.append(('005-tva-ack-letter-pdf.eml', finish([
        ('From', 'TVA FOIA <foia@tva.gov>'), ('To', plus('REQ-001')), ('Subject', 'Your FOIA Request'),
        ('Date', date_hdr('2026-09-11 16:12')), ('Message-ID', mid('005', 'tva.gov'))], body),
        fact('005-tva-ack-letter-pdf.eml', 'REQ-001', 'acknowledgment', '26-0417', clock='received_on_sent_date',
             signals=['plus', 'tracking-filename', 'tracking-attachment'],
             why='TVA acknowledgment letter (PDF only) states received Sep 8 (= sent) and assigns FOIA No. 26-0417',
             note='letter only in a PDF attachment; generic subject; number only in the file name and PDF text | modeled on TVA FOIA acknowledgment letters')))

    # 006 National FOIA Portal submission confirmation (unlisted portal address)
    html = """<html><body style="font-family:Source Sans Pro,Arial;font-size:11pt">
<p><img src="https://www.foia.gov/img/foia-logo.png" alt="FOIA.gov"></p>
<p>Your FOIA request has been submitted to the <b>Tennessee Valley Authority</b>.</p>
<p>The agency will contact you about your request. Agencies typically assign their own tracking number; please use
the agency's number when you contact the agency.</p>
<table cellpadding="4" style="border:1px solid #ccc">
<tr><td>Submission ID</td><td>1188042</td></tr>
<tr><td>Submitted</td><td>September 14, 2026</td></tr>
<tr><td>Agency component</td><td>Tennessee Valley Authority</td></tr>
<tr><td>Request summary</td><td>TVA large-load and data center power supply agreements, 2024-2026</td></tr>
</table>
<p>This mailbox is not monitored. Do not reply to this email.</p>
<p>FOIA.gov is operated by the Office of Information Policy, U.S. Department of Justice.</p>
</body></html>"""
    out.append(('006-foiagov-portal-tva.eml', finish([
        ('From', 'National FOIA Portal <noreply@foia.gov>'), ('To', plus('REQ-007')),
        ('Subject', 'FOIA request submitted to Tennessee Valley Authority'), ('Date', date_hdr('2026-09-14 09:20')),
        ('Message-ID', mid('006', 'foia.gov'))], text(html, 'html')),
        fact('006-foiagov-portal-tva.eml', 'REQ-007', 'portal_notice', signals=['plus', 'subject'],
             why='FOIA.gov submission confirmation for the TVA data center request; portal ID is not an agency number',
             note='multi-agency portal (FOIA.gov) from an address no agency lists; submission ID is not a tracking number | modeled on National FOIA Portal confirmations')))

    # 007 DSN: our REQ-004 to an old Richmond Fed address
    d = 'Tue, 15 Sep 2026 10:40:51 -0400'
    body = dsn('007', d, 'mx-in.rich.frb.org', 'foia@rich.frb.org', '5.1.1',
               '550 5.1.1 <foia@rich.frb.org>: Recipient address rejected: User unknown in relay recipient table',
               'REQ-004', 'foia@rich.frb.org')
    out.append(('007-bounce-frbrich.eml', finish([
        ('From', 'MAIL DELIVERY SYSTEM <MAILER-DAEMON@mx1.records.example.org>'), ('To', plus('REQ-004')),
        ('Subject', 'Undelivered Mail Returned to Sender'), ('Date', date_hdr('2026-09-15 10:41')),
        ('Message-ID', mid('007', 'mx1.records.example.org')), ('Auto-Submitted', 'auto-replied')], body),
        fact('007-bounce-frbrich.eml', 'REQ-004', 'bounce', signals=['thread-embedded', 'plus'],
             why='Postfix DSN: our Richmond Fed request could not be delivered (user unknown); original headers embedded',
             note='DSN of our own mail with text/rfc822-headers carrying the request Message-ID | modeled on Postfix bounce reports')))

    # 008 FDIC acknowledgment, HTML only
    html = """<html><head><style>p{font-family:Calibri,Arial;font-size:11pt}</style></head><body>
<p>FDIC FOIA Request Number: <b>FDIC-FOIA-2026-000912</b></p>
<p>Dear Requester:</p>
<p>The Federal Deposit Insurance Corporation (FDIC) received your Freedom of Information Act request on
September 16, 2026. Your request seeks supervisory and resolution records for Republic First Bank,
Philadelphia, Pennsylvania, for 2022 through 2024.</p>
<p>The FDIC processes FOIA requests under 12 CFR part 309. We have placed your request in our complex processing track.
You will be notified if fees are expected to exceed $25.00.</p>
<p>Please note that a great deal of information about failed institutions, including the failed bank list and the
purchase and assumption agreement, is already available at fdic.gov.</p>
<p>If you have questions, please contact the FOIA Requester Service Center at 202-898-7021 or efoia@fdic.gov, and cite the
request number above.</p>
<p>FDIC FOIA/Privacy Act Group<br>Legal Division<br>550 17th Street NW<br>Washington, DC 20429</p>
</body></html>"""
    out.append(('008-fdic-ack-html.eml', finish([
        ('From', 'FDIC FOIA <efoia@fdic.gov>'), ('To', plus('REQ-005')),
        ('Subject', 'FDIC FOIA Request Acknowledgment'), ('Date', date_hdr('2026-09-16 15:05')),
        ('Message-ID', mid('008', 'fdic.gov'))], text(html, 'html')),
        fact('008-fdic-ack-html.eml', 'REQ-005', 'acknowledgment', 'FDIC-FOIA-2026-000912', clock='received_on_sent_date',
             signals=['plus', 'tracking-new', 'subject'],
             why='FDIC acknowledges receipt Sep 16 (= sent), assigns FDIC-FOIA-2026-000912; fee note is conditional only',
             note='HTML-only acknowledgment with a conditional "if fees exceed $25" sentence | modeled on FDIC FOIA acknowledgment emails')))

    # 009 TVA acknowledgment of the portal request, personal address, no threading, subject changed
    body = text("""Hello,

I'm the FOIA specialist assigned to the request you sent through FOIA.gov on
September 14 about large-load and data center power supply agreements. TVA
logged it as FOIA 26-0431 with a received date of 9/14/2026.

Just so you know going in: a number of these agreements are between TVA and
local power companies or the customers themselves, and we'll need to give
the submitters notice under Executive Order 12600 before anything is
released. I'll reach out if fees look like they'll go past what you agreed
to pay.

Jenna Branson
FOIA Specialist | Tennessee Valley Authority
Office: 865-632-2467
""")
    out.append(('009-tva-staff-ack-datacenter.eml', finish([
        ('From', 'Branson, Jenna M <jmbranson@tva.gov>'), ('To', INBOX),
        ('Subject', 'TVA FOIA 26-0431 (data center load agreements)'), ('Date', date_hdr('2026-09-17 13:30')),
        ('Message-ID', mid('009', 'tva.gov')), *outlook_hdrs('009', 'TVA FOIA 26-0431 (data center load agreements)')], body),
        fact('009-tva-staff-ack-datacenter.eml', 'REQ-007', 'acknowledgment', '26-0431', clock='received_on_sent_date',
             signals=['subject', 'tracking-new'],
             why='TVA specialist confirms the FOIA.gov request was logged as 26-0431, received 9/14 (= sent)',
             note='staff acknowledgment from a personal .gov address, no thread headers, new subject; second open TVA request | modeled on informal federal FOIA specialist emails')))

    # 010 AOC voluntary acknowledgment (not subject to FOIA)
    r = req('REQ-006')
    body = text(f"""Dear Records Desk:

The Office of the Architect of the Capitol (AOC) received your records request
on September 17, 2026 and has assigned it number AOC-RR-26-041.

As a legislative branch agency, the AOC is not subject to the Freedom of
Information Act; FOIA applies to executive branch agencies (see 5 U.S.C.
551(1)(A) and 552(f)). As a matter of practice, however, the AOC reviews
requests for its records and releases information where appropriate and
consistent with the security of the Capitol complex. Records concerning
building security, infrastructure and life-safety systems generally are not
released.

We will review your request for Cannon House Office Building renewal cost,
schedule and change-order records and contact you with our response.

Office of the General Counsel
Architect of the Capitol
Ford House Office Building, Room H2-265A
Washington, DC 20515
""")
    out.append(('010-aoc-ack-voluntary.eml', finish([
        ('From', 'AOC Records Requests <records@aoc.gov>'), ('To', plus('REQ-006')),
        ('Subject', 'RE: ' + r['subject']), ('Date', date_hdr('2026-09-18 10:15')),
        ('Message-ID', mid('010', 'aoc.gov')), *threaded('REQ-006'), *outlook_hdrs('010', r['subject'])], body),
        fact('010-aoc-ack-voluntary.eml', 'REQ-006', 'acknowledgment', 'AOC-RR-26-041', clock='received_on_sent_date',
             signals=['thread', 'plus', 'tracking-new'],
             why='AOC confirms receipt Sep 17 (= sent) and assigns AOC-RR-26-041 while saying FOIA does not apply',
             note='legislative-branch body acknowledges a request it says FOIA does not reach; US rules applied mechanically | modeled on AOC General Counsel replies')))
    return out
