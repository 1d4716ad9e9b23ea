#!/usr/bin/env python3
"""Write messages/*.eml and facts.yaml for this set (run once; the .eml files and facts.yaml are the set).

Each spec below is one agency reply as it lands in foia@newsroom.example.net, with the hand-written facts
(request, kind, tracking number, clock, appeal, estimated date, why, signals) and a NOTES line.
Files are numbered in Date: order. Dates (due / appeal_due) are NOT written here: compute_labels.py derives them.
"""
import hashlib, sys, yaml
from pathlib import Path
from mimekit import when, rfcdate, text, attach, Multi, Leaf, Embedded, message, pdf

HERE = Path(__file__).resolve().parent
ORG = 'newsroom.example.net'
INBOX = 'foia@' + ORG
DESK = 'FOIA Desk <%s>' % INBOX
REQS = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}


def plus(rid):
    return REQS[rid]['reply_address']


def rmid(rid):
    return REQS[rid]['message_id']


def subj(rid):
    return REQS[rid]['subject']


def h(s, n=20):
    return hashlib.sha1(s.encode()).hexdigest()[:n]


def hx(s, n=20):
    return hashlib.sha1(s.encode()).hexdigest()[:n].upper()


def outlook_headers(slug, topic, host='BN8PR09MB5123.namprd09.prod.outlook.com'):
    return [
        ('Thread-Topic', topic[:120]),
        ('Thread-Index', 'AQHc' + h('ti' + slug, 28) + '=='),
        ('Message-ID', '<%s@%s>' % (hx('mid' + slug, 32), host)),
        ('Accept-Language', 'en-US'),
        ('Content-Language', 'en-US'),
        ('X-MS-Has-Attach', ''),
        ('X-MS-TNEF-Correlator', ''),
        ('X-MS-Exchange-CrossTenant-Network-Message-Id', '%s-%s-%s' % (h('n1' + slug, 8), h('n2' + slug, 4), h('n3' + slug, 12))),
        ('X-MS-Exchange-Transport-CrossTenantHeadersStamped', host.split('.')[0]),
    ]


def gg_headers(orig_name, orig_addr, slug):
    """Google Group collaborative inbox delivery (From rewritten to the group)."""
    return [
        ('From', '"\'%s\' via FOIA Desk" <%s>' % (orig_name, INBOX)),
        ('Reply-To', '"%s" <%s>' % (orig_name, orig_addr)),
        ('X-Original-From', '"%s" <%s>' % (orig_name, orig_addr)),
        ('X-Original-Sender', orig_addr),
        ('X-Original-Authentication-Results', 'mx.google.com; spf=pass smtp.mailfrom=%s; dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=%s' % (orig_addr, orig_addr.split('@')[1])),
        ('Precedence', 'list'),
        ('Mailing-list', 'list %s; contact foia+owners@%s' % (INBOX, ORG)),
        ('List-ID', '<foia.%s>' % ORG),
        ('X-Spam-Checked-In-Group', INBOX),
        ('X-Google-Group-Id', '318804467215'),
        ('List-Post', '<https://groups.google.com/a/%s/group/foia/post>, <mailto:%s>' % (ORG, INBOX)),
        ('List-Help', '<https://support.google.com/a/%s/bin/topic.py?topic=25838>, <mailto:foia+help@%s>' % (ORG, ORG)),
        ('List-Archive', '<https://groups.google.com/a/%s/group/foia/>' % ORG),
        ('List-Unsubscribe', '<mailto:googlegroups-manage+318804467215+unsubscribe@googlegroups.com>,\n <https://groups.google.com/a/%s/group/foia/subscribe>' % ORG),
    ]


REQUEST_TEXT = {
    'REQ-001': "Under the Freedom of Information Act, 5 U.S.C. 552, we request TSA records showing checkpoint wait times "
               "(hourly or daily) and screener staffing allocations for Boston Logan (BOS), Seattle-Tacoma (SEA) and "
               "Washington Dulles (IAD), January 2024 to the present. We ask to be placed in the news media fee category "
               "and request a fee waiver.",
    'REQ-003': "Under the Port Authority's Freedom of Information Code, we request copies of all lease amendments and "
               "construction change orders for the New Terminal One project at John F. Kennedy International Airport, "
               "January 2022 to the present.",
    'REQ-005': "Under the Massachusetts Public Records Law, G.L. c. 66, s. 10, we request (1) all noise complaints "
               "received by Massport's Noise Abatement Office regarding Logan Airport from January 1, 2025 to the present, "
               "in electronic format, and (2) monthly runway use reports for the same period.",
    'REQ-006': "Under G.L. c. 66, s. 10, we request the procurement file for ship-to-shore cranes purchased for Conley "
               "Container Terminal since 2019 (RFP, bid tabulation, award and contract) and all contracts for berth "
               "dredging at Conley Terminal since 2019.",
    'REQ-007': "Under the Public Records Act, RCW 42.56, we request records about biometric or facial recognition "
               "boarding at Seattle-Tacoma International Airport, including policies, agreements with airlines or "
               "federal agencies, and records of the Port's Biometrics External Advisory Group, 2019 to the present.",
    'REQ-012': "Under the Illinois Freedom of Information Act, 5 ILCS 140, we request records of license plate images "
               "or plate-read data captured by Tollway cameras that the Tollway shared with any law enforcement agency "
               "from January 1, 2025 to the present, including logs of such disclosures.",
    'REQ-014': "Under the Virginia Freedom of Information Act and the Authority's FOIA policy, we request Dulles Toll "
               "Road monthly revenue reports for fiscal years 2022 to 2026, any toll rate study prepared since 2024, "
               "and continuing disclosure filings for Dulles Toll Road revenue bonds since 2024.",
    'REQ-015': "We request records of runway incursions and other surface events at Ronald Reagan Washington National "
               "Airport from January 2024 to the present, including Airport Operations Center logs and any reports "
               "exchanged with the FAA.",
}


def quoted_outlook(rid, to_name, to_addr, sent_str, tag='[EXTERNAL] '):
    body = REQUEST_TEXT[rid]
    return ('\n\n________________________________\n'
            'From: FOIA Desk <%s>\nSent: %s\nTo: %s <%s>\nSubject: %s%s\n\n'
            'CAUTION: This email originated from outside of the organization. Do not click links or open attachments '
            'unless you recognize the sender and know the content is safe.\n\n'
            'To whom it may concern:\n\n%s\n\nThank you,\nFOIA Desk\nThe Coastal Ledger\n' %
            (plus(rid), sent_str, to_name, to_addr, tag, subj(rid), body))


def quoted_gt(rid, date_str):
    lines = ('To whom it may concern:\n\n' + REQUEST_TEXT[rid] + '\n\nThank you,\nFOIA Desk\nThe Coastal Ledger').split('\n')
    import textwrap
    out = []
    for l in lines:
        out += textwrap.wrap(l, 72) or ['']
    return '\n\nOn %s, FOIA Desk <%s> wrote:\n' % (date_str, plus(rid)) + '\n'.join('> ' + l for l in out) + '\n'


M = []  # message specs


def add(slug, stamp, tz, headers, body, facts, note):
    M.append(dict(slug=slug, dt=when(stamp, tz), headers=headers, body=body, facts=facts, note=note))


# =====================================================================================================
# TSA auto-response to REQ-001
add('tsa-autoreply', '2026-09-02 14:10:33', 'ET', [
    ('From', 'TSA FOIA <FOIA@tsa.dhs.gov>'),
    ('To', plus('REQ-001')),
    ('Subject', 'Automatic reply: ' + subj('REQ-001')),
    ('In-Reply-To', rmid('REQ-001')),
    ('References', rmid('REQ-001')),
    ('Auto-Submitted', 'auto-replied'),
    ('X-Auto-Response-Suppress', 'All'),
    ('Message-ID', '<%s@DM6PR09MB4410.namprd09.prod.outlook.com>' % hx('tsa-ar', 30)),
], text(
    "Thank you for writing to the Transportation Security Administration (TSA) Freedom of Information Act Branch.\n\n"
    "This automated response confirms only that your message reached the FOIA Branch mailbox. It is not an\n"
    "acknowledgment of a FOIA request and no request number has been assigned by this message. Requests are\n"
    "reviewed and logged in the order received; you will be notified separately when your request is entered.\n\n"
    "To check the status of a request that already has a tracking number, use the DHS FOIA status page or call\n"
    "the TSA FOIA Requester Service Center at 1-866-FOIA-TSA.\n\n"
    "Questions about security screening, lost items or travel complaints cannot be handled by this office;\n"
    "please use the TSA Contact Center.\n\n"
    "This mailbox does not accept replies to this automated message.\n"),
    dict(request='REQ-001', kind='auto_reply', tracking_number=None, signals=['thread', 'plus'],
         why='TSA FOIA mailbox auto-response threaded to our request; says it is not an acknowledgment'),
    'Mailbox auto-reply that disclaims being an acknowledgment (no number, no date). Modeled on DHS-component FOIA mailbox auto-responders.')

# Trade newsletter (unrelated)
nl_html = """<html><head><meta charset="utf-8"></head><body style="font-family:Georgia,serif;max-width:640px">
<table width="100%" cellpadding="6"><tr><td style="background:#0b2d4f;color:#fff"><b>CHECKPOINT &amp; CHANNEL</b><br>
<span style="font-size:11px">Your Thursday briefing on airport, seaport and toll-road security &middot; September 3, 2026</span></td></tr></table>
<h3>TSA adds computed tomography lanes at 28 more airports</h3>
<p>The agency says the scanners, which let travelers keep laptops in bags, will reach every Category X airport by 2028.
Critics point to detection test results that remain classified as Sensitive Security Information.</p>
<h3>Port Authority board weighs new toll violation fee schedule</h3>
<p>Commissioners are expected to vote next month on lowering the fee charged on unpaid Tolls by Mail invoices at the
Hudson River crossings. A Freedom of Information request by an advocacy group found more than 4 million notices issued in 2025.</p>
<h3>Massport noise study enters second phase</h3>
<p>The runway use study at Logan will now examine overnight departures over Winthrop and East Boston.</p>
<h3>Port Houston: Project 11 widening hits Segment 6</h3>
<p>Dredging contractors have begun work on the final segment of the Houston Ship Channel expansion.</p>
<hr><p style="font-size:11px;color:#666">You are receiving this because foia@newsroom.example.net subscribed at checkpointchannel.example.
<a href="https://checkpointchannel.example/u?e=foia%40newsroom.example.net">Unsubscribe</a> &middot; Checkpoint &amp; Channel, 400 Harbor Blvd, Suite 9, Norfolk, VA 23510</p>
</body></html>
"""
nl_txt = ("CHECKPOINT & CHANNEL - Thursday briefing, September 3, 2026\n\n"
          "* TSA adds computed tomography lanes at 28 more airports\n"
          "* Port Authority board weighs new toll violation fee schedule\n"
          "* Massport noise study enters second phase\n"
          "* Port Houston: Project 11 widening hits Segment 6\n\n"
          "Unsubscribe: https://checkpointchannel.example/u?e=foia%40newsroom.example.net\n")
add('newsletter-checkpoint', '2026-09-03 06:00:12', 'ET', [
    ('From', 'Checkpoint & Channel <briefing@checkpointchannel.example>'),
    ('To', INBOX),
    ('Subject', 'TSA adds CT lanes at 28 airports | Port Authority toll fees | Massport noise study'),
    ('Message-ID', '<20260903100012.%s@send.checkpointchannel.example>' % h('nl1', 16)),
    ('List-Unsubscribe', '<https://checkpointchannel.example/u?e=foia%40newsroom.example.net>'),
    ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
    ('Precedence', 'bulk'),
], Multi('alternative', [text(nl_txt), text(nl_html, 'html')], '----=_NmP_' + h('nlb', 24)),
    dict(request=None, kind='other', tracking_number=None, signals=['none'],
         why='trade newsletter naming TSA, the Port Authority, Massport and Port Houston; not a reply to any request'),
    'Unrelated newsletter full of our agencies\' names and topic words (CT scanners, toll violation fees). Modeled on daily trade e-briefings.')

# Massport acknowledgment REQ-005 (Outlook, cp1252 QP, quoted original)
mp_ack_txt = ("Good morning,\n\n"
              "Massport\u2019s Public Records Office received your request this morning, Friday, September 4, 2026. "
              "We have forwarded it to the Noise Abatement Office and to Aviation Operations to identify responsive records.\n\n"
              "Under G.L. c. 66, \u00a7 10(b), Massport will provide you with a written response within ten business days. "
              "If a fee will apply, that response will include a good faith estimate.\n\n"
              "Please note that Massport does not assign request numbers; when following up, please refer to the subject "
              "and the date of your request.\n\n"
              "Regards,\n\nMaureen Callahan\nRecords Access Officer\nMassachusetts Port Authority\n"
              "One Harborside Drive, Suite 200S | East Boston, MA 02128\nPublicRecords@massport.com\n")
mp_ack_txt += quoted_outlook('REQ-005', 'Public Records', 'PublicRecords@massport.com', 'Friday, September 4, 2026 8:51 AM')
mp_ack_html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=Windows-1252">'
               '<style><!-- p.MsoNormal {margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>'
               '<body lang="EN-US" link="#0563C1"><div class="WordSection1">'
               + ''.join('<p class="MsoNormal">%s</p>' % (l.replace('&', '&amp;') or '&nbsp;') for l in mp_ack_txt.split('\n'))
               + '</div></body></html>\n')
add('massport-ack-noise', '2026-09-04 10:22:41', 'ET', [
    ('From', 'Public Records <PublicRecords@massport.com>'),
    ('To', 'FOIA Desk <%s>' % plus('REQ-005')),
    ('Subject', 'RE: [EXTERNAL] ' + subj('REQ-005')),
    ('In-Reply-To', rmid('REQ-005')),
    ('References', rmid('REQ-005')),
] + outlook_headers('massport-ack-noise', '[EXTERNAL] ' + subj('REQ-005'), 'MN2PR11MB4701.namprd11.prod.outlook.com'),
    Multi('alternative', [text(mp_ack_txt, cs='windows-1252', cte='quoted-printable'),
                          text(mp_ack_html, 'html', cs='windows-1252', cte='quoted-printable')],
          '_000_MN2PR11MB47011A2B3C4D5E6F7A8B9C0DMN2PR11MB4701namp_'),
    dict(request='REQ-005', kind='acknowledgment', tracking_number=None, clock='received_on_sent_date',
         signals=['thread', 'plus', 'subject'],
         why='Massport confirms receipt on Sep 4 (= sent); promises written response in 10 business days; no number'),
    'Outlook reply with [EXTERNAL] tag, Thread-Index, cp1252 quoted-printable, quoted original; agency gives no number. Modeled on Massachusetts RAO acknowledgments citing c. 66 s. 10(b).')

# TSA acknowledgment REQ-001 (received date differs from sent)
tsa_ack1 = """Transportation Security Administration
Freedom of Information Act Branch
6595 Springfield Center Drive
Springfield, VA 20598-6020

September 8, 2026

FOIA Desk
The Coastal Ledger
foia@newsroom.example.net

Re: FOIA Request 2026-TSFO-01742

Dear Requester:

This letter acknowledges receipt of your Freedom of Information Act (FOIA) request to the Transportation
Security Administration (TSA), dated September 2, 2026. Your request was received in this office on
September 3, 2026. You are seeking records of checkpoint wait times and screener staffing allocations at
Boston Logan International Airport (BOS), Seattle-Tacoma International Airport (SEA) and Washington Dulles
International Airport (IAD) from January 2024 to the present.

Your request has been assigned tracking number 2026-TSFO-01742. Please cite this number in any future
correspondence about this request.

TSA processes requests on a first-in, first-out basis within each processing track, consistent with the DHS
FOIA regulations at 6 C.F.R. Part 5. Because of the volume of requests before yours, you may experience some
delay in the processing of your request.

You have asked to be treated as a representative of the news media. Based on the information you provided,
TSA has placed your request in that fee category. News media requesters are charged duplication fees only,
after the first 100 pages. Your request for a fee waiver is being held in abeyance until we determine whether
fees will be assessed.

If you have any questions, please contact the TSA FOIA Requester Service Center at 1-866-364-2872 or
foia@tsa.dhs.gov, or the TSA FOIA Public Liaison at the same address.

Sincerely,

TSA FOIA Branch
"""
add('tsa-ack-waittimes', '2026-09-08 09:15:02', 'ET', [
    ('From', 'foia@tsa.dhs.gov'),
    ('To', plus('REQ-001')),
    ('Subject', 'TSA FOIA Request 2026-TSFO-01742 - Acknowledgment'),
    ('Message-ID', '<%s@DM6PR09MB4410.namprd09.prod.outlook.com>' % hx('tsa-ack1', 30)),
], Multi('alternative', [text(tsa_ack1), text('<html><body><pre style="font-family:Times New Roman">%s</pre></body></html>' % tsa_ack1, 'html')],
         '_000_DM6PR09MB4410' + hx('b1', 16) + '_'),
    dict(request='REQ-001', kind='acknowledgment', tracking_number='2026-TSFO-01742', clock='received:2026-09-03',
         signals=['plus', 'tracking-new', 'subject'],
         why='TSA acknowledges request dated Sep 2, received Sep 3; assigns 2026-TSFO-01742; clock from Sep 3'),
    'Federal acknowledgment with a received date one day after our sent date, fee category paragraph. Modeled on DHS/TSA FOIA acknowledgment letters.')

