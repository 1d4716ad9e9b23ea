from common import *

# 011 DRA program staffer, personal address, passing to General Counsel
add('011-dra-staff-forwarding-to-gc.eml', build([
    ('From', 'Jolene Baptiste <jbaptiste@dra.gov>'), ('To', plus('REQ-008')),
    ('Subject', 'Re: ' + subj('REQ-008')), ('Date', date('2026-09-17 14:22', '-0500')),
    ('Message-ID', '<CAJ7vQx3mK1pP0dra-sedap-0917@mail.gmail.com>'),
    ('In-Reply-To', req_msgid('REQ-008')), ('References', req_msgid('REQ-008')),
    ], text="""Hi there,

Your email came to me because I'm listed as the contact on the SEDAP page. I don't handle FOIA, but I've
passed it along to our General Counsel's office, which does. Someone from that office should reach out.

Jolene

Jolene Baptiste
Program Analyst, Delta Regional Authority
236 Sharkey Avenue, Suite 400, Clarksdale, MS 38614
"""), 'REQ-008', 'other',
    'DRA program analyst says she forwarded our request to the General Counsel; no acknowledgment by the FOIA office',
    'informal note from program staff at a tiny agency whose program page was the only contact; a hand-off, not an acknowledgment',
    signals=['thread', 'plus'])

# 012 Postfix DSN: our REQ-010 request cc to a former Denali staffer bounced
orig12 = """From: Records Desk <%s>
To: foia@denali.gov
Cc: ksimeonoff@denali.gov
Subject: %s
Date: Tue, 22 Sep 2026 10:04:51 -0400
Message-ID: %s
Reply-To: %s

Dear FOIA Officer: Under the Freedom of Information Act, 5 U.S.C. 552, I request ...
""" % (INBOX, subj('REQ-010'), req_msgid('REQ-010'), plus('REQ-010'))
dsn_txt = """This is the mail system at host mx1.records.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<ksimeonoff@denali.gov>: host denali-gov.mail.protection.outlook.com[52.101.40.6]
    said: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
    ksimeonoff@denali.gov not found by SMTP address lookup (in reply to RCPT TO
    command)
"""
status = ('Reporting-MTA: dns; mx1.records.example.org\nArrival-Date: Tue, 22 Sep 2026 10:04:52 -0400 (EDT)\n\n'
          'Final-Recipient: rfc822; ksimeonoff@denali.gov\nOriginal-Recipient: rfc822;ksimeonoff@denali.gov\n'
          'Action: failed\nStatus: 5.1.10\nRemote-MTA: dns; denali-gov.mail.protection.outlook.com\n'
          'Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound\n')
data12 = dsn([('Return-Path', '<>'), ('From', 'MAILER-DAEMON@mx1.records.example.org (Mail Delivery System)'),
             ('To', INBOX), ('Subject', 'Undelivered Mail Returned to Sender'),
             ('Date', date('2026-09-22 10:05')), ('Message-ID', '<20260922140512.8B2E41C02A7@mx1.records.example.org>'),
             ('Auto-Submitted', 'auto-replied')], dsn_txt, status, orig12, '8B2E41C02A7.1790086692/mx1.records.example.org')
add('012-bounce-denali-cc.eml', data12, 'REQ-010', 'bounce',
    'Postfix DSN: the cc copy of our Denali request to a departed staffer was rejected; main address not affected',
    'Postfix bounce with message/delivery-status and the returned request (Message-ID only inside the attachment)',
    signals=['thread-embedded'])

# 013 ARC copy of the submitter notice sent to the grantee (cc to us)
add('013-arc-submitter-notice-copy.eml', build([
    ('From', 'ARC FOIA <foia@arc.gov>'), ('To', 'Dale Whitt <dwhitt@bigsandyworkforce.org>'),
    ('Cc', plus('REQ-007')),
    ('Subject', 'Notice of FOIA request for ARC grant records - ARC FOIA No. 2026 - 14'), ('Date', date('2026-09-23 11:00')),
    ('Message-ID', '<CY8PR09MB9011B44E7A@CY8PR09MB9011.namprd09.prod.outlook.com>'),
    ] + ms_headers('Notice of FOIA request for ARC grant records - ARC FOIA No. 2026 - 14', 'AQHdK0c'),
    text="""Mr. Whitt:

The Appalachian Regional Commission has received a Freedom of Information Act request from a news
organization (copied here) for records of the POWER Initiative award to the Big Sandy Workforce Alliance,
including the application narrative, budget and budget justification, the grant agreement, and the
quarterly progress reports.

Under Executive Order 12600, ARC gives submitters of business information an opportunity to object to
disclosure. If you believe any portion of these records contains trade secrets or commercial or
financial information that is privileged or confidential (FOIA exemption 4), please send ARC a detailed
written statement identifying the specific portions and explaining why disclosure would cause
substantial competitive harm or why the information is customarily kept private. Please respond by
October 7, 2026. If we receive no response by then, ARC will assume you have no objection.

ARC will release personal information about individuals, such as home addresses and salaries of named
staff, only as FOIA permits.

Marcus Kessler
General Counsel and Chief FOIA Officer
Appalachian Regional Commission
"""), 'REQ-007', 'other',
    'copy of ARC EO 12600 submitter notice to the grantee (cc to us); informs, does not change the clock',
    'predisclosure notification letter to a grantee under EO 12600 with the requester copied; number written with spaces ("2026 - 14")',
    tracking='2026-14', signals=['plus', 'tracking', 'subject'])

