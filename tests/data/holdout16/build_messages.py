#!/usr/bin/env python3
"""Writes messages/*.eml for this set. All people, numbers and letters are invented for the set.

    python build_messages.py     (stdlib only)
"""
import base64
from pathlib import Path
from buildlib import (h, hexup, enc_subject, part, multipart, multipart_part, message, single, m365_inbound,
                      m365_internal, safelink, pdf, wrap, outlook_html, esc, ORG, INBOX)

HERE = Path(__file__).resolve().parent
OUT = HERE / 'messages'
MSGS = []


def reg(fn):
    MSGS.append(fn)
    return fn


def rid(n, ymd, k=1):
    return '<req-%03d.%s.%d@%s>' % (n, ymd, k, ORG)


def plus(n):
    return 'Basin Ledger Records Desk <records+req-%03d@%s>' % (n, ORG)


PLAIN_TO = 'Basin Ledger Records Desk <%s>' % INBOX


def thread_index(seed):
    return base64.b64encode(bytes.fromhex(h(seed + 'ti', 44))).decode()


def outlook_mid(seed, host):
    return '<%s%s@%s>' % (host, hexup(seed + 'mid', 22), host + '.NAMP110.PROD.OUTLOOK.COM' if 'P110' in host else host + '.namprd09.prod.outlook.com')


def gmail_mid(seed):
    alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
    s = ''.join(alphabet[int(h(seed + str(i), 2), 16) % len(alphabet)] for i in range(44))
    return '<CA%s@mail.gmail.com>' % s[:40]


def assemble(seed, date, src, hdrs, content_head, body, internal=False):
    if internal:
        pre, tail = m365_internal(seed, date)
    else:
        domain, ip, helo = src
        pre, tail = m365_inbound(seed, date, domain, ip, helo)
    return message(pre + hdrs + tail, content_head, body)


def write(fn, text):
    (OUT / fn).write_bytes(text.encode('utf-8') if isinstance(text, str) else text)


DOD = ('us.navy.mil', '214.3.138.%d', 'mail.us.navy.mil')

REQ_TEXT = {
    1: ("This is a request under the Freedom of Information Act, 5 U.S.C. 552.\n\n"
        "We request records, from January 1, 2020 to the date of search, concerning releases of aqueous film\n"
        "forming foam (AFFF) and per- and polyfluoroalkyl substances (PFAS) at Naval Air Station Whidbey Island,\n"
        "including Ault Field and the Outlying Landing Field Coupeville: release and spill notifications,\n"
        "groundwater and drinking-water sampling results, and correspondence with regulators about them.\n\n"
        "We are a news organization and request news-media fee status and a fee waiver. We agree to pay up to\n"
        "$100 in fees; please contact us before incurring more.\n"),
    5: ("This is a request under the Freedom of Information Act.\n\n"
        "We request, for January 1, 2022 to the date of search: (1) records showing the number of Camp Lejeune\n"
        "Justice Act administrative claims received, adjudicated, settled and denied by the Navy Tort Claims\n"
        "Unit, by month; (2) task orders and statements of work for contractor support of claims processing;\n"
        "(3) records describing how Elective Option settlements are processed.\n\n"
        "Note: this request is separate from our pending request DON-NAVY-2026-004187 (NAS Whidbey Island\n"
        "PFAS). Please do not combine the two.\n"),
    6: ("Pursuant to SDCL 1-27-37, we request copies of records for January 1, 2022 through the present\n"
        "showing deaths of persons in custody at the South Dakota State Penitentiary (including the Jameson\n"
        "Annex), including death notifications, mortality reviews, and critical incident reports.\n"),
    2: ("This is a request under the Freedom of Information Act. We request records from January 1, 2019\n"
        "to the date of search on PFAS groundwater contamination at Cannon AFB and Holloman AFB, NM: sampling\n"
        "results, site inspection reports, and correspondence with the New Mexico Environment Department.\n"),
}


# ============================================================================ 001
@reg
def m001():
    seed = '001'
    date = 'Wed, 02 Sep 2026 17:48:31 -0400'
    subj = 'Automatic reply: FOIA Request: PFAS and AFFF releases and groundwater sampling at NAS Whidbey Island, 2020-2026'
    text = ("Thank you for contacting the Department of the Navy (DON) Freedom of Information Act Office.\n\n"
            "This is an automated reply. Your message has been received by the DON FOIA mailbox.\n\n"
            "* Requests that arrive after 4:00 p.m. Eastern Time, or on a weekend or federal holiday, are logged\n"
            "  as received on the next business day.\n"
            "* Once your request is entered in our tracking system you will receive an acknowledgment with a\n"
            "  DON case number (format DON-NAVY-20XX-XXXXXX or DON-USMC-20XX-XXXXXX). Please use that number\n"
            "  when asking about status.\n"
            "* Many Navy records are held by commands outside this office. If your request is sent to another\n"
            "  command for processing, that command will respond to you directly.\n\n"
            "You can also submit and track requests through the DoD FOIA Public Access Link.\n\n"
            "Please do not reply to this automated message.\n\n"
            "DON FOIA Office (DNS-36)\n"
            "Washington Navy Yard, DC\n")
    html = outlook_html([esc(p).replace('\n', '<br>\n') for p in text.strip().split('\n\n')])
    b = 'B_%s_' % hexup(seed + 'b', 24)
    head, body = multipart('alternative', b, [part('text/plain', text, 'quoted-printable'),
                                               part('text/html', html, 'quoted-printable')])
    hdrs = [
        ('From', 'DONFOIA-PA <DONFOIA-PA@us.navy.mil>'),
        ('To', plus(1)),
        ('Subject', subj),
        ('Thread-Topic', subj[len('Automatic reply: '):]),
        ('Thread-Index', thread_index(seed)),
        ('Date', date),
        ('Message-ID', outlook_mid(seed, 'SA1P110MB1432')),
        ('In-Reply-To', rid(1, '20260902')),
        ('References', rid(1, '20260902')),
        ('Auto-Submitted', 'auto-replied'),
        ('X-Auto-Response-Suppress', 'All'),
        ('X-MS-Exchange-Inbox-Rules-Loop', 'DONFOIA-PA@us.navy.mil'),
        ('Content-Language', 'en-US'),
        ('X-MS-Has-Attach', ''),
        ('X-MS-TNEF-Correlator', ''),
    ]
    return '001-navy-donfoia-autoreply.eml', assemble(seed, date, ('us.navy.mil', '214.3.138.21', 'mail-usgov.us.navy.mil'), hdrs, head, body)


# ============================================================================ 002
@reg
def m002():
    seed = '002'
    date = 'Thu, 03 Sep 2026 10:05:44 -0400'
    orig_date = 'Thu, 03 Sep 2026 10:05:02 -0400'
    b1 = 'ndr_%s' % h(seed + 'b1', 20)
    b2 = 'ndr_alt_%s' % h(seed + 'b2', 16)
    text = ("Delivery has failed to these recipients or groups:\n\n"
            "27sow.foia@cannon.af.mil\n"
            "The email address you entered couldn't be found. Please check the recipient's email address and try\n"
            "to resend the message. If the problem continues, please contact your helpdesk.\n\n"
            "This message was generated by the DoD Enterprise Email gateway. The recipient domain accepted the\n"
            "message for relay but the mailbox does not exist.\n\n\n\n"
            "Diagnostic information for administrators:\n\n"
            "Generating server: EEMSG-ODC-EDGE04.mail.mil\n\n"
            "27sow.foia@cannon.af.mil\n"
            "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient 27sow.foia@cannon.af.mil not found by SMTP address lookup'\n\n"
            "Original message headers:\n"
            "(see attached)\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body>'
            '<p><b><font color="#000066" size="3" face="Arial">Delivery has failed to these recipients or groups:</font></b></p>\n'
            '<font color="#000000" size="2" face="Tahoma"><p><a href="mailto:27sow.foia@cannon.af.mil">27sow.foia@cannon.af.mil</a><br>\n'
            'The email address you entered couldn&#39;t be found. Please check the recipient&#39;s email address and try to resend the message. '
            'If the problem continues, please contact your helpdesk.<br></p></font>\n'
            '<font color="#808080" size="2" face="Tahoma"><p><b>Diagnostic information for administrators:</b></p>'
            '<p>Generating server: EEMSG-ODC-EDGE04.mail.mil</p><p>27sow.foia@cannon.af.mil<br>'
            'Remote Server returned &#39;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient 27sow.foia@cannon.af.mil not found by SMTP address lookup&#39;</p></font>'
            '</body></html>\n')
    alt = multipart_part('alternative', b2, [part('text/plain', text, '7bit', 'us-ascii'),
                                             part('text/html', html, '7bit', 'us-ascii')])
    status = ("Reporting-MTA: dns;EEMSG-ODC-EDGE04.mail.mil\n"
              "Received-From-MTA: dns;BN8PR12MB3361.namprd12.prod.outlook.com\n"
              "Arrival-Date: Thu, 3 Sep 2026 14:05:06 +0000\n\n"
              "Final-Recipient: rfc822;27sow.foia@cannon.af.mil\n"
              "Action: failed\n"
              "Status: 5.1.10\n"
              "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient 27sow.foia@cannon.af.mil not found by SMTP address lookup\n")
    orig = ("Received: from BN8PR12MB3361.namprd12.prod.outlook.com ([fe80::4c1a:9b2e:77d0:1f3a]) by\n"
            " BN8PR12MB3361.namprd12.prod.outlook.com with mapi id 15.20.8989.021; Thu, 3 Sep 2026\n 14:05:02 +0000\n"
            "From: Basin Ledger Records Desk <records@newsroom.example.org>\n"
            "Reply-To: records+req-002@newsroom.example.org\n"
            "To: \"saf.aa.haf.foia.workflow@us.af.mil\" <saf.aa.haf.foia.workflow@us.af.mil>\n"
            "CC: \"27sow.foia@cannon.af.mil\" <27sow.foia@cannon.af.mil>,\n \"49wg.foia@holloman.af.mil\" <49wg.foia@holloman.af.mil>\n"
            "Subject: FOIA Request: PFAS groundwater contamination records for Cannon and\n Holloman Air Force Bases, 2019-2026\n"
            "Thread-Topic: FOIA Request: PFAS groundwater contamination records for Cannon\n and Holloman Air Force Bases, 2019-2026\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "Content-Language: en-US\n"
            "MIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=\"us-ascii\"\n" % (orig_date, rid(2, '20260903')))
    parts = [alt,
             part('message/delivery-status', status, None),
             'Content-Type: text/rfc822-headers\nContent-Description: Undelivered Message Headers\n\n' + orig]
    head, body = multipart('report', b1, parts, '; report-type=delivery-status')
    hdrs = [
        ('From', 'Microsoft Outlook <postmaster@mail.mil>'),
        ('To', '<%s>' % INBOX),
        ('Subject', 'Undeliverable: FOIA Request: PFAS groundwater contamination records for Cannon and Holloman Air Force Bases, 2019-2026'),
        ('Date', date),
        ('Message-ID', '<%s@EEMSG-ODC-EDGE04.mail.mil>' % h(seed + 'mid', 24)),
        ('In-Reply-To', rid(2, '20260903')),
        ('References', rid(2, '20260903')),
        ('Thread-Topic', 'FOIA Request: PFAS groundwater contamination records for Cannon and Holloman Air Force Bases, 2019-2026'),
        ('Auto-Submitted', 'auto-replied'),
        ('X-MS-Exchange-Message-Is-Ndr', ''),
        ('Content-Language', 'en-US'),
    ]
    return '002-usaf-bounce-dod-gateway.eml', assemble(seed, date, ('mail.mil', '214.21.80.37', 'eemsg-odc-edge04.mail.mil'), hdrs, head, body)


# ============================================================================ 003
@reg
def m003():
    seed = '003'
    date = 'Fri, 04 Sep 2026 11:20:07 -0400'
    link = safelink('https://pal.defense.gov/app/CheckStatus.aspx', seed)
    text = ("DoD FOIA Public Access Link (PAL)\n\n"
            "Dear Basin Ledger Records Desk,\n\n"
            "Your Freedom of Information Act request has been received by the Department of the Navy and entered in\n"
            "the DoD FOIA Public Access Link.\n\n"
            "   Request Number:    DON-NAVY-2026-004187\n"
            "   Received Date:     09/03/2026\n"
            "   Component:         Department of the Navy - DON FOIA Office (DNS-36)\n"
            "   Processing Track:  Complex\n"
            "   Description:       Records from 01/01/2020 to the date of search concerning AFFF and PFAS releases\n"
            "                      at Naval Air Station Whidbey Island (Ault Field and OLF Coupeville), including\n"
            "                      release notifications, groundwater and drinking-water sampling results, and\n"
            "                      correspondence with regulators.\n\n"
            "The statutory time period for responding to your request begins on the Received Date shown above.\n"
            "Please refer to the Request Number in any correspondence about this request.\n\n"
            "To check the status of your request, sign in to PAL:\n%s\n\n"
            "This is a system-generated message. Replies to this address are not monitored.\n" % link)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">\n'
            '<table width="640" cellpadding="0" cellspacing="0" border="0"><tr><td style="background:#112e51;color:#ffffff;padding:8px;font-size:13pt">'
            '<b>DoD FOIA Public Access Link (PAL)</b></td></tr></table>\n'
            '<p>Dear Basin Ledger Records Desk,</p>\n'
            '<p>Your Freedom of Information Act request has been received by the Department of the Navy and entered in the DoD FOIA Public Access Link.</p>\n'
            '<table cellpadding="4" cellspacing="0" border="1" style="border-collapse:collapse;font-size:10pt">\n'
            '<tr><td><b>Request Number</b></td><td>DON-NAVY-2026-004187</td></tr>\n'
            '<tr><td><b>Received Date</b></td><td>09/03/2026</td></tr>\n'
            '<tr><td><b>Component</b></td><td>Department of the Navy &ndash; DON FOIA Office (DNS-36)</td></tr>\n'
            '<tr><td><b>Processing Track</b></td><td>Complex</td></tr>\n'
            '<tr><td><b>Description</b></td><td>Records from 01/01/2020 to the date of search concerning AFFF and PFAS releases at Naval Air Station Whidbey Island (Ault Field and OLF Coupeville), '
            'including release notifications, groundwater and drinking-water sampling results, and correspondence with regulators.</td></tr>\n'
            '</table>\n'
            '<p>The statutory time period for responding to your request begins on the Received Date shown above. Please refer to the Request Number in any correspondence about this request.</p>\n'
            '<p>To check the status of your request, <a href="%s" originalsrc="https://pal.defense.gov/app/CheckStatus.aspx" shash="%s">sign in to PAL</a>.</p>\n'
            '<p style="color:#666666;font-size:8pt">This is a system-generated message. Replies to this address are not monitored.</p>\n'
            '</body></html>\n' % (link.replace('&', '&amp;'), h(seed + 'sh', 40)))
    b = '----=_Part_%d_%d.%d' % (int(h(seed, 6), 16), int(h(seed + 'x', 6), 16), 1788538807000)
    head, body = multipart('alternative', b, [part('text/plain', text, 'quoted-printable'),
                                              part('text/html', html, 'quoted-printable')])
    hdrs = [
        ('From', 'DoD FOIA PAL <foiapal-noreply@whs.mil>'),
        ('To', PLAIN_TO),
        ('Subject', 'Request DON-NAVY-2026-004187 has been received'),
        ('Date', date),
        ('Message-ID', '<%d.%d.1788538807011@pal-app02.whs.mil>' % (int(h(seed + 'm', 7), 16), int(h(seed + 'n', 5), 16))),
        ('X-Mailer', 'FOIAXpress PAL Notification Service'),
    ]
    return '003-navy-pal-ack-received-next-day.eml', assemble(seed, date, ('whs.mil', '140.185.112.40', 'smtp-relay.whs.mil'), hdrs, head, body)


# ============================================================================ 004
@reg
def m004():
    seed = '004'
    date = 'Tue, 08 Sep 2026 09:31:12 -0400'
    reply = ("Good morning,\n\n"
             "We received your Freedom of Information Act (FOIA) request dated September 3, 2026, for records on PFAS\n"
             "groundwater contamination at Cannon AFB and Holloman AFB, on September 3, 2026. Your request has been\n"
             "assigned FOIA case number 2026-05214-F. Please refer to this number in all future correspondence.\n\n"
             "Your request has been tasked to the FOIA Requester Service Centers of the 27th Special Operations Wing\n"
             "(Cannon AFB) and the 49th Wing (Holloman AFB) and to the Air Force Civil Engineer Center. We will\n"
             "provide you our release determination by October 2, 2026.\n\n"
             "You have been placed in the news media fee category. You will not be charged search or review fees,\n"
             "and the first 100 pages of duplication are free.\n\n"
             "Note: we received a delivery failure for the Cannon address you copied. The base mailbox is now\n"
             "27sow.foia.office@us.af.mil; no action is needed on your part because HAF has tasked the base directly.\n\n"
             "v/r\n\n"
             "JEROME K. WASHBURN, GS-11, DAF\n"
             "FOIA Analyst, Headquarters Air Force Requester Service Center (SAF/AAII)\n"
             "1000 Air Force Pentagon, Washington DC 20330-1000\n\n")
    quoted = ("________________________________\n"
              "From: Basin Ledger Records Desk <records@newsroom.example.org>\n"
              "Sent: Thursday, September 3, 2026 10:05 AM\n"
              "To: SAF/AA HAF FOIA Workflow <saf.aa.haf.foia.workflow@us.af.mil>\n"
              "Cc: 27sow.foia@cannon.af.mil; 49wg.foia@holloman.af.mil\n"
              "Subject: [Non-DoD Source] FOIA Request: PFAS groundwater contamination records for Cannon and Holloman Air Force Bases, 2019-2026\n\n"
              + REQ_TEXT[2])
    text = reply + quoted
    paras = [esc(p).replace('\n', ' ') for p in reply.strip().split('\n\n')]
    html = outlook_html(paras, sig='<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">'
                        '<p class="MsoNormal"><b>From:</b> Basin Ledger Records Desk &lt;records@newsroom.example.org&gt;<br><b>Sent:</b> Thursday, September 3, 2026 10:05 AM<br>'
                        '<b>To:</b> SAF/AA HAF FOIA Workflow &lt;saf.aa.haf.foia.workflow@us.af.mil&gt;<br><b>Subject:</b> [Non-DoD Source] FOIA Request: PFAS groundwater contamination records for Cannon and Holloman Air Force Bases, 2019-2026</p></div></div>\n'
                        + ''.join('<p class="MsoNormal">%s</p>\n' % esc(p).replace('\n', ' ') for p in REQ_TEXT[2].strip().split('\n\n')))
    b = '_000_%s_' % ('SA1P110MB1587' + hexup(seed + 'b', 20) + 'SA1P110MB1587NAMP')
    head, body = multipart('alternative', b, [part('text/plain', text, 'quoted-printable', 'us-ascii'),
                                              part('text/html', html, 'quoted-printable', 'us-ascii')])
    subj = 'RE: [Non-DoD Source] FOIA Request: PFAS groundwater contamination records for Cannon and Holloman Air Force Bases, 2019-2026'
    hdrs = [
        ('From', '"SAF/AA HAF FOIA Workflow" <saf.aa.haf.foia.workflow@us.af.mil>'),
        ('To', plus(2)),
        ('Subject', subj),
        ('Thread-Topic', subj[4:]),
        ('Thread-Index', thread_index(seed)),
        ('Date', date),
        ('Message-ID', outlook_mid(seed, 'SA1P110MB1587')),
        ('References', rid(2, '20260903')),
        ('In-Reply-To', rid(2, '20260903')),
        ('Accept-Language', 'en-US'),
        ('Content-Language', 'en-US'),
        ('X-MS-Has-Attach', ''),
        ('X-MS-TNEF-Correlator', ''),
        ('msip_labels', 'MSIP_Label_a47e7ff8-1a19-4b1e-8c3d-b44c6f1e7a39_Enabled=true; MSIP_Label_a47e7ff8-1a19-4b1e-8c3d-b44c6f1e7a39_Name=UNCLASSIFIED;'),
    ]
    return '004-usaf-ack-threaded-quoted.eml', assemble(seed, date, ('us.af.mil', '214.3.145.88', 'mail-usgov.us.af.mil'), hdrs, head, body)