# PANYNJ acknowledgment letter as PDF only, then the same letter resent
pa_ack_pdf = pdf([
    'THE PORT AUTHORITY OF NY & NJ',
    'Freedom of Information Administrator',
    '4 World Trade Center, 150 Greenwich Street, 24th Floor',
    'New York, NY 10007',
    '',
    'September 8, 2026',
    '',
    'FOIA Desk, The Coastal Ledger',
    'Via e-mail: foia+req-003@newsroom.example.net',
    '',
    'Re: Freedom of Information Reference No. 21874',
    '',
    'Dear Requester:',
    '',
    'This acknowledges receipt on September 3, 2026 of your request, made under The Port Authority of New York '
    'and New Jersey\'s Freedom of Information Code (the "Code"), for copies of lease amendments and construction '
    'change orders for the New Terminal One project at John F. Kennedy International Airport, January 2022 to the present.',
    '',
    'Your request has been forwarded to the appropriate Port Authority departments for a search. The Port Authority '
    'expects to respond to your request on or before November 5, 2026. If the Port Authority is unable to respond by '
    'that date, you will be notified in writing and given a revised date.',
    '',
    'Please refer to the above FOI reference number in all future correspondence regarding this request.',
    '',
    'Sincerely,',
    '',
    'FOI Administrator',
], 'FOI 21874 Acknowledgment')
pa_ack_body = ("Please see the attached letter regarding your request under the Port Authority's Freedom of Information Code.\n\n"
               "Freedom of Information Administrator\nThe Port Authority of New York and New Jersey\n")
add('panynj-ack-pdf', '2026-09-08 15:40:19', 'ET', [
    ('From', 'FOI Administrator <foi@panynj.gov>'),
    ('To', plus('REQ-003')),
    ('Subject', 'Port Authority FOI Request - Acknowledgment'),
    ('Message-ID', '<%s@CH2PR09MB6012.namprd09.prod.outlook.com>' % hx('pa-ack', 30)),
], Multi('mixed', [text(pa_ack_body), attach(pa_ack_pdf, 'application/pdf', 'FOI 21874 Acknowledgment.pdf')],
         '_004_CH2PR09MB6012' + hx('pab', 16) + '_'),
    dict(request='REQ-003', kind='acknowledgment', tracking_number='21874', clock='received_on_sent_date',
         estimated='2026-11-05', signals=['plus', 'tracking-attachment'],
         why='PA FOI acknowledgment in PDF: received Sep 3 (= sent), FOI Reference No. 21874, expects to respond by Nov 5'),
    'Letter only in a PDF, number only in attachment name/text; generic subject; the letterhead ZIP 10007 also fits the 5-digit pattern. Modeled on Port Authority FOI Administrator acknowledgment letters under its FOI Code.')

add('panynj-ack-resend', '2026-09-09 10:02:55', 'ET', [
    ('From', 'FOI Administrator <foi@panynj.gov>'),
    ('To', plus('REQ-003')),
    ('Subject', 'RESEND: Port Authority FOI Request - Acknowledgment'),
    ('Message-ID', '<%s@CH2PR09MB6012.namprd09.prod.outlook.com>' % hx('pa-ack-resend', 30)),
], Multi('mixed', [text("We are resending the attached letter because some recipients reported that yesterday's attachment "
                        "could not be opened. No action is needed if you already received it.\n\n" + pa_ack_body),
                   attach(pa_ack_pdf, 'application/pdf', 'FOI 21874 Acknowledgment.pdf')],
         '_004_CH2PR09MB6012' + hx('pab2', 16) + '_'),
    dict(request='REQ-003', kind='acknowledgment', tracking_number='21874', clock='received_on_sent_date',
         estimated='2026-11-05', signals=['plus', 'tracking-attachment'],
         why='same acknowledgment letter resent a day later (RESEND); same received date, so the same due date'),
    'Same letter resent next day with RESEND in subject: must not be treated as a new event that moves dates. Modeled on agencies resending letters after attachment complaints.')

# Postfix DSN for REQ-007 (typo cc address)
req7_headers = ("Return-Path: <foia@newsroom.example.net>\n"
                "Received: by mx1.newsroom.example.net (Postfix, from userid 1004)\n\tid 4Rk2mJ0xQwz9sWn; Wed,  9 Sep 2026 11:30:58 -0400 (EDT)\n"
                "From: FOIA Desk <foia@newsroom.example.net>\n"
                "Reply-To: foia+req-007@newsroom.example.net\n"
                "To: publicrecords@portseattle.org\n"
                "Cc: records@portofseatle.org\n"
                "Subject: %s\n"
                "Date: Wed, 09 Sep 2026 11:30:57 -0400\n"
                "Message-ID: %s\n"
                "MIME-Version: 1.0\n"
                "Content-Type: text/plain; charset=utf-8\n" % (subj('REQ-007'), rmid('REQ-007')))
add('bounce-postfix-portseattle', '2026-09-09 11:31:04', 'ET', [
    ('From', 'MAILER-DAEMON@mx1.newsroom.example.net (Mail Delivery System)'),
    ('To', INBOX),
    ('Subject', 'Undelivered Mail Returned to Sender'),
    ('Message-ID', '<20260909153104.4Rk2mK1BcLz9sWq@mx1.newsroom.example.net>'),
    ('Auto-Submitted', 'auto-replied'),
], Multi('report', [
    Leaf('text/plain', "This is the mail system at host mx1.newsroom.example.net.\n\n"
         "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
         "For further assistance, please send mail to postmaster.\n\n"
         "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
         "                   The mail system\n\n"
         "<records@portofseatle.org>: Host or domain name not found. Name service error\n"
         "    for name=portofseatle.org type=AAAA: Host not found\n", charset='us-ascii', cte='7bit',
         extra=['Content-Description: Notification']),
    Embedded('message/delivery-status',
             "Reporting-MTA: dns; mx1.newsroom.example.net\nX-Postfix-Queue-ID: 4Rk2mJ0xQwz9sWn\n"
             "X-Postfix-Sender: rfc822; foia@newsroom.example.net\nArrival-Date: Wed,  9 Sep 2026 11:30:58 -0400 (EDT)\n\n"
             "Final-Recipient: rfc822; records@portofseatle.org\nOriginal-Recipient: rfc822;records@portofseatle.org\n"
             "Action: failed\nStatus: 5.4.4\n"
             "Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error for\n"
             "    name=portofseatle.org type=AAAA: Host not found\n", extra=['Content-Description: Delivery report']),
    Embedded('text/rfc822-headers', req7_headers, extra=['Content-Description: Undelivered Message Headers']),
], '4Rk2mK1BcLz9sWq.1789054264/mx1.newsroom.example.net', '; report-type=delivery-status'),
    dict(request='REQ-007', kind='bounce', tracking_number=None, signals=['thread-embedded', 'subject'],
         why='Postfix DSN: the misspelled cc address on our Port of Seattle request does not exist (main address delivered)'),
    'Our own MTA\'s DSN for a misspelled cc recipient; only the returned headers link it. Modeled on Postfix bounce format.')

# Port of Seattle GovQA acknowledgment REQ-007
pos_ack1 = """<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">
<p>Dear FOIA Desk,</p>
<p>Thank you for contacting the Port of Seattle. Your public records request was received on <b>9/9/2026</b> and has been
assigned reference number <b>PRR-2026-01045</b>.</p>
<p><b>Request description:</b> Records about biometric or facial recognition boarding at Seattle-Tacoma International
Airport, including policies, agreements with airlines or federal agencies, and records of the Port's Biometrics External
Advisory Group, 2019 to the present.</p>
<p>Under RCW 42.56.520, the Port will respond within five business days of receipt by providing the records,
acknowledging your request with a reasonable estimate of the time needed, asking for clarification, or denying the
request.</p>
<p>You can monitor the progress of your request and download records through the
<a href="https://portofseattle.govqa.us/WEBAPP/_rs/supporthome.aspx">Port of Seattle Public Records Center</a>.</p>
<p>Port of Seattle Public Records Office<br>P.O. Box 1209, Seattle, WA 98111</p>
<p style="font-size:11px;color:#777">This is an automated message. Replies to this address are not monitored.</p>
</body></html>
"""
add('portseattle-govqa-ack', '2026-09-09 16:05:48', 'PT', [
    ('From', 'Port of Seattle Public Records <portofseattle@govqa.us>'),
    ('To', plus('REQ-007')),
    ('Subject', 'Port of Seattle Public Records Request :: PRR-2026-01045'),
    ('Message-ID', '<%s.portofseattle@govqa.us>' % h('pos-ack1', 24)),
], text(pos_ack1, 'html'),
    dict(request='REQ-007', kind='acknowledgment', tracking_number='PRR-2026-01045', clock='received_on_sent_date',
         signals=['plus', 'tracking-new', 'subject'],
         why='GovQA portal confirms receipt 9/9/2026 (= sent) and assigns PRR-2026-01045; WA 5 business days'),
    'HTML-only portal acknowledgment restating RCW 42.56.520 options. Modeled on GovQA "Public Records Request :: number" notices of Washington ports and cities.')

# PANYNJ portal acknowledgment REQ-004 (portal number)
pa_portal_html = """<html><body style="font-family:Arial;font-size:13px">
<table width="620" cellpadding="10" style="border:1px solid #d0d0d0">
<tr><td style="background:#1d3a6e;color:#ffffff"><b>Port Authority of NY &amp; NJ &ndash; Freedom of Information Center</b></td></tr>
<tr><td>
<p>Dear FOIA Desk,</p>
<p>Your request has been received and logged in the Freedom of Information Center.</p>
<p><b>Reference #:</b> W004512-091026<br>
<b>Date received:</b> 9/10/2026<br>
<b>Description:</b> Tolls by Mail violation notices, violation fees and collections at Port Authority crossings, 2023-2026.</p>
<p>The FOI Administrator will review your request. Under the Port Authority's Freedom of Information Code, you will
receive a written acknowledgment or determination within five business days.</p>
<p>To check the status of your request, log in to the <a href="https://panynj.mycusthelp.com/WEBAPP/_rs/">FOI Center</a>.</p>
</td></tr></table></body></html>
"""
add('panynj-portal-ack', '2026-09-10 12:20:31', 'ET', [
    ('From', 'Port Authority FOI Center <panynj@mycusthelp.net>'),
    ('To', plus('REQ-004')),
    ('Subject', 'Public Records Request :: W004512-091026'),
    ('Message-ID', '<%s.panynj@mycusthelp.net>' % h('pa-portal', 24)),
], text(pa_portal_html, 'html'),
    dict(request='REQ-004', kind='acknowledgment', tracking_number='W004512-091026', clock='received_on_sent_date',
         signals=['plus', 'tracking-new', 'subject'],
         why='PA FOI Center (GovQA) logs the request received 9/10/2026 (= sent) under portal number W004512-091026'),
    'Portal acknowledgment with the portal\'s own number (the FOI office later assigns a different one). Modeled on GovQA/mycusthelp receipts.')

# TSA ack REQ-002 as PDF-only
tsa_ack2_pdf = pdf([
    'U.S. Department of Homeland Security',
    'Transportation Security Administration',
    'FOIA Branch, TSA-20',
    '6595 Springfield Center Drive, Springfield, VA 20598-6020',
    '',
    'September 11, 2026',
    '',
    'FOIA Desk',
    'The Coastal Ledger',
    '',
    'Re: 2026-TSFO-01788',
    '',
    'Dear Requester:',
    '',
    'This acknowledges receipt of your Freedom of Information Act (FOIA) request to the Transportation Security '
    'Administration (TSA), received in this office on September 8, 2026, seeking records about the deployment of '
    'computed tomography (CT) checkpoint scanners, related contracts, and operational test results.',
    '',
    'Your request has been assigned reference number 2026-TSFO-01788. Please refer to this number in any future '
    'correspondence.',
    '',
    'Some of the records you describe may contain Sensitive Security Information (SSI) as defined in 49 C.F.R. part '
    '1520. Records that may contain SSI must be reviewed by the TSA SSI Program before release, which may add time to '
    'the processing of your request.',
    '',
    'You have been placed in the news media fee category. Fees may apply for duplication beyond the first 100 pages. '
    'You indicated you are willing to pay up to $50.00; if we estimate fees above that amount we will contact you '
    'before proceeding.',
    '',
    'If you have questions, contact the TSA FOIA Requester Service Center at 1-866-364-2872 or foia@tsa.dhs.gov.',
    '',
    'Sincerely,',
    'FOIA Officer',
    'Transportation Security Administration',
], 'TSA FOIA Acknowledgment')
add('tsa-ack-ct-pdfonly', '2026-09-11 08:47:40', 'ET', [
    ('From', 'foia@tsa.dhs.gov'),
    ('To', plus('REQ-002')),
    ('Subject', 'TSA FOIA Correspondence'),
    ('Message-ID', '<%s@DM6PR09MB4410.namprd09.prod.outlook.com>' % hx('tsa-ack2', 30)),
], Multi('mixed', [text('\n'), attach(tsa_ack2_pdf, 'application/pdf', 'TSA_FOIA_Acknowledgment.pdf')],
         '_004_DM6PR09MB4410' + hx('b2', 16) + '_'),
    dict(request='REQ-002', kind='acknowledgment', tracking_number='2026-TSFO-01788', clock='received_on_sent_date',
         signals=['plus', 'tracking-attachment'],
         why='PDF-only TSA acknowledgment: received Sep 8 (= sent), assigns 2026-TSFO-01788; hedged "fees may apply"'),
    'Empty body, everything in the PDF (number, received date, hedged fee, SSI caution). Modeled on TSA letters sent as attachments from the FOIA mailbox.')

# Port Houston JustFOIA ack REQ-009
ph_ack1 = """<html><body style="font-family:Arial;font-size:10pt">
<table width="600" cellpadding="8" style="border:1px solid #bbb">
<tr><td style="background:#00467f;color:#fff"><b>Port Houston &ndash; Public Information Requests</b></td></tr>
<tr><td>
<p>Hello FOIA Desk,</p>
<p>Port Houston has received your request for public information.</p>
<p><b>Request:</b> PIR 26-0457<br>
<b>Received:</b> 09/14/2026<br>
<b>Summary:</b> Houston Ship Channel Project 11 dredging contracts and change orders.</p>
<p>Under the Texas Public Information Act, Tex. Gov't Code ch. 552, Port Houston will promptly produce the information
or, if it cannot be produced within ten business days, certify that fact in writing and set a date and hour within a
reasonable time when the information will be available.</p>
<p><a href="https://porthouston.justfoia.com/publicportal/home/track">Track your request</a></p>
</td></tr>
<tr><td style="font-size:8pt;color:#777">This is an automated notification sent through JustFOIA. Please do not reply to this email.</td></tr>
</table></body></html>
"""
add('porthouston-justfoia-ack', '2026-09-14 14:02:10', 'CT', [
    ('From', 'Port Houston via JustFOIA <porthouston@justfoia.com>'),
    ('To', plus('REQ-009')),
    ('Subject', 'Request PIR 26-0457 Received'),
    ('Message-ID', '<%s@justfoia.com>' % h('ph-ack1', 40)),
], text(ph_ack1, 'html'),
    dict(request='REQ-009', kind='acknowledgment', tracking_number='26-0457', clock='received_on_sent_date',
         signals=['plus', 'tracking-new'],
         why='JustFOIA receipt for PIR 26-0457, received 09/14/2026 (= sent); TX 10 business days'),
    'HTML-only portal receipt; number carries a "PIR" prefix and a space. Modeled on JustFOIA request-received notices.')