# 014 FEC acknowledgment, multipart/alternative
fec_txt = """Dear Requester:

This acknowledges receipt of your Freedom of Information Act request, which the Federal Election
Commission's FOIA Requester Service Center received on September 24, 2026. Your request has been
assigned FOIA Request No. 2026-188.

You requested communications between the Commission or its Commissioners and the Executive Office of the
President, including the White House Counsel and the Office of Presidential Personnel, concerning the
removal or resignation of FEC Commissioners in 2025.

The FOIA requires a determination within 20 working days. We will notify you if unusual circumstances
require additional time.

FOIA Requester Service Center
Federal Election Commission
1050 First Street NE, Washington, DC 20463
(202) 694-1650 | foia@fec.gov
"""
fec_html = '<html><body><div style="font-family:Times New Roman;font-size:12pt">' + ''.join(
    '<p>%s</p>' % p.replace('\n', ' ') for p in fec_txt.split('\n\n')) + '</div></body></html>'
add('014-fec-ack-2026-188.eml', build([
    ('From', 'FEC FOIA <foia@fec.gov>'), ('To', plus('REQ-011')),
    ('Subject', 'FOIA Request No. 2026-188 - Acknowledgment'), ('Date', date('2026-09-24 15:15')),
    ('Message-ID', '<0f1a77c2e9b34d1c@fec.gov>'),
    ('In-Reply-To', req_msgid('REQ-011')), ('References', req_msgid('REQ-011')),
    ], text=fec_txt, html=fec_html), 'REQ-011', 'acknowledgment',
    'FEC FOIA Requester Service Center ack, received Sep 24 (= sent), FOIA Request No. 2026-188',
    'formal FEC service-center acknowledgment, multipart/alternative',
    tracking='2026-188', clock='received_on_sent_date', signals=['thread', 'plus', 'tracking-new'])

# 015 NEA fee estimate, new subject
add('015-nea-fee-notice.eml', build([
    ('From', 'NEA FOIA Office <foia@arts.gov>'), ('To', plus('REQ-002')),
    ('Subject', 'Fee Notice - F26-0086'), ('Date', date('2026-09-25 10:40')),
    ('Message-ID', '<SA1PR09MB88207E1F02@SA1PR09MB8820.namprd09.prod.outlook.com>'),
    ] + ms_headers('Fee Notice - F26-0086', 'AQHdLHe'),
    text="""Dear Requester:

We have located the panel materials for the FY2026 Grants for Arts Projects Dance applications. The
paper panel books for the two meetings were not scanned, so we would need to reproduce roughly 1,516
pages. As a news media requester you receive the first 100 pages free; the remaining 1,416 pages at
$0.15 per page come to an estimated $212.40.

Because this is more than the $50 you agreed to pay, we have placed request F26-0086 on hold. Please
let us know in writing within 20 working days whether you agree to pay up to $212.40, or whether you
would like to narrow the request (for example, to the panel comments for funded applicants only, which
we estimate would be under 400 pages and therefore under $50). If we do not hear from you, we will
treat the request as withdrawn.

The actual charge may be lower once the records are reviewed.

FOIA Office
National Endowment for the Arts
Contact: Wendell Price, wprice@arts.gov
"""), 'REQ-002', 'fee_estimate',
    'NEA fee notice: estimated $212.40 duplication beyond 100 free pages; request on hold until we agree or narrow',
    'fee letter under a changed subject with no threading headers; number only in the subject',
    tracking='F26-0086', signals=['plus', 'tracking'])