# ============================================================================ 005
@reg
def m005():
    seed = '005'
    date = 'Tue, 08 Sep 2026 15:02:19 -0600'
    text = ("United States Department of the Interior\n"
            "NATIONAL PARK SERVICE\n"
            "FOIA Office\n"
            "12795 W. Alameda Parkway, Denver, Colorado 80225\n\n"
            "September 8, 2026\n\n"
            "Dear Records Desk:\n\n"
            "This acknowledges receipt of your Freedom of Information Act (FOIA) request dated September 4, 2026. The\n"
            "request was routed to the National Park Service from the Department's FOIA request system and was\n"
            "received in the NPS FOIA Office on September 8, 2026. You asked for:\n\n"
            "  \"use-of-force reports prepared by NPS commissioned law enforcement rangers and U.S. Park Police\n"
            "  officers, and annual ranger law enforcement incident data, January 1, 2021 to the present.\"\n\n"
            "Your request has been assigned the control number shown in the subject line of this message. Please\n"
            "cite it in any future communications with our office about this request.\n\n"
            "We have placed your request in the Complex processing track under 43 C.F.R. 2.15 because it requires\n"
            "searches in several regions and in the Incident Management, Analysis and Reporting System (IMARS). We\n"
            "will let you know if we need to take an extension of time.\n\n"
            "We have classified you as a representative of the news media for fee purposes. You will be charged\n"
            "only for duplication beyond the first 100 pages; we do not expect fees in this case.\n\n"
            "If you have questions, contact me or the NPS FOIA Public Liaison at 1-855-NPS-FOIA. You may also\n"
            "contact the Office of Government Information Services (OGIS) at the National Archives and Records\n"
            "Administration, which offers mediation services between FOIA requesters and agencies, at ogis@nara.gov\n"
            "or 1-877-684-6448.\n\n"
            "Sincerely,\n\n"
            "Lorraine Beck\n"
            "NPS FOIA Officer\n")
    html = ('<div dir="ltr">' + ''.join('<div>%s</div><div><br></div>' % esc(p).replace('\n', '<br>') for p in text.strip().split('\n\n')) + '</div>\n')
    b = '0000000000%s' % h(seed + 'b', 18)
    head, body = multipart('alternative', b, [part('text/plain', text, 'quoted-printable', 'UTF-8'),
                                              part('text/html', html, 'quoted-printable', 'UTF-8')])
    hdrs = [
        ('From', '"FOIA, NPS" <npsfoia@nps.gov>'),
        ('To', plus(3)),
        ('Subject', 'FOIA NPS-2026-01177 - Acknowledgment'),
        ('Date', date),
        ('Message-ID', gmail_mid(seed)),
        ('X-Gm-Message-State', 'AOJu0Y' + h(seed + 'gm', 30)),
    ]
    return '005-nps-ack-number-in-subject-only.eml', assemble(seed, date, ('nps.gov', '209.85.220.41', 'mail-sor-f41.google.com'), hdrs, head, body)


# ============================================================================ 006
@reg
def m006():
    seed = '006'
    date = 'Wed, 09 Sep 2026 08:14:55 -0400'
    link = safelink('https://foia.eoir.justice.gov/app/Home.aspx', seed)
    text = ("Re: 2026-38812\n"
            "Freedom of Information Act Request for Basin Ledger Records Desk\n\n"
            "Dear Basin Ledger Records Desk,\n\n"
            "This message acknowledges receipt of your Freedom of Information Act (FOIA) request to the Executive\n"
            "Office for Immigration Review (EOIR) dated 09/08/2026 and received 09/08/2026. Your request has been\n"
            "assigned control number 2026-38812.\n\n"
            "You requested immigration court case-completion and pending-caseload data by hearing location for fiscal\n"
            "years 2024 through 2026.\n\n"
            "Requests submitted through the Public Access Link (PAL) may be tracked at\n%s\n"
            "You will receive an email response when processing of your request is complete.\n\n"
            "Please note that if your request involves unusual circumstances, such as the need to search for and\n"
            "collect records from field offices or to consult with another component, EOIR may need up to ten\n"
            "additional working days to respond. If so, we will notify you in writing.\n\n"
            "You stated that you are willing to pay fees up to $50.00. If we anticipate fees above that amount we\n"
            "will contact you before proceeding.\n\n"
            "Sincerely,\n"
            "FOIA Service Center\n"
            "Office of the General Counsel\n"
            "Executive Office for Immigration Review\n" % link)
    head, body = single('text/plain', text, 'quoted-printable')
    hdrs = [
        ('From', 'EOIR FOIA PAL <noreply.eoirfoia@usdoj.gov>'),
        ('To', plus(4)),
        ('Subject', '2026-38812 Freedom of Information Act Request for Basin Ledger Records Desk'),
        ('Date', date),
        ('Message-ID', '<%s.pal@foia.eoir.justice.gov>' % h(seed + 'm', 20)),
    ]
    return '006-eoir-pal-ack-hedged-extension.eml', assemble(seed, date, ('usdoj.gov', '149.101.225.17', 'mail-sor.usdoj.gov'), hdrs, head, body)


# ============================================================================ 007
@reg
def m007():
    seed = '007'
    date = 'Thu, 10 Sep 2026 13:40:02 -0400'
    text = ("Good afternoon,\n\n"
            "Your FOIA request was received by the DON FOIA Office on 9 September 2026 and has been assigned case\n"
            "number DON-NAVY-2026-004455.\n\n"
            "The records you describe are maintained by the Office of the Judge Advocate General, Claims and Tort\n"
            "Litigation Division (Code 15), Tort Claims Unit. We have tasked your request to OJAG for search and\n"
            "direct response. OJAG will contact you with any questions about scope or fees.\n\n"
            "V/r,\n"
            "R. Castellanos\n"
            "Government Information Specialist\n"
            "DON FOIA Office (DNS-36)\n\n"
            "-----Original Message-----\n"
            "From: Basin Ledger Records Desk <records@newsroom.example.org>\n"
            "Sent: Wednesday, September 9, 2026 10:22 AM\n"
            "To: DONFOIA-PA <DONFOIA-PA@us.navy.mil>\n"
            "Subject: [Non-DoD Source] FOIA Request: Camp Lejeune Justice Act claims processing records and support contract task orders, 2022-2026\n\n"
            + REQ_TEXT[5] + "\nRecords Desk\nThe Basin Ledger\n")
    head, body = single('text/plain', text, 'quoted-printable', 'us-ascii')
    subj = 'RE: [Non-DoD Source] FOIA Request: Camp Lejeune Justice Act claims processing records and support contract task orders, 2022-2026'
    hdrs = [
        ('From', 'DONFOIA-PA <DONFOIA-PA@us.navy.mil>'),
        ('To', plus(5)),
        ('Subject', subj),
        ('Thread-Topic', subj[4:]),
        ('Thread-Index', thread_index(seed)),
        ('Date', date),
        ('Message-ID', outlook_mid(seed, 'SA1P110MB1432')),
        ('References', rid(5, '20260909')),
        ('In-Reply-To', rid(5, '20260909')),
        ('Accept-Language', 'en-US'),
        ('Content-Language', 'en-US'),
        ('X-MS-Has-Attach', ''),
    ]
    return '007-navy-ack-quoted-request-names-other-case.eml', assemble(seed, date, ('us.navy.mil', '214.3.138.22', 'mail-usgov.us.navy.mil'), hdrs, head, body)


# ============================================================================ 008
@reg
def m008():
    seed = '008'
    date = 'Fri, 11 Sep 2026 09:05:41 -0500'
    text = ("Good morning,\n\n"
            "The Department received your written request on 9/10. We will respond on or before October 9, 2026.\n\n"
            "Please note the Department\u2019s records of deaths in custody include records from the Division of\n"
            "Health Services, which may need to be reviewed before release.\n\n"
            "Thank you,\n\n"
            "Brenda Hollis\n"
            "Public Records Officer | South Dakota Department of Corrections\n"
            "3200 East Highway 34, Pierre, SD 57501\n"
            "605.555.0148\n\n"
            "From: Basin Ledger Records Desk <records@newsroom.example.org>\n"
            "Sent: Thursday, September 10, 2026 8:31 AM\n"
            "To: DOC Public Records <DOCpublicrecords@state.sd.us>\n"
            "Subject: Public Records Request (SDCL 1-27): Deaths in custody and critical incident reports, South Dakota State Penitentiary, 2022-2026\n\n"
            "[EXTERNAL EMAIL] Do not open links or attachments unless you recognize the sender.\n\n"
            + REQ_TEXT[6] + "\nRecords Desk, The Basin Ledger\n")
    head, body = single('text/plain', text, 'quoted-printable', 'windows-1252')
    subj = 'RE: Public Records Request (SDCL 1-27): Deaths in custody and critical incident reports, South Dakota State Penitentiary, 2022-2026'
    hdrs = [
        ('From', '"Hollis, Brenda" <Brenda.Hollis@state.sd.us>'),
        ('To', plus(6)),
        ('Subject', subj),
        ('Thread-Topic', subj[4:]),
        ('Thread-Index', thread_index(seed)),
        ('Date', date),
        ('Message-ID', outlook_mid(seed, 'CH0PR09MB8830')),
        ('References', rid(6, '20260910')),
        ('In-Reply-To', rid(6, '20260910')),
        ('Accept-Language', 'en-US'),
        ('Content-Language', 'en-US'),
        ('X-MS-Has-Attach', ''),
    ]
    return '008-sddoc-ack-estimate-cp1252.eml', assemble(seed, date, ('state.sd.us', '199.88.141.20', 'mx1.state.sd.us'), hdrs, head, body)


# ============================================================================ 009
@reg
def m009():
    seed = '009'
    date = 'Mon, 14 Sep 2026 14:22:10 -0700'
    link = safelink('https://nvdoc.mycusthelp.com/WEBAPP/_rs/(S(x4kq2v3n1oz0))/RequestEdit.aspx?rid=2318', seed)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body><div style="font-family:Verdana,Arial;font-size:9pt">\n'
            '<p>Dear Basin Ledger Records Desk,</p>\n'
            '<p>Thank you for your interest in the public records of the Nevada Department of Corrections. Your request has been received and is being processed in accordance with Chapter 239 of the Nevada Revised Statutes.</p>\n'
            '<p>Your request was received on 9/14/2026 and given the reference number <b>R002318-091426</b> for tracking purposes.</p>\n'
            '<table border="0" cellpadding="3" style="font-size:9pt">\n'
            '<tr><td valign="top"><b>Records Requested:</b></td><td>Restrictive housing (disciplinary and administrative segregation) population counts by facility and month, lengths of stay, '
            'and the Administrative Regulations governing restrictive housing, January 2023 &ndash; present.</td></tr>\n'
            '<tr><td><b>Preferred format:</b></td><td>Electronic</td></tr>\n'
            '</table>\n'
            '<p>You can monitor the progress of your request and view any messages or records at the link below. You will receive an email when your request has been completed.</p>\n'
            '<p><a href="%s">View My Request</a></p>\n'
            '<p>Thank you,<br>Public Records Unit<br>Nevada Department of Corrections</p>\n'
            '<p style="font-size:7pt;color:#888888">This is an automated message from the NDOC Public Records Center. Please do not reply to this email.</p>\n'
            '</div></body></html>\n' % link.replace('&', '&amp;'))
    head, body = single('text/html', html, 'quoted-printable')
    hdrs = [
        ('From', 'Nevada Department of Corrections <nvdoc@mycusthelp.net>'),
        ('To', 'records+req-007@newsroom.example.org'),
        ('Subject', 'Public Records Request :: R002318-091426'),
        ('Date', date),
        ('Message-ID', '<%s@mycusthelp.net>' % h(seed + 'm', 28)),
        ('X-Mailer', 'GovQA'),
    ]
    return '009-nvdoc-govqa-ack-html-only.eml', assemble(seed, date, ('mycusthelp.net', '52.3.104.71', 'mail2.mycusthelp.net'), hdrs, head, body)


# ============================================================================ 010
@reg
def m010():
    seed = '010'
    date = 'Wed, 16 Sep 2026 10:12:33 -0400'
    link = safelink('https://efoia.cce.af.mil/app/Home.aspx', seed)
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Request Received</title></head>\n'
            '<body style="margin:0;padding:0;font-family:Segoe UI,Arial,sans-serif;font-size:10pt;color:#222">\n'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td style="background:#00308f;color:#fff;padding:10px 14px;font-size:14pt">'
            'Department of the Air Force &ndash; FOIA Public Access Link</td></tr></table>\n'
            '<div style="padding:14px">\n'
            '<p>Dear Requester,</p>\n'
            '<p>Thank you for submitting your request. It has been received and assigned to the Requester Service Center shown below.</p>\n'
            '<table cellpadding="4" cellspacing="0" style="font-size:10pt;border:1px solid #ccc">\n'
            '<tr><td><b>Request&nbsp;Number</b></td><td>2026-05561-F</td></tr>\n'
            '<tr><td><b>Date&nbsp;Received</b></td><td>09/15/2026</td></tr>\n'
            '<tr><td><b>Requester&nbsp;Service&nbsp;Center</b></td><td>75th Air Base Wing, Hill AFB UT</td></tr>\n'
            '<tr><td><b>Clearly&nbsp;Releasable</b></td><td>No</td></tr>\n'
            '<tr><td valign="top"><b>Description</b></td><td>Noise complaints received about F-35A operations at Hill AFB, responses to them, and records of community engagement meetings on aircraft noise, 2022&ndash;2026.</td></tr>\n'
            '</table>\n'
            '<p>You may check the status of your request at any time at the <a href="%s">Air Force FOIA PAL</a>.</p>\n'
            '<p style="font-size:8pt;color:#777">Please do not reply to this e-mail. This mailbox is not monitored.</p>\n'
            '</div></body></html>\n' % link.replace('&', '&amp;'))
    head, body = single('text/html', html, 'base64')
    hdrs = [
        ('From', 'Air Force FOIA PAL <noreply@efoia.cce.af.mil>'),
        ('To', PLAIN_TO),
        ('Subject', 'FOIA Request 2026-05561-F Received'),
        ('Date', date),
        ('Message-ID', '<%s@efoia.cce.af.mil>' % h(seed + 'm', 24)),
    ]
    return '010-usaf-pal-ack-base64-html.eml', assemble(seed, date, ('af.mil', '131.9.40.12', 'smtp.efoia.cce.af.mil'), hdrs, head, body)


# ============================================================================ 011
@reg
def m011():
    seed = '011'
    date = 'Wed, 16 Sep 2026 12:30:02 -0600'
    text = ("Utah Open Records Portal\n"
            "------------------------\n\n"
            "Your records request has been submitted to: Department of Public Safety\n\n"
            "Request ID:          DPS-26-0711\n"
            "Date received:       09/16/2026\n"
            "Expedited response:  Not requested\n"
            "Records requested:   Utah Highway Patrol vehicle pursuit policy; pursuit reports and Pursuit Review\n"
            "                     Board reviews, January 2023 to present\n\n"
            "Under Utah Code 63G-2-204, a governmental entity responds to a records request as soon as reasonably\n"
            "possible, and no later than 10 business days after receiving it, unless extraordinary circumstances\n"
            "apply. The records officer for this entity may contact you directly.\n\n"
            "You can see your request history by signing in at openrecords.utah.gov.\n\n"
            "This message was sent automatically. Please do not reply.\n")
    head, body = single('text/plain', text, '7bit')
    hdrs = [
        ('From', 'Utah Open Records Portal <noreply@openrecords.utah.gov>'),
        ('To', 'records+req-009@newsroom.example.org'),
        ('Subject', 'GRAMA request DPS-26-0711 received'),
        ('Date', date),
        ('Message-ID', '<%s@openrecords.utah.gov>' % h(seed + 'm', 26)),
    ]
    return '011-utdps-state-portal-ack.eml', assemble(seed, date, ('openrecords.utah.gov', '168.180.52.19', 'mail.openrecords.utah.gov'), hdrs, head, body)


# ============================================================================ 012
@reg
def m012():
    seed = '012'
    date = 'Mon, 21 Sep 2026 16:10:48 -0600'
    letter = wrap(
        "MICHELLE LUJAN GRISHAM, GOVERNOR\n"
        "NEW MEXICO CORRECTIONS DEPARTMENT\n"
        "Office of General Counsel\n"
        "4337 State Road 14, Santa Fe, New Mexico 87508\n\n"
        "September 21, 2026\n\n"
        "Via electronic mail: records+req-010@newsroom.example.org\n\n"
        "Basin Ledger Records Desk\n\n"
        "Re: Inspection of Public Records Act Request IPRA-2026-0934\n\n"
        "Dear Requester:\n\n"
        "The New Mexico Corrections Department (NMCD) received your written request to inspect public records "
        "on September 17, 2026. You requested: quarterly reports submitted under the Restricted Housing Act, "
        "and data on the number of inmates held in restricted housing or segregation at each NMCD facility, "
        "January 2024 to the present.\n\n"
        "Pursuant to NMSA 1978, Section 14-2-8(D), this letter is to inform you that the Department needs "
        "additional time to locate, retrieve and review the records you requested. The Department will respond "
        "to your request no later than October 2, 2026. If the Department determines that your request is "
        "excessively burdensome or broad, you will be notified in writing before that date.\n\n"
        "Please refer to the IPRA number above in any correspondence about this request.\n\n"
        "Sincerely,\n\n"
        "Matthew Serna\n"
        "Records Custodian, Office of General Counsel\n"
        "New Mexico Corrections Department\n")
    pdfb = pdf(letter, title='IPRA 3-day letter')
    text = ("Good afternoon,\n\nPlease see the attached correspondence regarding your request for public records.\n\n"
            "Thank you,\nOffice of General Counsel\nNew Mexico Corrections Department\n\n"
            "CONFIDENTIALITY NOTICE: This e-mail, including all attachments, is for the sole use of the intended recipient(s)\n"
            "and may contain confidential and privileged information.\n")
    b = '_004_%s_' % ('SJ0PR09MB6544' + hexup(seed + 'b', 18))
    head, body = multipart('mixed', b, [part('text/plain', text, 'quoted-printable', 'us-ascii'),
                                        part('application/pdf', pdfb, 'base64', filename='NMCD_IPRA_Letter_09212026.pdf')])
    hdrs = [
        ('From', 'IPRA Requests <IPRA.Requests@cd.nm.gov>'),
        ('To', 'records+req-010@newsroom.example.org'),
        ('Subject', 'IPRA Request'),
        ('Thread-Topic', 'IPRA Request'),
        ('Thread-Index', thread_index(seed)),
        ('Date', date),
        ('Message-ID', outlook_mid(seed, 'SJ0PR09MB6544')),
        ('Accept-Language', 'en-US'),
        ('Content-Language', 'en-US'),
        ('X-MS-Has-Attach', 'yes'),
        ('X-MS-TNEF-Correlator', ''),
    ]
    return '012-nmcd-ack-letter-pdf-only.eml', assemble(seed, date, ('cd.nm.gov', '164.64.106.31', 'mail.state.nm.us'), hdrs, head, body)