# Massport OOO for REQ-006
add('massport-ooo-doherty', '2026-09-15 16:48:06', 'ET', [
    ('From', '"Doherty, Kevin" <KDoherty@massport.com>'),
    ('To', 'FOIA Desk <%s>' % plus('REQ-006')),
    ('Subject', 'Automatic reply: [EXTERNAL] ' + subj('REQ-006')),
    ('In-Reply-To', rmid('REQ-006')),
    ('References', rmid('REQ-006')),
    ('Auto-Submitted', 'auto-generated'),
    ('X-Auto-Response-Suppress', 'All'),
] + outlook_headers('massport-ooo', '[EXTERNAL] ' + subj('REQ-006'), 'MN2PR11MB4701.namprd11.prod.outlook.com'),
    text("I am out of the office through Monday, September 21, with limited access to email.\n\n"
         "For public records requests, please write to PublicRecords@massport.com.\n"
         "For Maritime Department matters, please contact the Port of Boston main line at 617-946-4400.\n\n"
         "Thank you,\nKevin Doherty\nMaritime Business Development | Massport\n"),
    dict(request='REQ-006', kind='auto_reply', tracking_number=None, signals=['thread', 'plus', 'subject'],
         why='Outlook out-of-office from a Massport maritime staffer we copied on the Conley request'),
    'Out-of-office from a cc\'d staffer that points to the records mailbox. Modeled on Outlook "Automatic reply:" messages.')

# Port of Seattle clarification REQ-007 via Google Group
pos_clar = ("Hello,\n\n"
            "I'm the public records officer assigned to your request, PRR-2026-01045. Before we begin searching, "
            "I'd like to clarify a few points so that we look in the right places.\n\n"
            "1. The biometric exit boarding at SEA is carried out by U.S. Customs and Border Protection and the "
            "participating airlines using CBP's Traveler Verification Service. The Port does not hold CBP's matching "
            "data or the airlines' records. Are you seeking only records created or held by the Port, such as (a) Port "
            "policies and Commission motions on biometrics, (b) agreements or letters between the Port and CBP or "
            "airlines, and (c) meeting materials of the Biometrics External Advisory Group?\n\n"
            "2. For item (c), would agendas, minutes and final reports be enough, or do you want all email of the "
            "advisory group members? The email search would be large.\n\n"
            "3. Please confirm the date range of January 1, 2019 to the date of your request.\n\n"
            "Under RCW 42.56.520(3)(b), if we do not hear from you by October 16, 2026, we will consider the request "
            "abandoned and close it.\n\n"
            "Thank you,\n\nDana Okafor\nPublic Records Officer | Port of Seattle\n(206) 787-3000\n")
pos_clar += quoted_gt('REQ-007', 'Wed, Sep 9, 2026 at 8:30 AM')
add('portseattle-clarify-group', '2026-09-16 09:12:27', 'PT',
    gg_headers('Okafor, Dana', 'okafor.d@portseattle.org', 'pos-clar') + [
    ('To', 'FOIA Desk <%s>' % INBOX),
    ('Subject', 'RE: ' + subj('REQ-007')),
    ('In-Reply-To', rmid('REQ-007')),
    ('References', rmid('REQ-007')),
    ('Message-ID', '<%s@CO1PR11MB5089.namprd11.prod.outlook.com>' % hx('pos-clar', 32)),
], text(pos_clar),
    dict(request='REQ-007', kind='clarification', tracking_number='PRR-2026-01045', signals=['thread', 'tracking', 'subject'],
         why='Port records officer asks three clarifying questions and sets an Oct 16 abandonment date'),
    'Arrives via our Google Group collaborative inbox: From is our own group address ("via FOIA Desk"), real sender only in X-Original-Sender/Reply-To. Modeled on WA PRA clarification letters.')

# Illinois Tollway ack REQ-011 (hedged extension)
add('iltollway-ack-violations', '2026-09-16 13:30:44', 'CT', [
    ('From', 'FOIA <FOIA@getipass.com>'),
    ('To', INBOX),
    ('Subject', 'Illinois Tollway FOIA Request No. 2026-0815'),
    ('Message-ID', '<%s@SA1PR04MB8120.namprd04.prod.outlook.com>' % hx('il-ack1', 30)),
], text("Dear FOIA Desk:\n\n"
        "The Illinois State Toll Highway Authority (Illinois Tollway) received your Freedom of Information Act request on "
        "September 16, 2026, for toll violation notices, fines and administrative hearing outcomes from 2024 to 2026. "
        "Your request has been assigned FOIA No. 2026-0815.\n\n"
        "Under Section 3(d) of the Act (5 ILCS 140/3(d)), a response is due on or before September 23, 2026. If "
        "additional time may be needed for one of the reasons listed in Section 3(e), you will be notified in writing "
        "before that date.\n\n"
        "FOIA Officer\nIllinois Tollway\n2700 Ogden Avenue\nDowners Grove, IL 60515\n"),
    dict(request='REQ-011', kind='acknowledgment', tracking_number='2026-0815', clock='received_on_sent_date',
         signals=['tracking-new', 'subject'],
         why='Tollway acknowledges receipt Sep 16 (= sent), assigns FOIA No. 2026-0815, states due Sep 23; hedged extension'),
    'Sent to the bare inbox (no plus address, no thread). Hedged "additional time may be needed". Modeled on Illinois agency FOIA acknowledgments.')

# FDOT shared portal acknowledgment REQ-013 (address no agency lists)
fdot_ack = """<html><body style="font-family:Arial;font-size:13px">
<p><img alt="Florida Department of Transportation" src="https://fdot.govqa.us/WEBAPP/_rs/images/fdot_logo.png" width="220"></p>
<p>Dear FOIA Desk,</p>
<p>Thank you for contacting the Florida Department of Transportation Public Records Center. Your request has been
received and assigned reference number <b>R014522-091726</b>.</p>
<table cellpadding="4" style="font-size:13px">
<tr><td><b>Received:</b></td><td>9/17/2026</td></tr>
<tr><td><b>Routed to:</b></td><td>Florida's Turnpike Enterprise - Public Records</td></tr>
<tr><td><b>Description:</b></td><td>SunPass and Toll-By-Plate invoices issued in error and customer complaint logs, 2025-2026.</td></tr>
</table>
<p>The records custodian will contact you if clarification or a deposit is needed. You may check the status of your
request at any time in the <a href="https://fdot.govqa.us/WEBAPP/_rs/">Public Records Center</a>.</p>
<p style="font-size:11px;color:#666">Please do not reply to this message. This mailbox is not monitored.</p>
</body></html>
"""
add('fdot-govqa-ack-turnpike', '2026-09-17 15:12:09', 'ET', [
    ('From', 'FDOT Public Records Center <floridadot@govqa.us>'),
    ('To', plus('REQ-013')),
    ('Subject', 'Public Records Request :: R014522-091726'),
    ('Message-ID', '<%s.floridadot@govqa.us>' % h('fdot-ack', 24)),
], Multi('alternative', [text("Dear FOIA Desk,\n\nYour request has been received and assigned reference number R014522-091726.\n"
                              "Received: 9/17/2026\nRouted to: Florida's Turnpike Enterprise - Public Records\n"
                              "Description: SunPass and Toll-By-Plate invoices issued in error and customer complaint logs, 2025-2026.\n\n"
                              "Please do not reply to this message.\n"), text(fdot_ack, 'html')], '----=_Part_88211_' + h('fdotb', 10)),
    dict(request='REQ-013', kind='acknowledgment', tracking_number='R014522-091726', clock='received_on_sent_date',
         signals=['plus', 'tracking-new', 'subject'],
         why='FDOT portal (a shared address serving all FDOT offices) logs the request 9/17 for the Turnpike; FL has no fixed deadline, so no due'),
    'Shared state-DOT GovQA address not listed for the Turnpike; only "Routed to" names it. Modeled on FDOT Public Records Center receipts.')

# Massport fee estimate REQ-005
mp_fee = ("Good afternoon,\n\n"
          "Massport has completed its initial review of your request dated September 4, 2026 for Logan Airport noise "
          "complaints and runway use reports.\n\n"
          "The Noise Abatement Office receives complaints through an online system that stores names, street addresses "
          "and contact information. Producing the complaint records requires exporting roughly 41,000 entries and "
          "segregating personal information that is exempt under G.L. c. 4, \u00a7 7(26)(c). The monthly runway use "
          "reports are already compiled and can be provided without charge.\n\n"
          "Good faith fee estimate under G.L. c. 66, \u00a7 10(d):\n"
          "  Search, compilation and segregation: 16 hours\n"
          "  Less 4 hours provided without charge: 12 hours\n"
          "  12 hours x $25.00 per hour = $300.00\n\n"
          "Massport will not begin this work until we receive your written agreement to pay the estimated fee, or a "
          "narrowed request. For example, limiting the complaint data to date, time, town and complaint type (without "
          "narrative fields) would reduce the estimate substantially. Once we receive payment, we anticipate providing "
          "records within 25 business days.\n\n"
          "Payment may be made by check payable to the Massachusetts Port Authority.\n\n"
          "Regards,\n\nMaureen Callahan\nRecords Access Officer\nMassachusetts Port Authority\n")
mp_fee += quoted_outlook('REQ-005', 'Public Records', 'PublicRecords@massport.com', 'Friday, September 4, 2026 8:51 AM')
add('massport-fee-estimate', '2026-09-18 14:30:15', 'ET', [
    ('From', 'Public Records <PublicRecords@massport.com>'),
    ('To', 'FOIA Desk <%s>' % plus('REQ-005')),
    ('Subject', 'RE: [EXTERNAL] ' + subj('REQ-005')),
    ('In-Reply-To', rmid('REQ-005')),
    ('References', rmid('REQ-005')),
] + outlook_headers('massport-fee', '[EXTERNAL] ' + subj('REQ-005'), 'MN2PR11MB4701.namprd11.prod.outlook.com'),
    text(mp_fee, cs='windows-1252', cte='quoted-printable'),
    dict(request='REQ-005', kind='fee_estimate', tracking_number=None, signals=['thread', 'plus', 'subject'],
         why='Massport estimates $300 under c. 66 s. 10(d) and will not start until payment or a narrowed request'),
    'Fee estimate with an itemised hours table and an offer to narrow. Modeled on Massachusetts good-faith fee estimate letters.')

# E-ZPass phishing (unrelated)
phish_html = """<html><body style="font-family:Arial">
<div style="background:#6c2a87;color:#fff;padding:10px"><b>E-ZPass Toll Services</b></div>
<p>Dear Customer,</p>
<p>Our records show an <b>unpaid toll balance of $6.85</b> on your account for travel on a toll facility on 09/14/2026.
To avoid a late fee of $50.00 and possible suspension of your vehicle registration, please settle your balance within 24 hours.</p>
<p style="text-align:center"><a href="https://ezpass-tollservices-notice.example/pay?id=88412" style="background:#6c2a87;color:#fff;padding:10px 20px">Pay Now</a></p>
<p>Invoice No.: 2026-4471<br>Notice Date: 09/20/2026</p>
<p style="font-size:10px;color:#888">E-ZPass Toll Services. This is an automated message.</p>
</body></html>
"""
add('phish-ezpass', '2026-09-21 03:14:55', 'UTC', [
    ('From', '"E-ZPass Toll Services" <notice@ezpass-tollservices-notice.example>'),
    ('To', INBOX),
    ('Subject', 'Final Notice: Unpaid Toll Balance - Action Required'),
    ('Message-ID', '<%s@ezpass-tollservices-notice.example>' % h('phish', 26)),
], text(phish_html, 'html'),
    dict(request=None, kind='other', tracking_number=None, signals=['none'],
         why='toll-payment phishing that uses the words toll, notice and an invoice number; belongs to no request'),
    'Phishing mimicking E-ZPass with a number shaped like a Tollway FOIA number (2026-4471). Modeled on the 2024-2026 unpaid-toll smishing/phishing wave.')

# Illinois Tollway extension REQ-011, number only in subject
add('iltollway-extension', '2026-09-22 11:05:37', 'CT', [
    ('From', 'FOIA <FOIA@getipass.com>'),
    ('To', INBOX),
    ('Subject', 'FOIA No. 2026-0815 - Extension Notice'),
    ('Message-ID', '<%s@SA1PR04MB8120.namprd04.prod.outlook.com>' % hx('il-ext1', 30)),
], text("Dear FOIA Desk:\n\n"
        "This letter concerns your request received on September 16, 2026.\n\n"
        "Pursuant to Section 3(e) of the Illinois Freedom of Information Act, the Illinois Tollway is extending the "
        "time to respond to your request by five business days, for the following reasons:\n\n"
        "  (ii) the requested records require the collection of a substantial number of specified records; and\n"
        "  (iii) the request is couched in categorical terms and requires an extensive search for the records "
        "responsive to it.\n\n"
        "The Tollway's response will be provided on or before September 30, 2026.\n\n"
        "FOIA Officer\nIllinois Tollway\n"),
    dict(request='REQ-011', kind='extension', tracking_number='2026-0815', clock='extension',
         signals=['tracking', 'subject'],
         why='Tollway invokes 5 ILCS 140/3(e) +5 business days, to Sep 30; number only in the subject'),
    'Extension whose body never names the request or number; only the subject has "FOIA No. 2026-0815". Modeled on Illinois 3(e) extension letters.')

# Port of Seattle ack REQ-008 with estimate
pos_ack2 = """<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">
<p>Dear FOIA Desk,</p>
<p>The Port of Seattle received your public records request on <b>9/21/2026</b>. It has been assigned reference number
<b>PRR-2026-01062</b>.</p>
<p><b>Request description:</b> Cruise ship shore power connection logs, Pier 66 and Terminal 91, 2025-2026.</p>
<p>The Port has begun searching for responsive records. Based on the scope of the request, we estimate that we will
respond further by <b>October 20, 2026</b>, either with a first installment of records or an update on the status of
the search.</p>
<p>Port of Seattle Public Records Office</p>
<p style="font-size:11px;color:#777">This is an automated message. Replies to this address are not monitored.</p>
</body></html>
"""
add('portseattle-govqa-ack-shorepower', '2026-09-22 10:40:03', 'PT', [
    ('From', 'Port of Seattle Public Records <portofseattle@govqa.us>'),
    ('To', plus('REQ-008')),
    ('Subject', 'Port of Seattle Public Records Request :: PRR-2026-01062'),
    ('Message-ID', '<%s.portofseattle@govqa.us>' % h('pos-ack2', 24)),
], text(pos_ack2, 'html'),
    dict(request='REQ-008', kind='acknowledgment', tracking_number='PRR-2026-01062', clock='received_on_sent_date',
         estimated='2026-10-20', signals=['plus', 'tracking-new', 'subject'],
         why='Port of Seattle acknowledges receipt 9/21 (= sent), assigns PRR-2026-01062, estimates further response by Oct 20'),
    'Acknowledgment with the "reasonable estimate" the WA PRA requires. Modeled on Washington five-day letters.')

# MWAA ack REQ-014 (quoted original, hedged extension)
mwaa_ack = ("Good morning,\n\n"
            "The Metropolitan Washington Airports Authority's FOIA Office received your request on September 22, 2026. "
            "It has been assigned tracking number MWAA-2026-0219.\n\n"
            "The Authority will respond within five working days of receipt, as provided in its Freedom of Information "
            "Policy. Should additional time be necessary to locate and review the records, the Authority may extend the "
            "response period by up to seven additional working days, and will notify you if it does so.\n\n"
            "Please note that some of the records you describe, such as continuing disclosure filings, are publicly "
            "available on the MSRB's EMMA website.\n\n"
            "Regards,\n\nFOIA Office\nMetropolitan Washington Airports Authority\n1 Aviation Circle\nWashington, DC 20001-6000\n")
mwaa_ack += quoted_outlook('REQ-014', 'FOIA', 'FOIA@mwaa.com', 'Tuesday, September 22, 2026 10:14 AM', tag='')
add('mwaa-ack-tollroad', '2026-09-23 09:50:21', 'ET', [
    ('From', 'FOIA <FOIA@mwaa.com>'),
    ('To', 'FOIA Desk <%s>' % plus('REQ-014')),
    ('Subject', 'RE: ' + subj('REQ-014')),
    ('In-Reply-To', rmid('REQ-014')),
    ('References', rmid('REQ-014')),
] + outlook_headers('mwaa-ack', subj('REQ-014'), 'BL0PR09MB4322.namprd09.prod.outlook.com'),
    text(mwaa_ack),
    dict(request='REQ-014', kind='acknowledgment', tracking_number='MWAA-2026-0219', clock='received_on_sent_date',
         signals=['thread', 'plus', 'tracking-new'],
         why='MWAA acknowledges receipt Sep 22 (= sent), assigns MWAA-2026-0219; hedged "may extend" 7 working days'),
    'Acknowledgment with a conditional extension ("may extend"), quoted original below. Modeled on Virginia-style 5-working-day acknowledgments.')