# 016 DRA General Counsel acknowledgment, no tracking number, quoting our request
q16 = our_request_text('REQ-008', 'the grant files (applications, scoring sheets, award letters and closeout reports) for States\' Economic Development Assistance Program (SEDAP) awards to Mississippi grantees in fiscal years 2024 and 2025.')
add('016-dra-gc-ack-no-number.eml', build([
    ('From', 'Amelia Strickland <astrickland@dra.gov>'), ('To', plus('REQ-008')),
    ('Cc', 'Jolene Baptiste <jbaptiste@dra.gov>'),
    ('Subject', 'RE: ' + subj('REQ-008')), ('Date', date('2026-09-25 14:05', '-0500')),
    ('Message-ID', '<MN2PR09MB6104E6E0A1@MN2PR09MB6104.namprd09.prod.outlook.com>'),
    ('In-Reply-To', '<CAJ7vQx3mK1pP0dra-sedap-0917@mail.gmail.com>'),
    ('References', req_msgid('REQ-008') + ' <CAJ7vQx3mK1pP0dra-sedap-0917@mail.gmail.com>'),
    ] + ms_headers('FOIA Request: Delta Regional Authority SEDAP grant files, Mississippi projects 2024-2025', 'AQHdLJq'),
    text="""Good afternoon,

I'm the General Counsel at the Delta Regional Authority and I handle our FOIA requests. Jolene passed
along your request below. For our records, DRA received it on September 16, 2026, the day you sent it.
We don't use a tracking system, so please just reference this email thread.

I'll be back in touch shortly with a question or two about scope.

Amelia Strickland
General Counsel
Delta Regional Authority

From: Records Desk <%s>
Sent: Wednesday, September 16, 2026 9:47 AM
To: Jolene Baptiste <jbaptiste@dra.gov>
Subject: %s

%s
""" % (plus('REQ-008'), subj('REQ-008'), q16)), 'REQ-008', 'acknowledgment',
    'DRA General Counsel acknowledges the request, received Sep 16 (= sent); no tracking number',
    'General Counsel as the whole FOIA office; Outlook quote header of our request; agency says it has no tracking system',
    clock='received_on_sent_date', signals=['thread', 'plus'])

# 017 IMLS ack with a received date later than sent; number only in the subject
add('017-imls-ack-received-later.eml', build([
    ('From', 'IMLS FOIA <foia@imls.gov>'), ('To', plus('REQ-009')),
    ('Subject', 'FOIA IMLS-2026-0049'), ('Date', date('2026-09-28 09:50')),
    ('Message-ID', '<DM6PR09MB55220A9C44@DM6PR09MB5522.namprd09.prod.outlook.com>'),
    ] + ms_headers('FOIA IMLS-2026-0049', 'AQHdMAk'),
    text="""Dear Requester:

Your Freedom of Information Act request for reduction-in-force notices and administrative leave records
for 2025 was received in the IMLS Office of the General Counsel on September 22, 2026. It was sent to a
general agency mailbox on September 21 and forwarded to this office the next day.

We will respond as soon as we can. Please use the number in the subject line of this message in any
correspondence.

Office of the General Counsel
Institute of Museum and Library Services
"""), 'REQ-009', 'acknowledgment',
    'IMLS ack: request reached OGC Sep 22 (sent Sep 21); clock from Sep 22; number only in the subject',
    'no threading; received date later than sent because it went to a general mailbox first (FOIA routing rule)',
    tracking='IMLS-2026-0049', clock='received:2026-09-22', signals=['plus', 'tracking-new', 'subject'])

# 018 Denali Commission ack: letter PDF, number only in the attachment file name
den_pdf = """DENALI COMMISSION
510 L Street, Suite 410
Anchorage, Alaska 99501

September 29, 2026

Records Desk
records@records.example.org

Dear Requester:

The Denali Commission received your Freedom of Information Act request on September 22, 2026. You asked
for grant records for bulk fuel tank farm projects in Yukon-Kuskokwim Delta villages funded between 2019
and 2025, including applications, grant agreements, inspection reports and closeout documents.

Older project files are kept in paper form at our Anchorage office and in off-site storage. We will
search both locations. We will contact you if we expect fees above the amount you agreed to pay.

If you have questions please contact me at the address above or by email.

Sincerely,

Rachel McCallister
General Counsel / FOIA Officer
"""
add('018-denali-ack-pdf-filename-number.eml', build([
    ('From', 'Rachel McCallister <rmccallister@denali.gov>'), ('To', plus('REQ-010')),
    ('Subject', 'Your records request'), ('Date', date('2026-09-29 13:30', '-0800')),
    ('Message-ID', '<BY5PR09MB5410D7B3F6@BY5PR09MB5410.namprd09.prod.outlook.com>'),
    ('In-Reply-To', req_msgid('REQ-010')), ('References', req_msgid('REQ-010')),
    ] + ms_headers('Your records request', 'AQHdNB1'),
    text="Good morning - our acknowledgment letter is attached.\n\nRachel\n",
    attachments=[('Denali FOIA 26-09 Acknowledgment.pdf', 'application/pdf', pdf(den_pdf, 'Acknowledgment'))]),
    'REQ-010', 'acknowledgment',
    'Denali Commission ack letter, received Sep 22 (= sent); number 26-09 appears only in the PDF file name',
    'GC who is also FOIA officer; Alaska time zone; tracking number only in the attachment name',
    tracking='26-09', clock='received_on_sent_date', signals=['thread', 'plus', 'tracking-filename'])