# ============================================================================ 013
@reg
def m013():
    seed = '013'
    date = 'Mon, 21 Sep 2026 17:02:27 -0700'
    link = safelink('https://doc.nv.gov/About/Administrative_Regulations/Administrative_Regulations_500_Series/', seed)
    text = ("Records Desk,\n\n"
            "This is notice under NRS 239.0107(1)(c) regarding your public records request R002318-091426 for\n"
            "restrictive housing data and policies.\n\n"
            "The Department is unable to make the requested records available by the end of the fifth business day\n"
            "after receipt of your request. The population and length-of-stay figures must be compiled by the\n"
            "Offender Management Division from NOTIS and reviewed for information that is confidential by law.\n"
            "The Department reasonably believes the records will be available on or after November 6, 2026.\n\n"
            "The Administrative Regulations you asked about (AR 507 and related operational procedures that are not\n"
            "restricted) are posted on our website:\n%s\n\n"
            "Respectfully,\n\n"
            "Darla Quinones\n"
            "Public Records Coordinator\n"
            "Nevada Department of Corrections\n"
            "5500 Snyder Avenue, Carson City, NV 89701\n" % link)
    paras = [esc(p).replace('\n', ' ') for p in text.split(link)[0].strip().split('\n\n')]
    paras[-1] = paras[-1] + ' <a href="%s">doc.nv.gov Administrative Regulations 500 series</a>' % link.replace('&', '&amp;')
    paras += [esc(p).replace('\n', '<br>') for p in text.split(link)[1].strip().split('\n\n')]
    html = outlook_html(paras)
    b = '_000_%s_' % ('BYAPR09MB5123' + hexup(seed + 'b', 18))
    head, body = multipart('alternative', b, [part('text/plain', text, 'quoted-printable', 'us-ascii'),
                                              part('text/html', html, 'quoted-printable', 'us-ascii')])
    subj = 'R002318-091426 \u2013 Notice pursuant to NRS 239.0107(1)(c)'
    hdrs = [
        ('From', 'Darla Quinones <dquinones@doc.nv.gov>'),
        ('To', PLAIN_TO),
        ('Subject', enc_subject(subj)),
        ('Thread-Topic', enc_subject(subj)),
        ('Thread-Index', thread_index(seed)),
        ('Date', date),
        ('Message-ID', outlook_mid(seed, 'BYAPR09MB5123')),
        ('Accept-Language', 'en-US'),
        ('Content-Language', 'en-US'),
        ('X-MS-Has-Attach', ''),
    ]
    return '013-nvdoc-nrs-notice-later-date.eml', assemble(seed, date, ('doc.nv.gov', '167.154.7.44', 'mx.state.nv.us'), hdrs, head, body)


# ============================================================================ 014
@reg
def m014():
    seed = '014'
    date = 'Tue, 22 Sep 2026 09:40:03 -0600'
    text = ("Dear Requester:\n\n"
            "The National Park Service received your Freedom of Information Act request on September 22, 2026. It\n"
            "has been assigned tracking number NPS-2026-01342. Please include this number in any correspondence.\n\n"
            "Subject: Search-and-rescue and visitor fatality records, Lake Mead National Recreation Area, 2022-2026\n\n"
            "Your request has been assigned to the Normal processing track and sent to Lake Mead National Recreation\n"
            "Area for a search of responsive records. The park's FOIA coordinator may contact you directly if\n"
            "questions about scope arise.\n\n"
            "You have been placed in the news media fee category.\n\n"
            "For questions, contact the NPS FOIA Office at npsfoia@nps.gov or 1-855-NPS-FOIA. OGIS offers mediation\n"
            "services: ogis@nara.gov, 1-877-684-6448.\n\n"
            "NPS FOIA Office\n")
    html = '<div dir="ltr">' + ''.join('<div>%s</div><div><br></div>' % esc(p).replace('\n', ' ') for p in text.strip().split('\n\n')) + '</div>\n'
    b = '0000000000%s' % h(seed + 'b', 18)
    head, body = multipart('alternative', b, [part('text/plain', text, '7bit', 'UTF-8'),
                                              part('text/html', html, 'quoted-printable', 'UTF-8')])
    hdrs = [
        ('From', '"FOIA, NPS" <npsfoia@nps.gov>'),
        ('To', PLAIN_TO),
        ('Subject', 'NPS-2026-01342 Acknowledgment'),
        ('Date', date),
        ('Message-ID', gmail_mid(seed)),
    ]
    return '014-nps-ack-lakemead-received-next-day.eml', assemble(seed, date, ('nps.gov', '209.85.220.73', 'mail-sor-f73.google.com'), hdrs, head, body)


# ---------------------------------------------------------------------------- NextRequest helper
NR_FROM = 'donotreply@mail.nextrequest.com'


def nextrequest(seed, date, display, to, subject, paras_text, link_url=None, html_only=False, link_label='View request'):
    link = safelink(link_url, seed) if link_url else None
    text = '\n\n'.join(paras_text)
    if link:
        text += '\n\n%s: %s' % (link_label, link)
    text += ('\n\n--\nYou are receiving this email because you submitted a records request through NextRequest.\n'
             'Replies to this email are not monitored.\n')
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head>\n<body style="background:#f4f5f7;margin:0;padding:0">\n'
            '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
            '<table width="600" cellpadding="20" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">\n'
            '<tr><td style="border-bottom:3px solid #1d70b8;font-size:18px"><b>' + esc(display) + '</b></td></tr>\n<tr><td>\n')
    for p in paras_text:
        html += '<p>%s</p>\n' % esc(p).replace('\n', '<br>')
    if link:
        html += ('<p><a href="%s" style="background:#1d70b8;color:#fff;padding:10px 16px;text-decoration:none;border-radius:3px">%s</a></p>\n'
                 % (link.replace('&', '&amp;'), link_label))
    html += ('</td></tr>\n<tr><td style="font-size:11px;color:#888">You are receiving this email because you submitted a records request through NextRequest. '
             'Replies to this email are not monitored.</td></tr>\n</table></td></tr></table>\n</body></html>\n')
    if html_only:
        head, body = single('text/html', html, 'quoted-printable')
    else:
        b = '--==_mimepart_%s_%d' % (h(seed + 'b', 13), 1000 + int(h(seed + 'c', 3), 16))
        head, body = multipart('alternative', b, [part('text/plain', text, 'quoted-printable', 'UTF-8'),
                                                  part('text/html', html, 'quoted-printable', 'UTF-8')])
    hdrs = [
        ('From', '"%s" <%s>' % (display, NR_FROM)),
        ('Reply-To', 'no-reply@nextrequest.com'),
        ('To', to),
        ('Subject', subject),
        ('Date', date),
        ('Message-ID', '<%s_%s@nextrequest-mailer-%d.mail>' % (h(seed + 'm', 13), h(seed + 'n', 8), 1 + int(h(seed, 1), 16) % 4)),
        ('X-SES-Outgoing', '2026.%s-54.240.8.%d' % (h(seed + 'ses', 2), 10 + int(h(seed + 'ip', 2), 16) % 200)),
        ('Feedback-ID', '1.us-west-2.%s=:AmazonSES' % h(seed + 'fb', 40)),
    ]
    return assemble(seed, date, ('mail.nextrequest.com', '54.240.27.%d' % (10 + int(h(seed + 'ip', 2), 16) % 200), 'a27-%d.smtp-out.us-west-2.amazonses.com' % (10 + int(h(seed + 'ip', 2), 16) % 200)), hdrs, head, body)


# ============================================================================ 015
@reg
def m015():
    seed = '015'
    date = 'Tue, 22 Sep 2026 11:03:40 -0500'
    raw = nextrequest(seed, date, 'City of Tulsa Public Records', 'records+req-012@newsroom.example.org',
                      '[Records Request] Request #26-1187 has been submitted',
                      ['Your record request #26-1187 has been submitted to the City of Tulsa.',
                       'Request:\nTulsa Police Department body-worn camera policy, audits and activation compliance reports, including any audit of camera activation rates conducted since 2022.',
                       'Department(s): Police Department\nReceived: September 22, 2026\nRequest type: Open Records Act (51 O.S. 24A.1 et seq.)',
                       'The City will provide prompt and reasonable access to records that are not confidential or exempt. You will receive an email each time your request is updated.'],
                      'https://okrecords.nextrequest.com/requests/26-1187')
    return '015-tulsa-nextrequest-ack-shared-sender.eml', raw


# ============================================================================ 016
@reg
def m016():
    seed = '016'
    date = 'Wed, 23 Sep 2026 15:26:12 -0500'
    raw = nextrequest(seed, date, "Oklahoma County Sheriff's Office", PLAIN_TO,
                      '[Records Request] Request #26-1203 has been submitted',
                      ['Your record request #26-1203 has been submitted to Oklahoma County.',
                       'Request:\nIn-custody deaths at the Oklahoma County Detention Center and jail inspection reports by the State Department of Health, January 2022 to present.',
                       "Department(s): Sheriff's Office - Records Unit\nReceived: September 23, 2026",
                       'You will receive an email each time your request is updated.'],
                      'https://okrecords.nextrequest.com/requests/26-1203')
    return '016-okcso-nextrequest-ack-same-sender.eml', raw


# ============================================================================ 017
@reg
def m017():
    seed = '017'
    date = 'Fri, 25 Sep 2026 08:55:30 -0600'
    text = ("Hello,\n\n"
            "I'm the GRAMA coordinator for the Utah Highway Patrol. Before we go further on DPS-26-0711 I need to\n"
            "check scope with you.\n\n"
            "UHP troopers document each pursuit on a pursuit report in our records system. From January 2023 to now\n"
            "there are roughly 1,450 of them. Could you tell me whether you want:\n\n"
            "  (a) copies of every individual pursuit report, which means a lot of review and redaction time and\n"
            "      likely a fee, or\n"
            "  (b) the annual pursuit reviews prepared by the UHP Pursuit Review Board, plus the pursuit policy?\n\n"
            "Also, please confirm you are not asking for dash camera or body camera video.\n\n"
            "We'll hold the request until we hear back from you.\n\n"
            "Thanks,\n"
            "Kendra Ashby\n"
            "GRAMA Coordinator | Utah Highway Patrol\n"
            "Utah Department of Public Safety\n"
            "801-555-0173\n\n"
            "-- \n"
            "You received this message because you are subscribed to the Google Groups \"Basin Ledger Records\" group.\n"
            "To unsubscribe from this group and stop receiving emails from it, send an email to\n"
            "records-desk+unsubscribe@googlegroups.com.\n"
            "To view this discussion visit https://groups.google.com/d/msgid/records-desk/%s.\n" % gmail_mid(seed)[1:-1])
    html = ('<div dir="ltr">' + ''.join('<div>%s</div><div><br></div>' % esc(p).replace('\n', '<br>')
                                        for p in text.split('\n-- \n')[0].strip().split('\n\n')) + '</div>\n'
            '<p></p>\n-- <br>\nYou received this message because you are subscribed to the Google Groups &quot;Basin Ledger Records&quot; group.<br>\n'
            'To unsubscribe from this group and stop receiving emails from it, send an email to <a href="mailto:records-desk+unsubscribe@googlegroups.com">records-desk+unsubscribe@googlegroups.com</a>.<br>\n')
    b = '0000000000%s' % h(seed + 'b', 18)
    head, body = multipart('alternative', b, [part('text/plain', text, 'quoted-printable', 'UTF-8'),
                                              part('text/html', html, 'quoted-printable', 'UTF-8')])
    hdrs = [
        ('From', "'Kendra Ashby' via Basin Ledger Records <records-desk@googlegroups.com>"),
        ('Reply-To', 'Kendra Ashby <kashby@utah.gov>'),
        ('To', 'records-desk@googlegroups.com'),
        ('Subject', 'DPS-26-0711 clarification - pursuit reports'),
        ('Date', date),
        ('Message-ID', gmail_mid(seed)),
        ('X-Original-Sender', 'kashby@utah.gov'),
        ('X-Original-Authentication-Results', 'mx.google.com;       dkim=pass header.i=@utah.gov header.s=google header.b=Qx3kT0aP;\n       spf=pass (google.com: domain of kashby@utah.gov designates 209.85.220.41 as permitted sender) smtp.mailfrom=kashby@utah.gov;\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=utah.gov'),
        ('X-Original-From', 'Kendra Ashby <kashby@utah.gov>'),
        ('Precedence', 'list'),
        ('Mailing-list', 'list records-desk@googlegroups.com; contact records-desk+owners@googlegroups.com'),
        ('List-ID', '<records-desk.googlegroups.com>'),
        ('X-Spam-Checked-In-Group', 'records-desk@googlegroups.com'),
        ('X-Google-Group-Id', '318277004512'),
        ('List-Post', '<https://groups.google.com/group/records-desk/post>, <mailto:records-desk@googlegroups.com>'),
        ('List-Help', '<https://support.google.com/a/newsroom.example.org/bin/topic.py?topic=25838>, <mailto:records-desk+help@googlegroups.com>'),
        ('List-Archive', '<https://groups.google.com/group/records-desk>'),
        ('List-Unsubscribe', '<mailto:googlegroups-manage+318277004512+unsubscribe@googlegroups.com>,\n <https://groups.google.com/group/records-desk/subscribe>'),
    ]
    return '017-utdps-clarification-via-google-group.eml', assemble(seed, date, ('googlegroups.com', '209.85.166.56', 'mail-io1-f56.google.com'), hdrs, head, body)


# ============================================================================ 018
@reg
def m018():
    seed = '018'
    date = 'Tue, 29 Sep 2026 10:17:45 -0700'
    text = ("Hi there,\n\n"
            "I'm the FOIA coordinator here at Lake Mead (it's a collateral duty, so bear with me). Denver sent me\n"
            "your request for search and rescue and visitor fatality records for 2022 through this year.\n\n"
            "Quick question before I start pulling things: do you want the full case incident reports out of\n"
            "IMARS, or would the SAR summary spreadsheet we keep for the annual report work? The spreadsheet has\n"
            "date, location, incident type and outcome for every SAR mission, but no names. The full reports will\n"
            "need a lot of redaction and would take months.\n\n"
            "If you want the reports only for the fatalities, that's a much smaller set (a few dozen).\n\n"
            "Let me know and I'll pass it along to the FOIA office in Denver.\n\n"
            "Thanks!\n"
            "Dana\n\n"
            "--\n"
            "Dana Whitcomb\n"
            "Chief Ranger's Office\n"
            "Lake Mead National Recreation Area\n"
            "601 Nevada Way, Boulder City, NV 89005\n"
            "702-555-0116\n")
    html = ('<div dir="ltr">' + ''.join('<div>%s</div><div><br></div>' % esc(p).replace('\n', ' ') for p in text.split('\n--\n')[0].strip().split('\n\n'))
            + '<div><br></div>-- <br><div dir="ltr" class="gmail_signature"><div dir="ltr"><div>Dana Whitcomb</div><div>Chief Ranger&#39;s Office</div>'
            '<div>Lake Mead National Recreation Area</div><div>601 Nevada Way, Boulder City, NV 89005</div><div>702-555-0116</div></div></div></div>\n')
    b = '0000000000%s' % h(seed + 'b', 18)
    head, body = multipart('alternative', b, [part('text/plain', text, '7bit', 'UTF-8'),
                                              part('text/html', html, 'quoted-printable', 'UTF-8')])
    hdrs = [
        ('From', 'Dana Whitcomb <dana_whitcomb@nps.gov>'),
        ('To', 'records@newsroom.example.org'),
        ('Subject', 'your FOIA - Lake Mead SAR'),
        ('Date', date),
        ('Message-ID', gmail_mid(seed)),
    ]
    return '018-nps-park-staff-informal-clarification.eml', assemble(seed, date, ('nps.gov', '209.85.220.69', 'mail-sor-f69.google.com'), hdrs, head, body)


# ============================================================================ 019
@reg
def m019():
    seed = '019'
    date = 'Tue, 29 Sep 2026 14:00:21 -0700'
    letter = wrap(
        "DEPARTMENT OF THE NAVY\n"
        "NAVAL FACILITIES ENGINEERING SYSTEMS COMMAND NORTHWEST\n"
        "1101 TAUTOG CIRCLE\n"
        "SILVERDALE, WA 98315-1101\n\n"
        "                                                              5720\n"
        "                                                              Ser FOIA/0917\n"
        "                                                              29 Sep 26\n\n"
        "Basin Ledger Records Desk\n"
        "records+req-001@newsroom.example.org\n\n"
        "SUBJECT: FREEDOM OF INFORMATION ACT REQUEST DON-NAVY-2026-004187\n\n"
        "This is an interim response to your Freedom of Information Act (FOIA) request received by the "
        "Department of the Navy on 3 September 2026, seeking records concerning releases of aqueous film forming "
        "foam and PFAS at Naval Air Station Whidbey Island from 2020 to the present.\n\n"
        "Your request involves unusual circumstances as described in 5 U.S.C. 552(a)(6)(B)(iii). Responsive records "
        "are held by NAS Whidbey Island and by the NAVFAC Northwest environmental restoration program, and some "
        "records require consultation with the U.S. Environmental Protection Agency, Region 10, which has a "
        "substantial interest in them. We are therefore extending the time limit for responding to your request by "
        "ten working days.\n\n"
        "Our initial search located approximately 4,800 pages of potentially responsive records. Because of this "
        "volume we will not be able to complete processing within the extended period. Our estimated date of "
        "completion is 29 January 2027. We intend to release records on a rolling basis as review of each set is "
        "finished.\n\n"
        "You may wish to narrow the scope of your request or agree to an alternative time frame. You may contact "
        "me at the e-mail address below, or the DON FOIA Public Liaison, to discuss these options. You may also "
        "contact the Office of Government Information Services (OGIS) at the National Archives and Records "
        "Administration, 8601 Adelphi Road-OGIS, College Park, Maryland 20740-6001, e-mail ogis@nara.gov, telephone "
        "202-741-5770 or toll free 1-877-684-6448, for dispute resolution services.\n\n"
        "                                        Sincerely,\n\n"
        "                                        G. T. OKAMOTO\n"
        "                                        FOIA Coordinator\n"
        "                                        By direction\n\n"
        "Copy to: DON FOIA Office (DNS-36)\n")
    pdfb = pdf(letter, title='DON-NAVY-2026-004187 interim response', producer='Adobe PDF Library 23.1.175')
    text = ("Good afternoon,\n\nPlease see the attached interim response regarding your FOIA request.\n\n"
            "Very respectfully,\n\nGrant Okamoto\nFOIA Coordinator\nNAVFAC Northwest\n")
    b = '_004_%s_' % ('SA1P110MB2210' + hexup(seed + 'b', 18))
    head, body = multipart('mixed', b, [part('text/plain', text, '7bit', 'us-ascii'),
                                        part('application/pdf', pdfb, 'base64', filename='DON-NAVY-2026-004187_Interim_Response.pdf')])
    hdrs = [
        ('From', '"Okamoto, Grant T CIV USN NAVFAC NW (USA)" <grant.t.okamoto.civ@us.navy.mil>'),
        ('To', PLAIN_TO),
        ('CC', 'DONFOIA-PA <DONFOIA-PA@us.navy.mil>'),
        ('Subject', 'FOIA DON-NAVY-2026-004187 - Interim Response Letter'),
        ('Thread-Topic', 'FOIA DON-NAVY-2026-004187 - Interim Response Letter'),
        ('Thread-Index', thread_index(seed)),
        ('Date', date),
        ('Message-ID', outlook_mid(seed, 'SA1P110MB2210')),
        ('Accept-Language', 'en-US'),
        ('Content-Language', 'en-US'),
        ('X-MS-Has-Attach', 'yes'),
        ('X-MS-TNEF-Correlator', ''),
        ('msip_labels', 'MSIP_Label_a47e7ff8-1a19-4b1e-8c3d-b44c6f1e7a39_Enabled=true; MSIP_Label_a47e7ff8-1a19-4b1e-8c3d-b44c6f1e7a39_Name=UNCLASSIFIED;'),
    ]
    return '019-navy-extension-letter-pdf-called-interim.eml', assemble(seed, date, ('us.navy.mil', '214.3.138.24', 'mail-usgov.us.navy.mil'), hdrs, head, body)


# ============================================================================ 020
@reg
def m020():
    seed = '020'
    date = 'Thu, 01 Oct 2026 11:30:09 -0600'
    text = ("Good morning,\n\n"
            "SUBJECT: FOIA Case 2026-05214-F\n\n"
            "Your request will be delayed. Responsive records are located at more than one installation (Cannon AFB\n"
            "and Holloman AFB), and the Air Force Civil Engineer Center must review the environmental restoration\n"
            "records before release. We are taking an additional 10 working days under the unusual circumstances\n"
            "provision of the FOIA. We expect to reply to your request not later than October 19, 2026.\n\n"
            "If you would like to limit the scope of your request so that it can be processed faster, or if you have\n"
            "questions, please contact this office and refer to the case number above. You may also contact the Air\n"
            "Force FOIA Public Liaison or OGIS (ogis@nara.gov).\n\n"
            "Respectfully,\n\n"
            "SSgt Mariah D. Lyle\n"
            "FOIA Manager, 27th Special Operations Wing\n"
            "Cannon AFB, NM\n")
    html = outlook_html([esc(p).replace('\n', ' ') for p in text.strip().split('\n\n')])
    b = '_000_%s_' % ('SA1P110MB3021' + hexup(seed + 'b', 18))
    head, body = multipart('alternative', b, [part('text/plain', text, 'quoted-printable', 'us-ascii'),
                                              part('text/html', html, 'quoted-printable', 'us-ascii')])
    hdrs = [
        ('From', '"27 SOW/FOIA Office" <27sow.foia.office@us.af.mil>'),
        ('To', PLAIN_TO),
        ('Subject', 'FOIA 2026-05214-F - Notice of Delay'),
        ('Thread-Topic', 'FOIA 2026-05214-F - Notice of Delay'),
        ('Thread-Index', thread_index(seed)),
        ('Date', date),
        ('Message-ID', outlook_mid(seed, 'SA1P110MB3021')),
        ('Accept-Language', 'en-US'),
        ('Content-Language', 'en-US'),
        ('X-MS-Has-Attach', ''),
    ]
    return '020-usaf-base-notice-of-delay.eml', assemble(seed, date, ('us.af.mil', '214.3.145.90', 'mail-usgov.us.af.mil'), hdrs, head, body)