# Colleague forwards TSA clarification REQ-001
fwd = ("Desk - TSA sent this to me because my name is on the request form. Can someone answer it? I think we want "
       "BOS, SEA and IAD only, and hourly data if they keep it. We don't need the staffing model itself if it's all SSI, "
       "just the allocations.\n\nPriya\n\n"
       "---------- Forwarded message ---------\n"
       "From: Ortiz, Janelle <Janelle.Ortiz@tsa.dhs.gov>\n"
       "Date: Thu, Sep 24, 2026 at 2:03 PM\n"
       "Subject: TSA FOIA 2026-TSFO-01742 - Request for Clarification\n"
       "To: Priya Raman <praman@newsroom.example.net>\n\n\n"
       "Good afternoon Ms. Raman,\n\n"
       "I am the Government Information Specialist assigned to FOIA request 2026-TSFO-01742. To process your request "
       "we need the following clarification:\n\n"
       "1. By \"checkpoint wait-time data,\" do you mean the estimated wait times published through the MyTSA "
       "application, or the throughput and wait-time figures recorded by the Office of Security Operations in the "
       "Performance Management Information System (PMIS)?\n\n"
       "2. By \"screener staffing allocations,\" do you mean the number of authorized officer positions (FTE) by "
       "airport, or outputs of the Staffing Allocation Model? Please be aware that model outputs are likely to be "
       "designated Sensitive Security Information.\n\n"
       "Please respond within 20 business days. If we do not hear from you, we will assume you are no longer "
       "interested and administratively close your request.\n\n"
       "Janelle Ortiz\nGovernment Information Specialist\nTSA FOIA Branch\n")
add('fwd-tsa-clarification', '2026-09-24 16:20:45', 'ET', [
    ('From', 'Priya Raman <praman@newsroom.example.net>'),
    ('To', INBOX),
    ('Subject', 'Fwd: TSA FOIA 2026-TSFO-01742 - Request for Clarification'),
    ('Message-ID', '<CAF%s@mail.gmail.com>' % h('fwd1', 34)),
], Multi('alternative', [text(fwd), text('<div dir="ltr">' + fwd.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('\n', '<br>\n') + '</div>\n', 'html')],
         '000000000000' + h('fwdb', 16)),
    dict(request='REQ-001', kind='clarification', tracking_number='2026-TSFO-01742', signals=['tracking', 'subject'],
         why='colleague forwards TSA analyst asking what "wait-time data" and "staffing allocations" mean; 20-day close warning'),
    'Forward by a colleague (Fwd:, our own domain as sender); the agency text is inside. Modeled on DHS component clarification emails.')

# Turnpike liaison informal ack REQ-013 (no threading, personal .gov)
add('flturnpike-staff-ack', '2026-09-25 11:17:02', 'ET', [
    ('From', '"Reyes, Tonya" <Tonya.Reyes@dot.state.fl.us>'),
    ('To', INBOX),
    ('Subject', 'your SunPass records request'),
    ('Message-ID', '<%s@BY5PR09MB5560.namprd09.prod.outlook.com>' % hx('fl-staff', 30)),
], text("Good morning,\n\n"
        "I'm the public records liaison for Florida's Turnpike Enterprise here in Ocoee. Your request came over to me "
        "from the FDOT portal (R014522-091726) and I wanted to let you know I have it.\n\n"
        "I've asked our customer service center vendor for the complaint logs and our revenue folks for the invoice "
        "adjustment data. Heads up that depending on how much there is, there may be a special service charge for "
        "extensive staff and IT time under s. 119.07(4)(d), F.S. If so I'll send you an estimate before anybody does "
        "the work.\n\n"
        "Thanks,\nTonya\n\n"
        "Tonya Reyes\nPublic Records Liaison\nFlorida's Turnpike Enterprise\nTurkey Lake Service Plaza, Mile Post 263, Bldg 5315\n"
        "Ocoee, FL 34761\n"),
    dict(request='REQ-013', kind='acknowledgment', tracking_number='R014522-091726', clock='received_on_sent_date',
         signals=['tracking', 'subject'],
         why='Turnpike liaison confirms she has the request; hedged possible special service charge; FL sets no deadline'),
    'Informal staff email from a personal FDOT address, new subject, no thread headers; a fee that "may" apply. Modeled on Florida records liaisons\' first contact.')

# Port Houston extension REQ-009 (initials)
add('porthouston-extension', '2026-09-28 15:44:30', 'CT', [
    ('From', 'Public Information <publicinformation@porthouston.com>'),
    ('To', plus('REQ-009')),
    ('Subject', 'RE: PIR 26-0457'),
    ('Message-ID', '<%s@SN6PR04MB4012.namprd04.prod.outlook.com>' % hx('ph-ext', 30)),
], text("Re: Public Information Request PIR 26-0457 (Project 11 dredging contracts)\n\n"
        "Port Houston is not able to produce the requested information within ten business days of receipt. The "
        "contracts and change orders are held by Engineering and by the Procurement Department and must be collected "
        "and reviewed before release.\n\n"
        "In accordance with Tex. Gov't Code \u00a7 552.221(d), I certify that the information will be available to you on "
        "or before October 16, 2026. Records may be released in installments.\n\n"
        "DLR\nPublic Information Office\nPort Houston\n111 East Loop North, Houston, TX 77029\n"),
    dict(request='REQ-009', kind='extension', tracking_number='26-0457', clock='extension', estimated='2026-10-16',
         signals=['plus', 'tracking', 'subject'],
         why='Port Houston certifies under 552.221(d) that records will be available by Oct 16; TX has no extension days, so no due'),
    'Texas 552.221(d) certification with a date, signed only with initials. Modeled on Texas public information officers\' ten-day letters.')

# Massport extension REQ-006 (HTML-only Outlook)
mp_ext = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
          '<style><!-- p.MsoNormal {margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>'
          '<body lang="EN-US"><div class="WordSection1">'
          '<p class="MsoNormal">Dear Requester,</p><p class="MsoNormal">&nbsp;</p>'
          '<p class="MsoNormal">Massport received your request on September 15, 2026 for the Conley Container Terminal '
          'ship-to-shore crane procurement file and berth dredging contracts since 2019.</p><p class="MsoNormal">&nbsp;</p>'
          '<p class="MsoNormal">The records are held by the Maritime Department, Capital Programs and the Legal Department, '
          'and some crane drawings must be reviewed for security-sensitive content. In accordance with G.L. c. 66, '
          '&sect; 10(b)(vi), Massport needs additional time and anticipates that responsive records will be provided on or '
          'before <b>November 6, 2026</b>.</p><p class="MsoNormal">&nbsp;</p>'
          '<p class="MsoNormal">Massport does not expect to charge a fee for this request.</p><p class="MsoNormal">&nbsp;</p>'
          '<p class="MsoNormal">Regards,</p><p class="MsoNormal">Maureen Callahan<br>Records Access Officer<br>'
          'Massachusetts Port Authority</p></div></body></html>\n')
add('massport-extension-conley', '2026-09-28 17:02:49', 'ET', [
    ('From', 'Public Records <PublicRecords@massport.com>'),
    ('To', 'FOIA Desk <%s>' % plus('REQ-006')),
    ('Subject', 'RE: [EXTERNAL] ' + subj('REQ-006')),
    ('In-Reply-To', rmid('REQ-006')),
    ('References', rmid('REQ-006')),
] + outlook_headers('massport-ext', '[EXTERNAL] ' + subj('REQ-006'), 'MN2PR11MB4701.namprd11.prod.outlook.com'),
    text(mp_ext, 'html', cte='base64'),
    dict(request='REQ-006', kind='extension', tracking_number=None, clock='extension', estimated='2026-11-06',
         signals=['thread', 'plus', 'subject'],
         why='Massport 10-day response takes more time under c. 66 s. 10(b)(vi), records by Nov 6; MA row has no extension days, so no due'),
    'HTML-only (base64) Outlook reply; first real response is an extension with a date. Modeled on Massachusetts 10-business-day responses.')

# MWAA extension REQ-014
mwaa_ext = ("Re: FOIA Request MWAA-2026-0219 (Dulles Toll Road revenue, toll rate studies, bond disclosure)\n\n"
            "This is to notify you, pursuant to Va. Code \u00a7 2.2-3704(B)(4) as applied by the Authority's Freedom of "
            "Information Policy, that it is not practically possible to provide the requested records or to determine "
            "whether they are available within the five-working-day period. The toll rate study materials are held by "
            "the Office of Finance and outside consultants and must be collected and reviewed.\n\n"
            "The Authority will therefore take an additional seven working days to respond, through October 8, 2026.\n\n"
            "FOIA Office\nMetropolitan Washington Airports Authority\n")
mwaa_ext_html = ('<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">'
                 + mwaa_ext.replace('\u00a7', '&sect;').replace('\n', '<br>\n') + '</div></body></html>\n')
add('mwaa-extension-tollroad', '2026-09-29 14:20:12', 'ET', [
    ('From', 'FOIA <FOIA@mwaa.com>'),
    ('To', 'FOIA Desk <%s>' % plus('REQ-014')),
    ('Subject', 'MWAA-2026-0219 - Notice of Additional Time'),
] + outlook_headers('mwaa-ext', 'MWAA-2026-0219 - Notice of Additional Time', 'BL0PR09MB4322.namprd09.prod.outlook.com'),
    Multi('alternative', [text(mwaa_ext), text(mwaa_ext_html, 'html')], '_000_BL0PR09MB4322' + hx('mwe', 16) + '_'),
    dict(request='REQ-014', kind='extension', tracking_number='MWAA-2026-0219', clock='extension',
         signals=['plus', 'tracking', 'subject'],
         why='MWAA invokes the +7 working day extension (Va. Code 2.2-3704(B)(4)), through Oct 8'),
    'Virginia "not practically possible" notice with the new date stated. Modeled on Virginia FOIA seven-day extension letters.')

# Illinois Tollway final REQ-011 with fee estimate waived in the same letter
il_final_pdf = pdf([
    'ILLINOIS TOLLWAY',
    '2700 Ogden Avenue, Downers Grove, Illinois 60515',
    '',
    'September 30, 2026',
    '',
    'FOIA Desk, The Coastal Ledger',
    'Sent via email to foia@newsroom.example.net',
    '',
    'RE: FOIA No. 2026-0815',
    '',
    'Dear FOIA Desk:',
    '',
    'This letter responds to your Freedom of Information Act request received on September 16, 2026, for toll '
    'violation notices, fines and administrative hearing outcomes for 2024 through 2026. On September 22, 2026 the '
    'Tollway extended its time to respond to today.',
    '',
    'The Tollway has located 312 pages of responsive records: monthly summaries of violation notices issued and fines '
    'assessed, the fine schedule, and administrative hearing officer decisions. They are provided at the secure link '
    'in the accompanying email.',
    '',
    'Names, home addresses and license plate numbers of individual motorists in the hearing decisions have been '
    'redacted as private information under Section 7(1)(b) of the Act, and other identifying details have been redacted '
    'under Section 7(1)(c), because their disclosure would be a clearly unwarranted invasion of personal privacy.',
    '',
    'Fees. Under Section 6(b) of the Act, the first 50 pages of black and white copies are free and the Tollway may '
    'charge $0.15 per page thereafter. The estimated fee for these 312 pages is therefore $39.30 (262 pages at $0.15). '
    'Under Section 6(c), the Tollway has waived this fee in full, because the request was made by news media and '
    'disclosure is in the public interest. No payment is due.',
    '',
    'You have a right to seek review of the redactions by the Public Access Counselor, Office of the Illinois Attorney '
    'General, 500 South Second Street, Springfield, Illinois 62701, publicaccess@ilag.gov, within 60 days of the date '
    'of this letter (5 ILCS 140/9.5(a)). You also have the right to seek judicial review under Section 11 of the Act.',
    '',
    'Sincerely,',
    'FOIA Officer',
    'Illinois Tollway',
], 'FOIA 2026-0815 Response')
add('iltollway-final-feewaived', '2026-09-30 16:10:26', 'CT', [
    ('From', 'FOIA <FOIA@getipass.com>'),
    ('To', INBOX),
    ('Subject', 'FOIA No. 2026-0815 - Response'),
    ('Message-ID', '<%s@SA1PR04MB8120.namprd04.prod.outlook.com>' % hx('il-final', 30)),
], Multi('mixed', [text("Dear FOIA Desk,\n\nPlease see the attached response letter. The responsive records (312 pages, "
                        "redacted) can be downloaded for 30 days at:\n"
                        "https://illinoistollway.sharefile.com/d-s8f2a61c0b4e44d1a\n\nFOIA Officer\nIllinois Tollway\n"),
                   attach(il_final_pdf, 'application/pdf', 'FOIA 2026-0815 Response Letter.pdf')],
         '_004_SA1PR04MB8120' + hx('ilf', 16) + '_'),
    dict(request='REQ-011', kind='records_final', tracking_number='2026-0815', appeal=True,
         signals=['tracking', 'subject'],
         why='final release of 312 pages with 7(1)(b)/(c) redactions; the $39.30 fee estimate is waived in the same letter; PAC review 60 days'),
    'Trap: a fee estimate that is waived in the same letter, so not a fee_estimate. Partial redactions make it appealable. Modeled on Illinois FOIA final responses with Section 6(c) waivers.')

# TSA extension REQ-001
tsa_ext = """Re: FOIA Request 2026-TSFO-01742

Dear Requester:

This letter concerns your Freedom of Information Act (FOIA) request seeking checkpoint wait-time data and screener
staffing allocations at BOS, SEA and IAD. Thank you for the clarification provided on September 25, 2026.

The FOIA allows an agency to extend the time limit for responding by ten working days when unusual circumstances
exist (5 U.S.C. 552(a)(6)(B)(i)). Unusual circumstances apply to your request because the responsive records must be
searched for and collected from field offices at three airports in addition to TSA headquarters, and some records must
be reviewed by the TSA Sensitive Security Information Program. TSA is therefore extending the time to respond to your
request by ten working days.

If you would like to narrow the scope of your request or agree to an alternative time frame for processing, please
contact the FOIA Branch at foia@tsa.dhs.gov or the TSA FOIA Public Liaison at 1-866-364-2872.

You may also contact the Office of Government Information Services (OGIS) at the National Archives and Records
Administration to inquire about the FOIA mediation services they offer. OGIS: Room 2510, 8601 Adelphi Road, College
Park, Maryland 20740-6001; ogis@nara.gov; 202-741-5770; toll free 1-877-684-6448.

Sincerely,

TSA FOIA Branch
"""
add('tsa-extension-waittimes', '2026-10-01 10:30:18', 'ET', [
    ('From', 'foia@tsa.dhs.gov'),
    ('To', plus('REQ-001')),
    ('Subject', 'TSA FOIA 2026-TSFO-01742 - Extension of Time Limit'),
    ('Message-ID', '<%s@DM6PR09MB4410.namprd09.prod.outlook.com>' % hx('tsa-ext', 30)),
], Multi('alternative', [text(tsa_ext), text('<html><body><pre style="font-family:Times New Roman">%s</pre></body></html>' % tsa_ext, 'html')],
         '_000_DM6PR09MB4410' + hx('b3', 16) + '_'),
    dict(request='REQ-001', kind='extension', tracking_number='2026-TSFO-01742', clock='extension',
         signals=['plus', 'tracking', 'subject'],
         why='TSA invokes unusual circumstances, +10 working days; OGIS paragraph'),
    'Federal unusual-circumstances extension without a stated date, with OGIS and Public Liaison paragraphs. Modeled on DHS component extension letters.')

# PANYNJ extension REQ-003 (plain text letter)
add('panynj-extension-jfk', '2026-10-02 11:45:03', 'ET', [
    ('From', 'FOI Administrator <foi@panynj.gov>'),
    ('To', plus('REQ-003')),
    ('Subject', 'FOI Reference No. 21874 - Time Extension'),
    ('Message-ID', '<%s@CH2PR09MB6012.namprd09.prod.outlook.com>' % hx('pa-ext', 30)),
], text("Dear Requester:\n\n"
        "Re: Freedom of Information Reference No. 21874\n\n"
        "This concerns your request under the Port Authority's Freedom of Information Code for New Terminal One lease "
        "amendments and construction change orders.\n\n"
        "The Port Authority's search has identified a substantial volume of change order documentation maintained by the "
        "Aviation Department and the Engineering Department, which must be reviewed before release. The Port Authority "
        "therefore requires additional time and now expects to respond to your request on or before December 4, 2026.\n\n"
        "Freedom of Information Administrator\nThe Port Authority of New York and New Jersey\n"
        "4 World Trade Center, 150 Greenwich Street, 24th Floor, New York, NY 10007\n"),
    dict(request='REQ-003', kind='extension', tracking_number='21874', clock='extension', estimated='2026-12-04',
         signals=['plus', 'tracking', 'subject'],
         why='PA FOI Administrator needs more time; new expected date Dec 4 (NY row: +20 business days on the due date)'),
    'Extension with a new "on or before" date, under the Authority\'s own code. Modeled on Port Authority FOI time-extension letters.')