# 019 NEH extension for REQ-001 with estimated date
add('019-neh-extension-submitters.eml', build([
    ('From', '"Marchetti, Nora" <nmarchetti@neh.gov>'), ('To', plus('REQ-001')), ('Cc', 'NEH FOIA <foia@neh.gov>'),
    ('Subject', 'RE: NEH FOIA acknowledgment'), ('Date', date('2026-09-30 15:55')),
    ('Message-ID', '<BL0PR09MB4471D05F18@BL0PR09MB4471.namprd09.prod.outlook.com>'),
    ('In-Reply-To', '<BL0PR09MB44712F7D10@BL0PR09MB4471.namprd09.prod.outlook.com>'),
    ('References', req_msgid('REQ-001') + ' <BL0PR09MB44712F7D10@BL0PR09MB4471.namprd09.prod.outlook.com>'),
    ] + ms_headers('FOIA Request: NEH peer review records for FY2026 Public Humanities Projects applications', 'AQHdOcQ'),
    text="""Dear Requester:

I am writing about FOIA No. 26-117. Your request involves the application files of 38 applicant
organizations, each of which is entitled to notice under Executive Order 12600, and records of panels
held by two NEH divisions. These are unusual circumstances under 5 U.S.C. 552(a)(6)(B)(i), and NEH is
extending the time to respond by 10 working days.

Realistically, we expect to finish the submitter process and send you a response by November 13, 2026.
If you would like to narrow the request to speed things up, for example to funded applications only,
please let me know. You may also contact our FOIA Public Liaison or the Office of Government
Information Services (OGIS) at the National Archives (ogis@nara.gov; 202-741-5770) for help.

Nora Marchetti
Deputy General Counsel and FOIA Officer
National Endowment for the Humanities
"""), 'REQ-001', 'extension',
    'NEH invokes the 10-working-day unusual-circumstances extension on 26-117; expects a response by Nov 13',
    'extension email in the same Outlook thread as the acknowledgment; offers narrowing and OGIS as (a)(6)(B)(ii) requires',
    tracking='26-117', clock='extension', estimated='2026-11-13', signals=['thread', 'plus', 'tracking'])

# 020 Exchange NDR: our fee-agreement reply to the NEA staffer bounced
orig20 = ("""From: Records Desk <%s>
To: Wendell Price <wprice@arts.gov>
Subject: RE: Fee Notice - F26-0086
Date: Thu, 01 Oct 2026 12:13:40 -0400
Message-ID: <req-002.20261001.2@records.example.org>
References: %s

We agree to pay up to $212.40 for F26-0086. Please proceed.
""" % (plus('REQ-002'), req_msgid('REQ-002')))
ndr_txt = """Delivery has failed to these recipients or groups:

wprice@arts.gov
The email address you entered couldn't be found. Please check the recipient's email address and try to
resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: SA1PR09MB8820.namprd09.prod.outlook.com

wprice@arts.gov
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'

Original message headers:
Subject: RE: Fee Notice - F26-0086
Message-ID: <req-002.20261001.2@records.example.org>
"""
st = ('Reporting-MTA: dns;SA1PR09MB8820.namprd09.prod.outlook.com\n\nFinal-recipient: RFC822; wprice@arts.gov\n'
      'Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found\n')
data20 = dsn([('From', 'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@arts.gov>'),
             ('To', INBOX), ('Subject', 'Undeliverable: RE: Fee Notice - F26-0086'),
             ('Date', date('2026-10-01 12:14')), ('Message-ID', '<a8d2c0e4-55b1-4f0e-9d1a-NDR@SA1PR09MB8820.namprd09.prod.outlook.com>'),
             ('In-Reply-To', '<req-002.20261001.2@records.example.org>'), ('Auto-Submitted', 'auto-replied'),
             ('X-MS-Exchange-Message-Is-Ndr', '')], ndr_txt, st, orig20, '_000_NDR_a8d2c0e455b14f0e_', 'text/rfc822-headers')
add('020-bounce-nea-fee-reply.eml', data20, 'REQ-002', 'bounce',
    'Exchange NDR: our agreement to pay the F26-0086 fee, sent to the contact named in the fee notice, was undeliverable',
    'Microsoft 365 "Undeliverable:" NDR for our own reply to a departed staffer; number in the subject',
    tracking='F26-0086', signals=['thread-embedded', 'tracking'])