# ============================================================================ 021
@reg
def m021():
    seed = '021'
    date = 'Thu, 01 Oct 2026 14:40:00 -0700'
    link = safelink('https://www.nps.gov/lake/learn/news/search-and-rescue-summer-2026.htm', seed)
    unsub = safelink('https://public.govdelivery.com/accounts/USDOINPS/subscriber/edit?preferences=true', seed + 'u')
    text = ("National Park Service\n"
            "Lake Mead National Recreation Area\n"
            "News Release\n\n"
            "Release date: October 1, 2026\n\n"
            "Search and rescue calls rise at Lake Mead as visitation stays high\n\n"
            "BOULDER CITY, Nev. - Rangers at Lake Mead National Recreation Area responded to more search and rescue\n"
            "calls this summer than in any of the past five years, park officials said Thursday. Most calls involved\n"
            "heat illness on desert trails and swimmers who left their boats in open water without life jackets.\n\n"
            "\"Nearly every drowning we respond to could have been prevented by a life jacket,\" the park's chief\n"
            "ranger said. Free loaner life jackets are available at kiosks at most launch ramps.\n\n"
            "Visitors are reminded that summer temperatures regularly exceed 110 degrees and that cell coverage is\n"
            "limited in much of the park.\n\n"
            "Read online: %s\n\n"
            "-www.nps.gov/lake-\n\n"
            "You are subscribed to Lake Mead National Recreation Area news releases for the National Park Service.\n"
            "Manage preferences or unsubscribe: %s\n" % (link, unsub))
    html = ('<html><body style="font-family:Georgia,serif;font-size:15px;color:#222">\n'
            '<table width="600" align="center"><tr><td style="background:#000;color:#fff;padding:8px"><b>National Park Service</b><br>Lake Mead National Recreation Area</td></tr>\n'
            '<tr><td><p style="font-size:12px;color:#666">News Release &middot; October 1, 2026</p>\n'
            '<h2>Search and rescue calls rise at Lake Mead as visitation stays high</h2>\n'
            '<p>BOULDER CITY, Nev. &ndash; Rangers at Lake Mead National Recreation Area responded to more search and rescue calls this summer than in any of the past five years, park officials said Thursday. '
            'Most calls involved heat illness on desert trails and swimmers who left their boats in open water without life jackets.</p>\n'
            '<p>&ldquo;Nearly every drowning we respond to could have been prevented by a life jacket,&rdquo; the park&rsquo;s chief ranger said. Free loaner life jackets are available at kiosks at most launch ramps.</p>\n'
            '<p>Visitors are reminded that summer temperatures regularly exceed 110 degrees and that cell coverage is limited in much of the park.</p>\n'
            '<p><a href="%s">Read online</a></p></td></tr>\n'
            '<tr><td style="font-size:11px;color:#777">You are subscribed to Lake Mead National Recreation Area news releases for the National Park Service. '
            '<a href="%s">Manage preferences or unsubscribe</a>.</td></tr></table></body></html>\n' % (link.replace('&', '&amp;'), unsub.replace('&', '&amp;')))
    b = '----=_Part_%d_%d.1791061200000' % (int(h(seed, 7), 16), int(h(seed + 'x', 6), 16))
    head, body = multipart('alternative', b, [part('text/plain', text, 'quoted-printable'),
                                              part('text/html', html, 'quoted-printable')])
    hdrs = [
        ('From', 'National Park Service <usdoinps@public.govdelivery.com>'),
        ('To', INBOX),
        ('Subject', 'News Release: Search and rescue calls rise at Lake Mead as visitation stays high'),
        ('Date', date),
        ('Message-ID', '<%s.%d@public.govdelivery.com>' % (h(seed + 'm', 16), int(h(seed + 'n', 6), 16))),
        ('List-Unsubscribe', '<https://public.govdelivery.com/accounts/USDOINPS/subscriber/one_click_unsubscribe?verification=%s>' % h(seed + 'v', 20)),
        ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
        ('X-Accountcode', 'USDOINPS'),
        ('Precedence', 'bulk'),
    ]
    return '021-nps-govdelivery-news-release.eml', assemble(seed, date, ('public.govdelivery.com', '192.237.159.42', 'mta-7.govdelivery.com'), hdrs, head, body)


# ============================================================================ 022
@reg
def m022():
    seed = '022'
    date = 'Fri, 02 Oct 2026 16:20:55 -0600'
    text = ("Dear Records Desk,\n\n"
            "This letter concerns your request to inspect public records, IPRA-2026-0934, received September 17, 2026.\n\n"
            "Pursuant to NMSA 1978, Section 14-2-10, the Department has determined that your request is broad and\n"
            "excessively burdensome. The segregation population data you requested must be drawn from the Criminal\n"
            "Management Information System (CMIS) for eleven facilities, including two privately operated\n"
            "facilities, and reviewed for information that is not subject to inspection. The Department will\n"
            "therefore need additional time to respond.\n\n"
            "We anticipate making the first installment of records available on or before November 13, 2026, and\n"
            "will produce the remaining records on a rolling basis after that date.\n\n"
            "Respectfully,\n\n"
            "Matthew Serna\n"
            "Records Custodian | Office of General Counsel\n"
            "New Mexico Corrections Department\n"
            "(505) 555-0192\n")
    head, body = single('text/plain', text, 'quoted-printable', 'us-ascii')
    hdrs = [
        ('From', '"Serna, Matthew, NMCD" <Matthew.Serna@cd.nm.gov>'),
        ('To', PLAIN_TO),
        ('Subject', 'IPRA-2026-0934 - Notice of Additional Time'),
        ('Thread-Topic', 'IPRA-2026-0934 - Notice of Additional Time'),
        ('Thread-Index', thread_index(seed)),
        ('Date', date),
        ('Message-ID', outlook_mid(seed, 'SJ0PR09MB6544')),
        ('Accept-Language', 'en-US'),
        ('Content-Language', 'en-US'),
        ('X-MS-Has-Attach', ''),
    ]
    return '022-nmcd-burdensome-notice-new-subject.eml', assemble(seed, date, ('cd.nm.gov', '164.64.106.31', 'mail.state.nm.us'), hdrs, head, body)


# ============================================================================ 023
@reg
def m023():
    seed = '023'
    date = 'Tue, 06 Oct 2026 09:15:40 -0600'
    text = ("Dear Records Desk:\n\n"
            "We are writing about your FOIA request NPS-2026-01177 for ranger use-of-force reports and law\n"
            "enforcement incident data.\n\n"
            "Responsive records must be collected from all seven NPS regions and extracted from IMARS, and part of\n"
            "the request concerns records of the U.S. Park Police. These are unusual circumstances under 5 U.S.C.\n"
            "552(a)(6)(B) and 43 C.F.R. 2.19, and we are taking a 10-workday extension of the time to respond.\n\n"
            "Even with the extension we will not be able to complete the request within the statutory period. Our\n"
            "estimated date of completion is January 15, 2027. You may narrow your request to speed it up, for\n"
            "example by limiting it to a region or to the annual summary data.\n\n"
            "You may contact our FOIA Public Liaison at 1-855-NPS-FOIA, or OGIS at ogis@nara.gov, to discuss this\n"
            "extension or to seek dispute resolution services.\n\n"
            "Sincerely,\n"
            "Lorraine Beck\n"
            "NPS FOIA Officer\n")
    html = '<div dir="ltr">' + ''.join('<div>%s</div><div><br></div>' % esc(p).replace('\n', ' ') for p in text.strip().split('\n\n')) + '</div>\n'
    b = '0000000000%s' % h(seed + 'b', 18)
    head, body = multipart('alternative', b, [part('text/plain', text, '7bit', 'UTF-8'),
                                              part('text/html', html, 'quoted-printable', 'UTF-8')])
    hdrs = [
        ('From', '"FOIA, NPS" <npsfoia@nps.gov>'),
        ('To', plus(3)),
        ('Subject', 'FOIA NPS-2026-01177 - Time Extension'),
        ('Date', date),
        ('Message-ID', gmail_mid(seed)),
    ]
    return '023-nps-extension-with-estimate.eml', assemble(seed, date, ('nps.gov', '209.85.220.41', 'mail-sor-f41.google.com'), hdrs, head, body)


# ============================================================================ 024
@reg
def m024():
    seed = '024'
    date = 'Tue, 06 Oct 2026 11:32:18 -0400'
    link = safelink('https://foia.eoir.justice.gov/app/Home.aspx', seed)
    text = ("Re: 2027-00412\n"
            "Freedom of Information Act Request for Basin Ledger Records Desk\n\n"
            "Dear Basin Ledger Records Desk,\n\n"
            "This message acknowledges receipt of your Freedom of Information Act (FOIA) request to the Executive\n"
            "Office for Immigration Review (EOIR) dated 10/05/2026 and received 10/05/2026. Your request has been\n"
            "assigned control number 2027-00412.\n\n"
            "You requested EOIR policies, standard operating procedures and contracts concerning video\n"
            "teleconference (VTC) hearings at immigration courts located in detention facilities.\n\n"
            "Requests submitted through the Public Access Link (PAL) may be tracked at\n%s\n"
            "You will receive an email response when processing of your request is complete.\n\n"
            "Please be aware that EOIR is not the custodian of records created by the Department of Homeland\n"
            "Security or its components.\n\n"
            "Sincerely,\n"
            "FOIA Service Center\n"
            "Office of the General Counsel\n"
            "Executive Office for Immigration Review\n" % link)
    head, body = single('text/plain', text, 'quoted-printable')
    hdrs = [
        ('From', 'EOIR FOIA PAL <noreply.eoirfoia@usdoj.gov>'),
        ('To', plus(14)),
        ('Subject', '2027-00412 Freedom of Information Act Request for Basin Ledger Records Desk'),
        ('Date', date),
        ('Message-ID', '<%s.pal@foia.eoir.justice.gov>' % h(seed + 'm', 20)),
    ]
    return '024-eoir-pal-ack-new-fiscal-year-number.eml', assemble(seed, date, ('usdoj.gov', '149.101.225.17', 'mail-sor.usdoj.gov'), hdrs, head, body)


# ============================================================================ 025
@reg
def m025():
    seed = '025'
    date = 'Wed, 07 Oct 2026 11:45:03 -0400'
    text = ("Good morning,\n\n"
            "The Tort Claims Unit received the tasking for your FOIA request DON-NAVY-2026-004455. Before we start\n"
            "searching I'd like to make sure we look for the right things.\n\n"
            "1. \"Number of claims received, adjudicated, settled and denied, by month.\" TCU posts monthly status\n"
            "   figures for Camp Lejeune Justice Act claims on the JAG Corps website. Are you asking for something\n"
            "   beyond the published figures - for example internal weekly adjudication reports - or would the\n"
            "   published monthly figures satisfy this item?\n\n"
            "2. \"Task orders and statements of work for contractor support.\" TCU does not award contracts. The\n"
            "   claims-processing support contract is administered by Naval Supply Systems Command. Do you want us\n"
            "   to ask DON FOIA to re-task this item to NAVSUP, or will you withdraw it and file with NAVSUP\n"
            "   directly?\n\n"
            "3. \"Records describing how Elective Option settlements are processed.\" Please confirm whether you\n"
            "   mean TCU's internal procedures, or the settlement documents for individual claimants (which we\n"
            "   would withhold under Exemption 6).\n\n"
            "Please respond within 20 working days. Processing of your request is suspended until we receive your\n"
            "clarification, as provided in 5 U.S.C. 552(a)(6)(A)(ii)(I). If we do not hear from you, we will close\n"
            "the request.\n\n"
            "V/r,\n\n"
            "Alana Pruitt\n"
            "Paralegal Specialist / FOIA Coordinator\n"
            "Office of the Judge Advocate General (Code 15), Tort Claims Unit\n")
    html = outlook_html([esc(p).replace('\n', '<br>') for p in text.strip().split('\n\n')])
    b = '_000_%s_' % ('SA1P110MB4478' + hexup(seed + 'b', 18))
    head, body = multipart('alternative', b, [part('text/plain', text, 'quoted-printable', 'us-ascii'),
                                              part('text/html', html, 'quoted-printable', 'us-ascii')])
    subj = 'Camp Lejeune claims FOIA - scope question (DON-NAVY-2026-004455)'
    hdrs = [
        ('From', '"Pruitt, Alana M CIV USN OJAG WASHINGTON DC (USA)" <alana.m.pruitt.civ@us.navy.mil>'),
        ('To', PLAIN_TO),
        ('CC', 'DONFOIA-PA <DONFOIA-PA@us.navy.mil>'),
        ('Subject', subj),
        ('Thread-Topic', subj),
        ('Thread-Index', thread_index(seed)),
        ('Date', date),
        ('Message-ID', outlook_mid(seed, 'SA1P110MB4478')),
        ('Accept-Language', 'en-US'),
        ('Content-Language', 'en-US'),
        ('X-MS-Has-Attach', ''),
        ('msip_labels', 'MSIP_Label_a47e7ff8-1a19-4b1e-8c3d-b44c6f1e7a39_Enabled=true; MSIP_Label_a47e7ff8-1a19-4b1e-8c3d-b44c6f1e7a39_Name=UNCLASSIFIED;'),
    ]
    return '025-navy-ojag-clarification-new-subject.eml', assemble(seed, date, ('us.navy.mil', '214.3.138.27', 'mail-usgov.us.navy.mil'), hdrs, head, body)