# Port Houston ack REQ-010 without threading, changed subject
add('porthouston-ack-gatedata', '2026-10-02 09:20:44', 'CT', [
    ('From', 'Public Information <publicinformation@porthouston.com>'),
    ('To', INBOX),
    ('Subject', 'Public Information Request - Bayport/Barbours Cut turn times'),
    ('Message-ID', '<%s@SN6PR04MB4012.namprd04.prod.outlook.com>' % hx('ph-ack2', 30)),
], text("Good morning,\n\n"
        "Port Houston received your request for truck turn time reports for the Barbours Cut and Bayport container "
        "terminals on October 1, 2026. It has been assigned PIR 26-0503.\n\n"
        "We will contact you if we need clarification or if we cannot produce the information within ten business days.\n\n"
        "DLR\nPublic Information Office\nPort Houston\n"),
    dict(request='REQ-010', kind='acknowledgment', tracking_number='26-0503', clock='received_on_sent_date',
         signals=['tracking-new', 'subject'],
         why='Port Houston confirms receipt Oct 1 (= sent), assigns PIR 26-0503; initials-only signature'),
    'No thread headers, bare inbox address, subject reworded by the agency; same initials-only officer. Modeled on Texas PIO emails.')

# SecureRelease portal notice REQ-002 (shared DHS address)
add('dhs-securerelease-status', '2026-10-05 07:02:33', 'ET', [
    ('From', 'DHS SecureRelease <donotreply@securerelease.dhs.gov>'),
    ('To', INBOX),
    ('Subject', 'Request 2026-TSFO-01788 Status Update'),
    ('Message-ID', '<%s@securerelease.dhs.gov>' % h('sr1', 30)),
], text("The status of your FOIA request 2026-TSFO-01788 has been updated.\n\n"
        "Current status: In Process\n\n"
        "To view the details of your request, log in to SecureRelease at https://securerelease.dhs.gov.\n\n"
        "This is an automated message. Please do not reply.\n"),
    dict(request='REQ-002', kind='portal_notice', tracking_number='2026-TSFO-01788', signals=['tracking'],
         why='DHS-wide portal status change to In Process; no substantive content; only the TSFO number links it'),
    'Shared DHS portal address (serves all DHS components, not listed for TSA); only the number identifies the request. Modeled on SecureRelease status emails.')

# MWAA ack REQ-015 via Google Group
mwaa_ack2 = ("Good morning,\n\n"
             "The Authority's FOIA Office received your request on October 6, 2026 and assigned it tracking number "
             "MWAA-2026-0241. We will respond within five working days.\n\n"
             "FOIA Office\nMetropolitan Washington Airports Authority\n")
mwaa_ack2 += quoted_outlook('REQ-015', 'FOIA', 'FOIA@mwaa.com', 'Tuesday, October 6, 2026 9:41 AM', tag='')
add('mwaa-ack-dca-group', '2026-10-07 10:05:36', 'ET',
    gg_headers('MWAA FOIA Office', 'FOIA@mwaa.com', 'mwaa-ack2') + [
    ('To', 'FOIA Desk <%s>' % INBOX),
    ('Subject', 'RE: ' + subj('REQ-015')),
    ('In-Reply-To', rmid('REQ-015')),
    ('References', rmid('REQ-015')),
    ('Message-ID', '<%s@BL0PR09MB4322.namprd09.prod.outlook.com>' % hx('mwaa-ack2', 32)),
], text(mwaa_ack2),
    dict(request='REQ-015', kind='acknowledgment', tracking_number='MWAA-2026-0241', clock='received_on_sent_date',
         signals=['thread', 'tracking-new', 'subject'],
         why='MWAA acknowledges receipt Oct 6 (= sent), assigns MWAA-2026-0241; delivered through our Google Group'),
    'Google Group "via" delivery of an agency acknowledgment; From is our own domain. Modeled on Workspace collaborative inbox rewriting.')

# PANYNJ extension with two tracking numbers REQ-004
pa_ext2_pdf = pdf([
    'THE PORT AUTHORITY OF NY & NJ',
    'Freedom of Information Administrator',
    '4 World Trade Center, 150 Greenwich Street, 24th Floor, New York, NY 10007',
    '',
    'October 8, 2026',
    '',
    'FOIA Desk, The Coastal Ledger',
    '',
    'Re: Freedom of Information Reference No. 21933',
    '    (FOI Center online request W004512-091026)',
    '',
    'Dear Requester:',
    '',
    'Your request of September 10, 2026 under the Port Authority\'s Freedom of Information Code, for Tolls by Mail '
    'violation notices, violation fees and collections at Port Authority crossings from 2023 to the present, was logged '
    'in our online FOI Center under number W004512-091026. The FOI Administrator has assigned it Freedom of Information '
    'Reference No. 21933. Please use Reference No. 21933 in all future correspondence; the online number is used only '
    'by the portal.',
    '',
    'The records you seek are maintained by the Tunnels, Bridges and Terminals Department and by the Port Authority\'s '
    'toll collection service provider. Additional time is required to locate and review them. The Port Authority '
    'expects to respond to your request on or before November 19, 2026.',
    '',
    'Sincerely,',
    'FOI Administrator',
], 'FOI 21933')
add('panynj-extension-twonumbers', '2026-10-08 14:10:57', 'ET', [
    ('From', 'FOI Administrator <foi@panynj.gov>'),
    ('To', plus('REQ-004')),
    ('Subject', 'Freedom of Information Request'),
    ('Message-ID', '<%s@CH2PR09MB6012.namprd09.prod.outlook.com>' % hx('pa-ext2', 30)),
], Multi('mixed', [text('Please see attached.\n\nFOI Administrator\nThe Port Authority of New York and New Jersey\n'),
                   attach(pa_ext2_pdf, 'application/pdf', 'FOI_21933_Letter.pdf')],
         '_004_CH2PR09MB6012' + hx('pab3', 16) + '_'),
    dict(request='REQ-004', kind='extension', tracking_number='21933', clock='extension', estimated='2026-11-19',
         signals=['plus', 'tracking-attachment', 'tracking-filename'],
         why='letter gives both the portal number W004512-091026 and the FOI Reference No. 21933 (told to use 21933); more time to Nov 19'),
    'Two tracking numbers in one letter (authority\'s and portal\'s); label the authority\'s, which the letter says to use. Generic subject, PDF only. Modeled on agencies that log portal requests under a second internal number.')

# Illinois Tollway NDR for REQ-012 (legacy address)
req12_orig = ("From: FOIA Desk <foia@newsroom.example.net>\n"
              "Reply-To: foia+req-012@newsroom.example.net\n"
              "To: foia@illinoistollway.com\n"
              "Subject: %s\n"
              "Date: Tue, 13 Oct 2026 09:58:12 -0500\n"
              "Message-ID: %s\n"
              "MIME-Version: 1.0\n"
              "Content-Type: text/plain; charset=utf-8\n"
              "Content-Transfer-Encoding: 7bit\n\n"
              "To the FOIA Officer:\n\n%s\n\nThank you,\nFOIA Desk\nThe Coastal Ledger\n" % (subj('REQ-012'), rmid('REQ-012'), REQUEST_TEXT['REQ-012']))
add('bounce-exchange-iltollway', '2026-10-13 10:02:40', 'CT', [
    ('From', 'postmaster@illinoistollway.com'),
    ('To', INBOX),
    ('Subject', 'Undeliverable: ' + subj('REQ-012')),
    ('Message-ID', '<%s@EXCH02.illinoistollway.local>' % hx('il-ndr', 30)),
    ('Auto-Submitted', 'auto-replied'),
    ('X-MS-Exchange-Message-Is-Ndr', ''),
], Multi('report', [
    Multi('alternative', [
        text("Delivery has failed to these recipients or groups:\n\n"
             "foia@illinoistollway.com\n"
             "The email address you entered couldn't be found. Please check the recipient's email address and try to "
             "resend the message. If the problem continues, please contact your helpdesk.\n\n\n"
             "Diagnostic information for administrators:\n\n"
             "Generating server: EXCH02.illinoistollway.local\n\n"
             "foia@illinoistollway.com\n"
             "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n"),
        text("<html><body><p><b><font color=\"#000066\">Delivery has failed to these recipients or groups:</font></b></p>"
             "<p><a href=\"mailto:foia@illinoistollway.com\">foia@illinoistollway.com</a><br>The email address you entered "
             "couldn't be found.</p><p><font color=\"#808080\">Diagnostic information for administrators:<br>Generating server: "
             "EXCH02.illinoistollway.local<br>Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'</font></p>"
             "</body></html>\n", 'html')], '_001_' + hx('ilndr1', 24) + '_'),
    Embedded('message/delivery-status',
             "Reporting-MTA: dns;EXCH02.illinoistollway.local\nReceived-From-MTA: dns;mx1.newsroom.example.net\n"
             "Arrival-Date: Tue, 13 Oct 2026 14:58:13 +0000\n\n"
             "Final-Recipient: rfc822;foia@illinoistollway.com\nAction: failed\nStatus: 5.1.1\n"
             "Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found\n"),
    Embedded('message/rfc822', req12_orig),
], '_002_' + hx('ilndr2', 24) + '_', '; report-type=delivery-status'),
    dict(request='REQ-012', kind='bounce', tracking_number=None, signals=['thread-embedded', 'subject'],
         why='Exchange NDR from the Tollway: the legacy foia@illinoistollway.com mailbox no longer exists'),
    'NDR from the agency\'s own server with our original attached. Modeled on on-premises Exchange "Undeliverable:" reports.')

# Illinois Tollway ack REQ-012 (received date after resend)
add('iltollway-ack-plates', '2026-10-14 15:22:08', 'CT', [
    ('From', 'FOIA <FOIA@getipass.com>'),
    ('To', 'FOIA Desk <%s>' % plus('REQ-012')),
    ('Subject', 'RE: ' + subj('REQ-012')),
    ('In-Reply-To', '<req-012.20261014.2@newsroom.example.net>'),
    ('References', '%s <req-012.20261014.2@newsroom.example.net>' % rmid('REQ-012')),
    ('Message-ID', '<%s@SA1PR04MB8120.namprd04.prod.outlook.com>' % hx('il-ack2', 30)),
], text("Dear FOIA Desk:\n\n"
        "The Illinois Tollway received your Freedom of Information Act request on October 14, 2026. It has been "
        "assigned FOIA No. 2026-0902. Please note that the foia@illinoistollway.com address is no longer in service; "
        "requests should be sent to FOIA@getipass.com.\n\n"
        "A response is due on or before October 21, 2026.\n\n"
        "FOIA Officer\nIllinois Tollway\n"),
    dict(request='REQ-012', kind='acknowledgment', tracking_number='2026-0902', clock='received:2026-10-14',
         signals=['thread', 'plus', 'tracking-new', 'subject'],
         why='Tollway received our resent request Oct 14 (original sent Oct 13 bounced); FOIA No. 2026-0902; clock from Oct 14'),
    'Acknowledgment whose received date is a day after the register\'s sent date (after a bounce and resend). Modeled on Illinois acknowledgments.')

# Port Houston no records REQ-010
add('porthouston-no-records', '2026-10-15 13:40:19', 'CT', [
    ('From', 'Public Information <publicinformation@porthouston.com>'),
    ('To', INBOX),
    ('Subject', 'PIR 26-0503 - Response'),
    ('Message-ID', '<%s@SN6PR04MB4012.namprd04.prod.outlook.com>' % hx('ph-nr', 30)),
], text("Re: PIR 26-0503\n\n"
        "Port Houston has completed its search for truck turn time reports for the Barbours Cut and Bayport container "
        "terminals for 2025 and 2026. Port Houston has no information responsive to your request.\n\n"
        "The turn time figures displayed on the Port Houston website are calculated in real time from gate "
        "transactions and are not compiled or retained as reports. The Public Information Act does not require a "
        "governmental body to create new information in response to a request.\n\n"
        "This request is now closed.\n\n"
        "DLR\nPublic Information Office\nPort Houston\n"),
    dict(request='REQ-010', kind='no_records', tracking_number='26-0503', appeal=True, signals=['tracking', 'subject'],
         why='Port Houston has no responsive reports (figures computed live, not retained); TX has no appeal window'),
    'No-records response that explains why and cites "no duty to create"; initials-only signature. Modeled on Texas PIA no-information letters.')

# Port Houston interim REQ-009
ph_int_pdf = pdf([
    'PORT HOUSTON - PUBLIC INFORMATION REQUEST PIR 26-0457',
    'INSTALLMENT 1 - INDEX OF RECORDS PRODUCED',
    '',
    '1. Contract No. 26-0101 - Segment 1A dredging (Bayport Flare to Barbours Cut) - 212 pages',
    '2. Contract No. 26-0117 - Segment 2 dredging and placement area improvements - 188 pages',
    '3. Contract No. 26-0129 - Segment 3 widening - 164 pages',
    '4. Board resolutions awarding contracts 1-3 - 11 pages',
    '',
    'Change orders for all segments: to follow in installment 2.',
], 'PIR 26-0457 Installment 1')
add('porthouston-interim', '2026-10-16 16:30:05', 'CT', [
    ('From', 'Public Information <publicinformation@porthouston.com>'),
    ('To', plus('REQ-009')),
    ('Subject', 'RE: PIR 26-0457'),
    ('Message-ID', '<%s@SN6PR04MB4012.namprd04.prod.outlook.com>' % hx('ph-int', 30)),
], Multi('mixed', [text("Attached is an index of the first installment of records responsive to PIR 26-0457: the executed "
                        "dredging contracts for Segments 1A, 2 and 3 of Project 11 and the Board resolutions awarding them. "
                        "The records themselves can be downloaded from the JustFOIA portal.\n\n"
                        "The change orders are still being collected from Engineering. We expect to provide them, and "
                        "complete our response, on or before November 6, 2026.\n\n"
                        "DLR\nPublic Information Office\nPort Houston\n"),
                   attach(ph_int_pdf, 'application/pdf', 'PIR 26-0457 Installment 1 Index.pdf')],
         '_004_SN6PR04MB4012' + hx('phi', 16) + '_'),
    dict(request='REQ-009', kind='records_interim', tracking_number='26-0457', estimated='2026-11-06',
         signals=['plus', 'tracking', 'subject'],
         why='first installment (contracts) released; change orders and completion expected by Nov 6'),
    'Rolling release with a completion date; initials only; contract numbers (26-0101) have the same shape as PIR numbers. Modeled on Texas installment releases.')

# FDOT portal notice REQ-013
add('fdot-govqa-message-posted', '2026-10-19 08:15:27', 'ET', [
    ('From', 'FDOT Public Records Center <floridadot@govqa.us>'),
    ('To', plus('REQ-013')),
    ('Subject', 'Public Records Request :: R014522-091726 - New Message'),
    ('Message-ID', '<%s.floridadot@govqa.us>' % h('fdot-msg', 24)),
], text("<html><body style=\"font-family:Arial;font-size:13px\"><p>A new message regarding your public records request "
        "<b>R014522-091726</b> has been posted in the FDOT Public Records Center.</p><p>Please "
        "<a href=\"https://fdot.govqa.us/WEBAPP/_rs/\">log in</a> to view the message and any attachments.</p>"
        "<p style=\"font-size:11px;color:#666\">Please do not reply to this message.</p></body></html>\n", 'html'),
    dict(request='REQ-013', kind='portal_notice', tracking_number='R014522-091726', signals=['plus', 'tracking', 'subject'],
         why='shared FDOT portal says a message was posted; content only behind the login'),
    'Content-free portal ping from the shared FDOT address. Modeled on GovQA "new message" notifications.')

# Port of Seattle closure for non-response REQ-007
pos_close = """<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">
<p>Dear FOIA Desk,</p>
<p>On September 16, 2026, the Port of Seattle asked you to clarify your public records request <b>PRR-2026-01045</b>
(biometric boarding program records) and advised that the request would be closed if we did not receive a response
by October 16, 2026.</p>
<p>We have not received a response. Under RCW 42.56.520(3)(b), the Port considers your request abandoned and has closed it.
No records will be provided under this request.</p>
<p>You are welcome to submit a new request at any time through the Public Records Center.</p>
<p>Port of Seattle Public Records Office</p>
</body></html>
"""
add('portseattle-closed-abandoned', '2026-10-19 09:00:41', 'PT', [
    ('From', 'Port of Seattle Public Records <portofseattle@govqa.us>'),
    ('To', plus('REQ-007')),
    ('Subject', 'Port of Seattle Public Records Request :: PRR-2026-01045 - Closed'),
    ('Message-ID', '<%s.portofseattle@govqa.us>' % h('pos-close', 24)),
], text(pos_close, 'html'),
    dict(request='REQ-007', kind='denial', tracking_number='PRR-2026-01045', appeal=True,
         signals=['plus', 'tracking', 'subject'],
         why='closure for non-response to the clarification request; request ends with no records (treated as rejected); WA has no appeal window'),
    'Closure for non-response (abandonment) with a real closing letter, not a bare status change. Modeled on WA RCW 42.56.520(3)(b) closure letters.')

# Port of Seattle interim REQ-008
pos_int = """<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">
<p>Dear FOIA Desk,</p>
<p>Installment 1 of the records responsive to your request <b>PRR-2026-01062</b> is now available in the Port of
Seattle Public Records Center.</p>
<p><b>Message from the Public Records Officer:</b><br>
This first installment contains the shore power connection logs for Pier 66 for calendar year 2025 (4 spreadsheets).
We are still gathering the Terminal 91 logs from the cruise operator's energy management system and the 2026 data for
both berths. We anticipate completing our response by December 1, 2026.</p>
<p><a href="https://portofseattle.govqa.us/WEBAPP/_rs/">Log in to download records</a></p>
<p style="font-size:11px;color:#777">This is an automated message. Replies to this address are not monitored.</p>
</body></html>
"""
add('portseattle-installment1', '2026-10-20 14:25:50', 'PT', [
    ('From', 'Port of Seattle Public Records <portofseattle@govqa.us>'),
    ('To', plus('REQ-008')),
    ('Subject', 'Port of Seattle Public Records Request :: PRR-2026-01062 - Installment 1'),
    ('Message-ID', '<%s.portofseattle@govqa.us>' % h('pos-int', 24)),
], text(pos_int, 'html'),
    dict(request='REQ-008', kind='records_interim', tracking_number='PRR-2026-01062', estimated='2026-12-01',
         signals=['plus', 'tracking', 'subject'],
         why='first installment (Pier 66 2025 logs) posted; completion anticipated Dec 1'),
    'Portal installment notice that carries a real staff message and a completion date. Modeled on WA installment releases via GovQA.')

# Turnpike fee estimate PDF-only REQ-013
fl_fee_pdf = pdf([
    "FLORIDA'S TURNPIKE ENTERPRISE",
    'Florida Department of Transportation',
    'P.O. Box 613069, Ocoee, Florida 34761',
    '',
    'October 21, 2026',
    '',
    'FOIA Desk, The Coastal Ledger',
    'foia@newsroom.example.net',
    '',
    'RE: Public Records Request R014522-091726',
    '',
    'Dear Requester:',
    '',
    "Florida's Turnpike Enterprise has reviewed your request for records of SunPass and Toll-By-Plate invoices issued in "
    'error and customer complaint logs for 2025 and 2026.',
    '',
    'Responding will require extracting and reviewing complaint records from the customer service center system and '
    'invoice adjustment data from the toll back-office system, and redacting personal information that is exempt '
    'under section 338.155(6), Florida Statutes, and other provisions. Because the request requires extensive use of '
    'information technology resources and clerical assistance, a special service charge applies under section '
    '119.07(4)(d), Florida Statutes.',
    '',
    'Estimated special service charge:',
    '   11.5 hours x $38.42 per hour (lowest-paid qualified staff, including benefits) = $441.83',
    '   Electronic copies: no charge',
    '',
    'A deposit of the full estimated amount ($441.83) is required before work begins. Payment instructions are '
    'available in the FDOT Public Records Center. If we do not receive the deposit or hear from you within 30 days of '
    'this letter, we will consider the request withdrawn.',
    '',
    'Sincerely,',
    '',
    'Tonya Reyes',
    'Public Records Liaison',
    "Florida's Turnpike Enterprise",
], 'R014522-091726 Estimate')
add('flturnpike-fee-estimate-pdfonly', '2026-10-21 10:48:33', 'ET', [
    ('From', '"Reyes, Tonya" <Tonya.Reyes@dot.state.fl.us>'),
    ('To', INBOX),
    ('Subject', 'Cost estimate'),
    ('Message-ID', '<%s@BY5PR09MB5560.namprd09.prod.outlook.com>' % hx('fl-fee', 30)),
] + [('Thread-Topic', 'Cost estimate'), ('Thread-Index', 'AQHc' + h('fl-fee-ti', 24) + '=='), ('X-MS-Has-Attach', 'yes')],
    Multi('mixed', [text('\n\n'), attach(fl_fee_pdf, 'application/pdf', 'R014522-091726_Estimate.pdf')],
          '_004_BY5PR09MB5560' + hx('flf', 16) + '_'),
    dict(request='REQ-013', kind='fee_estimate', tracking_number='R014522-091726', signals=['tracking-filename', 'tracking-attachment'],
         why='PDF-only Turnpike letter: special service charge $441.83, full deposit required before work, 30-day withdrawal warning'),
    'Empty body, vague subject, the number only in the attachment; fee worded as a "special service charge" with a deposit. Modeled on Florida ch. 119 estimate letters.')

# Tollway denial REQ-012
add('iltollway-denial-plates', '2026-10-21 16:02:14', 'CT', [
    ('From', 'FOIA <FOIA@getipass.com>'),
    ('To', 'FOIA Desk <%s>' % plus('REQ-012')),
    ('Subject', 'FOIA No. 2026-0902 - Response'),
    ('Message-ID', '<%s@SA1PR04MB8120.namprd04.prod.outlook.com>' % hx('il-den', 30)),
], text("Dear FOIA Desk:\n\n"
        "The Illinois Tollway has reviewed your request received October 14, 2026 (FOIA No. 2026-0902) for license "
        "plate images or plate-read data captured by Tollway cameras and shared with law enforcement agencies from "
        "January 1, 2025 to the present, including logs of such disclosures.\n\n"
        "Your request is denied in its entirety.\n\n"
        "The requested images and plate-read data, and the logs identifying the vehicles whose data was provided, are "
        "exempt from disclosure as private information under Section 7(1)(b) of the Act (5 ILCS 140/7(1)(b); see "
        "5 ILCS 140/2(c-5), which includes personal license plates). Records documenting disclosures to law enforcement "
        "in connection with specific investigations are further exempt under Section 7(1)(d), because their release "
        "would interfere with pending or contemplated law enforcement proceedings, and under Section 7(1)(v), because "
        "they describe the placement and capabilities of toll collection cameras in a way that could jeopardize the "
        "security of the system.\n\n"
        "The individuals responsible for this denial are the undersigned and the Tollway's General Counsel.\n\n"
        "You have a right to have this denial reviewed by the Public Access Counselor, Office of the Illinois Attorney "
        "General, 500 South Second Street, Springfield, Illinois 62701, (877) 299-3642, publicaccess@ilag.gov, within "
        "60 days of the date of this letter. You also have the right to seek judicial review under Section 11.\n\n"
        "Sincerely,\n\nFOIA Officer\nIllinois Tollway\n"),
    dict(request='REQ-012', kind='denial', tracking_number='2026-0902', appeal=True,
         signals=['plus', 'tracking', 'subject'],
         why='Tollway denies plate-image data and sharing logs in full under 7(1)(b), (d), (v); PAC review within 60 days'),
    'Full denial with exemption citations and PAC paragraph. Modeled on Illinois FOIA denial letters.')

# TSA fee estimate REQ-002
tsa_fee = """Re: FOIA Request 2026-TSFO-01788

Dear Requester:

TSA has completed its search for records responsive to your request concerning computed tomography (CT) checkpoint
scanners. The search located approximately 8,300 pages of operational test and evaluation reports that are maintained
only in paper form by the Office of Requirements and Capabilities Analysis, in addition to electronic contract files.

As a representative of the news media, you are charged duplication fees only, and the first 100 pages are provided
without charge. Duplication (scanning) of the paper reports is charged at $0.10 per page:

    8,300 pages - 100 pages without charge = 8,200 pages x $0.10 = $820.00

Because the estimated fee exceeds the $50.00 you agreed to pay, under 6 C.F.R. 5.11(e) TSA will not process your
request further until you agree in writing to pay the estimated fee, or narrow your request to reduce it. The time
limit for responding to your request is tolled while we await your response. If we do not receive your written
agreement or a narrowed request within 30 working days of the date of this letter, we will assume you are no longer
interested and close your request.

Your request for a fee waiver has been considered and is denied, because the information in the test reports that
could be released is not likely to contribute significantly to public understanding once Sensitive Security
Information is removed. You may appeal the fee waiver decision as described in 6 C.F.R. 5.8.

Sincerely,

Marcus Hill
Government Information Specialist
TSA FOIA Branch
"""
add('tsa-fee-estimate-ct', '2026-10-22 13:05:41', 'ET', [
    ('From', 'foia@tsa.dhs.gov'),
    ('To', plus('REQ-002')),
    ('Subject', '2026-TSFO-01788 Fee Estimate'),
    ('Message-ID', '<%s@DM6PR09MB4410.namprd09.prod.outlook.com>' % hx('tsa-fee', 30)),
], Multi('alternative', [text(tsa_fee), text('<html><body><pre style="font-family:Times New Roman">%s</pre></body></html>' % tsa_fee, 'html')],
         '_000_DM6PR09MB4410' + hx('b4', 16) + '_'),
    dict(request='REQ-002', kind='fee_estimate', tracking_number='2026-TSFO-01788', signals=['plus', 'tracking', 'subject'],
         why='TSA estimates $820 duplication, requires written agreement before processing (tolled); fee waiver denied'),
    'Federal fee estimate that tolls the clock and also denies a fee waiver (not a records denial). Modeled on DHS 6 CFR 5.11 fee letters.')

# MWAA partial referral REQ-015
add('mwaa-referral-faa', '2026-10-23 11:30:19', 'ET', [
    ('From', 'FOIA <FOIA@mwaa.com>'),
    ('To', 'FOIA Desk <%s>' % plus('REQ-015')),
    ('Subject', 'MWAA-2026-0241 - Partial Referral to FAA'),
] + outlook_headers('mwaa-ref', 'MWAA-2026-0241 - Partial Referral to FAA', 'BL0PR09MB4322.namprd09.prod.outlook.com'),
    text("Dear Requester:\n\n"
         "Re: MWAA-2026-0241 (runway incursions and surface events, Reagan National Airport)\n\n"
         "Runway incursion and surface event reports are prepared and maintained by the Federal Aviation "
         "Administration's Air Traffic Organization, not by the Authority. The Authority has referred that portion of "
         "your request to the FAA FOIA office, which will respond to you directly. You may also contact the FAA at "
         "https://www.faa.gov/foia.\n\n"
         "The Authority is continuing to search for its own records responsive to the remainder of your request, "
         "namely Airport Operations Center logs of surface events, and will respond separately.\n\n"
         "FOIA Office\nMetropolitan Washington Airports Authority\n"),
    dict(request='REQ-015', kind='other', tracking_number='MWAA-2026-0241', signals=['plus', 'tracking', 'subject'],
         why='partial referral of the incursion-report portion to the FAA; search of the rest continues'),
    'Referral/transfer notice (kind other), not a denial or no-records. Modeled on airport authority referrals to FAA.')

# GovDelivery construction alert (unrelated, from the Tollway's list)
gd_html = """<html><body style="font-family:Arial;font-size:14px;max-width:600px">
<div style="background:#1b365d;color:#fff;padding:12px"><b>ILLINOIS TOLLWAY</b> &middot; Construction Alert</div>
<h2 style="font-size:18px">Overnight Lane Closures on I-294 at Balmoral Avenue</h2>
<p>Beginning Monday, October 26, 2026, overnight lane closures are scheduled on the Central Tri-State Tollway (I-294)
between Balmoral Avenue and Touhy Avenue from 9 p.m. to 5 a.m. for bridge deck work. Two lanes will remain open in each
direction. Drivers should plan ahead and use the Tollway's real-time travel information.</p>
<p>Remember: pay unpaid tolls online within 14 days to avoid violation notices. I-PASS customers pay half the cash rate.</p>
<hr><p style="font-size:11px;color:#666">You are subscribed to Construction Alerts for Illinois Tollway.
<a href="https://public.govdelivery.com/accounts/ILTOLLWAY/subscriber/edit">Manage preferences</a> |
<a href="https://public.govdelivery.com/accounts/ILTOLLWAY/subscriber/one_click_unsubscribe">Unsubscribe</a><br>
Illinois Tollway, 2700 Ogden Avenue, Downers Grove, IL 60515</p>
</body></html>
"""
add('govdelivery-tollway-alert', '2026-10-26 05:30:00', 'CT', [
    ('From', 'Illinois Tollway <ILTOLLWAY@public.govdelivery.com>'),
    ('To', INBOX),
    ('Subject', 'Construction Alert: Overnight Lane Closures on I-294 at Balmoral Avenue'),
    ('Message-ID', '<20261026103000.%s@public.govdelivery.com>' % h('gd', 12)),
    ('List-Unsubscribe', '<https://public.govdelivery.com/accounts/ILTOLLWAY/subscriber/one_click_unsubscribe>'),
    ('Precedence', 'bulk'),
    ('X-Accountcode', 'ILTOLLWAY'),
], text(gd_html, 'html'),
    dict(request=None, kind='other', tracking_number=None, signals=['none'],
         why="the Tollway's own GovDelivery construction alert; unrelated to our FOIA requests"),
    'Bulk mail from one of our agencies (its name, address and violation wording) that is not about any request. Modeled on Granicus GovDelivery bulletins.')

# TSA analyst OOO on our reply to the fee estimate REQ-002
add('tsa-ooo-hill', '2026-10-27 08:02:11', 'ET', [
    ('From', '"Hill, Marcus" <Marcus.Hill@tsa.dhs.gov>'),
    ('To', 'FOIA Desk <%s>' % plus('REQ-002')),
    ('Subject', 'Automatic reply: RE: 2026-TSFO-01788 Fee Estimate'),
    ('In-Reply-To', '<req-002.20261027.2@newsroom.example.net>'),
    ('References', '%s\n <%s@DM6PR09MB4410.namprd09.prod.outlook.com>\n <req-002.20261027.2@newsroom.example.net>' % (rmid('REQ-002'), hx('tsa-fee', 30))),
    ('Auto-Submitted', 'auto-replied'),
    ('X-Auto-Response-Suppress', 'All'),
    ('Message-ID', '<%s@DM6PR09MB4410.namprd09.prod.outlook.com>' % hx('tsa-ooo', 30)),
], text("I am out of the office from October 26 through November 6 with no access to email.\n\n"
        "For questions about a FOIA request, please contact the TSA FOIA Branch at foia@tsa.dhs.gov or the FOIA "
        "Requester Service Center at 1-866-364-2872.\n\n"
        "Marcus Hill\nGovernment Information Specialist\nTSA FOIA Branch\n"),
    dict(request='REQ-002', kind='auto_reply', tracking_number='2026-TSFO-01788', signals=['thread', 'plus', 'tracking', 'subject'],
         why='analyst\'s out-of-office on our reply agreeing to the fee; subject carries the number'),
    'Out-of-office whose subject contains a tracking number and "Fee Estimate": must not be read as a fee estimate. Modeled on federal staff Outlook auto-replies.')

# Massport no records REQ-016
add('massport-no-records-fr', '2026-10-29 10:15:33', 'ET', [
    ('From', 'Public Records <PublicRecords@massport.com>'),
    ('To', 'FOIA Desk <%s>' % plus('REQ-016')),
    ('Subject', 'RE: [EXTERNAL] ' + subj('REQ-016')),
    ('In-Reply-To', rmid('REQ-016')),
    ('References', rmid('REQ-016')),
] + outlook_headers('massport-nr', '[EXTERNAL] ' + subj('REQ-016'), 'MN2PR11MB4701.namprd11.prod.outlook.com'),
    text("Dear Requester,\n\n"
         "Massport has completed its search for records responsive to your request dated October 19, 2026 for contracts "
         "or communications with facial recognition vendors at Logan Airport. The Aviation, Procurement, Information "
         "Technology and Legal Departments searched their files and email using the vendor names and terms you provided.\n\n"
         "Massport did not locate any responsive records. Massport has not contracted for facial recognition services; "
         "the biometric boarding used by some airlines at Logan is operated by U.S. Customs and Border Protection and "
         "the airlines.\n\n"
         "If you disagree with this response, you may appeal to the Supervisor of Records within 90 calendar days, as "
         "provided in 950 CMR 32.08, and you may seek judicial review under G.L. c. 66, \u00a7 10A(c).\n\n"
         "Regards,\n\nMaureen Callahan\nRecords Access Officer\nMassachusetts Port Authority\n", cs='windows-1252', cte='quoted-printable'),
    dict(request='REQ-016', kind='no_records', tracking_number=None, appeal=True, signals=['thread', 'plus', 'subject'],
         why='Massport finds no facial recognition vendor records; appeal to the Supervisor of Records within 90 days'),
    'No-records reply that mentions biometric boarding (same topic as the Port of Seattle request) - agency separates them. Modeled on Massachusetts no-records letters.')