# ============================================================================ 026
@reg
def m026():
    seed = '026'
    date = 'Thu, 08 Oct 2026 09:00:37 -0600'
    ours = rid(9, '20260928', 2)
    gg = gmail_mid('017')
    text = ("Hi,\n\n"
            "Thanks for narrowing DPS-26-0711 to the Pursuit Review Board annual reviews for 2023 to present and the\n"
            "current pursuit policy, with no video.\n\n"
            "NOTICE OF EXTRAORDINARY CIRCUMSTANCES: Under Utah Code 63G-2-204, the Department needs more time to\n"
            "respond. The review board records are kept by the UHP Training Section and must be retrieved and\n"
            "reviewed for protected information. We expect to respond by November 6, 2026.\n\n"
            "Kendra Ashby\n"
            "GRAMA Coordinator | Utah Highway Patrol\n\n"
            "On Mon, Sep 28, 2026 at 2:14 PM Basin Ledger Records Desk <records@newsroom.example.org> wrote:\n"
            "> Hi Kendra, thanks for checking. Option (b) please: the Pursuit Review Board's annual reviews for 2023\n"
            "> to present and the current pursuit policy. No video.\n"
            ">\n"
            "> Records Desk, The Basin Ledger\n")
    html = ('<div dir="ltr">' + ''.join('<div>%s</div><div><br></div>' % esc(p).replace('\n', ' ') for p in text.split('\n\nOn Mon')[0].strip().split('\n\n'))
            + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, Sep 28, 2026 at 2:14 PM Basin Ledger Records Desk &lt;records@newsroom.example.org&gt; wrote:<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">Hi Kendra, thanks for checking. Option (b) please: the Pursuit Review Board&#39;s annual reviews for 2023 to present and the current pursuit policy. No video.<br><br>Records Desk, The Basin Ledger</blockquote></div>\n')
    b = '0000000000%s' % h(seed + 'b', 18)
    head, body = multipart('alternative', b, [part('text/plain', text, 'quoted-printable', 'UTF-8'),
                                              part('text/html', html, 'quoted-printable', 'UTF-8')])
    hdrs = [
        ('From', 'Kendra Ashby <kashby@utah.gov>'),
        ('To', 'Basin Ledger Records Desk <records+req-009@newsroom.example.org>'),
        ('Subject', 'Re: DPS-26-0711 clarification - pursuit reports'),
        ('Date', date),
        ('Message-ID', gmail_mid(seed)),
        ('In-Reply-To', ours),
        ('References', '%s\n %s' % (gg, ours)),
    ]
    return '026-utdps-extraordinary-circumstances-gmail.eml', assemble(seed, date, ('utah.gov', '209.85.220.41', 'mail-sor-f41.google.com'), hdrs, head, body)


# ============================================================================ 027
@reg
def m027():
    seed = '027'
    date = 'Fri, 09 Oct 2026 15:30:11 -0500'
    text = ("Hello,\n\n"
            "We need additional time to respond to your request. The critical incident reports are kept at the\n"
            "penitentiary and the Jameson Annex and have to be reviewed under SDCL 1-27-1.5 before release, and the\n"
            "mortality reviews come from our Division of Health Services.\n\n"
            "Our revised estimate is November 13, 2026.\n\n"
            "Brenda Hollis\n"
            "Public Records Officer | South Dakota Department of Corrections\n\n"
            "From: Hollis, Brenda\n"
            "Sent: Friday, September 11, 2026 9:05 AM\n"
            "To: Basin Ledger Records Desk <records+req-006@newsroom.example.org>\n"
            "Subject: RE: Public Records Request (SDCL 1-27): Deaths in custody and critical incident reports, South Dakota State Penitentiary, 2022-2026\n\n"
            "Good morning,\n\n"
            "The Department received your written request on 9/10. We will respond on or before October 9, 2026.\n")
    head, body = single('text/plain', text, 'quoted-printable', 'windows-1252')
    subj = 'RE: Public Records Request (SDCL 1-27): Deaths in custody and critical incident reports, South Dakota State Penitentiary, 2022-2026'
    hdrs = [
        ('From', '"Hollis, Brenda" <Brenda.Hollis@state.sd.us>'),
        ('To', plus(6)),
        ('Subject', subj),
        ('Thread-Topic', subj[4:]),
        ('Thread-Index', thread_index(seed)),
        ('Date', date),
        ('Message-ID', outlook_mid(seed, 'CH0PR09MB8830')),
        ('References', '%s\n %s' % (rid(6, '20260910'), outlook_mid('008', 'CH0PR09MB8830'))),
        ('In-Reply-To', outlook_mid('008', 'CH0PR09MB8830')),
        ('Accept-Language', 'en-US'),
        ('Content-Language', 'en-US'),
        ('X-MS-Has-Attach', ''),
    ]
    return '027-sddoc-extension-revised-estimate.eml', assemble(seed, date, ('state.sd.us', '199.88.141.20', 'mx1.state.sd.us'), hdrs, head, body)


# ============================================================================ 028
@reg
def m028():
    seed = '028'
    date = 'Tue, 13 Oct 2026 10:12:51 -0400'
    link = safelink('https://pal.defense.gov/app/CheckStatus.aspx', seed)
    text = ("DoD FOIA Public Access Link (PAL)\n\n"
            "Dear Ines Ortega,\n\n"
            "Your Freedom of Information Act request has been received by the Department of the Navy and entered in\n"
            "the DoD FOIA Public Access Link.\n\n"
            "   Request Number:    DON-USMC-2026-003921\n"
            "   Received Date:     10/09/2026\n"
            "   Component:         Headquarters, U.S. Marine Corps (ARSF)\n"
            "   Processing Track:  Simple\n"
            "   Description:       Drinking-water PFAS sampling results for family housing areas at Marine Corps Air\n"
            "                      Station Miramar, 2023 to present.\n\n"
            "The statutory time period for responding to your request begins on the Received Date shown above.\n"
            "Please refer to the Request Number in any correspondence about this request.\n\n"
            "To check the status of your request, sign in to PAL:\n%s\n\n"
            "This is a system-generated message. Replies to this address are not monitored.\n" % link)
    head, body = single('text/plain', text, 'quoted-printable')
    hdrs = [
        ('From', 'DoD FOIA PAL <foiapal-noreply@whs.mil>'),
        ('To', INBOX),
        ('Subject', 'Request DON-USMC-2026-003921 has been received'),
        ('Date', date),
        ('Message-ID', '<%d.%d.1791900771019@pal-app01.whs.mil>' % (int(h(seed + 'm', 7), 16), int(h(seed + 'n', 5), 16))),
        ('X-Mailer', 'FOIAXpress PAL Notification Service'),
    ]
    return '028-usmc-pal-ack-other-requester.eml', assemble(seed, date, ('whs.mil', '140.185.112.41', 'smtp-relay.whs.mil'), hdrs, head, body)


# ============================================================================ 029
@reg
def m029():
    seed = '029'
    date = 'Wed, 14 Oct 2026 10:20:45 -0600'
    text = ("Dear Requester,\n\n"
            "RE: FOIA Case 2026-05561-F (F-35A noise complaints, Hill AFB)\n\n"
            "Your request has been placed in the \"all other requesters\" fee category because the request submitted\n"
            "through PAL did not include information showing that you are a representative of the news media. All\n"
            "other requesters receive two hours of search time and 100 pages of duplication free of charge.\n\n"
            "We estimate that searching the 75th Air Base Wing Public Affairs and the noise complaint database will\n"
            "take about six hours. The estimated cost is $96.00 (4 hours of search at $24.00 per hour beyond the\n"
            "first two free hours). Duplication is expected to be under 100 pages.\n\n"
            "Before we continue processing, we need your written agreement to pay fees of up to $96.00, or\n"
            "information that supports placement in a different fee category. If we do not receive a response\n"
            "within 20 working days of the date of this letter, we will administratively close your request.\n\n"
            "Respectfully,\n\n"
            "Theresa Nakamura\n"
            "FOIA/Privacy Act Manager\n"
            "75th Air Base Wing, Hill AFB UT\n")
    html = outlook_html([esc(p).replace('\n', ' ') for p in text.strip().split('\n\n')])
    b = '_000_%s_' % ('SA1P110MB5260' + hexup(seed + 'b', 18))
    head, body = multipart('alternative', b, [part('text/plain', text, 'quoted-printable', 'us-ascii'),
                                              part('text/html', html, 'quoted-printable', 'us-ascii')])
    hdrs = [
        ('From', '"75 ABW/FOIA" <75abw.foia@us.af.mil>'),
        ('To', PLAIN_TO),
        ('Subject', 'FOIA Case 2026-05561-F - Fee Estimate'),
        ('Thread-Topic', 'FOIA Case 2026-05561-F - Fee Estimate'),
        ('Thread-Index', thread_index(seed)),
        ('Date', date),
        ('Message-ID', outlook_mid(seed, 'SA1P110MB5260')),
        ('Accept-Language', 'en-US'),
        ('Content-Language', 'en-US'),
        ('X-MS-Has-Attach', ''),
    ]
    return '029-usaf-hill-fee-estimate.eml', assemble(seed, date, ('us.af.mil', '214.3.145.93', 'mail-usgov.us.af.mil'), hdrs, head, body)


# ============================================================================ 030
@reg
def m030():
    seed = '030'
    date = 'Mon, 19 Oct 2026 14:00:26 -0400'
    letter = wrap(
        "U.S. Department of Justice\n"
        "Executive Office for Immigration Review\n"
        "Office of the General Counsel - FOIA Service Center\n"
        "5107 Leesburg Pike, Suite 1903, Falls Church, VA 22041\n\n"
        "October 19, 2026\n\n"
        "Basin Ledger Records Desk\n"
        "records+req-014@newsroom.example.org\n\n"
        "Re: FOIA Request 2027-00412\n\n"
        "Dear Requester:\n\n"
        "This concerns your Freedom of Information Act request for EOIR policies, procedures and contracts "
        "concerning video teleconference hearings at detention-facility immigration courts.\n\n"
        "Pursuant to 28 C.F.R. 16.10, we are writing to notify you that the fees for processing your request "
        "are anticipated to exceed $25.00. Because your request seeks contract records, which are sought for a "
        "commercial use unless you show otherwise, we have placed you in the commercial use category. We "
        "estimate 4 hours of search time and 2 hours of review at $28.00 per hour, for an estimated total of "
        "$168.00. You previously agreed to pay up to $50.00.\n\n"
        "Please tell us in writing within 10 working days whether you agree to pay the estimated fees, wish to "
        "narrow your request, or can provide information supporting a different fee category. Your request "
        "will be placed on hold until we receive your response, and the time limit for responding to your "
        "request is tolled. If we do not hear from you, we will close your request.\n\n"
        "Sincerely,\n"
        "FOIA Service Center\n")
    pdfb = pdf(letter, title='Fee notification 2027-00412')
    text = ("Please see the attached correspondence regarding your FOIA request.\n\n"
            "FOIA Service Center\nExecutive Office for Immigration Review\n")
    b = '----=_NextPart_%s' % h(seed + 'b', 24)
    head, body = multipart('mixed', b, [part('text/plain', text, '7bit'),
                                        part('application/pdf', pdfb, 'base64', filename='2027-00412_Fee_Notification.pdf')])
    hdrs = [
        ('From', 'EOIR FOIA PAL <noreply.eoirfoia@usdoj.gov>'),
        ('To', plus(14)),
        ('Subject', 'Correspondence for FOIA Request 2027-00412'),
        ('Date', date),
        ('Message-ID', '<%s.pal@foia.eoir.justice.gov>' % h(seed + 'm', 20)),
    ]
    return '030-eoir-fee-notification-pdf.eml', assemble(seed, date, ('usdoj.gov', '149.101.225.18', 'mail-sor.usdoj.gov'), hdrs, head, body)


# ============================================================================ 031
@reg
def m031():
    seed = '031'
    date = 'Wed, 21 Oct 2026 13:33:08 -0400'
    link = safelink('https://foia.eoir.justice.gov/app/CheckStatus.aspx', seed)
    text = ("The status of your FOIA request 2026-38812 has been updated.\n\n"
            "Current status: Processing - Records Review\n\n"
            "Sign in to the Public Access Link to view details:\n%s\n\n"
            "This is an automated message. Please do not reply.\n" % link)
    head, body = single('text/plain', text, '7bit')
    hdrs = [
        ('From', 'EOIR FOIA PAL <noreply.eoirfoia@usdoj.gov>'),
        ('To', PLAIN_TO),
        ('Subject', 'Status update for request 2026-38812'),
        ('Date', date),
        ('Message-ID', '<%s.pal@foia.eoir.justice.gov>' % h(seed + 'm', 20)),
    ]
    return '031-eoir-pal-status-change.eml', assemble(seed, date, ('usdoj.gov', '149.101.225.17', 'mail-sor.usdoj.gov'), hdrs, head, body)


# ============================================================================ 032
@reg
def m032():
    seed = '032'
    date = 'Tue, 27 Oct 2026 09:48:16 -0500'
    raw = nextrequest(seed, date, 'City of Tulsa Public Records', 'records+req-015@newsroom.example.org',
                      '[Records Request] Message regarding request #26-1502',
                      ['A message was posted on request #26-1502 by the City of Tulsa:',
                       '"Thank you for your request for 911 response time data. To help us locate the records, please clarify (1) whether you are asking for call-answer times at the Tulsa 911 Center, for dispatch-to-arrival times for Tulsa Police, or for both; and (2) whether you want the monthly summary reports or a call-level export from the CAD system. If we do not receive a response within 30 days, this request will be closed."',
                       '- Tulsa Police Department, Records Division',
                       'Request description: City of Tulsa 911 call answer times and police response time data, 2024-2026'],
                      'https://okrecords.nextrequest.com/requests/26-1502', link_label='Reply on the portal')
    return '032-tulsa-nextrequest-clarification-first-contact.eml', raw


# ============================================================================ 033
@reg
def m033():
    seed = '033'
    date = 'Thu, 29 Oct 2026 16:05:52 -0500'
    raw = nextrequest(seed, date, 'City of Tulsa Public Records', 'records+req-012@newsroom.example.org',
                      '[Records Request] Documents released for request #26-1187',
                      ['The following documents have been released on request #26-1187:',
                       '- TPD Policy 31-118 Body Worn Camera Systems (rev 2025).pdf\n- TPD BWC Program Annual Report 2025.pdf',
                       'Message from the City of Tulsa: "Attached are the current body-worn camera policy and the 2025 program report. The activation compliance audits are still being reviewed by the Legal Department; we will release them when that review is complete."'],
                      'https://okrecords.nextrequest.com/requests/26-1187')
    return '033-tulsa-nextrequest-rolling-release.eml', raw


# ============================================================================ 034
@reg
def m034():
    seed = '034'
    date = 'Fri, 30 Oct 2026 11:10:34 -0400'
    text = ("Dear Requester,\n\n"
            "This concerns FOIA request 2027-00412.\n\n"
            "Part of your request seeks agreements between U.S. Immigration and Customs Enforcement and the operators\n"
            "of detention facilities about courtroom space and VTC equipment. Those records originated with ICE.\n"
            "Pursuant to 28 C.F.R. 16.4(d), we have referred that portion of your request to the ICE FOIA Office for\n"
            "processing and direct response to you. ICE will assign its own tracking number.\n\n"
            "EOIR continues to process the remainder of your request (EOIR policies and standard operating\n"
            "procedures for VTC hearings). Thank you for agreeing to the fee estimate on October 21.\n\n"
            "Regards,\n\n"
            "Luis Ferreira\n"
            "Government Information Specialist\n"
            "FOIA Service Center, EOIR Office of the General Counsel\n")
    html = outlook_html([esc(p).replace('\n', ' ') for p in text.strip().split('\n\n')])
    b = '_000_%s_' % ('BN0PR09MB7125' + hexup(seed + 'b', 18))
    head, body = multipart('alternative', b, [part('text/plain', text, 'quoted-printable', 'us-ascii'),
                                              part('text/html', html, 'quoted-printable', 'us-ascii')])
    hdrs = [
        ('From', '"Ferreira, Luis (EOIR)" <Luis.Ferreira@usdoj.gov>'),
        ('To', PLAIN_TO),
        ('Subject', 'FOIA 2027-00412 - Referral of a portion of your request'),
        ('Thread-Topic', 'FOIA 2027-00412 - Referral of a portion of your request'),
        ('Thread-Index', thread_index(seed)),
        ('Date', date),
        ('Message-ID', outlook_mid(seed, 'BN0PR09MB7125')),
        ('Accept-Language', 'en-US'),
        ('Content-Language', 'en-US'),
        ('X-MS-Has-Attach', ''),
    ]
    return '034-eoir-partial-referral-to-ice.eml', assemble(seed, date, ('usdoj.gov', '149.101.225.30', 'mail-sor.usdoj.gov'), hdrs, head, body)


# ============================================================================ 035
@reg
def m035():
    seed = '035'
    date = 'Mon, 02 Nov 2026 09:22:40 -0600'
    inner = ("From: Records Unit - OCSO <sheriff.records@oklahomacounty.org>\n"
             "Sent: Friday, October 30, 2026 4:12 PM\n"
             "To: Maya Okafor <mokafor@newsroom.example.org>\n"
             "Subject: Open Records Request 26-1203 - Detention Center deaths\n\n"
             "Ms. Okafor,\n\n"
             "Following up on our phone call. The Oklahoma County Sheriff's Office has searched for records responsive\n"
             "to request 26-1203 and has no responsive records. Since July 1, 2020 the Oklahoma County Detention Center\n"
             "has been operated by the Oklahoma County Criminal Justice Authority (OCCJA), which keeps the in-custody\n"
             "death records and the State Department of Health inspection reports for that period. You may send your\n"
             "request to the OCCJA.\n\n"
             "We will close 26-1203 in the portal.\n\n"
             "Records Unit\n"
             "Oklahoma County Sheriff's Office\n"
             "201 N. Shartel Ave., Oklahoma City, OK 73102\n")
    text = ("Records desk - OCSO emailed me directly after I called them about the jail deaths request. Logging it\n"
            "here. I'll send the request to the Jail Trust (OCCJA) this week.\n\n"
            "Maya\n\n"
            "________________________________\n" + inner)
    paras = [esc(p).replace('\n', ' ') for p in text.split('________________________________')[0].strip().split('\n\n')]
    sig = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in"><p class="MsoNormal"><b>From:</b> Records Unit - OCSO &lt;sheriff.records@oklahomacounty.org&gt;<br>'
           '<b>Sent:</b> Friday, October 30, 2026 4:12 PM<br><b>To:</b> Maya Okafor &lt;mokafor@newsroom.example.org&gt;<br><b>Subject:</b> Open Records Request 26-1203 - Detention Center deaths</p></div>\n'
           + ''.join('<p class="MsoNormal">%s</p>\n' % esc(p).replace('\n', ' ') for p in inner.split('\n\n', 1)[1].strip().split('\n\n')))
    html = outlook_html(paras, sig=sig)
    b = '_000_%s_' % ('CH3PR12MB7596' + hexup(seed + 'b', 18))
    head, body = multipart('alternative', b, [part('text/plain', text, 'quoted-printable', 'us-ascii'),
                                              part('text/html', html, 'quoted-printable', 'us-ascii')])
    hdrs = [
        ('From', 'Maya Okafor <mokafor@newsroom.example.org>'),
        ('To', 'Basin Ledger Records Desk <records@newsroom.example.org>'),
        ('Subject', 'FW: Open Records Request 26-1203 - Detention Center deaths'),
        ('Thread-Topic', 'Open Records Request 26-1203 - Detention Center deaths'),
        ('Thread-Index', thread_index(seed)),
        ('Date', date),
        ('Message-ID', '<CH3PR12MB7596%s@CH3PR12MB7596.namprd12.prod.outlook.com>' % hexup(seed + 'mid', 22)),
        ('Accept-Language', 'en-US'),
        ('Content-Language', 'en-US'),
    ]
    return '035-fwd-colleague-okcso-no-records.eml', assemble(seed, date, None, hdrs, head, body, internal=True)


# ============================================================================ 036
@reg
def m036():
    seed = '036'
    date = 'Wed, 04 Nov 2026 12:00:05 -0800'
    link = safelink('https://nvdoc.mycusthelp.com/WEBAPP/_rs/(S(a1pk3ze0w2m4))/RequestEdit.aspx?rid=2318', seed)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body><div style="font-family:Verdana,Arial;font-size:9pt">\n'
            '<p>A new message has been posted to your public records request <b>R002318-091426</b>.</p>\n'
            '<p>To read the message, please log in to the NDOC Public Records Center: <a href="%s">Public Records Center</a></p>\n'
            '<p style="font-size:7pt;color:#888888">This is an automated message. Replies to this email are not monitored.</p>\n'
            '</div></body></html>\n' % link.replace('&', '&amp;'))
    head, body = single('text/html', html, 'quoted-printable')
    hdrs = [
        ('From', 'Nevada Department of Corrections <nvdoc@mycusthelp.net>'),
        ('To', 'records+req-007@newsroom.example.org'),
        ('Subject', 'Public Records Request :: R002318-091426 - Message from NDOC'),
        ('Date', date),
        ('Message-ID', '<%s@mycusthelp.net>' % h(seed + 'm', 28)),
        ('X-Mailer', 'GovQA'),
    ]
    return '036-nvdoc-govqa-message-posted.eml', assemble(seed, date, ('mycusthelp.net', '52.3.104.71', 'mail2.mycusthelp.net'), hdrs, head, body)


# ============================================================================ 037
@reg
def m037():
    seed = '037'
    date = 'Wed, 04 Nov 2026 13:02:19 -0800'
    ours_date = 'Wed, 04 Nov 2026 13:01:58 -0800'
    b = '%s.%d/mx2.mycusthelp.net' % (hexup(seed + 'b', 10), 1793912539)
    text = ("This is the mail system at host mx2.mycusthelp.net.\n\n"
            "I'm sorry to have to inform you that your message could not\n"
            "be delivered to one or more recipients. It's attached below.\n\n"
            "For further assistance, please send mail to postmaster.\n\n"
            "If you do so, please include this problem report. You can\n"
            "delete your own text from the attached returned message.\n\n"
            "                   The mail system\n\n"
            "<nvdoc@mycusthelp.net>: host 127.0.0.1[127.0.0.1] said: 550 5.1.1\n"
            "    <nvdoc@mycusthelp.net>: Recipient address rejected: this mailbox does not\n"
            "    accept incoming mail (in reply to RCPT TO command)\n")
    status = ("Reporting-MTA: dns; mx2.mycusthelp.net\n"
              "X-Postfix-Queue-ID: %s\n"
              "X-Postfix-Sender: rfc822; records@newsroom.example.org\n"
              "Arrival-Date: Wed,  4 Nov 2026 21:02:01 +0000 (UTC)\n\n"
              "Final-Recipient: rfc822; nvdoc@mycusthelp.net\n"
              "Original-Recipient: rfc822;nvdoc@mycusthelp.net\n"
              "Action: failed\n"
              "Status: 5.1.1\n"
              "Remote-MTA: dns; 127.0.0.1\n"
              "Diagnostic-Code: smtp; 550 5.1.1 <nvdoc@mycusthelp.net>: Recipient address\n"
              "    rejected: this mailbox does not accept incoming mail\n" % hexup(seed + 'q', 10))
    orig = ("From: Basin Ledger Records Desk <records@newsroom.example.org>\n"
            "Reply-To: records+req-007@newsroom.example.org\n"
            "To: Nevada Department of Corrections <nvdoc@mycusthelp.net>\n"
            "Subject: RE: Public Records Request :: R002318-091426 - Message from NDOC\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "References: %s\n"
            "Content-Type: text/plain; charset=\"us-ascii\"\n"
            "MIME-Version: 1.0\n\n"
            "Hello - we can't open the portal message (the link says our session expired). Could you send the\n"
            "message by email? Records Desk, The Basin Ledger\n" % (ours_date, rid(7, '20261104', 3), rid(7, '20260914')))
    head, body = multipart('report', b, [
        'Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n' + text,
        'Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n' + status,
        'Content-Description: Undelivered Message\nContent-Type: message/rfc822\n\n' + orig,
    ], '; report-type=delivery-status')
    hdrs = [
        ('From', 'MAILER-DAEMON@mx2.mycusthelp.net (Mail Delivery System)'),
        ('To', INBOX),
        ('Subject', 'Undelivered Mail Returned to Sender'),
        ('Date', date),
        ('Message-ID', '<20261104210219.%s@mx2.mycusthelp.net>' % hexup(seed + 'm', 10)),
        ('Auto-Submitted', 'auto-replied'),
    ]
    return '037-bounce-postfix-portal-noreply.eml', assemble(seed, date, ('mx2.mycusthelp.net', '52.3.104.72', 'mx2.mycusthelp.net'), hdrs, head, body)