# TSA interim REQ-001: number only in the attachment file name
tsa_int_pdf = pdf([
    'TRANSPORTATION SECURITY ADMINISTRATION',
    'INTERIM RELEASE 1',
    '',
    'Bates range TSA-OSO-000001 through TSA-OSO-000402',
    '',
    'Contents: daily checkpoint throughput and wait-time reports for BOS, SEA and IAD, January 2024 - June 2025,',
    'and authorized Transportation Security Officer position counts by airport.',
    '',
    'Redactions: (b)(6) - names of TSA employees below the Senior Executive Service level.',
], 'Interim Release 1')
add('tsa-interim-filename-only', '2026-11-02 11:10:48', 'ET', [
    ('From', 'foia@tsa.dhs.gov'),
    ('To', plus('REQ-001')),
    ('Subject', 'TSA FOIA Interim Release'),
    ('Message-ID', '<%s@DM6PR09MB4410.namprd09.prod.outlook.com>' % hx('tsa-int', 30)),
], Multi('mixed', [text("Dear Requester:\n\n"
                        "Enclosed is TSA's first interim release in response to your Freedom of Information Act request "
                        "for checkpoint wait-time data and staffing allocation records.\n\n"
                        "TSA has located approximately 1,200 pages of potentially responsive records. This release "
                        "consists of 402 pages, released in part. Names of TSA employees below the Senior Executive "
                        "Service level have been withheld under FOIA Exemption 6, 5 U.S.C. 552(b)(6).\n\n"
                        "TSA continues to process the remaining records and will provide further releases on a rolling "
                        "basis. Your appeal rights will be described in our final response.\n\n"
                        "TSA FOIA Branch\n"),
                   attach(tsa_int_pdf, 'application/pdf', '2026-TSFO-01742_Interim_Release_1.pdf')],
         '_004_DM6PR09MB4410' + hx('b5', 16) + '_'),
    dict(request='REQ-001', kind='records_interim', tracking_number='2026-TSFO-01742', signals=['plus', 'tracking-filename', 'subject'],
         why='first interim release (402 pages, (b)(6) redactions); more releases to come; number only in the PDF file name'),
    'Rolling release where the tracking number appears only in the attachment file name. Modeled on federal interim release emails.')

# PANYNJ clarification REQ-004
add('panynj-clarification-tolls', '2026-11-04 13:00:26', 'ET', [
    ('From', 'FOI Administrator <foi@panynj.gov>'),
    ('To', plus('REQ-004')),
    ('Subject', 'FOI Reference No. 21933'),
    ('Message-ID', '<%s@CH2PR09MB6012.namprd09.prod.outlook.com>' % hx('pa-clar', 30)),
], text("Dear Requester:\n\n"
        "We are writing about your request for Tolls by Mail violation notices, violation fees and collections at Port "
        "Authority crossings, 2023 to the present.\n\n"
        "The first part of your request, for \"violation notices,\" would cover more than 11 million individual notices "
        "issued to motorists. Each notice contains the name, mailing address and license plate of a motorist, which "
        "the Port Authority would withhold as an unwarranted invasion of personal privacy under its Freedom of "
        "Information Code.\n\n"
        "Please let us know whether the following would satisfy that part of your request: (a) monthly counts of "
        "violation notices issued, by crossing; (b) monthly violation fee amounts assessed and collected, by crossing; "
        "and (c) a blank sample of each notice template in use during the period.\n\n"
        "Please respond within 30 days of the date of this letter. If we do not receive a response, the request will be "
        "closed.\n\n"
        "Freedom of Information Administrator\nThe Port Authority of New York and New Jersey\n"),
    dict(request='REQ-004', kind='clarification', tracking_number='21933', signals=['plus', 'tracking', 'subject'],
         why='PA FOI office asks us to accept aggregate counts instead of 11 million notices; 30-day closure warning'),
    'Clarification that proposes a narrowed scope; the bare 5-digit number is the only identifier in the subject. Modeled on NY-style FOIL narrowing letters.')

# Gmail bounce of our reply to the departed Turnpike liaison REQ-013
bounced_reply = ("From: FOIA Desk <foia@newsroom.example.net>\n"
                 "To: \"Reyes, Tonya\" <Tonya.Reyes@dot.state.fl.us>\n"
                 "Subject: Re: Cost estimate\n"
                 "Date: Thu, 5 Nov 2026 09:30:52 -0500\n"
                 "In-Reply-To: <%s@BY5PR09MB5560.namprd09.prod.outlook.com>\n"
                 "References: <%s@BY5PR09MB5560.namprd09.prod.outlook.com>\n"
                 "Message-ID: <CAJ%s@mail.gmail.com>\n"
                 "MIME-Version: 1.0\n"
                 "Content-Type: text/plain; charset=\"UTF-8\"\n\n"
                 "Hi Tonya,\n\nWe'd like to narrow R014522-091726 to reduce the $441.83 estimate: complaint logs for\n"
                 "January-June 2026 only, no invoice adjustment data. Could you revise the estimate?\n\n"
                 "Thanks,\nFOIA Desk\nThe Coastal Ledger\n" % (hx('fl-fee', 30), hx('fl-fee', 30), h('fl-reply', 34)))
add('bounce-gmail-turnpike', '2026-11-05 09:31:20', 'ET', [
    ('From', 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>'),
    ('To', INBOX),
    ('Subject', 'Delivery Status Notification (Failure)'),
    ('Message-ID', '<%s.x@mx.google.com>' % h('gm-bounce', 28)),
    ('Auto-Submitted', 'auto-replied'),
], Multi('report', [
    Multi('related', [Multi('alternative', [
        text("\n** Address not found **\n\nYour message wasn't delivered to Tonya.Reyes@dot.state.fl.us because the address "
             "couldn't be found, or is unable to receive mail.\n\nLearn more here: https://support.google.com/mail/?p=NoSuchUser\n\n"
             "The response was:\n\n550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient Tonya.Reyes@dot.state.fl.us not found "
             "by SMTP address lookup\n"),
        text("<html><body><h2 style=\"font-family:Google Sans,Arial\">Address not found</h2><p>Your message wasn't delivered to "
             "<b>Tonya.Reyes@dot.state.fl.us</b> because the address couldn't be found, or is unable to receive mail.</p>"
             "<p>The response from the remote server was:</p><p style=\"font-family:monospace\">550 5.1.10 "
             "RESOLVER.ADR.RecipientNotFound; Recipient Tonya.Reyes@dot.state.fl.us not found by SMTP address lookup</p>"
             "</body></html>\n", 'html')], '000000000000' + h('gmb1', 16))], '000000000000' + h('gmb2', 16)),
    Embedded('message/delivery-status',
             "Reporting-MTA: dns; googlemail.com\nArrival-Date: Thu, 05 Nov 2026 06:30:52 -0800 (PST)\n\n"
             "Final-Recipient: rfc822; Tonya.Reyes@dot.state.fl.us\nAction: failed\nStatus: 5.1.10\n"
             "Remote-MTA: dns; dot-state-fl-us.mail.protection.outlook.com.\n"
             "Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n"
             "Last-Attempt-Date: Thu, 05 Nov 2026 06:31:19 -0800 (PST)\n"),
    Embedded('message/rfc822', bounced_reply),
], '000000000000' + h('gmb3', 16), '; report-type=delivery-status'),
    dict(request='REQ-013', kind='bounce', tracking_number='R014522-091726', signals=['tracking-attachment'],
         why='Gmail DSN: our reply narrowing R014522-091726 to the Turnpike liaison bounced (her mailbox no longer exists)'),
    'Bounce of our follow-up; no request Message-ID anywhere, only the number in the returned body. Modeled on Gmail "Address not found" DSNs.')

# Port Houston final REQ-009
ph_fin_pdf = pdf([
    'PORT HOUSTON - PUBLIC INFORMATION REQUEST PIR 26-0457',
    'INSTALLMENT 2 (FINAL) - INDEX OF RECORDS PRODUCED',
    '',
    '1. Change Orders 1-6, Contract 26-0101 - 58 pages',
    '2. Change Orders 1-5, Contract 26-0117 - 44 pages',
    '3. Change Orders 1-3, Contract 26-0129 - 31 pages',
    '',
    'Redacted: bank account and routing numbers (Tex. Gov\'t Code 552.136).',
], 'PIR 26-0457 Installment 2')
add('porthouston-final', '2026-11-06 15:05:11', 'CT', [
    ('From', 'Public Information <publicinformation@porthouston.com>'),
    ('To', plus('REQ-009')),
    ('Subject', 'RE: PIR 26-0457 - Final Installment'),
    ('Message-ID', '<%s@SN6PR04MB4012.namprd04.prod.outlook.com>' % hx('ph-fin', 30)),
], Multi('mixed', [text("Attached is the index for the second and final installment for PIR 26-0457, the change orders for "
                        "Project 11 Segments 1A, 2 and 3. The records are available in the JustFOIA portal.\n\n"
                        "Bank account and routing numbers on contractor payment documents have been redacted under Tex. "
                        "Gov't Code \u00a7 552.136, as \u00a7 552.136(c) permits without a ruling from the Attorney "
                        "General. You may ask the Attorney General to review that redaction as described in "
                        "\u00a7 552.136(d)-(e).\n\n"
                        "This completes Port Houston's response and the request is now closed.\n\n"
                        "DLR\nPublic Information Office\nPort Houston\n"),
                   attach(ph_fin_pdf, 'application/pdf', 'PIR 26-0457 Installment 2 Index.pdf')],
         '_004_SN6PR04MB4012' + hx('phf', 16) + '_'),
    dict(request='REQ-009', kind='records_final', tracking_number='26-0457', appeal=True, signals=['plus', 'tracking', 'subject'],
         why='final installment with 552.136 account-number redactions; request closed; TX has no appeal window'),
    'Final release with statutory redactions that need no AG ruling; says "request is now closed" but is records_final. Modeled on Texas final installments.')

# Massport final REQ-006 with withholding
mp_fin = ("Dear Requester,\n\n"
          "Massport is providing the records responsive to your request received September 15, 2026 for the Conley "
          "Container Terminal ship-to-shore crane procurement file and berth dredging contracts. The records can be "
          "downloaded at the link below until December 9, 2026:\n\n"
          "https://nam11.safelinks.protection.outlook.com/?url=https%3A%2F%2Fmassport.sharefile.com%2Fd-s7a1c9e2&data=05%7C02%7C\n\n"
          "The production includes the 2021 request for proposals, bid tabulation, award memorandum and crane supply "
          "contract, and the 2020 and 2023 berth dredging contracts with change orders.\n\n"
          "Massport has withheld structural and electrical drawings of the berth and crane rail systems, and redacted "
          "related portions of the technical specifications, under G.L. c. 4, \u00a7 7(26)(n), because their disclosure "
          "is likely to jeopardize public safety or cyber security.\n\n"
          "You may appeal this response to the Supervisor of Records within 90 calendar days (950 CMR 32.08) and may "
          "also seek judicial review under G.L. c. 66, \u00a7 10A(c).\n\n"
          "Regards,\n\nMaureen Callahan\nRecords Access Officer\nMassachusetts Port Authority\n")
add('massport-final-conley', '2026-11-09 12:40:57', 'ET', [
    ('From', 'Public Records <PublicRecords@massport.com>'),
    ('To', 'FOIA Desk <%s>' % plus('REQ-006')),
    ('Subject', 'RE: [EXTERNAL] ' + subj('REQ-006')),
    ('In-Reply-To', rmid('REQ-006')),
    ('References', rmid('REQ-006')),
] + outlook_headers('massport-fin6', '[EXTERNAL] ' + subj('REQ-006'), 'MN2PR11MB4701.namprd11.prod.outlook.com'),
    Multi('alternative', [text(mp_fin, cs='windows-1252', cte='quoted-printable'),
                          text('<html><body><div class="WordSection1">' + ''.join('<p class="MsoNormal">%s</p>' % (l.replace('&', '&amp;') or '&nbsp;') for l in mp_fin.split('\n')) + '</div></body></html>\n', 'html', cs='windows-1252', cte='quoted-printable')],
          '_000_MN2PR11MB4701' + hx('mpf6', 16) + '_'),
    dict(request='REQ-006', kind='records_final', tracking_number=None, appeal=True, signals=['thread', 'plus', 'subject'],
         why='Massport produces the Conley records, withholding drawings under c. 4 s. 7(26)(n); appeal to Supervisor within 90 days'),
    'Final response with a security exemption, Safe Links URL artefact, download expiry date that is not a deadline. Modeled on Massachusetts RAO productions.')

# MWAA final REQ-014 with withholding
mwaa_fin = ("Dear Requester:\n\n"
            "Re: MWAA-2026-0219\n\n"
            "The Authority is providing the following records responsive to your request:\n\n"
            "  - Dulles Toll Road monthly revenue reports, fiscal years 2022 through 2026 (60 reports)\n"
            "  - Dulles Toll Road Traffic and Revenue Study, final report dated March 2025\n"
            "  - Continuing disclosure annual reports for the Dulles Toll Road revenue bonds, 2024 and 2025\n\n"
            "The Authority is withholding draft versions of the 2025 toll rate study exchanged with the Authority's bond "
            "counsel and the Office of General Counsel, which are privileged attorney-client communications excluded "
            "under Va. Code \u00a7 2.2-3705.1(2), and working papers of the Office of Finance excluded under Va. Code "
            "\u00a7 2.2-3705.1(12).\n\n"
            "This completes the Authority's response to your request.\n\n"
            "FOIA Office\nMetropolitan Washington Airports Authority\n")
add('mwaa-final-tollroad', '2026-11-12 15:20:44', 'ET', [
    ('From', 'FOIA <FOIA@mwaa.com>'),
    ('To', 'FOIA Desk <%s>' % plus('REQ-014')),
    ('Subject', 'MWAA-2026-0219 - Response'),
] + outlook_headers('mwaa-fin', 'MWAA-2026-0219 - Response', 'BL0PR09MB4322.namprd09.prod.outlook.com'),
    Multi('mixed', [text(mwaa_fin),
                    attach(pdf(['Dulles Toll Road - Monthly Revenue Report', 'Fiscal Year 2026 - July 2025 through June 2026',
                                '', 'Total toll revenue and transactions by plaza (placeholder extract for this set).'],
                               'DTR revenue'), 'application/pdf', 'DTR_Revenue_Reports_FY2022-FY2026.pdf')],
          '_004_BL0PR09MB4322' + hx('mwf', 16) + '_'),
    dict(request='REQ-014', kind='records_final', tracking_number='MWAA-2026-0219', appeal=True,
         signals=['plus', 'tracking', 'subject'],
         why='MWAA releases revenue reports and study, withholds drafts under Va. Code 2.2-3705.1; VA row has no appeal window'),
    'Final release with withholdings; Virginia has no administrative appeal so appeal_due is null. Modeled on Virginia FOIA responses.')

# TSA analyst asks for a call, no thread, no number REQ-002
add('tsa-call-request-nonumber', '2026-11-16 10:35:27', 'ET', [
    ('From', '"Hill, Marcus" <Marcus.Hill@tsa.dhs.gov>'),
    ('To', INBOX),
    ('Subject', 'Your FOIA request'),
    ('Message-ID', '<%s@DM6PR09MB4410.namprd09.prod.outlook.com>' % hx('tsa-call', 30)),
], text("Good morning,\n\n"
        "I'm back in the office and saw your email agreeing to the fee. Before I send the package to the program "
        "office for final review, could someone on your team give me a call at 571-227-1944? I'd like to talk through "
        "which of the scanner test reports you most want, since a large share is likely to be withheld anyway.\n\n"
        "Thanks,\n\nMarcus Hill\nGovernment Information Specialist\nTSA FOIA Branch\n"),
    dict(request='REQ-002', kind='other', tracking_number=None, signals=['subject'],
         why='analyst asks for a phone call about scope; no number or thread, placed by his name/role and "scanner test reports"'),
    'Hard to place: no thread, no number, bare inbox, generic subject; only the analyst\'s name (from the fee letter) and "scanner test reports" tie it to REQ-002. Modeled on FOIA analysts\' call requests.')

# Massport final REQ-005
mp_fin5 = ("Dear Requester,\n\n"
           "Thank you for narrowing your request on September 21 to complaint date, time, town and type, which removed the "
           "fee. Massport has now completed its response.\n\n"
           "Attached are (1) noise complaint data for January 1, 2025 through September 4, 2026 (Excel, 41,206 rows) and "
           "(2) Logan Airport monthly runway use reports for the same period. No records were withheld.\n\n"
           "This completes Massport's response to your request.\n\n"
           "Regards,\n\nMaureen Callahan\nRecords Access Officer\nMassachusetts Port Authority\n")
add('massport-final-noise', '2026-11-23 11:00:09', 'ET', [
    ('From', 'Public Records <PublicRecords@massport.com>'),
    ('To', 'FOIA Desk <%s>' % plus('REQ-005')),
    ('Subject', 'RE: [EXTERNAL] RE: ' + subj('REQ-005')),
    ('In-Reply-To', '<req-005.20260921.2@newsroom.example.net>'),
    ('References', '%s\n <req-005.20260921.2@newsroom.example.net>' % rmid('REQ-005')),
] + outlook_headers('massport-fin5', '[EXTERNAL] RE: ' + subj('REQ-005'), 'MN2PR11MB4701.namprd11.prod.outlook.com'),
    Multi('mixed', [text(mp_fin5),
                    attach(b'complaint_date,complaint_time,town,type\n2025-01-02,05:41,Winthrop,Departure noise\n2025-01-02,23:15,East Boston,Arrival noise\n',
                           'text/csv', 'Logan_Noise_Complaints_2025-2026_extract.csv')],
          '_004_MN2PR11MB4701' + hx('mpf5', 16) + '_'),
    dict(request='REQ-005', kind='records_final', tracking_number=None, signals=['thread', 'plus', 'subject'],
         why='Massport completes the narrowed request with complaint data and runway reports; nothing withheld'),
    'Final release threaded to our narrowing reply; nothing withheld, so no appeal date. Modeled on Massachusetts final productions.')

# FDOT portal closed notice REQ-013
add('fdot-govqa-closed', '2026-11-24 06:00:14', 'ET', [
    ('From', 'FDOT Public Records Center <floridadot@govqa.us>'),
    ('To', plus('REQ-013')),
    ('Subject', 'Public Records Request :: R014522-091726 - Closed'),
    ('Message-ID', '<%s.floridadot@govqa.us>' % h('fdot-closed', 24)),
], text("<html><body style=\"font-family:Arial;font-size:13px\"><p>The status of your public records request "
        "<b>R014522-091726</b> has been changed to <b>Closed</b>.</p><p>To view details, "
        "<a href=\"https://fdot.govqa.us/WEBAPP/_rs/\">log in</a> to the FDOT Public Records Center.</p>"
        "<p style=\"font-size:11px;color:#666\">Please do not reply to this message.</p></body></html>\n", 'html'),
    dict(request='REQ-013', kind='portal_notice', tracking_number='R014522-091726', signals=['plus', 'tracking', 'subject'],
         why='shared FDOT portal status change to Closed with no text (after the unpaid deposit); nothing substantive in the message'),
    'Bare "status changed to Closed" from the shared portal; the reason is not in the message. Modeled on GovQA status-change emails.')

# Port of Seattle final REQ-008
pos_fin = """<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">
<p>Dear FOIA Desk,</p>
<p>Installment 2 of the records responsive to your request <b>PRR-2026-01062</b> is now available in the Port of
Seattle Public Records Center.</p>
<p><b>Message from the Public Records Officer:</b><br>
This final installment contains the Terminal 91 shore power connection logs for 2025 and 2026 and the Pier 66 logs for
2026 (7 spreadsheets). No records were withheld or redacted. With this installment the Port has completed its response,
and your request is now closed.</p>
<p><a href="https://portofseattle.govqa.us/WEBAPP/_rs/">Log in to download records</a></p>
</body></html>
"""
add('portseattle-final-shorepower', '2026-12-01 13:15:38', 'PT', [
    ('From', 'Port of Seattle Public Records <portofseattle@govqa.us>'),
    ('To', plus('REQ-008')),
    ('Subject', 'Port of Seattle Public Records Request :: PRR-2026-01062 - Installment 2 (Final)'),
    ('Message-ID', '<%s.portofseattle@govqa.us>' % h('pos-fin', 24)),
], text(pos_fin, 'html'),
    dict(request='REQ-008', kind='records_final', tracking_number='PRR-2026-01062', signals=['plus', 'tracking', 'subject'],
         why='final installment, nothing withheld, request closed'),
    'Portal final installment with the staff note saying it completes the response. Modeled on WA final installments.')

# MWAA no records for the remainder REQ-015
add('mwaa-no-records-dca', '2026-12-02 10:10:52', 'ET', [
    ('From', 'FOIA <FOIA@mwaa.com>'),
    ('To', 'FOIA Desk <%s>' % plus('REQ-015')),
    ('Subject', 'MWAA-2026-0241 - Final Response'),
] + outlook_headers('mwaa-nr', 'MWAA-2026-0241 - Final Response', 'BL0PR09MB4322.namprd09.prod.outlook.com'),
    text("Dear Requester:\n\n"
         "Re: MWAA-2026-0241\n\n"
         "As we advised on October 23, 2026, the portion of your request seeking runway incursion and surface event "
         "reports was referred to the FAA. The Authority's Airport Operations Center has now searched its logs for "
         "January 2024 to the present for entries recording runway incursions or surface events at Reagan National "
         "Airport.\n\n"
         "The search found no responsive records. Airport Operations Center logs record airfield inspections, "
         "closures and emergency responses; surface events are reported by FAA air traffic control and are not logged "
         "by the Authority.\n\n"
         "This completes the Authority's response to your request.\n\n"
         "FOIA Office\nMetropolitan Washington Airports Authority\n"),
    dict(request='REQ-015', kind='no_records', tracking_number='MWAA-2026-0241', appeal=True,
         signals=['plus', 'tracking', 'subject'],
         why='MWAA finds no Airport Operations records for the remainder after the FAA referral; VA has no appeal window'),
    'No-records final response after a partial referral. Modeled on airport authority final responses.')

# TSA final with SSI withholding REQ-002
tsa_fin = """Re: FOIA Request 2026-TSFO-01788

Dear Requester:

This is the final response to your Freedom of Information Act (FOIA) request to the Transportation Security
Administration (TSA) for records concerning the deployment of computed tomography (CT) checkpoint scanners, related
contracts, and operational test results.

TSA located 9,140 pages of responsive records. Of these, 612 pages are released in full, 2,930 pages are released in
part, and 5,598 pages are withheld in full. The withheld information is described below.

Exemption 3, 5 U.S.C. 552(b)(3), protects information specifically exempted from disclosure by statute. The TSA SSI
Program reviewed the records and determined that portions constitute Sensitive Security Information (SSI) under
49 U.S.C. 114(r) and 49 C.F.R. part 1520, including detection performance and test results for screening equipment
(49 C.F.R. 1520.5(b)(9)), equipment configurations and settings, and threat image details. SSI is withheld in its
entirety and may not be released under the FOIA.

Exemption 4, 5 U.S.C. 552(b)(4), protects commercial or financial information obtained from a person that is privileged
or confidential. TSA has withheld vendor unit pricing and proprietary technical data submitted by the manufacturers.

Exemption 6, 5 U.S.C. 552(b)(6), protects information about individuals whose release would be a clearly unwarranted
invasion of personal privacy. TSA has withheld names and contact details of TSA employees below the Senior Executive
Service level and of contractor personnel.

Because the records were scanned and provided electronically and the final page count released is 3,542 pages, the
duplication fee is $344.20, which will be billed separately.

You may appeal this determination within 90 days of the date of this letter. Your appeal must be in writing and should
be addressed to the TSA FOIA Appeals Officer, Transportation Security Administration, 6595 Springfield Center Drive,
Springfield, VA 20598-6020, or sent to foia@tsa.dhs.gov with "FOIA Appeal" in the subject line. Please note that SSI
determinations are reviewed under 49 C.F.R. 1520.

You may seek dispute resolution services from the TSA FOIA Public Liaison (1-866-364-2872) or from the Office of
Government Information Services (OGIS), National Archives and Records Administration, 8601 Adelphi Road - OGIS,
College Park, MD 20740-6001; ogis@nara.gov; 202-741-5770 or 1-877-684-6448.

Sincerely,

FOIA Officer
Transportation Security Administration
"""
add('tsa-final-ssi', '2026-12-03 14:45:03', 'ET', [
    ('From', 'foia@tsa.dhs.gov'),
    ('To', plus('REQ-002')),
    ('Subject', 'Final Response - TSA FOIA 2026-TSFO-01788'),
    ('Message-ID', '<%s@DM6PR09MB4410.namprd09.prod.outlook.com>' % hx('tsa-fin', 30)),
], Multi('mixed', [Multi('alternative', [text(tsa_fin), text('<html><body><pre style="font-family:Times New Roman">%s</pre></body></html>' % tsa_fin, 'html')],
                         '_000_DM6PR09MB4410' + hx('b6', 16) + '_'),
                   attach(pdf(['TSA FOIA Release - 2026-TSFO-01788', 'Pages TSA-CT-000001 to TSA-CT-003542 (excerpt for this set)',
                               '', '[Page 1 of release: Contract HSTS04-21-C-CT0042, pages 1-3, unit pricing withheld (b)(4)]',
                               '[SSI - withheld in full under 49 U.S.C. 114(r)]'], 'Release'),
                          'application/pdf', '2026-TSFO-01788_Release.pdf')],
         '_004_DM6PR09MB4410' + hx('b7', 16) + '_'),
    dict(request='REQ-002', kind='records_final', tracking_number='2026-TSFO-01788', appeal=True,
         signals=['plus', 'tracking', 'subject'],
         why='final response: partial release, Sensitive Security Information withheld under (b)(3)/49 U.S.C. 114(r), plus (b)(4), (b)(6); 90-day appeal'),
    'TSA SSI withholding (Exemption 3 via 49 U.S.C. 114(r)) in a partial final release, with a billed fee and OGIS. Modeled on TSA final response letters.')

# PANYNJ closure for non-response REQ-004
add('panynj-closed-nonresponse', '2026-12-10 16:20:37', 'ET', [
    ('From', 'FOI Administrator <foi@panynj.gov>'),
    ('To', plus('REQ-004')),
    ('Subject', 'FOI Reference No. 21933 - Request Closed'),
    ('Message-ID', '<%s@CH2PR09MB6012.namprd09.prod.outlook.com>' % hx('pa-close', 30)),
], text("Dear Requester:\n\n"
        "On November 4, 2026, the Port Authority asked you to confirm whether aggregate monthly counts and fee amounts "
        "by crossing would satisfy your request for Tolls by Mail violation notices, and advised that the request would "
        "be closed if no response was received within 30 days.\n\n"
        "As we have not received a response, your request (FOI Reference No. 21933) is now closed. You may submit a new "
        "request at any time.\n\n"
        "If you wish to appeal this determination, you may do so in writing within thirty days to the Port Authority's "
        "FOI Appeals Officer, 4 World Trade Center, 150 Greenwich Street, 24th Floor, New York, NY 10007.\n\n"
        "Freedom of Information Administrator\nThe Port Authority of New York and New Jersey\n"),
    dict(request='REQ-004', kind='denial', tracking_number='21933', appeal=True, signals=['plus', 'tracking', 'subject'],
         why='request closed for non-response to the Nov 4 clarification, with appeal rights (treated as rejected); NY row: 30 days'),
    'Closure for non-response that offers an appeal. Modeled on Port Authority FOI closure letters.')

# PANYNJ final REQ-003 (January)
pa_fin_pdf = pdf([
    'THE PORT AUTHORITY OF NY & NJ',
    'Freedom of Information Administrator',
    '4 World Trade Center, 150 Greenwich Street, 24th Floor, New York, NY 10007',
    '',
    'January 5, 2027',
    '',
    'FOIA Desk, The Coastal Ledger',
    '',
    'Re: Freedom of Information Reference No. 21874',
    '',
    'Dear Requester:',
    '',
    'This is a response to your request, received September 3, 2026, under the Port Authority\'s Freedom of Information '
    'Code for lease amendments and construction change orders for the New Terminal One project at John F. Kennedy '
    'International Airport, January 2022 to the present.',
    '',
    'Material responsive to your request, consisting of 214 pages, is available at the link provided in the '
    'accompanying email. Certain portions have been redacted because they contain confidential commercial and '
    'financial information of the lessee and its contractors, and information that, if disclosed, could endanger the '
    'security of the airport\'s facilities. Those portions are exempt from disclosure under the Code.',
    '',
    'Please refer to the above FOI reference number in any future correspondence relating to this request.',
    '',
    'You may appeal the redactions in writing within thirty days of the date of this letter to the FOI Appeals '
    'Officer at the address above.',
    '',
    'Sincerely,',
    'FOI Administrator',
], 'FOI 21874 Response')
add('panynj-final-jfk', '2027-01-05 15:00:22', 'ET', [
    ('From', 'FOI Administrator <foi@panynj.gov>'),
    ('To', plus('REQ-003')),
    ('Subject', 'Port Authority FOI Request - Response'),
    ('Message-ID', '<%s@CH2PR09MB6012.namprd09.prod.outlook.com>' % hx('pa-fin', 30)),
], Multi('mixed', [text("Please see the attached response letter. The responsive material can be downloaded at:\n"
                        "https://panynj.sharefile.com/d-s0e4f7a2b1c9\n\n"
                        "Freedom of Information Administrator\nThe Port Authority of New York and New Jersey\n"),
                   attach(pa_fin_pdf, 'application/pdf', 'FOI 21874 Response.pdf')],
         '_004_CH2PR09MB6012' + hx('pab4', 16) + '_'),
    dict(request='REQ-003', kind='records_final', tracking_number='21874', appeal=True,
         signals=['plus', 'tracking-attachment', 'tracking-filename'],
         why='final release of 214 pages with redactions under the FOI Code; appeal within 30 days (NY row); number only in PDF'),
    'Final response a month after the stated Dec 4 date, letter only in a PDF. Modeled on Port Authority FOI response letters.')


# =====================================================================================================
def main():
    out = HERE / 'messages'
    out.mkdir(exist_ok=True)
    for p in out.glob('*.eml'):
        p.unlink()
    specs = sorted(M, key=lambda m: m['dt'])
    facts, notes = [], []
    for i, m in enumerate(specs, 1):
        fn = '%03d-%s.eml' % (i, m['slug'])
        headers = []
        have = {k for k, _ in m['headers']}
        for k, v in m['headers']:
            headers.append((k, v))
        # put Date right after Subject
        hdrs = []
        for k, v in headers:
            hdrs.append((k, v))
            if k == 'Subject':
                hdrs.append(('Date', rfcdate(m['dt'])))
        if 'Message-ID' not in have:
            raise SystemExit('no Message-ID for ' + m['slug'])
        (out / fn).write_bytes(message(hdrs, m['body']))
        f = dict(file=fn)
        f.update(m['facts'])
        facts.append(f)
        notes.append((fn, m['note']))
    hdr = ('# Per-message facts (hand-written ground truth). compute_labels.py derives due / appeal_due from these.\n'
           '# clock: received_on_sent_date (agency states or implies receipt on the register\'s sent date)\n'
           '#        received:YYYY-MM-DD (agency states a different received date) | extension (agency takes more time)\n'
           '#        absent = message does not set the response clock.\n'
           '# appeal: true when the message is an adverse determination (denial, no_records, records_final with\n'
           '#        withholdings/redactions, closure with appeal rights); appeal_due comes from the rules table.\n'
           '# estimated: a completion/response date the agency states in this message.\n'
           '# signals: what links the message to its request (thread, thread-embedded, plus, tracking, tracking-new,\n'
           '#        tracking-filename, tracking-attachment, subject, none).\n')
    order = ['file', 'request', 'kind', 'tracking_number', 'clock', 'appeal', 'estimated', 'signals', 'why']
    facts = [{k: f[k] for k in order if k in f} for f in facts]
    (HERE / 'facts.yaml').write_text(hdr + yaml.safe_dump(facts, sort_keys=False, allow_unicode=True, width=1000))
    if '--notes' in sys.argv:  # per-message lines used to write NOTES.md
        print('\n'.join('- `%s` - %s' % (fn, n) for fn, n in notes))
    print('wrote %d messages' % len(specs))


if __name__ == '__main__':
    main()