# ============================================================================ 038
@reg
def m038():
    seed = '038'
    date = 'Fri, 06 Nov 2026 10:30:14 -0700'
    form = wrap(
        "STATE OF UTAH - DEPARTMENT OF PUBLIC SAFETY\n"
        "GRAMA NOTICE OF NO RECORDS\n"
        "(Utah Code 63G-2-201)\n\n"
        "Requester: Basin Ledger Records Desk\n"
        "Request number: DPS-26-0711\n"
        "Date request received: September 16, 2026\n"
        "Date of this notice: November 6, 2026\n\n"
        "Records requested (as narrowed by the requester on September 28, 2026): annual reviews prepared by the "
        "Utah Highway Patrol Pursuit Review Board for 2023 to present, and the current UHP vehicle pursuit "
        "policy.\n\n"
        "[X] The governmental entity has searched for the records and has determined that it does not maintain "
        "the records requested.\n"
        "[ ] The records requested are publicly available at the location below.\n"
        "[ ] The records requested were previously provided to the requester.\n\n"
        "Explanation: The UHP Pursuit Review Board reviews pursuits case by case and records its findings in each "
        "individual pursuit file. The Board did not prepare annual reviews or summaries for 2023, 2024, 2025 or "
        "2026. A governmental entity is not required to create a record in response to a request (Utah Code "
        "63G-2-201(8)). The current pursuit policy (UHP Policy 3.40) is posted on the Department's public website "
        "and is not a record held for this request.\n\n"
        "Right to appeal: You may appeal this determination to the chief administrative officer of the Department "
        "of Public Safety (Commissioner of Public Safety) within 30 days of the date of this notice, under Utah Code "
        "63G-2-401. The notice of appeal must contain your name, mailing address, telephone number and a statement "
        "of the relief sought.\n\n"
        "Records Officer: Kendra Ashby, Utah Highway Patrol, 4501 South 2700 West, Salt Lake City, UT 84129\n")
    pdfb = pdf(form, title='GRAMA Notice of No Records', producer='Utah Division of Archives form 2020')
    text = ("Hi,\n\nAttached is the Department's response to GRAMA request DPS-26-0711. Let me know if you have questions.\n\n"
            "Kendra Ashby\nGRAMA Coordinator | Utah Highway Patrol\n")
    html = '<div dir="ltr"><div>Hi,</div><div><br></div><div>Attached is the Department&#39;s response to GRAMA request DPS-26-0711. Let me know if you have questions.</div><div><br></div><div>Kendra Ashby</div><div>GRAMA Coordinator | Utah Highway Patrol</div></div>\n'
    b1 = '0000000000%s' % h(seed + 'b1', 18)
    b2 = '0000000000%s' % h(seed + 'b2', 18)
    alt = multipart_part('alternative', b2, [part('text/plain', text, '7bit', 'UTF-8'),
                                             part('text/html', html, '7bit', 'UTF-8')])
    head, body = multipart('mixed', b1, [alt, part('application/pdf', pdfb, 'base64',
                                                   filename='GRAMA Notice of No Records DPS-26-0711.pdf',
                                                   extra=['Content-ID: <f_%s>' % h(seed + 'cid', 12), 'X-Attachment-Id: f_%s' % h(seed + 'cid', 12)])])
    hdrs = [
        ('From', 'Kendra Ashby <kashby@utah.gov>'),
        ('To', 'records+req-009@newsroom.example.org'),
        ('Subject', 'GRAMA DPS-26-0711 - Notice of No Records'),
        ('Date', date),
        ('Message-ID', gmail_mid(seed)),
    ]
    return '038-utdps-notice-of-no-records-pdf.eml', assemble(seed, date, ('utah.gov', '209.85.220.41', 'mail-sor-f41.google.com'), hdrs, head, body)


# ============================================================================ 039
@reg
def m039():
    seed = '039'
    date = 'Mon, 09 Nov 2026 11:00:42 -0700'
    text = ("Dear Records Desk:\n\n"
            "This is an update on FOIA request NPS-2026-01177.\n\n"
            "Part of your request seeks use-of-force reports completed by U.S. Park Police officers. The U.S. Park\n"
            "Police maintains those records and has its own FOIA office. We have forwarded that portion of your\n"
            "request to the USPP FOIA Officer, who will contact you directly and will assign a separate tracking\n"
            "number.\n\n"
            "The NPS FOIA Office continues to process the portion of your request concerning NPS commissioned law\n"
            "enforcement rangers. Our estimated completion date of January 15, 2027 has not changed.\n\n"
            "NPS FOIA Office\n")
    html = '<div dir="ltr">' + ''.join('<div>%s</div><div><br></div>' % esc(p).replace('\n', ' ') for p in text.strip().split('\n\n')) + '</div>\n'
    b = '0000000000%s' % h(seed + 'b', 18)
    head, body = multipart('alternative', b, [part('text/plain', text, '7bit', 'UTF-8'),
                                              part('text/html', html, 'quoted-printable', 'UTF-8')])
    hdrs = [
        ('From', '"FOIA, NPS" <npsfoia@nps.gov>'),
        ('To', plus(3)),
        ('Subject', 'NPS-2026-01177 - Referral to U.S. Park Police'),
        ('Date', date),
        ('Message-ID', gmail_mid(seed)),
    ]
    return '039-nps-partial-referral-uspp.eml', assemble(seed, date, ('nps.gov', '209.85.220.41', 'mail-sor-f41.google.com'), hdrs, head, body)


# ============================================================================ 040
@reg
def m040():
    seed = '040'
    date = 'Tue, 10 Nov 2026 10:15:27 -0500'
    ours = rid(5, '20261013', 2)
    text = ("Good morning,\n\n"
            "Thank you for the clarification. Recap of where things stand on DON-NAVY-2026-004455:\n\n"
            "Item 1 (as clarified): internal weekly adjudication reports. TCU is searching.\n"
            "Item 2: withdrawn by you; you will file with NAVSUP directly.\n"
            "Item 3: records on how Elective Option settlements are processed after a claimant accepts an offer are\n"
            "held by the Department of Justice, Civil Division, Torts Branch, which handles payment. We have\n"
            "referred item 3 to the DOJ Civil Division FOIA office for direct response to you.\n\n"
            "We'll be in touch once the search for item 1 is done.\n\n"
            "V/r,\n"
            "Alana Pruitt\n"
            "OJAG Code 15, Tort Claims Unit\n\n"
            "-----Original Message-----\n"
            "From: Basin Ledger Records Desk <records@newsroom.example.org>\n"
            "Sent: Tuesday, October 13, 2026 3:40 PM\n"
            "To: Pruitt, Alana M CIV USN OJAG WASHINGTON DC (USA) <alana.m.pruitt.civ@us.navy.mil>\n"
            "Subject: [Non-DoD Source] RE: Camp Lejeune claims FOIA - scope question (DON-NAVY-2026-004455)\n\n"
            "Hi Alana - 1: yes, the internal weekly adjudication reports. 2: we'll withdraw and file with NAVSUP.\n"
            "3: TCU's internal procedures, not individual settlements.\n")
    head, body = single('text/plain', text, 'quoted-printable', 'us-ascii')
    subj = 'RE: [Non-DoD Source] RE: Camp Lejeune claims FOIA - scope question (DON-NAVY-2026-004455)'
    hdrs = [
        ('From', '"Pruitt, Alana M CIV USN OJAG WASHINGTON DC (USA)" <alana.m.pruitt.civ@us.navy.mil>'),
        ('To', 'Basin Ledger Records Desk <records+req-005@newsroom.example.org>'),
        ('Subject', subj),
        ('Thread-Topic', 'Camp Lejeune claims FOIA - scope question (DON-NAVY-2026-004455)'),
        ('Thread-Index', thread_index(seed)),
        ('Date', date),
        ('Message-ID', outlook_mid(seed, 'SA1P110MB4478')),
        ('References', '%s\n %s' % (outlook_mid('025', 'SA1P110MB4478'), ours)),
        ('In-Reply-To', ours),
        ('Accept-Language', 'en-US'),
        ('Content-Language', 'en-US'),
        ('X-MS-Has-Attach', ''),
    ]
    return '040-navy-ojag-referral-to-doj.eml', assemble(seed, date, ('us.navy.mil', '214.3.138.27', 'mail-usgov.us.navy.mil'), hdrs, head, body)


# ============================================================================ 041
@reg
def m041():
    seed = '041'
    date = 'Fri, 13 Nov 2026 14:50:31 -0700'
    cover = wrap(
        "NEW MEXICO CORRECTIONS DEPARTMENT\n"
        "Restricted Housing Act - Quarterly Reports\n"
        "Installment 1 of production\n\n"
        "Contents:\n"
        "  1. Restricted Housing Quarterly Report, Q1 2024 (January - March 2024)\n"
        "  2. Restricted Housing Quarterly Report, Q2 2024\n"
        "  3. Restricted Housing Quarterly Report, Q3 2024\n"
        "  4. Restricted Housing Quarterly Report, Q4 2024\n"
        "  5. Restricted Housing Quarterly Report, Q1 2025 through Q2 2026 (six reports)\n\n"
        "Each report lists, by facility, the number of inmates placed in restricted housing during the quarter, "
        "the number held more than 15 consecutive days, and the number of inmates with a serious mental illness "
        "held in restricted housing, as required by the Restricted Housing Act.\n\n"
        "Segregation population data by facility and month: to follow in a later installment.\n")
    pdfb = pdf(cover, title='Installment 1')
    text = ("Good afternoon,\n\n"
            "Attached is the first installment of records responsive to your request for restricted housing reports:\n"
            "the quarterly Restricted Housing Act reports from Q1 2024 through Q2 2026.\n\n"
            "We are still compiling the segregation population data and will send the rest on a rolling basis.\n\n"
            "Matthew Serna\n"
            "Records Custodian | Office of General Counsel\n"
            "New Mexico Corrections Department\n")
    b = '_004_%s_' % ('SJ0PR09MB6544' + hexup(seed + 'b', 18))
    head, body = multipart('mixed', b, [part('text/plain', text, 'quoted-printable', 'us-ascii'),
                                        part('application/pdf', pdfb, 'base64', filename='IPRA-2026-0934_Installment_1.pdf')])
    hdrs = [
        ('From', '"Serna, Matthew, NMCD" <Matthew.Serna@cd.nm.gov>'),
        ('To', PLAIN_TO),
        ('Subject', 'Records - first installment'),
        ('Thread-Topic', 'Records - first installment'),
        ('Thread-Index', thread_index(seed)),
        ('Date', date),
        ('Message-ID', outlook_mid(seed, 'SJ0PR09MB6544')),
        ('Accept-Language', 'en-US'),
        ('Content-Language', 'en-US'),
        ('X-MS-Has-Attach', 'yes'),
        ('X-MS-TNEF-Correlator', ''),
    ]
    return '041-nmcd-interim-number-only-in-filename.eml', assemble(seed, date, ('cd.nm.gov', '164.64.106.31', 'mail.state.nm.us'), hdrs, head, body)


# ============================================================================ 042
@reg
def m042():
    seed = '042'
    date = 'Fri, 13 Nov 2026 16:00:09 -0600'
    link = safelink('https://sdbit.sharefile.com/d-s3c8f0a1b9e4d4c27a5', seed)
    letter = wrap(
        "SOUTH DAKOTA DEPARTMENT OF CORRECTIONS\n"
        "3200 East Highway 34, c/o 500 East Capitol Avenue, Pierre, SD 57501\n\n"
        "November 13, 2026\n\n"
        "Basin Ledger Records Desk\n"
        "Via e-mail\n\n"
        "Re: Written request for records dated September 10, 2026 (SDCL 1-27-37)\n\n"
        "Dear Records Desk:\n\n"
        "This letter responds to your written request for records of deaths in custody at the South Dakota State "
        "Penitentiary, including the Jameson Annex, from January 1, 2022 to the present, including death "
        "notifications, mortality reviews and critical incident reports.\n\n"
        "The Department is providing the following records, available through the secure link in the cover e-mail:\n"
        "  - Death notifications for 23 deaths in custody (names of next of kin redacted);\n"
        "  - Mortality review summaries prepared by the Division of Health Services (protected health "
        "information redacted).\n\n"
        "The Department is withholding the critical incident reports in full. These reports describe staff "
        "movements, post assignments, response procedures and camera locations, and their release would "
        "jeopardize the security of the institution. They are withheld under SDCL 1-27-1.5.\n\n"
        "This completes the Department's response to your request.\n\n"
        "If you disagree with the denial of part of your request, you may, within 90 days of this denial, commence "
        "a civil action or file a written notice of review with the Office of Hearing Examiners as provided in "
        "SDCL 1-27-38.\n\n"
        "Sincerely,\n\n"
        "Brenda Hollis\n"
        "Public Records Officer\n")
    pdfb = pdf(letter, title='Response to records request', producer='Microsoft Word for Microsoft 365')
    text = ("Records Desk,\n\n"
            "Attached is the Department's response to your written request dated September 10, 2026. The records are\n"
            "available at the secure link below for 30 days:\n%s\n\n"
            "Brenda Hollis\n"
            "Public Records Officer | South Dakota Department of Corrections\n" % link)
    b = '_004_%s_' % ('CH0PR09MB8830' + hexup(seed + 'b', 18))
    head, body = multipart('mixed', b, [part('text/plain', text, 'quoted-printable', 'windows-1252'),
                                        part('application/pdf', pdfb, 'base64', filename='DOC Response 11-13-2026.pdf')])
    hdrs = [
        ('From', '"Hollis, Brenda" <Brenda.Hollis@state.sd.us>'),
        ('To', PLAIN_TO),
        ('Subject', 'Public Records Response - Deaths in Custody'),
        ('Thread-Topic', 'Public Records Response - Deaths in Custody'),
        ('Thread-Index', thread_index(seed)),
        ('Date', date),
        ('Message-ID', outlook_mid(seed, 'CH0PR09MB8830')),
        ('Accept-Language', 'en-US'),
        ('Content-Language', 'en-US'),
        ('X-MS-Has-Attach', 'yes'),
    ]
    return '042-sddoc-final-partial-letter-pdf.eml', assemble(seed, date, ('state.sd.us', '199.88.141.21', 'mx1.state.sd.us'), hdrs, head, body)


# ============================================================================ 043
@reg
def m043():
    seed = '043'
    date = 'Mon, 16 Nov 2026 10:40:29 -0600'
    raw = nextrequest(seed, date, 'City of Tulsa Public Records', PLAIN_TO,
                      '[Records Request] Request #26-1391: new message',
                      ['A new message has been posted on request #26-1391.',
                       'Log in to the portal to read it.'],
                      'https://okrecords.nextrequest.com/requests/26-1391', html_only=True, link_label='View message')
    return '043-nextrequest-message-unknown-number.eml', raw


# ============================================================================ 044
@reg
def m044():
    seed = '044'
    date = 'Wed, 18 Nov 2026 10:40:02 -0800'
    text = ("Good morning,\n\n"
            "I'm writing about FOIA DON-NAVY-2026-004187 (NAS Whidbey Island AFFF/PFAS). Review of the first set\n"
            "of records is nearly complete, but there is an open fee question I need to resolve before we go on.\n\n"
            "Your request asked for news media status. The DON FOIA Office has not yet made a fee category\n"
            "determination. If the request ends up in the \"all other\" category, fees may apply: we estimate about\n"
            "11 hours of professional search time beyond the two free hours, which would come to approximately\n"
            "$412.50. Your request said you would pay up to $100.\n\n"
            "Could you please confirm in writing that you are willing to pay up to $412.50 if fees are assessed,\n"
            "or send any additional information supporting news media status (for example, links to published\n"
            "work)? Processing is on hold until we hear from you. If we get the news media determination first,\n"
            "no search fees will be charged and I will let you know.\n\n"
            "Very respectfully,\n\n"
            "Grant Okamoto\n"
            "FOIA Coordinator\n"
            "NAVFAC Northwest\n")
    html = outlook_html([esc(p).replace('\n', ' ') for p in text.strip().split('\n\n')])
    b = '_000_%s_' % ('SA1P110MB2210' + hexup(seed + 'b', 18))
    head, body = multipart('alternative', b, [part('text/plain', text, 'quoted-printable', 'us-ascii'),
                                              part('text/html', html, 'quoted-printable', 'us-ascii')])
    hdrs = [
        ('From', '"Okamoto, Grant T CIV USN NAVFAC NW (USA)" <grant.t.okamoto.civ@us.navy.mil>'),
        ('To', PLAIN_TO),
        ('CC', 'DONFOIA-PA <DONFOIA-PA@us.navy.mil>'),
        ('Subject', 'DON-NAVY-2026-004187 - possible fees'),
        ('Thread-Topic', 'DON-NAVY-2026-004187 - possible fees'),
        ('Thread-Index', thread_index(seed)),
        ('Date', date),
        ('Message-ID', outlook_mid(seed, 'SA1P110MB2210')),
        ('Accept-Language', 'en-US'),
        ('Content-Language', 'en-US'),
        ('X-MS-Has-Attach', ''),
    ]
    return '044-navy-fee-may-apply-hedged.eml', assemble(seed, date, ('us.navy.mil', '214.3.138.24', 'mail-usgov.us.navy.mil'), hdrs, head, body)


# ============================================================================ 045
@reg
def m045():
    seed = '045'
    date = 'Thu, 19 Nov 2026 09:00:47 -0800'
    ours_date = 'Thu, 19 Nov 2026 09:00:31 -0800'
    b1 = '_%s_' % hexup(seed + 'b1', 20)
    b2 = '_%s_' % hexup(seed + 'b2', 20)
    text = ("Your message to dana_whitcomb@nps.gov couldn't be delivered.\n\n"
            "dana_whitcomb wasn't found at nps.gov.\n\n"
            "records     Office 365      dana_whitcomb\n"
            "Action Required             Recipient\n\n"
            "Unknown To address\n\n"
            "How to Fix It\n"
            "The address may be misspelled or may not exist. Try one or more of the following:\n"
            "- Retype the recipient's address, then resend the message.\n"
            "- If you continue to experience the problem, contact the recipient by some other means to verify\n"
            "  the address.\n\n"
            "Diagnostic information for administrators:\n\n"
            "Generating server: SJ0PR12MB5455.namprd12.prod.outlook.com\n"
            "dana_whitcomb@nps.gov\n"
            "Remote Server returned '550 5.1.1 The email account that you tried to reach does not exist. Please try\n"
            "double-checking the recipient's email address for typos or unnecessary spaces. For more information,\n"
            "go to https://support.google.com/mail/?p=NoSuchUser d2e1a72fcca58-7ac2f1e34ab5si4405212b3a.118 - gsmtp'\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n'
            '<table width="100%" cellpadding="0" cellspacing="0" style="font-family:Segoe UI,Arial"><tr><td style="font-size:16px;color:#c00000">'
            '<b>Your message to dana_whitcomb@nps.gov couldn&#39;t be delivered.</b></td></tr>\n'
            '<tr><td style="font-size:14px">dana_whitcomb wasn&#39;t found at nps.gov.</td></tr>\n'
            '<tr><td><table><tr><td>records</td><td>Office 365</td><td>dana_whitcomb</td></tr><tr><td>Action Required</td><td></td><td>Recipient</td></tr></table></td></tr>\n'
            '<tr><td><b>Unknown To address</b></td></tr>\n'
            '<tr><td style="font-size:11px;color:#666">Diagnostic information for administrators:<br>Generating server: SJ0PR12MB5455.namprd12.prod.outlook.com<br>dana_whitcomb@nps.gov<br>'
            'Remote Server returned &#39;550 5.1.1 The email account that you tried to reach does not exist. - gsmtp&#39;</td></tr></table></body></html>\n')
    alt = multipart_part('alternative', b2, [part('text/plain', text, 'quoted-printable'),
                                             part('text/html', html, 'quoted-printable')])
    status = ("Reporting-MTA: dns;SJ0PR12MB5455.namprd12.prod.outlook.com\n"
              "Received-From-MTA: dns;SJ0PR12MB5455.namprd12.prod.outlook.com\n"
              "Arrival-Date: Thu, 19 Nov 2026 17:00:31 +0000\n\n"
              "Final-Recipient: rfc822;dana_whitcomb@nps.gov\n"
              "Action: failed\n"
              "Status: 5.1.1\n"
              "Diagnostic-Code: smtp;550 5.1.1 The email account that you tried to reach does not exist. - gsmtp\n"
              "Remote-MTA: dns;aspmx.l.google.com\n")
    gm = gmail_mid('018')
    orig = ("From: Basin Ledger Records Desk <records@newsroom.example.org>\n"
            "Reply-To: records+req-011@newsroom.example.org\n"
            "To: Dana Whitcomb <dana_whitcomb@nps.gov>\n"
            "Subject: RE: your FOIA - Lake Mead SAR\n"
            "Thread-Topic: your FOIA - Lake Mead SAR\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n %s\n"
            "Content-Type: text/plain; charset=\"us-ascii\"\n"
            "Content-Transfer-Encoding: 7bit\n"
            "MIME-Version: 1.0\n\n"
            "Hi Dana,\n\n"
            "Following up on NPS-2026-01342. We wrote on September 30 that the SAR summary spreadsheet plus the\n"
            "case reports for the fatalities would be fine. Is there an estimate for when those might be ready?\n\n"
            "Records Desk, The Basin Ledger\n" % (ours_date, rid(11, '20261119', 3), gm, rid(11, '20260921'), gm))
    head, body = multipart('report', b1, [alt, part('message/delivery-status', status, None),
                                          'Content-Type: message/rfc822\n\n' + orig], '; report-type=delivery-status')
    hdrs = [
        ('From', 'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@newsroom.example.org>'),
        ('To', 'Basin Ledger Records Desk <records@newsroom.example.org>'),
        ('Subject', 'Undeliverable: RE: your FOIA - Lake Mead SAR'),
        ('Date', date),
        ('Message-ID', '<%s@SJ0PR12MB5455.namprd12.prod.outlook.com>' % h(seed + 'm', 32)),
        ('In-Reply-To', rid(11, '20261119', 3)),
        ('References', '%s %s' % (rid(11, '20260921'), rid(11, '20261119', 3))),
        ('Thread-Topic', 'your FOIA - Lake Mead SAR'),
        ('Auto-Submitted', 'auto-replied'),
        ('X-MS-Exchange-Message-Is-Ndr', ''),
        ('Content-Language', 'en-US'),
    ]
    return '045-bounce-exchange-ndr-departed-park-staffer.eml', assemble(seed, date, None, hdrs, head, body, internal=True)


# ============================================================================ 046
@reg
def m046():
    seed = '046'
    date = 'Fri, 20 Nov 2026 14:30:06 -0700'
    link = safelink('https://drive.google.com/drive/folders/1qW8nZr4LbX0yT5uVk2PaS3dFg7HjK9mN', seed)
    letter = wrap(
        "United States Department of the Interior\n"
        "NATIONAL PARK SERVICE\n"
        "12795 W. Alameda Parkway, Denver, Colorado 80225\n\n"
        "A7221 (2550)\n\n"
        "November 20, 2026\n\n"
        "Basin Ledger Records Desk\n"
        "Via e-mail\n\n"
        "Reference: NPS-2026-01342\n"
        "Subject: Final response to your Freedom of Information Act request\n\n"
        "Dear Records Desk:\n\n"
        "This is the final response to your FOIA request for search-and-rescue and visitor fatality records at "
        "Lake Mead National Recreation Area, 2022 to present, which we received on September 22, 2026. On "
        "September 30, 2026 you agreed to limit the request to the park's search-and-rescue summary spreadsheet "
        "and the case incident reports for visitor fatalities.\n\n"
        "Lake Mead NRA located one spreadsheet (1,214 rows) and 41 case incident reports (236 pages). We are "
        "releasing the spreadsheet in full. We are releasing the case incident reports in part. We have withheld "
        "the names, dates of birth, addresses and other identifying details of victims, family members and "
        "witnesses, and photographs of the deceased, under Exemption 6 (5 U.S.C. 552(b)(6)) and Exemption 7(C) "
        "(5 U.S.C. 552(b)(7)(C)), because release would be an unwarranted invasion of personal privacy and the "
        "public interest in disclosure does not outweigh it.\n\n"
        "Lorraine Beck, NPS FOIA Officer, is responsible for this decision, in consultation with the Office of "
        "the Solicitor.\n\n"
        "You may appeal this response to the Department of the Interior FOIA Appeals Officer. Your appeal must "
        "be received no later than 90 days after the date of this letter. Address: FOIA Appeals Office, U.S. "
        "Department of the Interior, 1849 C Street NW, Washington, DC 20240, or foia.appeals@sol.doi.gov. "
        "Please mark your appeal \"FREEDOM OF INFORMATION APPEAL\" and include a copy of this letter.\n\n"
        "The 2007 FOIA amendments created the Office of Government Information Services (OGIS) to offer "
        "mediation services as a non-exclusive alternative to litigation: ogis@nara.gov; 202-741-5770; toll "
        "free 1-877-684-6448. You may also contact the NPS FOIA Public Liaison.\n\n"
        "There are no fees for this request.\n\n"
        "Sincerely,\n\n"
        "Lorraine Beck\n"
        "NPS FOIA Officer\n")
    pdfb = pdf(letter, title='NPS-2026-01342 Final Response', producer='Google Docs Renderer')
    html = ('<div dir="ltr"><div>Dear Records Desk,</div><div><br></div>'
            '<div>Please see the attached final response letter for your FOIA request. The released records can be downloaded here for the next 60 days: '
            '<a href="%s">NPS-2026-01342 release</a></div><div><br></div><div>NPS FOIA Office</div></div>\n' % link.replace('&', '&amp;'))
    b = '0000000000%s' % h(seed + 'b', 18)
    head, body = multipart('mixed', b, [part('text/html', html, 'quoted-printable', 'UTF-8'),
                                        part('application/pdf', pdfb, 'base64', filename='NPS-2026-01342 Final Response.pdf')])
    hdrs = [
        ('From', '"FOIA, NPS" <npsfoia@nps.gov>'),
        ('To', PLAIN_TO),
        ('Subject', 'Final Response - Lake Mead NRA records'),
        ('Date', date),
        ('Message-ID', gmail_mid(seed)),
    ]
    return '046-nps-final-partial-html-body-pdf-letter.eml', assemble(seed, date, ('nps.gov', '209.85.220.69', 'mail-sor-f69.google.com'), hdrs, head, body)


# ============================================================================ 047
@reg
def m047():
    seed = '047'
    date = 'Tue, 01 Dec 2026 10:00:52 -0800'
    text = ("Records Desk,\n\n"
            "This is the Department's response to public records request R002318-091426.\n\n"
            "The Administrative Regulations you requested are publicly available on the Department's website, as\n"
            "noted in my September 21 email.\n\n"
            "The remainder of your request, the restrictive housing population counts and lengths of stay, is\n"
            "denied. The Department does not keep these figures in a report; producing them would require\n"
            "extracting offender-level placement records from NOTIS. Offender-level classification and housing\n"
            "records are confidential under NDOC Administrative Regulation 568 (see NRS 239.010(1)), and the\n"
            "Department is not required to create a new record in response to a request. This notice is provided under\n"
            "NRS 239.0107(1)(d).\n\n"
            "This request is now closed.\n\n"
            "Respectfully,\n\n"
            "Darla Quinones\n"
            "Public Records Coordinator\n"
            "Nevada Department of Corrections\n")
    html = outlook_html([esc(p).replace('\n', ' ') for p in text.strip().split('\n\n')])
    b = '_000_%s_' % ('BYAPR09MB5123' + hexup(seed + 'b', 18))
    head, body = multipart('alternative', b, [part('text/plain', text, 'quoted-printable', 'us-ascii'),
                                              part('text/html', html, 'quoted-printable', 'us-ascii')])
    hdrs = [
        ('From', 'Darla Quinones <dquinones@doc.nv.gov>'),
        ('To', PLAIN_TO),
        ('Subject', 'R002318-091426 - Response to Public Records Request'),
        ('Thread-Topic', 'R002318-091426 - Response to Public Records Request'),
        ('Thread-Index', thread_index(seed)),
        ('Date', date),
        ('Message-ID', outlook_mid(seed, 'BYAPR09MB5123')),
        ('Accept-Language', 'en-US'),
        ('Content-Language', 'en-US'),
        ('X-MS-Has-Attach', ''),
    ]
    return '047-nvdoc-denial-citing-statute.eml', assemble(seed, date, ('doc.nv.gov', '167.154.7.44', 'mx.state.nv.us'), hdrs, head, body)


# ============================================================================ 048
@reg
def m048():
    seed = '048'
    date = 'Thu, 03 Dec 2026 10:30:40 -0500'
    link = safelink('https://safe.apps.mil/pickup?id=Kq7Pn2Vb8Xc4Lr1T', seed)
    text = ("Good morning,\n\n"
            "SUBJECT: Final Response to FOIA Case 2026-05214-F\n\n"
            "This is the final response to your Freedom of Information Act request of September 3, 2026, for records\n"
            "on PFAS groundwater contamination at Cannon AFB and Holloman AFB.\n\n"
            "The 27th Special Operations Wing, the 49th Wing and the Air Force Civil Engineer Center located 1,146\n"
            "pages of responsive records. 1,052 pages are released in full. 94 pages are released in part: the\n"
            "names, personal telephone numbers and e-mail addresses of private well owners and of junior personnel\n"
            "are withheld under 5 U.S.C. 552(b)(6), and portions of two draft site inspection reports are withheld\n"
            "under 5 U.S.C. 552(b)(5) (deliberative process privilege). The records can be downloaded through DoD SAFE\n"
            "for 14 days:\n%s\n\n"
            "The authority responsible for this partial denial is Mr. Roland P. Whitaker, Deputy Director, Air Force\n"
            "Civil Engineer Center.\n\n"
            "If you consider this an adverse determination, you may appeal to the Secretary of the Air Force. Your\n"
            "appeal must be postmarked or electronically submitted within 90 calendar days of the date of this\n"
            "letter, through the Air Force FOIA PAL or by mail to SAF/AAII (FOIA Appeals), 1000 Air Force Pentagon,\n"
            "Washington DC 20330-1000. Include the case number and your reasons for reconsideration.\n\n"
            "You may also seek dispute resolution services from the Air Force FOIA Public Liaison or from the\n"
            "Office of Government Information Services (OGIS), National Archives and Records Administration, 8601\n"
            "Adelphi Road-OGIS, College Park, Maryland 20740-6001; ogis@nara.gov; 202-741-5770.\n\n"
            "There are no assessable fees for this request.\n\n"
            "v/r\n\n"
            "JEROME K. WASHBURN, GS-11, DAF\n"
            "FOIA Analyst, HAF Requester Service Center\n" % link)
    html = outlook_html([esc(p).replace('\n', ' ') if link not in p else
                         esc(p.split(link)[0]).replace('\n', ' ') + '<a href="%s">DoD SAFE package</a>' % link.replace('&', '&amp;')
                         for p in text.strip().split('\n\n')])
    b = '_000_%s_' % ('SA1P110MB1587' + hexup(seed + 'b', 18))
    head, body = multipart('alternative', b, [part('text/plain', text, 'quoted-printable', 'us-ascii'),
                                              part('text/html', html, 'quoted-printable', 'us-ascii')])
    hdrs = [
        ('From', '"SAF/AA HAF FOIA Workflow" <saf.aa.haf.foia.workflow@us.af.mil>'),
        ('To', plus(2)),
        ('Subject', 'FOIA 2026-05214-F Final Response'),
        ('Thread-Topic', 'FOIA 2026-05214-F Final Response'),
        ('Thread-Index', thread_index(seed)),
        ('Date', date),
        ('Message-ID', outlook_mid(seed, 'SA1P110MB1587')),
        ('Accept-Language', 'en-US'),
        ('Content-Language', 'en-US'),
        ('X-MS-Has-Attach', ''),
        ('msip_labels', 'MSIP_Label_a47e7ff8-1a19-4b1e-8c3d-b44c6f1e7a39_Enabled=true; MSIP_Label_a47e7ff8-1a19-4b1e-8c3d-b44c6f1e7a39_Name=UNCLASSIFIED;'),
    ]
    return '048-usaf-final-partial-release.eml', assemble(seed, date, ('us.af.mil', '214.3.145.88', 'mail-usgov.us.af.mil'), hdrs, head, body)


# ============================================================================ 049
@reg
def m049():
    seed = '049'
    date = 'Fri, 04 Dec 2026 13:00:33 -0600'
    raw = nextrequest(seed, date, 'City of Tulsa Public Records', PLAIN_TO,
                      "[Records Request] Your request's due date has changed",
                      ['The due date for a request you submitted has been changed to 01/15/2027.',
                       'Reason given by the City: "Additional time is needed for the Legal Department to review the body-worn camera activation compliance audits."',
                       'Request: Tulsa Police Department body-worn camera policy, audits and activation compliance reports'],
                      'https://okrecords.nextrequest.com/requests/26-1187')
    return '049-tulsa-nextrequest-due-date-number-only-in-link.eml', raw


# ============================================================================ 050
@reg
def m050():
    seed = '050'
    date = 'Tue, 08 Dec 2026 15:00:19 -0600'
    raw = nextrequest(seed, date, 'City of Tulsa Public Records', 'records+req-015@newsroom.example.org',
                      '[Records Request] Request #26-1502 has been closed',
                      ['Request #26-1502 has been closed.',
                       'Closure reason: "No response from requester. The City asked for clarification on October 27, 2026 and did not receive a reply within 30 days. No records were produced. You may submit a new request at any time."',
                       'Request description: City of Tulsa 911 call answer times and police response time data, 2024-2026'],
                      'https://okrecords.nextrequest.com/requests/26-1502')
    return '050-tulsa-nextrequest-closed-no-response.eml', raw


# ============================================================================ 051
@reg
def m051():
    seed = '051'
    date = 'Wed, 09 Dec 2026 09:30:15 -0500'
    letter = wrap(
        "DEPARTMENT OF THE NAVY\n"
        "OFFICE OF THE JUDGE ADVOCATE GENERAL\n"
        "CLAIMS AND TORT LITIGATION DIVISION (CODE 15)\n"
        "1322 PATTERSON AVENUE SE, SUITE 3000\n"
        "WASHINGTON NAVY YARD DC 20374-5066\n\n"
        "                                                              5720\n"
        "                                                              Ser 15/1186\n"
        "                                                              9 Dec 26\n\n"
        "Basin Ledger Records Desk\n"
        "records@newsroom.example.org\n\n"
        "SUBJECT: FOIA REQUEST DON-NAVY-2026-004455 - FINAL RESPONSE\n\n"
        "This is the final response to your Freedom of Information Act request, received by the DON FOIA Office "
        "on 9 September 2026 and clarified by your e-mail of 13 October 2026. As clarified, item 1 seeks the Tort "
        "Claims Unit's internal weekly adjudication reports for Camp Lejeune Justice Act claims. You withdrew item "
        "2, and item 3 was referred to the Department of Justice, Civil Division on 10 November 2026.\n\n"
        "The Tort Claims Unit searched its claims management system, its shared drives and the e-mail accounts "
        "of the unit head and deputy for the period 1 January 2022 to 30 November 2026 using the terms "
        "\"weekly\", \"adjudication report\" and \"CLJA status\". No responsive records were located. The unit "
        "tracks adjudication status in its claims database and does not prepare weekly adjudication reports; the "
        "FOIA does not require an agency to create records.\n\n"
        "You may consider this no-records response an adverse determination. You may appeal it in writing to "
        "the Office of the Judge Advocate General (Code 14), 1322 Patterson Avenue SE, Suite 3000, Washington "
        "Navy Yard DC 20374-5066. Your appeal must be postmarked or electronically transmitted within 90 "
        "calendar days of the date of this letter. Please mark the letter and envelope \"FOIA APPEAL\".\n\n"
        "You may also contact the DON FOIA Public Liaison or the Office of Government Information Services "
        "(OGIS), ogis@nara.gov, 202-741-5770, for dispute resolution services.\n\n"
        "No fees were assessed.\n\n"
        "                                        A. M. PRUITT\n"
        "                                        By direction\n")
    pdfb = pdf(letter, title='DON-NAVY-2026-004455 Final Response', producer='Adobe PDF Library 23.1.175')
    text = ("Good morning,\n\nAttached is the final response for your FOIA request. Please let me know if you have any trouble opening it.\n\n"
            "V/r,\nAlana Pruitt\nOJAG Code 15, Tort Claims Unit\n")
    b = '_004_%s_' % ('SA1P110MB4478' + hexup(seed + 'b', 18))
    head, body = multipart('mixed', b, [part('text/plain', text, '7bit', 'us-ascii'),
                                        part('application/pdf', pdfb, 'base64', filename='FINAL RESPONSE DON-NAVY-2026-004455.pdf')])
    hdrs = [
        ('From', '"Pruitt, Alana M CIV USN OJAG WASHINGTON DC (USA)" <alana.m.pruitt.civ@us.navy.mil>'),
        ('To', PLAIN_TO),
        ('Subject', 'FINAL RESPONSE - DON-NAVY-2026-004455'),
        ('Thread-Topic', 'FINAL RESPONSE - DON-NAVY-2026-004455'),
        ('Thread-Index', thread_index(seed)),
        ('Date', date),
        ('Message-ID', outlook_mid(seed, 'SA1P110MB4478')),
        ('Accept-Language', 'en-US'),
        ('Content-Language', 'en-US'),
        ('X-MS-Has-Attach', 'yes'),
        ('msip_labels', 'MSIP_Label_a47e7ff8-1a19-4b1e-8c3d-b44c6f1e7a39_Enabled=true; MSIP_Label_a47e7ff8-1a19-4b1e-8c3d-b44c6f1e7a39_Name=UNCLASSIFIED;'),
    ]
    return '051-navy-ojag-no-records-letter-pdf.eml', assemble(seed, date, ('us.navy.mil', '214.3.138.27', 'mail-usgov.us.navy.mil'), hdrs, head, body)


# ============================================================================ 052
@reg
def m052():
    seed = '052'
    date = 'Mon, 14 Dec 2026 11:00:38 -0700'
    text = ("Dear Requester,\n\n"
            "RE: FOIA Case 2026-05561-F\n\n"
            "On October 14, 2026 we notified you that the estimated fees for processing your request were $96.00 and\n"
            "asked for your written agreement to pay, or for information supporting a different fee category, within\n"
            "20 working days. We have not received a response.\n\n"
            "Your request is therefore administratively closed, and no records will be released under this case\n"
            "number. You may submit a new request at any time.\n\n"
            "You may appeal this decision to the Secretary of the Air Force within 90 calendar days of the date of\n"
            "this letter through the Air Force FOIA PAL or by mail to SAF/AAII (FOIA Appeals), 1000 Air Force\n"
            "Pentagon, Washington DC 20330-1000. For dispute resolution services you may contact the Air Force FOIA\n"
            "Public Liaison or OGIS (ogis@nara.gov, 1-877-684-6448).\n\n"
            "Respectfully,\n\n"
            "Theresa Nakamura\n"
            "FOIA/Privacy Act Manager\n"
            "75th Air Base Wing, Hill AFB UT\n")
    head, body = single('text/plain', text, 'quoted-printable', 'us-ascii')
    hdrs = [
        ('From', '"75 ABW/FOIA" <75abw.foia@us.af.mil>'),
        ('To', PLAIN_TO),
        ('Subject', 'FOIA Case 2026-05561-F - Administrative Closure'),
        ('Thread-Topic', 'FOIA Case 2026-05561-F - Administrative Closure'),
        ('Thread-Index', thread_index(seed)),
        ('Date', date),
        ('Message-ID', outlook_mid(seed, 'SA1P110MB5260')),
        ('Accept-Language', 'en-US'),
        ('Content-Language', 'en-US'),
        ('X-MS-Has-Attach', ''),
    ]
    return '052-usaf-closed-for-no-fee-response.eml', assemble(seed, date, ('us.af.mil', '214.3.145.93', 'mail-usgov.us.af.mil'), hdrs, head, body)


# ============================================================================ 053
@reg
def m053():
    seed = '053'
    date = 'Tue, 15 Dec 2026 16:10:22 -0800'
    inner_date = 'Mon, 14 Dec 2026 15:22:08 -0800'
    link = safelink('https://safe.apps.mil/pickup?id=Wn3Hs8Qd1Ty6Pb0M', seed, 'treyes@newsroom.example.org')
    inner_text = ("Tom,\n\n"
                  "As we discussed on the phone, here is the first partial release for FOIA DON-NAVY-2026-004187: 212\n"
                  "pages of groundwater monitoring reports for Ault Field and OLF Coupeville and the AFFF release\n"
                  "notifications for 2020-2022. Personal e-mail addresses and phone numbers of private well owners and\n"
                  "junior personnel are redacted under (b)(6). The news media fee determination came through, so there\n"
                  "are no fees.\n\n"
                  "Download link (DoD SAFE, expires in 14 days):\n%s\n\n"
                  "We are continuing to review the remaining records (about 4,600 pages) and plan to release them in\n"
                  "monthly batches.\n\n"
                  "Very respectfully,\n"
                  "Grant Okamoto\n"
                  "FOIA Coordinator, NAVFAC Northwest\n" % link)
    inner = ("From: \"Okamoto, Grant T CIV USN NAVFAC NW (USA)\" <grant.t.okamoto.civ@us.navy.mil>\n"
             "To: Tom Reyes <treyes@newsroom.example.org>\n"
             "Subject: DON-NAVY-2026-004187 first partial release\n"
             "Thread-Topic: DON-NAVY-2026-004187 first partial release\n"
             "Thread-Index: %s\n"
             "Date: %s\n"
             "Message-ID: %s\n"
             "Accept-Language: en-US\n"
             "Content-Language: en-US\n"
             "MIME-Version: 1.0\n"
             "Content-Type: text/plain; charset=\"us-ascii\"\n"
             "Content-Transfer-Encoding: quoted-printable\n\n" % (thread_index(seed + 'in'), inner_date, outlook_mid(seed + 'in', 'SA1P110MB2210'))
             + __import__('buildlib').qp(inner_text, 'us-ascii'))
    text = ("Navy sent the first batch to me instead of the desk because I called Grant last week. Attaching his email\n"
            "for the Whidbey PFAS file. The download link expires Dec 28 - I already pulled the files to the shared drive.\n\n"
            "Tom\n")
    b = '_003_%s_' % ('BN8PR12MB3361' + hexup(seed + 'b', 18))
    head, body = multipart('mixed', b, [part('text/plain', text, 'quoted-printable', 'us-ascii'),
                                        'Content-Type: message/rfc822\nContent-Disposition: attachment;\n\tfilename="DON-NAVY-2026-004187 first partial release.eml"\n\n' + inner])
    hdrs = [
        ('From', 'Tom Reyes <treyes@newsroom.example.org>'),
        ('To', 'Basin Ledger Records Desk <records@newsroom.example.org>'),
        ('Subject', 'Fwd: Whidbey first batch'),
        ('Thread-Topic', 'Whidbey first batch'),
        ('Thread-Index', thread_index(seed)),
        ('Date', date),
        ('Message-ID', '<BN8PR12MB3361%s@BN8PR12MB3361.namprd12.prod.outlook.com>' % hexup(seed + 'mid', 22)),
        ('Accept-Language', 'en-US'),
        ('Content-Language', 'en-US'),
        ('X-MS-Has-Attach', 'yes'),
    ]
    return '053-fwd-as-attachment-navy-first-release.eml', assemble(seed, date, None, hdrs, head, body, internal=True)


# ============================================================================ 054
@reg
def m054():
    seed = '054'
    date = 'Wed, 16 Dec 2026 14:00:11 -0500'
    letter = wrap(
        "U.S. Department of Justice\n"
        "Executive Office for Immigration Review\n"
        "Office of the General Counsel - FOIA Service Center\n"
        "5107 Leesburg Pike, Suite 1903, Falls Church, VA 22041\n\n"
        "December 16, 2026\n\n"
        "Basin Ledger Records Desk\n"
        "records+req-014@newsroom.example.org\n\n"
        "Re: FOIA Request 2027-00412\n\n"
        "Dear Requester:\n\n"
        "This is EOIR's final response to your Freedom of Information Act request for policies, standard "
        "operating procedures and contracts concerning video teleconference (VTC) hearings at immigration courts "
        "located in detention facilities. As we told you on October 30, 2026, the portion of your request "
        "concerning agreements between ICE and detention facility operators was referred to ICE.\n\n"
        "EOIR located 64 pages of responsive records: the Office of the Chief Immigration Judge VTC standard "
        "operating procedures for detained dockets and the associated network security configuration guidance. "
        "After careful review, we have determined that these records must be withheld in full. The security "
        "configuration guidance and the courtroom connection procedures are withheld under 5 U.S.C. 552(b)(7)(E) "
        "because they describe techniques and guidelines whose release could reasonably be expected to risk "
        "circumvention of the law, and the draft revisions to the procedures are withheld under 5 U.S.C. "
        "552(b)(5). We reviewed the records for reasonably segregable non-exempt information and found none that "
        "could be released.\n\n"
        "You may contact our FOIA Public Liaison for further assistance, or the Office of Government Information "
        "Services (OGIS) at ogis@nara.gov or 1-877-684-6448.\n\n"
        "If you are not satisfied with this response, you may administratively appeal by writing to the "
        "Director, Office of Information Policy (OIP), United States Department of Justice, 441 G Street NW, "
        "6th Floor, Washington, DC 20530, or through OIP's FOIA STAR portal. Your appeal must be postmarked or "
        "electronically transmitted within 90 days of the date of this response.\n\n"
        "Fees: your request was processed at no charge.\n\n"
        "Sincerely,\n"
        "FOIA Service Center\n")
    pdfb = pdf(letter, title='2027-00412 Final Response')
    text = ("Please see the attached correspondence regarding your FOIA request.\n\n"
            "FOIA Service Center\nExecutive Office for Immigration Review\n")
    b = '----=_NextPart_%s' % h(seed + 'b', 24)
    head, body = multipart('mixed', b, [part('text/plain', text, '7bit'),
                                        part('application/pdf', pdfb, 'base64', filename='2027-00412_Final_Response.pdf')])
    hdrs = [
        ('From', 'EOIR FOIA PAL <noreply.eoirfoia@usdoj.gov>'),
        ('To', plus(14)),
        ('Subject', 'Correspondence for FOIA Request 2027-00412'),
        ('Date', date),
        ('Message-ID', '<%s.pal@foia.eoir.justice.gov>' % h(seed + 'm', 20)),
    ]
    return '054-eoir-denial-withheld-in-full-pdf.eml', assemble(seed, date, ('usdoj.gov', '149.101.225.18', 'mail-sor.usdoj.gov'), hdrs, head, body)


# ============================================================================ 055
@reg
def m055():
    seed = '055'
    date = 'Fri, 18 Dec 2026 15:30:44 -0700'
    letter = wrap(
        "NEW MEXICO CORRECTIONS DEPARTMENT\n"
        "Office of General Counsel\n"
        "4337 State Road 14, Santa Fe, New Mexico 87508\n\n"
        "December 18, 2026\n\n"
        "Basin Ledger Records Desk\n"
        "Via electronic mail\n\n"
        "Re: IPRA-2026-0934 - Final Response\n\n"
        "Dear Requester:\n\n"
        "This is the Department's final response to your request to inspect public records received September "
        "17, 2026. The first installment, the quarterly Restricted Housing Act reports, was provided on November "
        "13, 2026.\n\n"
        "Enclosed with this letter is the second and final installment: monthly restricted housing and "
        "segregation population counts for each NMCD facility, January 2024 through October 2026.\n\n"
        "The Department has redacted inmate names and NMCD numbers, which appear in the facility notes column, "
        "and the security threat group designations of individual inmates. This information is withheld under "
        "NMSA 1978, Section 14-2-1, because its release would reveal confidential information about individual "
        "inmates and would compromise institutional security. The person responsible for this partial denial is "
        "the undersigned records custodian.\n\n"
        "With this production the Department considers your request complete and closed.\n\n"
        "Sincerely,\n\n"
        "Matthew Serna\n"
        "Records Custodian\n")
    pdfb = pdf(letter, title='IPRA-2026-0934 Final Response')
    csv = ("facility,month,restricted_housing_count,over_15_days,notes\n"
           "Penitentiary of New Mexico North,2024-01,88,31,\n"
           "Penitentiary of New Mexico North,2024-02,91,33,[REDACTED]\n"
           "Southern New Mexico Correctional Facility,2024-01,42,12,\n"
           "Western New Mexico Correctional Facility,2024-01,17,4,\n"
           "Lea County Correctional Facility,2024-01,36,9,\n")
    text = ("Good afternoon,\n\nAttached are the Department's final response letter for IPRA-2026-0934 and the final installment of records.\n\n"
            "Matthew Serna\nRecords Custodian | Office of General Counsel\nNew Mexico Corrections Department\n")
    b = '_004_%s_' % ('SJ0PR09MB6544' + hexup(seed + 'b', 18))
    head, body = multipart('mixed', b, [part('text/plain', text, 'quoted-printable', 'us-ascii'),
                                        part('application/pdf', pdfb, 'base64', filename='IPRA-2026-0934 Final Response Letter.pdf'),
                                        part('text/csv', csv, 'base64', 'us-ascii', filename='Segregation population by facility 2024-2026 (redacted).csv')])
    hdrs = [
        ('From', '"Serna, Matthew, NMCD" <Matthew.Serna@cd.nm.gov>'),
        ('To', PLAIN_TO),
        ('Subject', 'IPRA-2026-0934 - Final Response'),
        ('Thread-Topic', 'IPRA-2026-0934 - Final Response'),
        ('Thread-Index', thread_index(seed)),
        ('Date', date),
        ('Message-ID', outlook_mid(seed, 'SJ0PR09MB6544')),
        ('Accept-Language', 'en-US'),
        ('Content-Language', 'en-US'),
        ('X-MS-Has-Attach', 'yes'),
    ]
    return '055-nmcd-final-partial-pdf-and-csv.eml', assemble(seed, date, ('cd.nm.gov', '164.64.106.31', 'mail.state.nm.us'), hdrs, head, body)


# ============================================================================ 056
@reg
def m056():
    seed = '056'
    date = 'Mon, 21 Dec 2026 10:00:57 -0500'
    text = ("Re: 2026-38812\n\n"
            "Dear Basin Ledger Records Desk,\n\n"
            "This is EOIR's final response to your Freedom of Information Act request for immigration court\n"
            "case-completion and pending-caseload data by hearing location, fiscal years 2024 through 2026.\n\n"
            "EOIR is granting your request in full. Attached are three spreadsheets prepared from the EOIR Case\n"
            "Access System: completions by hearing location and decision type, pending cases by hearing location at\n"
            "the end of each quarter, and median case age by hearing location. No information has been withheld.\n\n"
            "If you are not satisfied with EOIR's response to this request, you may administratively appeal by\n"
            "writing to the Director, Office of Information Policy (OIP), U.S. Department of Justice, 441 G Street\n"
            "NW, 6th Floor, Washington, DC 20530, or through OIP's FOIA STAR portal, within 90 days of the date of\n"
            "this response. You may also contact EOIR's FOIA Public Liaison or OGIS (ogis@nara.gov) for dispute\n"
            "resolution services.\n\n"
            "There are no fees for this request.\n\n"
            "Sincerely,\n"
            "FOIA Service Center\n"
            "Executive Office for Immigration Review\n")
    csv1 = ("hearing_location,fiscal_year,completions,removal_orders,relief_granted,other\n"
            "ATLANTA,2024,21877,11920,2210,7747\nATLANTA,2025,23015,12704,2133,8178\nDENVER,2024,9204,3822,1415,3967\n")
    csv2 = ("hearing_location,quarter_end,pending\nATLANTA,2024-12-31,141206\nDENVER,2024-12-31,88140\n")
    b = '----=_NextPart_%s' % h(seed + 'b', 24)
    head, body = multipart('mixed', b, [part('text/plain', text, '7bit'),
                                        part('text/csv', csv1, 'base64', 'us-ascii', filename='2026-38812_completions_by_location.csv'),
                                        part('text/csv', csv2, 'base64', 'us-ascii', filename='2026-38812_pending_by_location.csv')])
    hdrs = [
        ('From', 'EOIR FOIA PAL <noreply.eoirfoia@usdoj.gov>'),
        ('To', plus(4)),
        ('Subject', 'Final Response: 2026-38812'),
        ('Date', date),
        ('Message-ID', '<%s.pal@foia.eoir.justice.gov>' % h(seed + 'm', 20)),
    ]
    return '056-eoir-final-full-grant-boilerplate-appeal.eml', assemble(seed, date, ('usdoj.gov', '149.101.225.17', 'mail-sor.usdoj.gov'), hdrs, head, body)


# ============================================================================ 057
@reg
def m057():
    seed = '057'
    date = 'Tue, 29 Dec 2026 09:12:06 -0600'
    ours = rid(12, '20261229', 2)
    text = ("I am out of the office through Monday, January 4, 2027 with limited access to email.\n\n"
            "For Open Records Act requests, please use the City's records portal. For Tulsa Police Department\n"
            "records questions, please contact the TPD Records Division. For urgent legal matters, call the City\n"
            "Attorney's main line.\n\n"
            "Celeste Brooks\n"
            "Assistant City Attorney | City of Tulsa Legal Department\n")
    html = outlook_html([esc(p).replace('\n', ' ') for p in text.strip().split('\n\n')])
    b = '_000_%s_' % ('DM8PR09MB7702' + hexup(seed + 'b', 18))
    head, body = multipart('alternative', b, [part('text/plain', text, 'quoted-printable', 'us-ascii'),
                                              part('text/html', html, 'quoted-printable', 'us-ascii')])
    subj = 'Automatic reply: RE: Request 26-1187 - BWC compliance audits'
    hdrs = [
        ('From', '"Brooks, Celeste" <cbrooks@cityoftulsa.org>'),
        ('To', 'Basin Ledger Records Desk <records+req-012@newsroom.example.org>'),
        ('Subject', subj),
        ('Thread-Topic', 'Request 26-1187 - BWC compliance audits'),
        ('Thread-Index', thread_index(seed)),
        ('Date', date),
        ('Message-ID', outlook_mid(seed, 'DM8PR09MB7702')),
        ('In-Reply-To', ours),
        ('References', '%s %s' % (rid(12, '20260922'), ours)),
        ('Auto-Submitted', 'auto-generated'),
        ('X-Auto-Response-Suppress', 'All'),
        ('X-MS-Exchange-Inbox-Rules-Loop', 'cbrooks@cityoftulsa.org'),
        ('Content-Language', 'en-US'),
    ]
    return '057-tulsa-attorney-out-of-office.eml', assemble(seed, date, ('cityoftulsa.org', '40.107.220.95', 'mail-dm6nam11on2095.outbound.protection.outlook.com'), hdrs, head, body)


# ============================================================================ 058
@reg
def m058():
    seed = '058'
    date = 'Mon, 11 Jan 2027 08:01:13 -0700'
    ours = rid(3, '20270111', 4)
    text = ("Thank you for your email. I am out of the office until Tuesday, January 19, and will respond when I\n"
            "return. For FOIA assistance in the meantime please write to npsfoia@nps.gov or call 1-855-NPS-FOIA.\n\n"
            "Lorraine Beck\n"
            "NPS FOIA Officer\n")
    head, body = single('text/plain', text, '7bit', 'UTF-8')
    hdrs = [
        ('From', 'Lorraine Beck <lorraine_beck@nps.gov>'),
        ('To', 'records+req-003@newsroom.example.org'),
        ('Subject', 'Re: FOIA NPS-2026-01177 - Time Extension'),
        ('Date', date),
        ('Message-ID', gmail_mid(seed)),
        ('In-Reply-To', ours),
        ('References', '%s %s' % (gmail_mid('023'), ours)),
        ('Auto-Submitted', 'auto-replied'),
        ('Precedence', 'bulk'),
        ('X-Autoreply', 'yes'),
    ]
    return '058-nps-gmail-vacation-responder.eml', assemble(seed, date, ('nps.gov', '209.85.220.41', 'mail-sor-f41.google.com'), hdrs, head, body)


# ============================================================================ 059
@reg
def m059():
    seed = '059'
    date = 'Fri, 15 Jan 2027 14:20:48 -0600'
    raw = nextrequest(seed, date, 'City of Tulsa Public Records', 'records+req-012@newsroom.example.org',
                      '[Records Request] Request #26-1187 has been closed',
                      ['Request #26-1187 has been closed.',
                       'Closure reason: "Responsive documents released. The body-worn camera activation compliance audits for 2024 and 2025 are now released. Appendix C of each audit, which identifies officers who are the subject of open internal investigations, has been redacted under 51 O.S. 24A.7 and 24A.8."',
                       'Documents released:\n- TPD BWC Activation Compliance Audit 2024.pdf\n- TPD BWC Activation Compliance Audit 2025 (redacted).pdf'],
                      'https://okrecords.nextrequest.com/requests/26-1187')
    return '059-tulsa-nextrequest-closed-final-partial.eml', raw


# ============================================================================ 060
@reg
def m060():
    seed = '060'
    date = 'Thu, 21 Jan 2027 13:05:50 -0800'
    letter = wrap(
        "DEPARTMENT OF THE NAVY\n"
        "NAVAL FACILITIES ENGINEERING SYSTEMS COMMAND NORTHWEST\n"
        "1101 TAUTOG CIRCLE\n"
        "SILVERDALE, WA 98315-1101\n\n"
        "                                                              5720\n"
        "                                                              Ser FOIA/0031\n"
        "                                                              21 Jan 27\n\n"
        "Basin Ledger Records Desk\n"
        "records@newsroom.example.org\n\n"
        "SUBJECT: FREEDOM OF INFORMATION ACT REQUEST DON-NAVY-2026-004187 - FINAL RESPONSE\n\n"
        "This is the final response to your FOIA request received 3 September 2026 for records concerning AFFF and "
        "PFAS releases at Naval Air Station Whidbey Island. Interim releases were made on 14 December 2026 (212 "
        "pages) and 12 January 2027 (1,940 pages).\n\n"
        "With this letter we release the remaining 2,648 pages. Of the 4,800 pages processed in total, 4,103 are "
        "released in full, 682 are released in part and 15 are withheld in full. Information is withheld under "
        "the following exemptions:\n"
        "  (b)(5) - draft site inspection findings and internal recommendations on response actions, protected by "
        "the deliberative process privilege;\n"
        "  (b)(6) - names, personal e-mail addresses and telephone numbers of private well owners and of junior "
        "military and civilian personnel.\n\n"
        "The Commander, NAVFAC Northwest, is the initial denial authority for this response. No fees are assessed; "
        "news media fee status was granted on 10 December 2026.\n\n"
        "You may appeal this decision. Your appeal must be postmarked or electronically transmitted within 90 "
        "calendar days of the date of this letter and should be addressed to the Department of the Navy, Office "
        "of the General Counsel (FOIA Appeals), 1000 Navy Pentagon, Room 4E635, Washington DC 20350-1000, with a "
        "copy to this office. Mark the letter and envelope \"FOIA APPEAL\".\n\n"
        "You may also contact the DON FOIA Public Liaison or the Office of Government Information Services (OGIS), "
        "8601 Adelphi Road-OGIS, College Park, Maryland 20740-6001, ogis@nara.gov, 202-741-5770, for dispute "
        "resolution services.\n\n"
        "                                        Sincerely,\n\n"
        "                                        G. T. OKAMOTO\n"
        "                                        FOIA Coordinator\n"
        "                                        By direction of the Commander\n")
    pdfb = pdf(letter, title='DON-NAVY-2026-004187 Final Response', producer='Adobe PDF Library 23.1.175')
    text = ("Good afternoon,\n\nPlease see the attached final response letter. The final set of records is in the DoD SAFE\n"
            "package that will arrive in a separate email.\n\nVery respectfully,\n\nGrant Okamoto\nFOIA Coordinator\nNAVFAC Northwest\n")
    b = '_004_%s_' % ('SA1P110MB2210' + hexup(seed + 'b', 18))
    head, body = multipart('mixed', b, [part('text/plain', text, '7bit', 'us-ascii'),
                                        part('application/pdf', pdfb, 'base64', filename='DON-NAVY-2026-004187_Final_Response.pdf')])
    hdrs = [
        ('From', '"Okamoto, Grant T CIV USN NAVFAC NW (USA)" <grant.t.okamoto.civ@us.navy.mil>'),
        ('To', PLAIN_TO),
        ('CC', 'DONFOIA-PA <DONFOIA-PA@us.navy.mil>, Tom Reyes <treyes@newsroom.example.org>'),
        ('Subject', 'FINAL RESPONSE - FOIA DON-NAVY-2026-004187'),
        ('Thread-Topic', 'FINAL RESPONSE - FOIA DON-NAVY-2026-004187'),
        ('Thread-Index', thread_index(seed)),
        ('Date', date),
        ('Message-ID', outlook_mid(seed, 'SA1P110MB2210')),
        ('Accept-Language', 'en-US'),
        ('Content-Language', 'en-US'),
        ('X-MS-Has-Attach', 'yes'),
        ('msip_labels', 'MSIP_Label_a47e7ff8-1a19-4b1e-8c3d-b44c6f1e7a39_Enabled=true; MSIP_Label_a47e7ff8-1a19-4b1e-8c3d-b44c6f1e7a39_Name=UNCLASSIFIED;'),
    ]
    return '060-navy-final-partial-letter-pdf.eml', assemble(seed, date, ('us.navy.mil', '214.3.138.24', 'mail-usgov.us.navy.mil'), hdrs, head, body)


def main():
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob('*.eml'):
        old.unlink()
    for fn in MSGS:
        name, raw = fn()
        write(name, raw)
    print('wrote %d messages to %s' % (len(MSGS), OUT))


if __name__ == '__main__':
    main()
