#!/usr/bin/env python3
"""Generate messages/*.eml for the labor-and-workplace holdout set (holdout52).

    python build.py        # (re)writes messages/

All people, numbers, companies and letters are invented. Wording is written for this set.
"""
import html as htmlmod
from pathlib import Path
import yaml
from build_lib import (ET, CT, PT, UTC, ORG, INBOX, d, fmt_date, hexid, outlook_mid, o365_headers,
                       google_group_headers, build, make_pdf)

HERE = Path(__file__).resolve().parent
OUT = HERE / 'messages'
REQS = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}

DESK = 'Ledger Workplace Desk'
ME = 'Alana Reyes'
DESK_FROM = '%s <%s>' % (DESK, INBOX)


def plus(rid):
    return REQS[rid]['reply_address']


def mid(rid):
    return REQS[rid]['message_id']


def subj(rid):
    return REQS[rid]['subject']


WRITTEN = []


def save(name, raw):
    OUT.mkdir(exist_ok=True)
    (OUT / name).write_bytes(raw)
    WRITTEN.append(name)


def std(frm, to, subject, date, msgid, extra=()):
    h = [('From', frm), ('To', to), ('Subject', subject), ('Date', fmt_date(date)), ('Message-ID', msgid)]
    h.extend(extra)
    h.append(('MIME-Version', '1.0'))
    return h


def to_html(text, font='Calibri, sans-serif', size='11pt'):
    paras = text.strip('\n').split('\n\n')
    out = []
    for p in paras:
        out.append('<p>%s</p>' % '<br>\n'.join(htmlmod.escape(l) for l in p.split('\n')))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body><div style="font-family:%s;font-size:%s">\n%s\n</div></body></html>\n' % (font, size, '\n'.join(out)))


def pdf(text, title):
    return (make_pdf(text, title=title), 'application/pdf')


# Our outgoing request texts (used where agencies quote the request back)
REQ_TEXT = {
    'REQ-001': ("Pursuant to the Freedom of Information Act, 5 U.S.C. 552, I request copies of the case files for all\n"
                "closed unfair labor practice cases in Region 13 in which Kestrel Fulfillment LLC was the charged party,\n"
                "2023 to the present: charges, dismissal and withdrawal letters, settlement agreements, complaints and\n"
                "compliance records. The Ledger is a news organization; we ask to be placed in the news-media fee\n"
                "category and request a waiver of fees. We prefer electronic records.\n\n"
                "Alana Reyes\nRecords Editor, The Ledger - Workplace Desk"),
    'REQ-012': ("Under the Nevada Public Records Act (NRS Chapter 239), I request copies of wage claims, complaints,\n"
                "and the Labor Commissioner's determinations or decisions naming Sierra Crest Resorts LLC or its\n"
                "housekeeping and food-service subcontractors (Silverline Hospitality Services, Desert Bloom\n"
                "Staffing) from January 1, 2023 to the present. Electronic copies are preferred.\n\n"
                "Alana Reyes\nRecords Editor, The Ledger - Workplace Desk\nfoia@ledgerdesk.example.org"),
}


def msg001():
    rid = 'REQ-004'
    body = (
        "Thank you for writing to the U.S. Department of Labor FOIA mailbox.\n\n"
        "This is an automated reply. It does not confirm that a Freedom of Information Act request has been\n"
        "received or logged, and no one reads replies to this message.\n\n"
        "Requests that arrive by email are entered into the Department's FOIA portal by intake staff and routed\n"
        "to the DOL agency most likely to hold the records (for example OSHA, WHD, MSHA or EBSA). When that\n"
        "happens you will receive a separate notice with a request number. Entering an emailed request can\n"
        "take several business days.\n\n"
        "To file a new request or check the status of an existing one, use the DOL FOIA portal:\n"
        "https://www.dol.gov/general/foia\n\n"
        "Questions about a request that already has a number should go to the FOIA coordinator of the agency\n"
        "handling it. The Department's FOIA Public Liaison can be reached at 202-693-5500.\n\n"
        "Office of the Solicitor - Division of Management and Administrative Legal Services\n"
        "U.S. Department of Labor\n")
    h = std('"FOIA Requests (DOL)" <foiarequests@dol.gov>', INBOX, 'Automatic reply: ' + subj(rid),
            d(2026, 9, 2, 16, 52, ET, 11), '<AUTO.%s@DM6PR09MB4471.namprd09.prod.outlook.com>' % hexid('m001', 20).upper(),
            [('In-Reply-To', mid(rid)), ('References', mid(rid)), ('Auto-Submitted', 'auto-replied'),
             ('X-Auto-Response-Suppress', 'All'), ('X-MS-Exchange-Inbox-Rules-Loop', 'foiarequests@dol.gov')])
    save('001-dol-mailbox-autoreply.eml', build(h, text=body))


def msg002():
    rid = 'REQ-003'
    t = (
        "Dear Alana Reyes,\n\n"
        "The U.S. Equal Employment Opportunity Commission (EEOC) has received your Freedom of Information Act\n"
        "request. Please keep this message for your records.\n\n"
        "FOIA Request Number: 820-2026-014877\n"
        "Date Received: 09/03/2026\n"
        "Requester Category: Representative of the News Media\n"
        "Description: Conciliation agreements, systemic investigation records and litigation referral\n"
        "memoranda concerning Great Plains Protein Co. (Worthington, MN), January 2021 to present.\n\n"
        "The EEOC will make every effort to respond within twenty (20) working days of the date received. If\n"
        "unusual circumstances apply, an extension of up to ten (10) additional working days may be needed,\n"
        "and you will be notified in writing.\n\n"
        "Please note that charge files are generally available only to the charging party and respondent\n"
        "(Section 83 requests). Requests from the public for information about charges are processed under\n"
        "the FOIA and are subject to the confidentiality provisions of the statutes the EEOC enforces.\n\n"
        "You can check the status of this request at any time by logging in to the EEOC FOIA Public Access\n"
        "Portal. Do not reply to this automated message.\n\n"
        "EEOC Office of Legal Counsel - FOIA Programs\n")
    html = (
        '<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt;color:#1b1b1b">'
        '<div style="background:#0b3d6b;color:#fff;padding:8px 12px;font-size:12pt">U.S. Equal Employment Opportunity Commission &mdash; FOIA Public Access Portal</div>'
        '<p>Dear Alana Reyes,</p>'
        '<p>The U.S. Equal Employment Opportunity Commission (EEOC) has received your Freedom of Information Act request. Please keep this message for your records.</p>'
        '<table cellpadding="4" style="border-collapse:collapse;font-size:10pt">'
        '<tr><td><b>FOIA Request Number:</b></td><td>820-2026-014877</td></tr>'
        '<tr><td><b>Date Received:</b></td><td>09/03/2026</td></tr>'
        '<tr><td><b>Requester Category:</b></td><td>Representative of the News Media</td></tr>'
        '<tr><td valign="top"><b>Description:</b></td><td>Conciliation agreements, systemic investigation records and litigation referral memoranda concerning Great Plains Protein Co. (Worthington, MN), January 2021 to present.</td></tr>'
        '</table>'
        '<p>The EEOC will make every effort to respond within twenty (20) working days of the date received. If unusual circumstances apply, an extension of up to ten (10) additional working days may be needed, and you will be notified in writing.</p>'
        '<p>Please note that charge files are generally available only to the charging party and respondent (Section&nbsp;83 requests). Requests from the public for information about charges are processed under the FOIA and are subject to the confidentiality provisions of the statutes the EEOC enforces.</p>'
        '<p>You can check the status of this request at any time by logging in to the EEOC FOIA Public Access Portal. Do not reply to this automated message.</p>'
        '<p>EEOC Office of Legal Counsel &ndash; FOIA Programs</p></body></html>')
    h = std('"EEOC FOIA Public Access Portal" <no-reply@publicportal.eeoc.gov>', plus(rid),
            'EEOC FOIA Request 820-2026-014877 Received', d(2026, 9, 3, 14, 10, ET, 42),
            '<%s.portal@publicportal.eeoc.gov>' % hexid('m002', 24))
    save('002-eeoc-portal-ack.eml', build(h, text=t, html=html))


def msg003():
    rid = 'REQ-001'
    t = (
        "Dear Ms. Reyes:\n\n"
        "This acknowledges receipt of your Freedom of Information Act (FOIA) request, which the FOIA Branch\n"
        "received on September 3, 2026. Your request has been assigned tracking number NLRB-2026-001412.\n"
        "Please refer to this number in any communication about the request.\n\n"
        "Because your request seeks complete case files from a Regional Office, it has been placed in the\n"
        "complex processing track. Requests are processed in the order received within each track.\n\n"
        "Your request for placement in the news-media fee category and for a fee waiver will be addressed\n"
        "separately if any fees are assessed. The Agency's FOIA regulations are at 29 C.F.R. 102.117.\n\n"
        "If you have questions about this request, you may contact the assigned specialist through this\n"
        "mailbox or our FOIA Public Liaison at (202) 273-0902.\n\n"
        "Sincerely,\n\nFOIA Branch\nNational Labor Relations Board\n1015 Half Street SE\nWashington, DC 20570\n\n"
        "-----Original Message-----\n"
        "From: Ledger Workplace Desk <foia@ledgerdesk.example.org>\n"
        "Sent: Wednesday, September 2, 2026 6:41 PM\n"
        "To: FOIA Branch <foiabranch@nlrb.gov>\n"
        "Subject: " + subj(rid) + "\n\n" + REQ_TEXT[rid] + "\n")
    h = std('"FOIA Branch" <foiabranch@nlrb.gov>', plus(rid), 'RE: ' + subj(rid), d(2026, 9, 4, 10, 22, ET, 5),
            outlook_mid('m003', 'BN8PR09MB3306'),
            [('In-Reply-To', mid(rid)), ('References', mid(rid))] + o365_headers('m003', subj(rid)))
    save('003-nlrb-ack-received-next-day.eml', build(h, text=t))


def dol_portal_ack(num, received, component, description, date, seed):
    html = (
        '<html><body style="margin:0;font-family:\'Source Sans Pro\',Arial,sans-serif;font-size:14px;color:#212121">'
        '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td style="background:#112e51;padding:14px 20px;color:#ffffff;font-size:18px">'
        'U.S. Department of Labor &middot; FOIA Public Access</td></tr></table>'
        '<div style="padding:16px 20px">'
        '<p>Your Freedom of Information Act request has been received and entered into the Department of Labor FOIA system.</p>'
        '<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#cccccc;font-size:13px">'
        '<tr><td style="background:#f1f1f1"><b>Request Number</b></td><td>%s</td></tr>'
        '<tr><td style="background:#f1f1f1"><b>Date Received</b></td><td>%s</td></tr>'
        '<tr><td style="background:#f1f1f1"><b>Assigned To</b></td><td>%s</td></tr>'
        '<tr><td style="background:#f1f1f1"><b>Fee Category</b></td><td>News Media</td></tr>'
        '<tr><td style="background:#f1f1f1" valign="top"><b>Request Description</b></td><td>%s</td></tr>'
        '</table>'
        '<p>The Department generally responds to requests within 20 working days. In unusual circumstances the '
        'agency processing your request may extend that time and will notify you in writing. Fees, if any, will be '
        'assessed under 29 CFR part 70; you will be contacted before fees above $25.00 are incurred.</p>'
        '<p>To view or update your request, sign in to the DOL FOIA portal. Please do not reply to this message; '
        'replies are not monitored.</p>'
        '<p style="font-size:12px;color:#5b616b">This notification was sent to the email address on your portal account.</p>'
        '</div></body></html>') % (num, received, component, htmlmod.escape(description))
    h = std('"DOL FOIA Portal" <foia-portal-notifications@dol.gov>', INBOX, 'Request %s has been received' % num,
            date, '<%s@foiaportal.dol.gov>' % hexid(seed, 32))
    return build(h, html=html)


def msg004():
    save('004-dolportal-ack-joliet.eml', dol_portal_ack(
        '2026-F-11873', '09/02/2026', 'Occupational Safety and Health Administration (OSHA) - Region 5',
        'Complete inspection case file for OSHA Inspection No. 1781234 (Kestrel Fulfillment LLC, Joliet, IL; '
        'fatality on or about March 2026), including citations, settlement, photographs, video, interview '
        'statements and the CSHO narrative.', d(2026, 9, 8, 9, 15, ET, 30), 'm004'))


def msg005():
    rid = 'REQ-002'
    t = (
        "Good afternoon Ms. Reyes,\n\n"
        "I am the Government Information Specialist assigned to your request. The FOIA Branch received it on\n"
        "September 9, 2026, and it has been logged as NLRB-2026-001538.\n\n"
        "A quick note that may save you some time: petitions, tallies of ballots and certifications in\n"
        "representation cases are often posted on the case pages of nlrb.gov. I'll confirm with Region 28\n"
        "which documents exist for the Sierra Crest Resorts cases and will be in touch about scope.\n\n"
        "Best regards,\n\n"
        "Marisol Quintero\nGovernment Information Specialist\nFOIA Branch | National Labor Relations Board\n"
        "1015 Half Street SE, Washington, DC 20570\n(202) 273-3841\n")
    h = std('"Quintero, Marisol" <Marisol.Quintero@nlrb.gov>', plus(rid), 'RE: ' + subj(rid),
            d(2026, 9, 10, 13, 47, ET, 19), outlook_mid('m005', 'BN8PR09MB3306'),
            [('In-Reply-To', mid(rid)), ('References', mid(rid))] + o365_headers('m005', subj(rid)))
    save('005-nlrb-specialist-ack-outlook.eml', build(h, text=t, html=to_html(t)))


def msg006():
    rid = 'REQ-006'
    boundary = '000000000000b7e3a20620c4f1d2'
    inner_b = '000000000000a1f5d10620c4f0aa'
    raw = f"""From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: {INBOX}
Subject: Delivery Status Notification (Failure)
Date: Thu, 10 Sep 2026 11:05:44 -0700 (PDT)
Message-ID: <66f0a1c2.050a0220.3b1e2.8a1fSMTPIN_ADDED_MISSING@mx.google.com>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; boundary="{boundary}"; report-type=delivery-status

--{boundary}
Content-Type: text/plain; charset="UTF-8"

** Address not found **

Your message wasn't delivered to foia.msha@dol.gov because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response from the remote server was:
550 5.1.1 <foia.msha@dol.gov>: Recipient address rejected: User unknown in relay recipient table

--{boundary}
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; foia@ledgerdesk.example.org
Arrival-Date: Thu, 10 Sep 2026 11:05:31 -0700 (PDT)
X-Original-Message-ID: {mid(rid)}

Final-Recipient: rfc822; foia.msha@dol.gov
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.dol.gov. (148.69.12.30, the server for the domain dol.gov.)
Diagnostic-Code: smtp; 550 5.1.1 <foia.msha@dol.gov>: Recipient address rejected: User unknown in relay recipient table
Last-Attempt-Date: Thu, 10 Sep 2026 11:05:44 -0700 (PDT)

--{boundary}
Content-Type: message/rfc822

From: Ledger Workplace Desk <{INBOX}>
Reply-To: {plus(rid)}
To: FOIA Requests <foiarequests@dol.gov>
Cc: foia.msha@dol.gov
Subject: {subj(rid)}
Date: Thu, 10 Sep 2026 14:05:31 -0400
Message-ID: {mid(rid)}
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"

To the Mine Safety and Health Administration FOIA Officer:

Under the Freedom of Information Act, 5 U.S.C. 552, I request copies of all hazard complaints filed
under Section 103(g) of the Mine Act concerning the Red Butte Mine (Mine ID 26-02471), records of
MSHA's investigation of those complaints, and all orders issued under Section 103(k), January 2024
to the present. We ask for news-media fee status; electronic copies preferred.

Alana Reyes
Records Editor, The Ledger - Workplace Desk

--{boundary}--
"""
    save('006-bounce-google-msha-cc.eml', raw.encode())


def msg007():
    rid = 'REQ-006'
    t = (
        "September 14, 2026\n\n"
        "Alana Reyes\nThe Ledger - Workplace Desk\n\n"
        "RE: FOIA Request 2026-F-12398\n\n"
        "Dear Ms. Reyes:\n\n"
        "The Mine Safety and Health Administration (MSHA) received your Freedom of Information Act request on\n"
        "September 14, 2026, when it was routed to this office from the Department of Labor FOIA intake\n"
        "mailbox. You asked for Section 103(g) hazard complaints, complaint investigation records and\n"
        "Section 103(k) orders for the Red Butte Mine (Mine ID 26-02471), January 2024 to the present.\n\n"
        "Your request has been assigned number 2026-F-12398. Please cite this number in all correspondence.\n\n"
        "MSHA will make every effort to respond within the 20 working days provided by the FOIA. You have\n"
        "been placed in the news media fee category; you will not be charged search or review fees, and the\n"
        "first 100 pages of duplication are provided at no charge.\n\n"
        "Questions may be directed to this office at (202) 693-9440.\n\n"
        "Sincerely,\n\nMSHA FOIA Office\nMine Safety and Health Administration\n201 12th Street South, Suite 401\n"
        "Arlington, VA 22202-5450\n")
    h = std('"MSHA FOIA" <msha-foia@dol.gov>', plus(rid), 'FOIA Request 2026-F-12398 - Acknowledgment',
            d(2026, 9, 14, 10, 31, ET, 2), outlook_mid('m007', 'DM6PR09MB5520'), o365_headers('m007', 'FOIA Request 2026-F-12398 - Acknowledgment'))
    save('007-msha-ack-received-0914.eml', build(h, text=t))


def msg008():
    rid = 'REQ-007'
    letter = (
        "ILLINOIS DEPARTMENT OF LABOR\n"
        "Office of Legal Counsel - Freedom of Information\n"
        "160 North LaSalle Street, Suite C-1300, Chicago, Illinois 60601\n\n"
        "September 15, 2026\n\n"
        "Alana Reyes\nThe Ledger - Workplace Desk\nVia email: foia+req-007@ledgerdesk.example.org\n\n"
        "Re: FOIA No. 26-0917\n\n"
        "Dear Ms. Reyes:\n\n"
        "The Illinois Department of Labor (IDOL) received your request under the Illinois Freedom of "
        "Information Act, 5 ILCS 140/1 et seq., on September 14, 2026. You requested:\n\n"
        "\"Complaints and claims filed with IDOL under the Wage Payment and Collection Act and the Day and "
        "Temporary Labor Services Act naming Kestrel Fulfillment LLC or any day and temporary labor service "
        "agency supplying workers to Kestrel Fulfillment, January 1, 2024 to the present, and the "
        "Department's determinations.\"\n\n"
        "The Department will respond within five business days after receipt of your request, as required "
        "by Section 3(d) of FOIA, unless the time for response is extended in writing under Section 3(e).\n\n"
        "Please refer to the FOIA number above in any future correspondence.\n\n"
        "Sincerely,\n\nFOIA Officer\nIllinois Department of Labor\n")
    t = ("Good afternoon,\n\nPlease see the attached correspondence regarding your Freedom of Information Act request.\n\n"
         "Illinois Department of Labor\nFOIA Office\n")
    h = std('"DOL.FOIA" <dol.foia@illinois.gov>', plus(rid), 'Illinois Department of Labor - FOIA',
            d(2026, 9, 15, 15, 40, CT, 55), outlook_mid('m008', 'CH3PR09MB7744'),
            o365_headers('m008', 'Illinois Department of Labor - FOIA', attach=True))
    data, mt = pdf(letter, 'FOIA 26-0917 Acknowledgment')
    save('008-idol-ack-pdf-only.eml', build(h, text=t, attachments=[(data, mt, 'FOIA 26-0917 Acknowledgment.pdf')]))


def msg009():
    rid = 'REQ-009'
    html = (
        '<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">'
        '<p>Dear Alana Reyes,</p>'
        '<p>Thank you for your data request to the Minnesota Department of Labor and Industry (DLI). We received it on '
        '<b>September 15, 2026</b> and have logged it as data request <b>DR26-0412</b>.</p>'
        '<p>You asked for government data about MNOSHA Compliance inspections and Labor Standards wage investigations '
        'involving Great Plains Protein Co. (Worthington) and Northstar Staffing Solutions Inc.</p>'
        '<p>Under the Minnesota Government Data Practices Act (Minnesota Statutes, Chapter 13), DLI will respond to '
        'your request for public data in an appropriate and prompt manner and within a reasonable amount of time. '
        'Some data you described may be classified as not public (private, confidential, nonpublic or protected '
        'nonpublic). If so, we will tell you which data we cannot give you and the law that classifies them.</p>'
        '<p><b>Costs.</b> You may inspect public data at no charge. If you ask for copies of more than 100 pages, DLI '
        'may charge the actual cost of searching for, retrieving and copying the data (Minn. Stat. &sect; 13.03, '
        'subd. 3(c)). We will tell you the amount before we make copies.</p>'
        '<p>If we need more information to find the data you want, we will contact you.</p>'
        '<p>Data Practices<br>Minnesota Department of Labor and Industry<br>443 Lafayette Road N., St. Paul, MN 55155<br>'
        'dli.datapractices@state.mn.us</p></body></html>')
    h = std('"DLI Data Practices" <dli.datapractices@state.mn.us>', plus(rid), 'Data request DR26-0412 - received',
            d(2026, 9, 16, 9, 5, CT, 38), outlook_mid('m009', 'SN6PR09MB4023'), o365_headers('m009', 'Data request DR26-0412 - received'))
    save('009-mndli-data-request-received.eml', build(h, html=html))


NR_FROM = '"North Carolina Department of Labor" <ncdol-publicrecords@mail.nextrequest.com>'


def nextrequest(subject, lines_text, lines_html, date, seed):
    t = lines_text + ("\n\nView request: https://ncdol.nextrequest.com/\n\n"
                      "Questions about your request? Reply to this email or sign in to the portal.\n"
                      "-- Powered by NextRequest\n")
    html = ('<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">'
            '<div style="max-width:600px;margin:0 auto;border:1px solid #e1e1e1">'
            '<div style="background:#004b87;color:#fff;padding:12px 16px;font-size:16px">North Carolina Department of Labor</div>'
            '<div style="padding:16px">%s'
            '<p><a href="https://ncdol.nextrequest.com/" style="background:#004b87;color:#fff;padding:8px 14px;text-decoration:none">View request</a></p>'
            '<p style="font-size:12px;color:#777">Questions about your request? Reply to this email or sign in to the portal.</p>'
            '</div><div style="font-size:11px;color:#999;padding:8px 16px">Powered by NextRequest</div></div></body></html>') % lines_html
    h = std(NR_FROM, INBOX, subject, date, '<%s@mail.nextrequest.com>' % hexid(seed, 28),
            [('Reply-To', '"North Carolina Department of Labor" <reply+%s@mail.nextrequest.com>' % hexid(seed + 'r', 20))])
    return build(h, text=t, html=html)


def msg010():
    desc = ("All Occupational Safety and Health Division inspection files for Carolina Piedmont Poultry LLC, Siler City "
            "establishment, opened January 1, 2025 to present, including citations, penalty worksheets, informal "
            "conference records and settlement agreements.")
    t = ("Your North Carolina Department of Labor public records request #26-418 has been submitted.\n\n"
         "Request #26-418\n" + desc + "\n\nReceived: September 16, 2026 via web\n\n"
         "You will receive emails as your request is processed.")
    hh = ('<p>Your North Carolina Department of Labor public records request <b>#26-418</b> has been submitted.</p>'
          '<p style="background:#f4f4f4;padding:10px">%s</p><p>Received: September 16, 2026 via web</p>'
          '<p>You will receive emails as your request is processed.</p>') % htmlmod.escape(desc)
    save('010-ncdol-nextrequest-submitted.eml', nextrequest(
        '[Records Request] Your North Carolina Department of Labor records request #26-418 has been submitted',
        t, hh, d(2026, 9, 16, 14, 30, ET, 7), 'm010'))


def msg011():
    rid = 'REQ-011'
    t = ("I am out of the office Friday, September 18 through Monday, September 21, and will return on Tuesday,\n"
         "September 22. I will have limited access to email.\n\n"
         "Public records requests sent to publicrecords@ic.nc.gov are logged in my absence and will be answered\n"
         "when I return. For claim-specific questions, please call the Commission's Claims Administration\n"
         "section at (919) 807-2502.\n\n"
         "Regina Tillman\nPublic Records Liaison, Office of General Counsel\nNorth Carolina Industrial Commission\n")
    h = std('"Tillman, Regina" <regina.tillman@ic.nc.gov>', INBOX, 'Automatic reply: ' + subj(rid),
            d(2026, 9, 18, 8, 2, ET, 40), outlook_mid('m011', 'BY5PR09MB6148'),
            [('In-Reply-To', mid(rid)), ('References', mid(rid)), ('Auto-Submitted', 'auto-generated'),
             ('X-Auto-Response-Suppress', 'All')] + o365_headers('m011', subj(rid)))
    save('011-ncic-liaison-ooo.eml', build(h, text=t))


def msg012():
    rid = 'REQ-007'
    t = ("Ms. Reyes,\n\n"
         "RE: FOIA No. 26-0917\n\n"
         "The Department is extending the time to respond to your request by five business days, as permitted\n"
         "by Section 3(e) of the Illinois Freedom of Information Act. The Department will respond on or before\n"
         "September 28, 2026.\n\n"
         "The extension is necessary because:\n"
         "- the requested records are stored in whole or in part at other locations than the office having\n"
         "  charge of the requested records (Section 3(e)(i)) – complaint files are kept in the Department’s\n"
         "  Chicago and Springfield offices;\n"
         "- the request requires the collection of a substantial number of specified records (Section 3(e)(ii));\n"
         "- the records require examination and evaluation by personnel with the necessary competence to\n"
         "  determine whether they are exempt from disclosure (Section 3(e)(v)).\n\n"
         "Thank you for your patience.\n\n"
         "Lakeisha Dorsey\nFOIA Officer | Illinois Department of Labor\n160 N. LaSalle St., Suite C-1300, Chicago, IL 60601\n"
         "(312) 793-2800\n")
    h = std('"Dorsey, Lakeisha" <Lakeisha.Dorsey@illinois.gov>', plus(rid), 'FOIA 26-0917 - Extension of Time',
            d(2026, 9, 21, 16, 12, CT, 26), outlook_mid('m012', 'CH3PR09MB7744'), o365_headers('m012', 'FOIA 26-0917 - Extension of Time'))
    save('012-idol-3e-extension.eml', build(h, text=t, charset='windows-1252'))


def msg013():
    rid = 'REQ-008'
    html = (
        '<html><head><style>p{margin:0 0 10px 0}</style></head><body style="font-family:\'Times New Roman\',serif;font-size:12pt">'
        '<p align="center"><b>ILLINOIS WORKERS&rsquo; COMPENSATION COMMISSION</b><br>69 W. Washington Street, Suite 900, Chicago, IL 60602</p>'
        '<p>September 21, 2026</p>'
        '<p>Alana Reyes<br>The Ledger &ndash; Workplace Desk</p>'
        '<p><b>RE: FOIA-2026-0133 &ndash; Notice of Extension</b></p>'
        '<p>Dear Ms. Reyes:</p>'
        '<p>The Illinois Workers&rsquo; Compensation Commission received your Freedom of Information Act request on September 14, 2026. '
        'You requested workers&rsquo; compensation claims and approved settlement contracts in which Kestrel Fulfillment LLC is the respondent, 2022 to present. '
        'The request has been assigned number FOIA-2026-0133.</p>'
        '<p>Pursuant to Section 3(e) of the Freedom of Information Act, 5 ILCS 140/3(e), the Commission requires an additional five business days '
        'to respond, because the request requires the collection of a substantial number of specified records (3(e)(ii)) and the records must be '
        'examined to determine whether they are exempt from disclosure (3(e)(v)). The Commission will respond on or before <b>September 28, 2026</b>.</p>'
        '<p>Sincerely,</p><p>FOIA Officer<br>Illinois Workers&rsquo; Compensation Commission</p></body></html>')
    h = std('"WCC FOIA" <wcc.foia@illinois.gov>', plus(rid), 'IWCC FOIA-2026-0133 - Notice of Extension',
            d(2026, 9, 21, 16, 48, CT, 3), outlook_mid('m013', 'CH3PR09MB8120'), o365_headers('m013', 'IWCC FOIA-2026-0133 - Notice of Extension'))
    save('013-iwcc-extension-first-contact.eml', build(h, html=html))


def msg014():
    rid = 'REQ-012'
    t = ("Good morning,\n\n"
         "The Office of the Labor Commissioner received your public records request on Tuesday, September 22,\n"
         "2026. Requests that arrive after 5:00 p.m. are logged on the next business day. Your request has been\n"
         "assigned number LC26-0088.\n\n"
         "Pursuant to NRS 239.0107, we will respond by the end of the fifth business day after receipt.\n\n"
         "Thank you,\n\n"
         "Records Unit\nNevada Office of the Labor Commissioner\n3300 W. Sahara Ave., Suite 225, Las Vegas, NV 89102\n\n"
         "From: Ledger Workplace Desk <foia@ledgerdesk.example.org>\n"
         "Sent: Monday, September 21, 2026 7:48 PM\n"
         "To: LC Public Records <publicrecords@labor.nv.gov>\n"
         "Subject: " + subj(rid) + "\n\n" + REQ_TEXT[rid] + "\n")
    h = std('"LC Public Records" <publicrecords@labor.nv.gov>', INBOX, 'RE: ' + subj(rid),
            d(2026, 9, 22, 10, 40, PT, 14), outlook_mid('m014', 'BYAPR09MB2877'))
    save('014-nvlc-ack-quote-no-thread.eml', build(h, text=t))


GOVQA_FROM = '"Washoe County Public Records" <washoecountynv@govqa.us>'


def govqa(subject, inner_html, date, seed, text=None):
    html = ('<html><body style="font-family:Verdana,Arial,sans-serif;font-size:9pt;color:#222">'
            '<table width="620" cellpadding="0" cellspacing="0"><tr><td style="background:#00467f;color:#fff;padding:10px;font-size:11pt">'
            'Washoe County Public Records Center</td></tr><tr><td style="padding:12px">%s'
            '<p>To monitor the progress of your request or respond to the County, log in to the '
            '<a href="https://washoecountynv.govqa.us/WEBAPP/_rs/supporthome.aspx">Public Records Center</a>.</p>'
            '<p style="color:#777;font-size:8pt">Please do not reply to this email; replies are not monitored.</p>'
            '</td></tr></table></body></html>') % inner_html
    h = std(GOVQA_FROM, INBOX, subject, date, '<%s@govqa.us>' % hexid(seed, 30))
    if text:
        return build(h, text=text, html=html)
    return build(h, html=html)


def msg015():
    inner = ('<p>Dear Alana Reyes,</p>'
             '<p>Thank you for submitting a public records request to Washoe County. Your request was received on <b>9/22/2026</b> '
             'and has been assigned reference number <b>R002817-092226</b>.</p>'
             '<table border="1" cellpadding="4" cellspacing="0" style="font-size:9pt;border-collapse:collapse">'
             '<tr style="background:#dfe7ef"><td colspan="2"><b>Request Details</b></td></tr>'
             '<tr><td>Reference No.</td><td>R002817-092226</td></tr>'
             '<tr><td>Department</td><td>Human Resources</td></tr>'
             '<tr><td>Records Requested</td><td>Personnel records of former Human Services Agency Director Dana Kessler: position titles, pay history, and records of discipline.</td></tr>'
             '</table>'
             '<p>Washoe County will respond to your request within five business days as required by NRS 239.0107.</p>')
    save('015-washoe-govqa-ack-personnel.eml', govqa('Washoe County Public Records Request :: R002817-092226', inner,
                                                     d(2026, 9, 22, 13, 15, PT, 50), 'm015'))


def msg016():
    t = ("OSHA QuickTakes - September 23, 2026\n\n"
         "WAREHOUSING: Emphasis program results\n"
         "OSHA's national emphasis program for warehousing and distribution centers completed more than 1,900\n"
         "inspections in its first three years. The most frequently cited hazards involved powered industrial\n"
         "trucks, blocked exits, and ergonomic stressors from high-rate picking. An Illinois distribution\n"
         "center was cited this month for failing to train forklift operators.\n\n"
         "HEAT: Comment period extended\n"
         "The comment period on the heat injury and illness prevention rule has been extended to November 30.\n\n"
         "MINING: Silica rule compliance assistance\n"
         "MSHA and OSHA will host a joint webinar on respirable crystalline silica on October 7.\n\n"
         "You are subscribed to OSHA QuickTakes. To change your subscription, visit the GovDelivery\n"
         "subscriber preferences page. This service is provided at no charge by the U.S. Department of Labor.\n")
    html = to_html(t, font='Arial, sans-serif', size='10pt')
    h = std('"OSHA QuickTakes" <osha@public.govdelivery.com>', INBOX,
            'OSHA QuickTakes: Warehouse emphasis program results; heat rule comment period extended',
            d(2026, 9, 23, 10, 0, ET, 3), '<20260923.1188235@public.govdelivery.com>',
            [('List-Unsubscribe', '<https://public.govdelivery.com/accounts/USDOL/subscriber/one_click_unsubscribe?verification=5.8a1>'),
             ('Precedence', 'bulk'), ('X-Accountcode', 'USDOL_1191')])
    save('016-null-osha-quicktakes.eml', build(h, text=t, html=html))


def msg017():
    rid = 'REQ-011'
    letter = (
        "NORTH CAROLINA INDUSTRIAL COMMISSION\nOffice of General Counsel\n"
        "4333 Mail Service Center, Raleigh, NC 27699-4333\n\n"
        "September 24, 2026\n\n"
        "Alana Reyes\nThe Ledger - Workplace Desk\n\n"
        "Re: Response to your inquiry of September 16, 2026\n\n"
        "Dear Ms. Reyes:\n\n"
        "This letter responds to your inquiry asking for copies of Form 19 (Employer's Report of Employee's "
        "Injury or Occupational Disease) filings and approved settlement agreements involving Carolina "
        "Piedmont Poultry LLC from 2025 to the present.\n\n"
        "Reports of injury filed with the Commission, and the records of the Commission in individual claims, "
        "are not public records. N.C. Gen. Stat. 97-92(b) provides that such reports and records are open only "
        "to the parties to the claim and their attorneys, and may not be released to other persons except as "
        "the statute allows. Settlement agreements approved by the Commission are part of the claim file and "
        "are covered by the same provision.\n\n"
        "For these reasons the Commission is unable to provide the Form 19 reports or the settlement "
        "agreements you requested.\n\n"
        "Decisions of deputy commissioners and of the Full Commission (Opinions and Awards) in contested "
        "cases are public and may be searched on the Commission's website. The Commission also publishes "
        "aggregate claims statistics in its annual report.\n\n"
        "Sincerely,\n\nRegina Tillman\nPublic Records Liaison, Office of General Counsel\n")
    t = ("Ms. Reyes,\n\nPlease see the attached response to your public records inquiry dated September 16, 2026.\n\n"
         "Regina Tillman\nPublic Records Liaison\nNorth Carolina Industrial Commission\n")
    h = std('"NCIC Public Records" <publicrecords@ic.nc.gov>', plus(rid), 'Public Records Response - NC Industrial Commission',
            d(2026, 9, 24, 15, 20, ET, 9), outlook_mid('m017', 'BY5PR09MB6148'), o365_headers('m017', 'Public Records Response - NC Industrial Commission', attach=True))
    data, mt = pdf(letter, 'Response to inquiry')
    save('017-ncic-response-to-inquiry-denial.eml', build(h, text=t, attachments=[(data, mt, 'Response_Reyes_09242026.pdf')]))


def msg018():
    t = ("Request #26-418 has been updated.\n\n"
         "Department changed: Legal Affairs -> Occupational Safety and Health Division\n"
         "Point of contact changed: Public Records -> OSH Records Unit")
    hh = ('<p>Request <b>#26-418</b> has been updated.</p>'
          '<ul><li>Department changed: Legal Affairs &rarr; Occupational Safety and Health Division</li>'
          '<li>Point of contact changed: Public Records &rarr; OSH Records Unit</li></ul>')
    save('018-ncdol-nextrequest-updated.eml', nextrequest('[Records Request] Request #26-418 has been updated', t, hh,
                                                         d(2026, 9, 25, 9, 12, ET, 31), 'm018'))


def msg019():
    rid = 'REQ-008'
    t = ("Ms. Reyes,\n\n"
         "This follows our September 21 extension notice on FOIA-2026-0133.\n\n"
         "The Commission's search located 58 cases filed from 2022 to the present in which Kestrel Fulfillment\n"
         "LLC is the named respondent. Of those, 41 were resolved by settlement contracts approved by an\n"
         "arbitrator. Paper copies of the 41 settlement contracts, with required redactions, total\n"
         "approximately 1,148 pages.\n\n"
         "Under Section 6(b) of FOIA, the first 50 pages of black and white copies are provided without\n"
         "charge, and the Commission charges $0.15 per page after that:\n\n"
         "  1,148 pages - 50 free pages = 1,098 pages x $0.15 = $164.70\n\n"
         "Before we begin copying and redacting, please confirm in writing that you agree to pay the estimated\n"
         "$164.70, or let us know how you would like to narrow the request. Because you indicated you are a\n"
         "member of the news media, the Commission may reduce or waive the fee under Section 6(c) if you\n"
         "explain how disclosure is in the public interest. We will hold the request until we hear from you.\n\n"
         "The case list (case number, filing date, status and respondent) can be provided at no cost and will\n"
         "be sent with the contracts.\n\n"
         "Colleen Brandt\nFOIA Officer\nIllinois Workers' Compensation Commission\n(312) 814-6611\n")
    h = std('"Brandt, Colleen" <Colleen.Brandt@illinois.gov>', plus(rid), 'RE: IWCC FOIA-2026-0133 - Notice of Extension',
            d(2026, 9, 28, 11, 30, CT, 12), outlook_mid('m019', 'CH3PR09MB8120'),
            [('In-Reply-To', outlook_mid('m013', 'CH3PR09MB8120')), ('References', outlook_mid('m013', 'CH3PR09MB8120'))]
            + o365_headers('m019', 'IWCC FOIA-2026-0133 - Notice of Extension'))
    save('019-iwcc-fee-estimate.eml', build(h, text=t))


def msg020():
    rid = 'REQ-007'
    t = ("Ms. Reyes,\n\n"
         "RE: FOIA No. 26-0917 - Partial response (1 of 2)\n\n"
         "The Department is providing the first portion of the records responsive to your request: claims filed\n"
         "under the Wage Payment and Collection Act naming Kestrel Fulfillment LLC from January 1, 2024 to the\n"
         "present (23 claims, 97 pages), attached.\n\n"
         "Certain information has been redacted: home addresses, personal telephone numbers, personal email\n"
         "addresses and Social Security numbers, which are private information exempt under Section 7(1)(b);\n"
         "and the names of individual claimants, whose disclosure would be an unwarranted invasion of personal\n"
         "privacy under Section 7(1)(c).\n\n"
         "The Department is still reviewing complaints filed under the Day and Temporary Labor Services Act\n"
         "against the staffing agencies that supply workers to Kestrel, and will provide its response to that\n"
         "portion as soon as the review is complete.\n\n"
         "Lakeisha Dorsey\nFOIA Officer | Illinois Department of Labor\n")
    release = ("ILLINOIS DEPARTMENT OF LABOR - FOIA 26-0917 - RELEASE 1\n\nWage Payment and Collection Act claims - "
               "Respondent: Kestrel Fulfillment LLC\n\nClaim WC-24-011837  Filed 02/12/2024  Claimant: [REDACTED 7(1)(c)]  "
               "Amount claimed: $1,184.00  Disposition: Paid after demand\n"
               "Claim WC-24-015210  Filed 05/30/2024  Claimant: [REDACTED 7(1)(c)]  Amount claimed: $612.50  "
               "Disposition: Withdrawn\n(pages 3-97 omitted in this sample)\n")
    data, mt = pdf(release, 'FOIA 26-0917 Release 1')
    h = std('"Dorsey, Lakeisha" <Lakeisha.Dorsey@illinois.gov>', plus(rid), 'FOIA No. 26-0917 - Partial Response (1 of 2)',
            d(2026, 9, 28, 16, 55, CT, 44), outlook_mid('m020', 'CH3PR09MB7744'),
            o365_headers('m020', 'FOIA No. 26-0917 - Partial Response (1 of 2)', attach=True))
    save('020-idol-partial-release-1.eml', build(h, text=t, attachments=[(data, mt, '26-0917_WPCA_claims_redacted.pdf')]))


def msg021():
    rid = 'REQ-012'
    t = ("Ms. Reyes,\n\n"
         "Pursuant to NRS 239.0107(1)(c), this is written notice that the Office of the Labor Commissioner is\n"
         "unable to make the requested records available by the end of the fifth business day after receipt.\n\n"
         "The wage claim files for Sierra Crest Resorts LLC and the two subcontractors you named are kept in\n"
         "our Las Vegas and Carson City offices, and each file must be reviewed so that confidential\n"
         "information about claimants can be redacted before release.\n\n"
         "The earliest date and time on which the records will be available is Tuesday, October 20, 2026, by\n"
         "5:00 p.m.\n\n"
         "Rosa Gutierrez\nAdministrative Assistant IV - Records\nNevada Office of the Labor Commissioner\n(702) 486-2650\n")
    h = std('"Rosa Gutierrez" <rgutierrez@labor.nv.gov>', INBOX, 'LC26-0088 - Records Request Status',
            d(2026, 9, 29, 15, 5, PT, 20), outlook_mid('m021', 'BYAPR09MB2877'), o365_headers('m021', 'LC26-0088 - Records Request Status'))
    save('021-nvlc-earliest-date-notice.eml', build(h, text=t))


def msg022():
    t = ("Hi,\n\n"
         "Kim from Washoe County HR here - the clerk's office passed your request about Dana Kessler over to\n"
         "me. Attached is what our HR system shows for Dana's position titles and pay, from hire in 2011\n"
         "through the separation date in June. That part is the same info we'd give anyone for a county\n"
         "employee.\n\n"
         "The discipline part I can't just send over. Personnel files are kind of a gray area for us, so I\n"
         "have to run that by the DA's civil division first. I'll circle back once I hear from them.\n\n"
         "Kim\n\n"
         "Kim Alvarado\nHR Analyst II | Washoe County Human Resources\n1001 E. Ninth St., Reno, NV 89512\n\n"
         "Sent from my iPhone\n")
    csv = ("effective_date,position_title,department,pay_grade,annual_base_salary\n"
           "2011-03-14,Social Services Program Specialist,Social Services,Q45,58344.00\n"
           "2014-07-07,Social Services Supervisor,Social Services,Q52,71260.80\n"
           "2017-01-09,Division Director - Children's Services,Human Services Agency,X60,112174.40\n"
           "2019-10-21,Assistant Director,Human Services Agency,X64,131081.60\n"
           "2022-05-02,Director,Human Services Agency,X70,168126.40\n"
           "2025-07-01,Director,Human Services Agency,X70,176532.80\n"
           "2026-06-12,Separated (resigned),Human Services Agency,,\n")
    h = std('"Kim Alvarado" <kalvarado@washoecounty.gov>', INBOX, 'Dana Kessler - pay history',
            d(2026, 9, 30, 8, 47, PT, 5), outlook_mid('m022', 'PH0PR09MB7105'), o365_headers('m022', 'Dana Kessler - pay history', attach=True))
    save('022-washoe-hr-informal-pay-history.eml', build(h, text=t, attachments=[(csv, 'text/csv', 'Kessler_pay_history.csv')]))


def msg023():
    rid = 'REQ-001'
    t = ("September 30, 2026\n\n"
         "Re: FOIA Request NLRB-2026-001412\n\n"
         "Dear Ms. Reyes:\n\n"
         "This is in further response to your Freedom of Information Act request for the case files of closed\n"
         "Region 13 unfair labor practice cases in which Kestrel Fulfillment LLC was the charged party.\n\n"
         "Region 13 has identified three closed cases within the scope of your request (13-CA-318442,\n"
         "13-CA-320915 and 13-CA-327760). Part of one file has been sent to a Federal Records Center and must\n"
         "be recalled, and the files must be collected from the Regional Office and reviewed by the FOIA\n"
         "Branch. These are unusual circumstances under 5 U.S.C. 552(a)(6)(B)(i), and the Agency is extending\n"
         "the time to respond to your request by ten working days.\n\n"
         "If you wish to narrow the scope of your request or agree to an alternative time frame, please\n"
         "contact the FOIA Branch or our FOIA Public Liaison at (202) 273-0902. You may also contact the Office\n"
         "of Government Information Services (OGIS) at the National Archives and Records Administration, which\n"
         "offers mediation services to resolve disputes between FOIA requesters and federal agencies as a\n"
         "non-exclusive alternative to litigation: 8601 Adelphi Road-OGIS, College Park, MD 20740-6001;\n"
         "ogis@nara.gov; (202) 741-5770; toll free 1-877-684-6448.\n\n"
         "Sincerely,\n\nFOIA Branch\nNational Labor Relations Board\n")
    h = std('"FOIA Branch" <foiabranch@nlrb.gov>', plus(rid), 'NLRB-2026-001412 - Notice of Unusual Circumstances',
            d(2026, 9, 30, 14, 2, ET, 56), outlook_mid('m023', 'BN8PR09MB3306'),
            o365_headers('m023', 'NLRB-2026-001412 - Notice of Unusual Circumstances'))
    save('023-nlrb-unusual-circumstances-extension.eml', build(h, text=t))


def msg024():
    t = ("The status of your FOIA request 820-2026-014877 has changed.\n\n"
         "New status: In Process\n\n"
         "Sign in to the FOIA Public Access Portal to view details.\n"
         "This is an automated message. Please do not reply.\n")
    html = ('<html><body style="font-family:Arial,sans-serif;font-size:10pt">'
            '<p>The status of your FOIA request <b>820-2026-014877</b> has changed.</p>'
            '<p>New status: <b>In Process</b></p>'
            '<p>Sign in to the FOIA Public Access Portal to view details.<br>This is an automated message. Please do not reply.</p>'
            '</body></html>')
    h = std('"EEOC FOIA Public Access Portal" <notifications@foia-pal.arkcase.cloud>', INBOX,
            'Status Update: 820-2026-014877', d(2026, 10, 1, 6, 15, ET, 0), '<%s@foia-pal.arkcase.cloud>' % hexid('m024', 26))
    save('024-eeoc-portal-status-in-process.eml', build(h, text=t, html=html))


def msg025():
    rid = 'REQ-005'
    t = ("Ms. Reyes,\n\n"
         "Your FOIA request 2026-F-12240, for Wage and Hour Division compliance actions and back wage records\n"
         "concerning Northstar Staffing Solutions Inc., was initially routed to the OSHA Region 5 FOIA office\n"
         "in error. It has now been reassigned to the Wage and Hour Division (WHD), which maintains the records\n"
         "you describe.\n\n"
         "WHD's FOIA office in the National Office will process the request and respond to you directly. You\n"
         "may reach WHD FOIA at whd-foia@dol.gov. No action is needed on your part.\n\n"
         "Eric Paulson\nFOIA Intake, Office of the Solicitor\nU.S. Department of Labor\n")
    h = std('"Paulson, Eric - SOL" <Paulson.Eric@dol.gov>', plus(rid), 'Your FOIA request 2026-F-12240 - reassigned to Wage and Hour Division',
            d(2026, 10, 2, 12, 40, ET, 27), outlook_mid('m025', 'DM6PR09MB4471'),
            o365_headers('m025', 'Your FOIA request 2026-F-12240 - reassigned to Wage and Hour Division'))
    save('025-dol-reassigned-to-whd.eml', build(h, text=t))


def msg026():
    rid = 'REQ-009'
    t = ("Hello Ms. Reyes,\n\n"
         "I am writing in response to your data request, DR26-0412. Before DLI can identify the data you want,\n"
         "I need you to clarify two points.\n\n"
         "1. MNOSHA Compliance. Do you want the complete inspection case files (including photographs, field\n"
         "notes and interview statements), or the inspection summary data (inspection report, citations,\n"
         "penalties and settlement agreements)? Complete case files for the Worthington plant are large, and\n"
         "parts of them are not public.\n\n"
         "2. Labor Standards. Our Labor Standards unit keeps complaint intake data separately from\n"
         "investigation data. Data in an active civil investigation are confidential or protected nonpublic\n"
         "under Minn. Stat. 13.39. Do you want data from closed investigations only, or also the public\n"
         "summary of any complaint that did not result in an investigation?\n\n"
         "Also, please confirm the time period you want (your request does not give one for Northstar\n"
         "Staffing).\n\n"
         "We will hold your data request until we hear from you.\n\n"
         "Ingrid Halvorsen\nData Practices Designee\nMinnesota Department of Labor and Industry\n651-284-5005\n")
    h = std('"Halvorsen, Ingrid (DLI)" <ingrid.halvorsen@state.mn.us>', plus(rid), 'Response to your inquiry',
            d(2026, 10, 5, 10, 18, CT, 8), outlook_mid('m026', 'SN6PR09MB4023'), o365_headers('m026', 'Response to your inquiry'))
    save('026-mndli-response-to-inquiry-clarify.eml', build(h, text=t))


def msg027():
    rid = 'REQ-002'
    t = ("Hi Ms. Reyes,\n\n"
         "Following up on NLRB-2026-001538. Region 28 has identified three representation cases involving\n"
         "Sierra Crest Resorts since 2024: 28-RC-331904, 28-RC-334212 and 28-RM-336015. The complete case files\n"
         "come to roughly 4,200 pages, most of it investigative material and exhibits from the objections\n"
         "hearing.\n\n"
         "Could you let me know which of these you want?\n\n"
         "(a) the formal documents only - petitions, tallies of ballots, objections, the hearing officer's\n"
         "    report and the Regional Director's decisions and certifications; or\n"
         "(b) the complete case files.\n\n"
         "Option (a) would be a few hundred pages and could move much faster. If I don't hear from you within\n"
         "20 working days I will have to close the request, but I'm happy to talk it through by phone.\n\n"
         "Best,\n\nMarisol Quintero\nGovernment Information Specialist\nFOIA Branch | National Labor Relations Board\n(202) 273-3841\n\n"
         "From: Quintero, Marisol\nSent: Thursday, September 10, 2026 1:47 PM\nTo: foia+req-002@ledgerdesk.example.org\n"
         "Subject: RE: " + subj(rid) + "\n\nGood afternoon Ms. Reyes,\n\nI am the Government Information Specialist assigned to your request...\n")
    m5 = outlook_mid('m005', 'BN8PR09MB3306')
    h = std('"Quintero, Marisol" <Marisol.Quintero@nlrb.gov>', plus(rid), 'RE: ' + subj(rid),
            d(2026, 10, 6, 11, 35, ET, 41), outlook_mid('m027', 'BN8PR09MB3306'),
            [('In-Reply-To', m5), ('References', '%s %s' % (mid(rid), m5))] + o365_headers('m027', subj(rid)))
    save('027-nlrb-clarify-scope.eml', build(h, text=t, html=to_html(t)))


def msg028():
    save('028-dolportal-ack-aurora.eml', dol_portal_ack(
        '2026-F-13602', '10/05/2026', 'Occupational Safety and Health Administration (OSHA) - Region 5',
        'Complaints, referrals, and inspection records (including inspection numbers, citations and closing letters) '
        'for the Kestrel Fulfillment LLC warehouse in Aurora, Illinois, January 2025 to present.',
        d(2026, 10, 7, 9, 20, ET, 12), 'm028'))


def msg029():
    letter = (
        "U.S. Department of Labor\nMine Safety and Health Administration\n201 12th Street South\nArlington, Virginia 22202-5450\n\n"
        "October 8, 2026\n\n"
        "Alana Reyes\nThe Ledger - Workplace Desk\n\n"
        "Dear Ms. Reyes:\n\n"
        "This letter concerns your Freedom of Information Act request of September 10, 2026, for Section 103(g) "
        "hazard complaints, complaint investigation records and Section 103(k) orders for the Red Butte Mine.\n\n"
        "Responsive records are maintained in the Western District office in Denver and in a field office, and "
        "must be collected and reviewed before release. Because these are unusual circumstances as defined in "
        "5 U.S.C. 552(a)(6)(B)(iii), MSHA is extending the time limit for responding to your request by ten "
        "working days.\n\n"
        "Given the volume of complaint investigation records, MSHA anticipates that it will complete its "
        "response on or before December 18, 2026. If you would like to limit the scope of your request to "
        "obtain a faster response, or to discuss an alternative time frame, please contact our office at "
        "(202) 693-9440 or our FOIA Public Liaison. You may also seek dispute resolution services from the "
        "Office of Government Information Services (OGIS), National Archives and Records Administration, "
        "8601 Adelphi Road-OGIS, College Park, MD 20740-6001, ogis@nara.gov, 202-741-5770.\n\n"
        "Sincerely,\n\nFOIA Officer\nMine Safety and Health Administration\n")
    t = "Please see the attached correspondence.\n\nMSHA FOIA Office\n201 12th Street South, Arlington, VA 22202\n"
    data, mt = pdf(letter, 'MSHA FOIA Correspondence')
    h = std('"MSHA FOIA" <msha-foia@dol.gov>', INBOX, 'MSHA FOIA Correspondence',
            d(2026, 10, 8, 15, 30, ET, 16), outlook_mid('m029', 'DM6PR09MB5520'), o365_headers('m029', 'MSHA FOIA Correspondence', attach=True))
    save('029-msha-extension-number-in-filename.eml', build(h, text=t, attachments=[(data, mt, '2026-F-12398_Extension.pdf')]))


def msg030():
    m22 = outlook_mid('m022', 'PH0PR09MB7105')
    ours = '<fu-013.20261009.1@ledgerdesk.example.org>'
    t = ("I'm out of the office October 9 through October 16 and will be back Monday, October 19.\n\n"
         "For urgent HR matters please call the main HR line at 775-328-2081. Public records requests should be\n"
         "submitted through the County's Public Records Center.\n\nKim Alvarado\nWashoe County Human Resources\n")
    h = std('"Kim Alvarado" <kalvarado@washoecounty.gov>', INBOX, 'Automatic reply: RE: Dana Kessler - pay history',
            d(2026, 10, 9, 15, 41, PT, 3), outlook_mid('m030', 'PH0PR09MB7105'),
            [('In-Reply-To', ours), ('References', '%s %s' % (m22, ours)), ('Auto-Submitted', 'auto-replied'),
             ('X-Auto-Response-Suppress', 'All')] + o365_headers('m030', 'RE: Dana Kessler - pay history'))
    save('030-washoe-hr-ooo.eml', build(h, text=t))


def okafor_sig():
    return ("Teresa Okafor\nFOIA Coordinator, Region 5\nOccupational Safety and Health Administration\n"
            "230 S. Dearborn Street, Room 3244, Chicago, IL 60604\n(312) 353-2220\n")


def msg031():
    letter = (
        "U.S. Department of Labor\nOccupational Safety and Health Administration - Region 5\n"
        "230 South Dearborn Street, Room 3244, Chicago, Illinois 60604\n\n"
        "October 13, 2026\n\n"
        "Alana Reyes\nThe Ledger - Workplace Desk\n\n"
        "Re: FOIA Request 2026-F-11873 - Interim Response No. 1\n\n"
        "Dear Ms. Reyes:\n\n"
        "This is the first interim response to your request for the inspection case file for OSHA Inspection "
        "No. 1781234, Kestrel Fulfillment LLC, Joliet, Illinois. The case file was obtained from the Aurora Area "
        "Office, which conducted the inspection. The inspection is closed; the citations were resolved by an "
        "informal settlement agreement.\n\n"
        "The file contains approximately 1,100 pages, 96 photographs and one video file. We are releasing it in "
        "three parts:\n"
        "Part 1 (this release): OSHA-1 inspection form, citation and notification of penalty, violation "
        "worksheets, informal settlement agreement, abatement certification - 214 pages, released in part.\n"
        "Part 2: photographs.\n"
        "Part 3: interview statements, the Compliance Safety and Health Officer's narrative, the video, and the "
        "remaining documents.\n\n"
        "In Part 1 we have withheld the names and personal identifiers of employees, of the deceased employee's "
        "family members, and of other third parties under Exemptions 6 and 7(C), 5 U.S.C. 552(b)(6) and (b)(7)(C), "
        "because release would constitute an unwarranted invasion of their personal privacy.\n\n"
        "Appeal rights for the withheld information will be provided with our final response.\n\n"
        "Sincerely,\n\nTeresa Okafor\nFOIA Coordinator, Region 5\n")
    rel = ("OSHA INSPECTION 1781234 - RELEASE 1 OF 3 (REDACTED)\n\nEstablishment: Kestrel Fulfillment LLC, Joliet, IL\n"
           "Opened: 03/19/2026  Type: Fatality/Catastrophe  Office: Aurora Area Office\n\n"
           "Citation 1 Item 1 - 29 CFR 1910.178(l)(1)(i) - Serious - Proposed penalty $16,131\n"
           "Employee (b)(6),(b)(7)(C) operated a powered industrial truck without training...\n(pages 2-214 omitted in this sample)\n")
    t = ("Ms. Reyes,\n\nAttached is our first interim response on FOIA request 2026-F-11873 (OSHA Inspection\n"
         "1781234), with the Part 1 records. Parts 2 and 3 will follow.\n\n" + okafor_sig())
    d1, mt = pdf(letter, 'Interim Response 1')
    d2, _ = pdf(rel, '1781234 Release 1')
    h = std('"Okafor, Teresa - OSHA" <Okafor.Teresa@dol.gov>', INBOX, 'FOIA 2026-F-11873 - Interim Response No. 1 (Inspection 1781234)',
            d(2026, 10, 13, 10, 25, CT, 33), outlook_mid('m031', 'SA1PR09MB8812'),
            o365_headers('m031', 'FOIA 2026-F-11873 - Interim Response No. 1 (Inspection 1781234)', attach=True))
    save('031-osha-r5-interim-part1.eml', build(h, text=t, attachments=[(d1, mt, '2026-F-11873_Interim_Letter_1.pdf'),
                                                                      (d2, mt, '1781234_Release1_Redacted.pdf')]))


def msg032():
    inner = ('<p>Dear Alana Reyes,</p>'
             '<p>Washoe County is writing about your public records request <b>R002818-092226</b>, received 9/22/2026, for any separation or '
             'settlement agreement with former Human Services Agency Director Dana Kessler and related payouts.</p>'
             '<p>Pursuant to NRS 239.0107(1)(c), the County is unable to make the records, if any, available within five business days because '
             'the request requires consultation with the Washoe County District Attorney&rsquo;s Office, Civil Division. The County anticipates that '
             'its response will be available on or before <b>10/23/2026</b>.</p>')
    save('032-washoe-govqa-extension-settlement.eml', govqa('Washoe County Public Records Request :: R002818-092226 - Extension of Time',
                                                            inner, d(2026, 10, 13, 15, 10, PT, 2), 'm032'))


def msg033():
    rid = 'REQ-012'
    m21 = outlook_mid('m021', 'BYAPR09MB2877')
    ours = '<fu-012.20261014.1@ledgerdesk.example.org>'
    boundary = 'F3Ck8nQ1v2WmZr0aBd7uXe4Ls'
    alt = 'alt_F3Ck8nQ1v2WmZr0aBd7uXe4Ls'
    raw = f"""From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@labor.nv.gov>
To: {INBOX}
Date: Wed, 14 Oct 2026 17:02:19 +0000
Subject: Undeliverable: RE: LC26-0088 - Records Request Status
Message-ID: <7f3a0c2e-91d4-4b8e-a2a6-0d8e5c4b1f77@BYAPR09MB2877.namprd09.prod.outlook.com>
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr: 
Content-Language: en-US
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="{boundary}"

--{boundary}
Content-Type: multipart/alternative; boundary="{alt}"

--{alt}
Content-Type: text/plain; charset="us-ascii"

Your message to jmarsh@labor.nv.gov couldn't be delivered.

jmarsh wasn't found at labor.nv.gov.

Action Required
Recipient: jmarsh@labor.nv.gov

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If you're sure the address is correct, contact the recipient's email admin.

Diagnostic information for administrators:
Generating server: BYAPR09MB2877.namprd09.prod.outlook.com
jmarsh@labor.nv.gov
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

--{alt}
Content-Type: text/html; charset="us-ascii"

<html><body><div style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">
<p style="font-size:20px;color:#c00000">Your message to jmarsh@labor.nv.gov couldn't be delivered.</p>
<p><b>jmarsh</b> wasn't found at <b>labor.nv.gov</b>.</p>
<table><tr><td>foia</td><td>Office 365</td><td>jmarsh</td></tr><tr><td>Sender</td><td></td><td>Action Required</td></tr></table>
<p><b>How to Fix It</b><br>The address may be misspelled or may not exist.</p>
<p style="font-size:11px;color:#666">Diagnostic information for administrators:<br>Generating server: BYAPR09MB2877.namprd09.prod.outlook.com<br>
jmarsh@labor.nv.gov<br>Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p>
</div></body></html>

--{alt}--

--{boundary}
Content-Type: message/delivery-status

Reporting-MTA: dns;BYAPR09MB2877.namprd09.prod.outlook.com
Received-From-MTA: dns;mail-sor-f41.google.com
Arrival-Date: Wed, 14 Oct 2026 17:02:17 +0000

Final-Recipient: rfc822;jmarsh@labor.nv.gov
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--{boundary}
Content-Type: text/rfc822-headers

From: Ledger Workplace Desk <{INBOX}>
Reply-To: {plus(rid)}
To: Rosa Gutierrez <rgutierrez@labor.nv.gov>
Cc: jmarsh@labor.nv.gov
Subject: RE: LC26-0088 - Records Request Status
Date: Wed, 14 Oct 2026 13:02:09 -0400
Message-ID: {ours}
In-Reply-To: {m21}
References: {mid(rid)} {m21}
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"

--{boundary}--
"""
    save('033-bounce-exchange-nvlc-cc.eml', raw.encode())


def msg034():
    t = ("PRESS RELEASE\nOctober 15, 2026\n\n"
         "Great Plains Protein Co. to Pay $1.15 Million to Settle EEOC Race Harassment Lawsuit\n\n"
         "Meatpacker Also Agrees to Outside Monitor at Worthington, Minnesota Plant\n\n"
         "MINNEAPOLIS - Great Plains Protein Co. will pay $1.15 million and provide other relief to settle a\n"
         "race and national origin harassment lawsuit filed by the U.S. Equal Employment Opportunity Commission,\n"
         "the federal agency announced today.\n\n"
         "According to the EEOC's lawsuit, supervisors at the company's Worthington plant subjected Black and\n"
         "East African employees to slurs and threats, and the company failed to act on complaints. The\n"
         "three-year consent decree, entered in EEOC v. Great Plains Protein Co., Civil Action No.\n"
         "0:25-cv-01877 (D. Minn.), requires training, a complaint hotline and an outside monitor.\n\n"
         "\"Employers must act when workers report harassment,\" said the EEOC's Chicago District regional\n"
         "attorney.\n\n"
         "For more information on race discrimination, visit the EEOC website.\n\n"
         "You are receiving this because you subscribed to EEOC Newsroom updates.\n")
    html = to_html(t, font='Georgia, serif', size='11pt')
    h = std('"U.S. EEOC" <eeoc@service.govdelivery.com>', INBOX,
            'Great Plains Protein Co. to Pay $1.15 Million to Settle EEOC Race Harassment Lawsuit',
            d(2026, 10, 15, 11, 0, ET, 9), '<20261015.2210476@service.govdelivery.com>',
            [('List-Unsubscribe', '<https://public.govdelivery.com/accounts/USEEOC/subscriber/one_click_unsubscribe?verification=5.4c9>'),
             ('Precedence', 'bulk')])
    save('034-null-eeoc-press-release.eml', build(h, text=t, html=html))


def msg035():
    rid = 'REQ-009'
    t = ("Ms. Reyes,\n\n"
         "Thank you for your October 6 answers to my questions about DR26-0412. This email is the first\n"
         "installment in fulfilment of your data request.\n\n"
         "Attached are the public data from the two MNOSHA Compliance inspections of Great Plains Protein Co.,\n"
         "Worthington (inspections 1722039 and 1759410): inspection reports, citations and penalty data, and\n"
         "settlement agreements.\n\n"
         "Some data have been removed because they are not public. Data that would identify employees who\n"
         "filed complaints or gave statements are private or confidential data on individuals, and we have\n"
         "redacted them under Minn. Stat. 13.39 and the MNOSHA statute.\n\n"
         "The Labor Standards data on Northstar Staffing Solutions will be the second and last installment.\n\n"
         "Ingrid Halvorsen\nData Practices Designee | Minnesota Department of Labor and Industry\n")
    data, mt = pdf("MNOSHA COMPLIANCE - PUBLIC DATA\nData request DR26-0412 - installment 1\n\n"
                   "Inspection 1722039  Great Plains Protein Co., Worthington  Opened 04/02/2025  Planned\n"
                   "Inspection 1759410  Great Plains Protein Co., Worthington  Opened 01/21/2026  Complaint\n"
                   "Complainant identity: not public data\n(remaining pages omitted in this sample)\n", 'DR26-0412 installment 1')
    h = std('"Halvorsen, Ingrid (DLI)" <ingrid.halvorsen@state.mn.us>', plus(rid), 'DR26-0412 - data request fulfilment (installment 1 of 2)',
            d(2026, 10, 19, 9, 40, CT, 21), outlook_mid('m035', 'SN6PR09MB4023'),
            o365_headers('m035', 'DR26-0412 - data request fulfilment (installment 1 of 2)', attach=True))
    save('035-mndli-fulfilment-installment-1.eml', build(h, text=t, attachments=[(data, mt, 'DR26-0412_MNOSHA_public_data.pdf')]))


def msg036():
    rid = 'REQ-017'
    t = ("October 20, 2026\n\n"
         "Alana Reyes\nThe Ledger - Workplace Desk\n\n"
         "Re: FOIA No. 26-1043\n\n"
         "Dear Ms. Reyes:\n\n"
         "The Illinois Department of Labor received your Freedom of Information Act request on October 13,\n"
         "2026, for Prevailing Wage Act complaints and determinations concerning the Kestrel Fulfillment\n"
         "warehouse expansion project in Aurora, Illinois, 2025 to the present.\n\n"
         "The Department's Prevailing Wage Section searched its complaint database and case files by company\n"
         "name, project location and contractor names. No records responsive to your request were found. The\n"
         "project does not appear in the Department's records as a public works project, which may explain\n"
         "why no complaints were filed with the Department.\n\n"
         "You have a right to seek review of this response by the Public Access Counselor, Office of the\n"
         "Illinois Attorney General, 500 S. Second Street, Springfield, Illinois 62701, (877) 299-3642,\n"
         "publicaccess@ilag.gov. A request for review must be submitted within 60 days after the date of this\n"
         "response (5 ILCS 140/9.5(a)). You also have the right to seek judicial review under Section 11 of\n"
         "FOIA.\n\n"
         "Sincerely,\n\nFOIA Officer\nIllinois Department of Labor\n")
    h = std('"DOL.FOIA" <dol.foia@illinois.gov>', plus(rid), 'FOIA No. 26-1043 - Response',
            d(2026, 10, 20, 14, 5, CT, 48), outlook_mid('m036', 'CH3PR09MB7744'), o365_headers('m036', 'FOIA No. 26-1043 - Response'))
    save('036-idol-prevailing-wage-no-records.eml', build(h, text=t))


def msg037():
    rid = 'REQ-012'
    letter = (
        "STATE OF NEVADA\nDEPARTMENT OF BUSINESS AND INDUSTRY\nOFFICE OF THE LABOR COMMISSIONER\n\n"
        "October 20, 2026\n\n"
        "Alana Reyes\nThe Ledger - Workplace Desk\nfoia@ledgerdesk.example.org\n\n"
        "Re: Public Records Request LC26-0088\n\n"
        "Dear Ms. Reyes:\n\n"
        "The Office of the Labor Commissioner has completed its response to your request for wage claims, "
        "complaints and determinations involving Sierra Crest Resorts LLC, Silverline Hospitality Services and "
        "Desert Bloom Staffing from January 1, 2023 to the present.\n\n"
        "We located 14 wage claim files, 6 complaints and 9 determinations, totaling 412 pages. The records are "
        "available for download at the secure link provided in the accompanying email until November 20, 2026.\n\n"
        "Before release we redacted claimants' Social Security numbers, dates of birth, home addresses, "
        "telephone numbers and bank account information. The Office has determined that the claimants' privacy "
        "interest in this information outweighs the public's interest in access, under NRS 239.010 and the "
        "balancing test applied by the Nevada Supreme Court. Claimants' names, the amounts claimed, and the "
        "Labor Commissioner's determinations have not been redacted.\n\n"
        "This completes our response to LC26-0088.\n\n"
        "Sincerely,\n\nRosa Gutierrez\nRecords, Office of the Labor Commissioner\n")
    t = ("Ms. Reyes,\n\nPlease see the attached letter. The records can be downloaded here until November 20:\n"
         "https://nvlabor.sharefile.com/d-s8c1f0e3a2b94\n\nRosa Gutierrez\nNevada Office of the Labor Commissioner\n")
    data, mt = pdf(letter, 'LC26-0088 response')
    h = std('"Rosa Gutierrez" <rgutierrez@labor.nv.gov>', INBOX, 'LC26-0088 - Records Available',
            d(2026, 10, 20, 16, 30, PT, 0), outlook_mid('m037', 'BYAPR09MB2877'),
            o365_headers('m037', 'LC26-0088 - Records Available', attach=True))
    save('037-nvlc-final-redacted.eml', build(h, text=t, attachments=[(data, mt, 'LC26-0088 Response Letter.pdf')]))


def msg038():
    t = ("Ms. Reyes,\n\n"
         "Re: FOIA Request 2026-F-13602 - Request for Clarification\n\n"
         "Your request seeks complaints, referrals and inspection records for the Kestrel Fulfillment LLC\n"
         "warehouse in Aurora, Illinois, from January 2025 to the present. A search of OSHA's information\n"
         "system shows two Kestrel establishments in Aurora: a fulfillment center at 1650 Eola Road and a\n"
         "sortation center at 3900 Butterfield Road.\n\n"
         "Please tell us which establishment your request concerns, or confirm that you want records for both.\n"
         "Your request will be placed on hold until we receive your answer. If we do not hear from you within\n"
         "20 working days of the date of this letter, we will assume you are no longer interested and will\n"
         "close your request.\n\n" + okafor_sig())
    h = std('"Okafor, Teresa - OSHA" <Okafor.Teresa@dol.gov>', INBOX, 'FOIA Request 2026-F-13602 - Clarification Needed',
            d(2026, 10, 21, 13, 20, CT, 14), outlook_mid('m038', 'SA1PR09MB8812'),
            o365_headers('m038', 'FOIA Request 2026-F-13602 - Clarification Needed'))
    save('038-osha-r5-clarify-two-aurora-sites.eml', build(h, text=t))


def msg039():
    inner = ('<p><b>Message from Washoe County regarding request R002818-092226</b></p>'
             '<p>Dear Ms. Reyes,</p>'
             '<p>The County has completed its search for records responsive to your request for any separation or settlement agreement '
             'with former Human Services Agency Director Dana Kessler and any related payouts.</p>'
             '<p>Ms. Kessler resigned effective June 12, 2026. The County did not enter into a separation, severance or settlement agreement '
             'with her, and no such agreement exists. The only payment made at separation was the cash-out of accrued leave required by '
             'County policy; that payment appears in payroll records being handled under your related request R002817-092226.</p>'
             '<p>Accordingly, the County has no records responsive to this request, and it is now closed.</p>'
             '<p>Washoe County Human Resources / Office of the County Clerk &ndash; Public Records</p>')
    save('039-washoe-govqa-no-settlement-agreement.eml', govqa('Washoe County Public Records Request :: R002818-092226 - Closed',
                                                               inner, d(2026, 10, 22, 9, 5, PT, 36), 'm039'))


def msg040():
    rid = 'REQ-002'
    letter = (
        "NATIONAL LABOR RELATIONS BOARD\nFOIA Branch\n1015 Half Street SE, Washington, DC 20570\n\n"
        "October 23, 2026\n\n"
        "Alana Reyes\nThe Ledger - Workplace Desk\n\n"
        "Re: FOIA Request NLRB-2026-001538 - Fee Estimate\n\n"
        "Dear Ms. Reyes:\n\n"
        "Thank you for your October 8 email narrowing your request to the formal documents in cases "
        "28-RC-331904, 28-RC-334212 and 28-RM-336015.\n\n"
        "Your request form identified the intended use of the records as commercial, and the request has "
        "therefore been placed in the commercial-use fee category. Commercial-use requesters are charged for "
        "search, review and duplication (29 C.F.R. 102.117(d)). We estimate the search and review charges for "
        "your narrowed request as follows:\n\n"
        "Search: 4 hours at $37.00 per hour = $148.00\n"
        "Review: 4 hours at $37.00 per hour = $148.00\n"
        "Estimated search and review charges: $296.00 (duplication of electronic records: no charge)\n\n"
        "Because the estimated fees exceed $25.00, the Agency will not process your request further until you "
        "agree in writing to pay the estimated fees. If you believe you belong in a different fee category, "
        "such as a representative of the news media, please send us information supporting that status and "
        "we will reconsider the estimate. If we do not receive your written agreement or other response "
        "within 20 working days of the date of this letter, we will close your request.\n\n"
        "Sincerely,\n\nMarisol Quintero\nGovernment Information Specialist\n")
    t = ("Ms. Reyes,\n\nPlease see the attached fee estimate letter for NLRB-2026-001538. Let me know if you have\nquestions.\n\n"
         "Marisol Quintero\nGovernment Information Specialist | FOIA Branch | NLRB\n")
    data, mt = pdf(letter, 'NLRB-2026-001538 Fee Estimate')
    h = std('"Quintero, Marisol" <Marisol.Quintero@nlrb.gov>', INBOX, 'NLRB-2026-001538 - Fee Estimate',
            d(2026, 10, 23, 10, 10, ET, 52), outlook_mid('m040', 'BN8PR09MB3306'),
            o365_headers('m040', 'NLRB-2026-001538 - Fee Estimate', attach=True))
    save('040-nlrb-search-review-charges.eml', build(h, text=t, attachments=[(data, mt, 'NLRB-2026-001538 Fee Letter.pdf')]))


def msg041():
    rid = 'REQ-007'
    t = ("Ms. Reyes,\n\n"
         "RE: FOIA No. 26-0917 - Final response (2 of 2)\n\n"
         "This completes the Department's response to your request. Attached are complaints filed under the Day\n"
         "and Temporary Labor Services Act against ProLogix Staffing Group LLC and TempForce Midwest Inc.,\n"
         "the day and temporary labor service agencies that supply workers to Kestrel Fulfillment LLC, from\n"
         "January 1, 2024 to the present (11 complaints, 64 pages).\n\n"
         "As in the first release, home addresses, personal telephone numbers and Social Security numbers have\n"
         "been redacted under Section 7(1)(b), and the names of individual complainants under Section 7(1)(c).\n\n"
         "Two complaints have been withheld in their entirety. They relate to an investigation that remains\n"
         "open, and their release would interfere with a pending administrative enforcement proceeding\n"
         "(Section 7(1)(d)(ii)) and would disclose the identity of persons who provided information to the\n"
         "Department in confidence (Section 7(1)(d)(iv)).\n\n"
         "You have a right to seek review of this partial denial by the Public Access Counselor of the Office\n"
         "of the Attorney General, 500 S. Second Street, Springfield, IL 62701, publicaccess@ilag.gov, within 60\n"
         "days after the date of this response. You may also seek judicial review under Section 11 of FOIA.\n\n"
         "Lakeisha Dorsey\nFOIA Officer | Illinois Department of Labor\n")
    data, mt = pdf("ILLINOIS DEPARTMENT OF LABOR - FOIA 26-0917 - RELEASE 2\n\nDay and Temporary Labor Services Act complaints\n"
                   "DTL-24-0412  ProLogix Staffing Group LLC  Filed 08/05/2024  Allegation: transportation fee deducted below minimum wage\n"
                   "DTL-25-0077  TempForce Midwest Inc.  Filed 01/27/2025  Allegation: no work verification form issued\n"
                   "(remaining pages omitted in this sample)\n", 'FOIA 26-0917 Release 2')
    h = std('"Dorsey, Lakeisha" <Lakeisha.Dorsey@illinois.gov>', plus(rid), 'FOIA No. 26-0917 - Final Response (2 of 2)',
            d(2026, 10, 26, 14, 22, CT, 17), outlook_mid('m041', 'CH3PR09MB7744'),
            o365_headers('m041', 'FOIA No. 26-0917 - Final Response (2 of 2)', attach=True))
    save('041-idol-final-partial-denial.eml', build(h, text=t, attachments=[(data, mt, '26-0917_DTLSA_complaints_redacted.pdf')]))


def msg042():
    rid = 'REQ-016'
    letter = (
        "U.S. Department of Labor\nMine Safety and Health Administration\n201 12th Street South, Arlington, Virginia 22202-5450\n\n"
        "October 26, 2026\n\n"
        "Alana Reyes\nThe Ledger - Workplace Desk\n\n"
        "Re: FOIA Request 2026-F-13711\n\n"
        "Dear Ms. Reyes:\n\n"
        "This responds to your Freedom of Information Act request, received October 7, 2026, for discrimination "
        "complaints filed under Section 105(c) of the Federal Mine Safety and Health Act and related special "
        "investigation records concerning the Red Butte Mine (Mine ID 26-02471), 2024 to the present.\n\n"
        "MSHA located one discrimination investigation file within the scope of your request. The investigation "
        "is open. MSHA is withholding the file in its entirety under Exemption 7(A), 5 U.S.C. 552(b)(7)(A), "
        "because release could reasonably be expected to interfere with the pending enforcement proceeding, and "
        "under Exemptions 6 and 7(C), 5 U.S.C. 552(b)(6) and (b)(7)(C), to protect the personal privacy of the "
        "complainant and witnesses. MSHA located no closed Section 105(c) files for this mine in the period.\n\n"
        "You may appeal this determination within 90 days of the date of this letter. Appeals should be "
        "addressed to the Solicitor of Labor, U.S. Department of Labor, Division of Management and "
        "Administrative Legal Services, 200 Constitution Avenue NW, Room N-2420, Washington, DC 20210, or sent "
        "by email to foiaappeals@dol.gov. The envelope or subject line should read \"Freedom of Information Act "
        "Appeal.\"\n\n"
        "You may contact our FOIA Public Liaison for further assistance, or the Office of Government "
        "Information Services (OGIS) at the National Archives and Records Administration for mediation "
        "services: 8601 Adelphi Road-OGIS, College Park, MD 20740-6001; ogis@nara.gov; 202-741-5770; "
        "toll free 1-877-684-6448.\n\n"
        "Sincerely,\n\nFOIA Officer\nMine Safety and Health Administration\n")
    t = ("Please see the attached response to FOIA Request 2026-F-13711.\n\nMSHA FOIA Office\n")
    data, mt = pdf(letter, 'FOIA 2026-F-13711 Response')
    h = std('"MSHA FOIA" <msha-foia@dol.gov>', plus(rid), 'FOIA Request 2026-F-13711 - Response',
            d(2026, 10, 26, 15, 40, ET, 29), outlook_mid('m042', 'DM6PR09MB5520'),
            o365_headers('m042', 'FOIA Request 2026-F-13711 - Response', attach=True))
    save('042-msha-105c-denial-7a.eml', build(h, text=t, attachments=[(data, mt, '2026-F-13711 Final Response.pdf')]))


def msg043():
    rid = 'REQ-005'
    orig = 'Hollis.Gregory@dol.gov'
    t = ("Dear Ms. Reyes:\n\n"
         "This concerns your Freedom of Information Act request 2026-F-12240 for Wage and Hour Division\n"
         "compliance actions and back wage records concerning Northstar Staffing Solutions Inc., 2022 to the\n"
         "present.\n\n"
         "WHD has located seven closed compliance actions. The case files total roughly 2,600 pages. As a\n"
         "representative of the news media you are not charged for search or review, and the first 100\n"
         "pages of duplication are free. However, fees may apply for the remaining pages. At this time we\n"
         "estimate that duplication fees may total approximately $185.00 if the records are produced on paper;\n"
         "the amount may be lower if you accept an electronic release, for which a smaller media charge may\n"
         "apply.\n\n"
         "Because the estimate exceeds $25.00, we need your written agreement to pay fees of up to $185.00, or\n"
         "your instructions to narrow the request, before we continue processing. Your request will be on hold\n"
         "until we receive your response. If we do not hear from you within 20 working days, we may close the\n"
         "request.\n\n"
         "Gregory Hollis\nGovernment Information Specialist\nWage and Hour Division - FOIA Office\nU.S. Department of Labor\n(202) 693-0124\n")
    h = [('From', '"\'Hollis, Gregory - WHD\' via Ledger FOIA Desk" <foia@ledgerdesk.example.org>'),
         ('To', 'Ledger Workplace Desk <foia@ledgerdesk.example.org>'),
         ('Subject', 'FOIA 2026-F-12240 (Northstar Staffing) - fee notice'),
         ('Date', fmt_date(d(2026, 10, 27, 9, 58, ET, 33))),
         ('Message-ID', outlook_mid('m043', 'DM6PR09MB7701')),
         ('Reply-To', '"Hollis, Gregory - WHD" <%s>' % orig),
         ('Sender', 'foia@ledgerdesk.example.org')]
    h += google_group_headers(orig)
    h.append(('MIME-Version', '1.0'))
    save('043-whd-fee-may-apply-google-group.eml', build(h, text=t, html=to_html(t)))


def msg044():
    rid = 'REQ-002'
    m40 = outlook_mid('m040', 'BN8PR09MB3306')
    ours = '<fu-002.20261027.1@ledgerdesk.example.org>'
    boundary = '4GkQ2Lx9Tz.1793116211/gw2.nlrb.gov'
    raw = f"""From: MAILER-DAEMON@gw2.nlrb.gov (Mail Delivery System)
To: {INBOX}
Subject: Undelivered Mail Returned to Sender
Date: Tue, 27 Oct 2026 13:30:11 -0400 (EDT)
Message-ID: <20261027173011.4GkQ2Lx9Tz@gw2.nlrb.gov>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="{boundary}"

--{boundary}
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host gw2.nlrb.gov.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<Marisol.Quintero@nlrb.gov>: host nlrb-gov.mail.protection.outlook.com[52.101.10.3]
    said: 552 5.2.2 Mailbox full; the recipient's mailbox has exceeded its
    storage quota (in reply to end of DATA command)

--{boundary}
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; gw2.nlrb.gov
X-Postfix-Queue-ID: 4GkQ2Lx9Tz
X-Postfix-Sender: rfc822; foia@ledgerdesk.example.org
Arrival-Date: Tue, 27 Oct 2026 13:30:06 -0400 (EDT)

Final-Recipient: rfc822; Marisol.Quintero@nlrb.gov
Original-Recipient: rfc822;Marisol.Quintero@nlrb.gov
Action: failed
Status: 5.2.2
Remote-MTA: dns; nlrb-gov.mail.protection.outlook.com
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--{boundary}
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Ledger Workplace Desk <{INBOX}>
Reply-To: {plus(rid)}
To: "Quintero, Marisol" <Marisol.Quintero@nlrb.gov>
Subject: RE: NLRB-2026-001538 - Fee Estimate
Date: Tue, 27 Oct 2026 13:29:58 -0400
Message-ID: {ours}
In-Reply-To: {m40}
References: {m40}
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"

--{boundary}--
"""
    save('044-bounce-postfix-nlrb-mailbox-full.eml', raw.encode())


def msg045():
    t = ("Documents have been released for request #26-418.\n\n"
         "3 documents released:\n"
         "- Inspection 318822165 - Citation and Notification of Penalty.pdf\n"
         "- Inspection 318822165 - Informal Settlement Agreement.pdf\n"
         "- Inspection 318822165 - Narrative (redacted).pdf\n\n"
         "Message from North Carolina Department of Labor:\n"
         "\"Ms. Reyes, these are the records for the 2025 inspection of the Siler City plant. Names of employee\n"
         "complainants and witnesses have been redacted. The 2026 complaint inspection remains open; we will\n"
         "release those records once the case is closed or let you know what is being withheld.\"")
    hh = ('<p>Documents have been released for request <b>#26-418</b>.</p>'
          '<p>3 documents released:</p><ul>'
          '<li>Inspection 318822165 - Citation and Notification of Penalty.pdf</li>'
          '<li>Inspection 318822165 - Informal Settlement Agreement.pdf</li>'
          '<li>Inspection 318822165 - Narrative (redacted).pdf</li></ul>'
          '<p><b>Message from North Carolina Department of Labor:</b></p>'
          '<blockquote style="border-left:3px solid #ccc;padding-left:8px">Ms. Reyes, these are the records for the 2025 inspection of the '
          'Siler City plant. Names of employee complainants and witnesses have been redacted. The 2026 complaint inspection remains open; '
          'we will release those records once the case is closed or let you know what is being withheld.</blockquote>')
    save('045-ncdol-nextrequest-documents-released.eml', nextrequest('[Records Request] Documents released for request #26-418', t, hh,
                                                                      d(2026, 10, 29, 15, 15, ET, 4), 'm045'))


def msg046():
    t = ("Kim from Washoe HR wrote to me directly after I called her Friday. Logging it here - sounds like\n"
         "this is their final word on the Kessler personnel request. Attachment came through on her email.\n\n"
         "Priya\n\n"
         "---------- Forwarded message ---------\n"
         "From: Kim Alvarado <kalvarado@washoecounty.gov>\n"
         "Date: Mon, Nov 2, 2026 at 4:51 PM\n"
         "Subject: Kessler - discipline records\n"
         "To: Priya Natarajan <pnatarajan@ledgerdesk.example.org>\n\n\n"
         "Hi Priya,\n\n"
         "Good talking to you Friday. I heard back from the DA's civil division. We're not going to release the\n"
         "disciplinary documents from Dana Kessler's personnel file. Their view is that the privacy interest\n"
         "outweighs the public interest for those, and the investigation report is covered by attorney-client\n"
         "privilege because outside counsel did it for the County.\n\n"
         "So what your desk already got from me (titles and pay history) plus the attached personnel action\n"
         "form showing her resignation and final title is everything we're releasing on that one. I'll ask\n"
         "the records folks to close it out in GovQA.\n\n"
         "Thanks,\nKim\n\nKim Alvarado\nHR Analyst II | Washoe County Human Resources\n")
    data, mt = pdf("WASHOE COUNTY - PERSONNEL ACTION FORM\n\nEmployee: Dana Kessler   Employee ID: [REDACTED]\n"
                   "Action: Separation - Resignation   Effective: 06/12/2026\n"
                   "Position: Director, Human Services Agency (X70)\nReason: Personal (employee resignation letter on file)\n"
                   "Leave cash-out: per County policy\n", 'Kessler PAF')
    h = std('"Priya Natarajan" <pnatarajan@ledgerdesk.example.org>', INBOX, 'Fwd: Kessler - discipline records',
            d(2026, 11, 3, 9, 30, PT, 12), '<CAJq8%s@mail.gmail.com>' % hexid('m046', 30))
    save('046-fwd-washoe-hr-discipline-withheld.eml', build(h, text=t, attachments=[(data, mt, 'Kessler_PAF_separation.pdf')]))


def msg047():
    inner = ('<p>The status of your request <b>R002817-092226</b> has been changed to <b>Closed</b>.</p>'
             '<p>To view details, log in to the Public Records Center.</p>')
    save('047-washoe-govqa-status-closed.eml', govqa('Washoe County Public Records Request :: R002817-092226 - Status Changed',
                                                     inner, d(2026, 11, 4, 8, 0, PT, 44), 'm047'))


def msg048():
    rid = 'REQ-003'
    letter = (
        "U.S. EQUAL EMPLOYMENT OPPORTUNITY COMMISSION\nOffice of Legal Counsel\n131 M Street, NE, Washington, DC 20507\n\n"
        "November 5, 2026\n\n"
        "Alana Reyes\nThe Ledger - Workplace Desk\n\n"
        "Re: FOIA No. 820-2026-014877\n\n"
        "Dear Ms. Reyes:\n\n"
        "This is the final response to your Freedom of Information Act request for conciliation agreements, "
        "systemic investigation records and litigation referral memoranda concerning Great Plains Protein Co. "
        "Your request is denied for the following reasons.\n\n"
        "1. Conciliation agreements. Section 706(b) of Title VII of the Civil Rights Act of 1964, 42 U.S.C. "
        "2000e-5(b), provides that nothing said or done during and as a part of the Commission's informal "
        "endeavors to end an unlawful employment practice may be made public by the Commission without the "
        "written consent of the persons concerned. Conciliation agreements are therefore withheld under "
        "Exemption 3 of the FOIA, 5 U.S.C. 552(b)(3).\n\n"
        "2. Charges and systemic investigations. Sections 706(b) and 709(e) of Title VII prohibit the Commission "
        "from making charges public. The EEOC can neither confirm nor deny the existence of any charge of "
        "discrimination or systemic investigation concerning Great Plains Protein Co., other than matters that "
        "have become public through the filing of a lawsuit, because confirming or denying the existence of "
        "such records would itself disclose information protected by Exemption 3 and by Exemptions 6 and 7(C), "
        "5 U.S.C. 552(b)(6) and (b)(7)(C).\n\n"
        "3. Litigation. Records concerning EEOC v. Great Plains Protein Co., No. 0:25-cv-01877 (D. Minn.), "
        "including litigation referral memoranda, are withheld under Exemption 5 (attorney work product and "
        "deliberative process privileges). Documents filed with the court are available through PACER.\n\n"
        "You may appeal this decision within 90 calendar days of the date of this letter. Appeals may be "
        "submitted through the FOIA Public Access Portal, by email to foia@eeoc.gov, or by mail to the "
        "Assistant Legal Counsel, FOIA Programs, at the address above, marked \"FOIA Appeal.\"\n\n"
        "You may seek assistance from the EEOC FOIA Public Liaison at (202) 921-3152. You may also contact the "
        "Office of Government Information Services (OGIS) at the National Archives and Records Administration "
        "to inquire about the FOIA mediation services it offers: 8601 Adelphi Road-OGIS, College Park, MD "
        "20740-6001; ogis@nara.gov; 202-741-5770; toll free 1-877-684-6448.\n\n"
        "Sincerely,\n\nRashad Coleman\nGovernment Information Specialist\nFOIA Programs, Office of Legal Counsel\n")
    t = ("Dear Ms. Reyes,\n\nPlease find attached the final response to FOIA No. 820-2026-014877.\n\n"
         "Rashad Coleman\nGovernment Information Specialist | EEOC Office of Legal Counsel, FOIA Programs\n")
    data, mt = pdf(letter, '820-2026-014877 Final Response')
    h = std('"Coleman, Rashad" <rashad.coleman@eeoc.gov>', plus(rid), 'FOIA No. 820-2026-014877 - Final Response',
            d(2026, 11, 5, 13, 40, ET, 18), outlook_mid('m048', 'CY4PR09MB2290'),
            o365_headers('m048', 'FOIA No. 820-2026-014877 - Final Response', attach=True))
    save('048-eeoc-final-denial-glomar.eml', build(h, text=t, attachments=[(data, mt, '820-2026-014877_Final_Response.pdf')]))


def msg049():
    m31 = outlook_mid('m031', 'SA1PR09MB8812')
    t = ("Ms. Reyes,\n\n"
         "Attached is Part 2 of the release for FOIA request 2026-F-11873 (Inspection 1781234): 96 photographs,\n"
         "provided as a 48-page PDF. Faces and name badges of employees have been obscured under Exemptions 6\n"
         "and 7(C). The video file will be addressed with Part 3, together with the interview statements and\n"
         "the narrative.\n\n" + okafor_sig())
    html = to_html(t)
    data, mt = pdf("OSHA INSPECTION 1781234 - RELEASE 2 OF 3 - PHOTOGRAPHS\n\nPhoto 1 - Dock door 14, trailer bay (faces obscured (b)(6),(b)(7)(C))\n"
                   "Photo 2 - Powered industrial truck, unit 2207\n(remaining pages omitted in this sample)\n", '1781234 Release 2')
    h = std('"Okafor, Teresa - OSHA" <Okafor.Teresa@dol.gov>', INBOX, 'RE: FOIA 2026-F-11873 - Interim Response No. 2 (Inspection 1781234)',
            d(2026, 11, 12, 14, 30, CT, 7), outlook_mid('m049', 'SA1PR09MB8812'),
            [('In-Reply-To', m31), ('References', m31)] + o365_headers('m049', 'FOIA 2026-F-11873 - Interim Response No. 2 (Inspection 1781234)', attach=True))
    save('049-osha-r5-interim-part2-photos.eml', build(h, text=t, html=html, attachments=[(data, mt, '1781234_Release2_Photos_Redacted.pdf')]))


def msg050():
    rid = 'REQ-009'
    t = ("Ms. Reyes,\n\n"
         "This email completes DLI's fulfilment of your data request DR26-0412.\n\n"
         "Installment 2 (attached) contains the public data from the Labor Standards unit about Northstar\n"
         "Staffing Solutions Inc., January 2022 to the present, as you specified: the summary data and\n"
         "compliance orders from two closed wage investigations (2023 and 2025), including back-wage totals.\n\n"
         "Not public data. We did not give you:\n"
         "- names and other data identifying individual employees and complainants, which are private data on\n"
         "  individuals; and\n"
         "- data from one investigation that is still active, which are confidential and protected nonpublic\n"
         "  civil investigative data under Minn. Stat. 13.39, subd. 2.\n\n"
         "If you have questions about how these data are classified, you may contact me or ask the Data\n"
         "Practices Office at the Minnesota Department of Administration for an advisory opinion.\n\n"
         "DR26-0412 is now closed.\n\n"
         "Ingrid Halvorsen\nData Practices Designee | Minnesota Department of Labor and Industry\n")
    data, mt = pdf("LABOR STANDARDS - PUBLIC DATA\nData request DR26-0412 - installment 2\n\n"
                   "Employer: Northstar Staffing Solutions Inc.\nInvestigation LS-2023-0388  Closed 11/14/2023  Back wages: $48,212.16  Employees: 37\n"
                   "Investigation LS-2025-0126  Closed 06/02/2025  Back wages: $19,840.00  Employees: 12\n", 'DR26-0412 installment 2')
    h = std('"Halvorsen, Ingrid (DLI)" <ingrid.halvorsen@state.mn.us>', plus(rid), 'DR 26-0412 - data request fulfilment complete',
            d(2026, 11, 16, 11, 11, CT, 11), outlook_mid('m050', 'SN6PR09MB4023'),
            o365_headers('m050', 'DR 26-0412 - data request fulfilment complete', attach=True))
    save('050-mndli-fulfilment-complete.eml', build(h, text=t, attachments=[(data, mt, 'DR26-0412_Labor_Standards_public_data.pdf')]))


def msg051():
    rid = 'REQ-001'
    letter = (
        "NATIONAL LABOR RELATIONS BOARD\nFOIA Branch\n\nNovember 17, 2026\n\n"
        "Re: FOIA Request NLRB-2026-001412 - First Interim Release\n\n"
        "Dear Ms. Reyes:\n\n"
        "This is the first interim release in response to your request for the case files of closed Region 13 "
        "cases in which Kestrel Fulfillment LLC was the charged party. This release covers Case 13-CA-318442 "
        "(withdrawn after a non-Board settlement).\n\n"
        "We reviewed 186 pages. We are releasing 142 pages in part and withholding 44 pages in full. Names and "
        "identifying information of employees and witnesses are withheld under Exemptions 6 and 7(C), "
        "5 U.S.C. 552(b)(6) and (b)(7)(C). Internal Agency memoranda and the Regional Office's recommendations "
        "are withheld under Exemption 5, 5 U.S.C. 552(b)(5).\n\n"
        "The files for Cases 13-CA-320915 and 13-CA-327760 are still being processed. Appeal rights will be "
        "provided with our final response.\n\n"
        "Sincerely,\n\nFOIA Branch\n")
    t = "Ms. Reyes: Please see the attached interim response and released records for NLRB-2026-001412.\n\nFOIA Branch | NLRB\n"
    d1, mt = pdf(letter, 'NLRB-2026-001412 Interim 1')
    d2, _ = pdf("CASE 13-CA-318442 - RELEASED IN PART\n\nCharge Against Employer (Form NLRB-501)\nCharged party: Kestrel Fulfillment LLC, Joliet, IL\n"
                "Charging party: (b)(6),(b)(7)(C)\nBasis: 8(a)(1) and 8(a)(3) - discharge of employee for protected concerted activity\n"
                "(remaining pages omitted in this sample)\n", '13-CA-318442 release')
    h = std('"FOIA Branch" <foiabranch@nlrb.gov>', plus(rid), 'NLRB-2026-001412 - First Interim Release',
            d(2026, 11, 17, 10, 0, ET, 25), outlook_mid('m051', 'BN8PR09MB3306'),
            o365_headers('m051', 'NLRB-2026-001412 - First Interim Release', attach=True))
    save('051-nlrb-first-interim-release.eml', build(h, text=t, attachments=[(d1, mt, 'NLRB-2026-001412_Interim_1.pdf'),
                                                                           (d2, mt, '13-CA-318442_Released.pdf')]))


def msg052():
    rid = 'REQ-008'
    t = ("Ms. Reyes,\n\n"
         "RE: IWCC FOIA-2026-0133 - Response\n\n"
         "Thank you for your October 2 email accepting electronic copies in place of paper. Because the\n"
         "records are being provided electronically, there is no charge.\n\n"
         "The Commission is providing:\n"
         "1. A list of the 58 cases filed from 2022 to the present in which Kestrel Fulfillment LLC is the\n"
         "   respondent (case number, date filed, arbitrator, status, petitioner's attorney).\n"
         "2. The 41 settlement contracts approved in those cases, in redacted form (link below; the files are\n"
         "   too large to attach).\n\n"
         "The following information has been redacted: Social Security numbers, dates of birth, home\n"
         "addresses and medical information, which are private information exempt under Section 7(1)(b); and\n"
         "the names of petitioners, whose disclosure in connection with their medical conditions and injuries\n"
         "would be an unwarranted invasion of personal privacy under Section 7(1)(c).\n\n"
         "Download link (expires December 18, 2026): https://iwcc.illinois.gov/transfer/FOIA-2026-0133\n\n"
         "You have the right to seek review of the redactions by the Public Access Counselor, Office of the\n"
         "Illinois Attorney General, 500 S. Second Street, Springfield, IL 62701, within 60 days of the date\n"
         "of this letter, or to seek judicial review under Section 11 of the Act.\n\n"
         "Colleen Brandt\nFOIA Officer | Illinois Workers’ Compensation Commission\n")
    t = t.replace('under Section 7(1)(b)', 'under § 7(1)(b)').replace('under Section 7(1)(c)', 'under § 7(1)(c)')
    csv = ("case_number,date_filed,respondent,status\n26WC004118,2026-02-09,Kestrel Fulfillment LLC,Pending\n"
           "25WC019233,2025-06-17,Kestrel Fulfillment LLC,Settled\n24WC027705,2024-09-30,Kestrel Fulfillment LLC,Settled\n")
    h = std('"Brandt, Colleen" <Colleen.Brandt@illinois.gov>', plus(rid), 'IWCC FOIA-2026-0133 - Response',
            d(2026, 11, 18, 15, 35, CT, 40), outlook_mid('m052', 'CH3PR09MB8120'),
            o365_headers('m052', 'IWCC FOIA-2026-0133 - Response', attach=True))
    save('052-iwcc-final-redacted-settlements.eml', build(h, text=t, charset='windows-1252', attachments=[(csv, 'text/csv', 'FOIA-2026-0133_case_list.csv')]))


def msg053():
    t = ("Request #26-437 has been closed.\n\n"
         "Request text: Wage and Hour Bureau complaints and investigations, Carolina Piedmont Poultry, 2024-2026.\n\n"
         "Closure reason: No responsive documents\n\n"
         "Message from North Carolina Department of Labor:\n"
         "\"The Wage and Hour Bureau searched its case management system and complaint intake records for\n"
         "Carolina Piedmont Poultry LLC and its Siler City address. No complaints or investigations were\n"
         "found for 2024 to the present. Wage complaints by employees of employers covered by the federal Fair\n"
         "Labor Standards Act are often referred to the U.S. Department of Labor, Wage and Hour Division.\"")
    hh = ('<p>Request <b>#26-437</b> has been closed.</p>'
          '<p>Request text: Wage and Hour Bureau complaints and investigations, Carolina Piedmont Poultry, 2024-2026.</p>'
          '<p>Closure reason: <b>No responsive documents</b></p>'
          '<p><b>Message from North Carolina Department of Labor:</b></p>'
          '<blockquote style="border-left:3px solid #ccc;padding-left:8px">The Wage and Hour Bureau searched its case management system and '
          'complaint intake records for Carolina Piedmont Poultry LLC and its Siler City address. No complaints or investigations were found '
          'for 2024 to the present. Wage complaints by employees of employers covered by the federal Fair Labor Standards Act are often '
          'referred to the U.S. Department of Labor, Wage and Hour Division.</blockquote>')
    save('053-ncdol-nextrequest-closed-no-records.eml', nextrequest('[Records Request] Request #26-437 has been closed', t, hh,
                                                                     d(2026, 11, 19, 10, 20, ET, 55), 'm053'))


def msg054():
    t = ("Hi,\n\n"
         "This is Mike Brennan, Assistant Area Director at OSHA's Aurora Area Office. Teresa in the regional\n"
         "FOIA office asked me to reach out about your Kestrel request. Some of what you're asking about is\n"
         "easier to explain on the phone than in a letter.\n\n"
         "Can you give me a call this week at 630-896-8700 ext. 214?\n\n"
         "Thanks,\nMike\n\nMichael Brennan\nAssistant Area Director, Aurora Area Office\nOccupational Safety and Health Administration\n")
    h = std('"Brennan, Michael - OSHA" <Brennan.Michael@dol.gov>', INBOX, 'Kestrel',
            d(2026, 11, 20, 10, 0, CT, 2), outlook_mid('m054', 'SA1PR09MB6630'), o365_headers('m054', 'Kestrel'))
    save('054-osha-aurora-ao-call-unplaceable.eml', build(h, text=t))


def msg055():
    t = ("November 24, 2026\n\n"
         "Re: FOIA Request 2026-F-13602 - Request Closed\n\n"
         "Dear Ms. Reyes:\n\n"
         "On October 21, 2026, we asked you to clarify which Kestrel Fulfillment LLC establishment in Aurora,\n"
         "Illinois, your request concerns, and told you that we would close the request if we did not hear\n"
         "from you within 20 working days. As of the date of this letter we have not received a response.\n"
         "Accordingly, we have administratively closed your request. No records have been released.\n\n"
         "If you still want these records, you may submit a new request identifying the establishment.\n\n"
         "If you consider this closure an adverse determination, you may appeal within 90 days of the date of\n"
         "this letter to the Solicitor of Labor, Division of Management and Administrative Legal Services,\n"
         "U.S. Department of Labor, 200 Constitution Avenue NW, Room N-2420, Washington, DC 20210, or by email\n"
         "to foiaappeals@dol.gov.\n\n"
         "You may also contact the OSHA FOIA Public Liaison, or the Office of Government Information Services\n"
         "(OGIS), National Archives and Records Administration, 8601 Adelphi Road-OGIS, College Park, MD\n"
         "20740-6001; ogis@nara.gov; 202-741-5770.\n\n"
         "Sincerely,\n\n" + okafor_sig())
    h = std('"Okafor, Teresa - OSHA" <Okafor.Teresa@dol.gov>', INBOX, 'FOIA Request 2026-F-13602 - Request Closed',
            d(2026, 11, 24, 11, 0, CT, 37), outlook_mid('m055', 'SA1PR09MB8812'),
            o365_headers('m055', 'FOIA Request 2026-F-13602 - Request Closed'))
    save('055-osha-closed-no-response-to-clarification.eml', build(h, text=t))


def msg056():
    html = ('<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">'
            '<table width="560" style="border:1px solid #ddd"><tr><td style="background:#1f3864;color:#fff;padding:12px">Records Request Portal</td></tr>'
            '<tr><td style="padding:14px">'
            '<p>Hello,</p><p>Documents responsive to your public records request have been released and are awaiting your review.</p>'
            '<p>Reference: <b>PRR-2026-55810</b><br>Documents: 4 files (12.6 MB)<br>Status: Ready for download</p>'
            '<p>Access expires in <b>48 hours</b>. To avoid losing access, verify your identity using your Microsoft 365 account.</p>'
            '<p><a href="https://records-portal-secure.com/login?rid=55810" style="background:#2f5597;color:#fff;padding:8px 16px;text-decoration:none">View Documents</a></p>'
            '<p style="font-size:11px;color:#888">This is an automated notification. Do not reply.</p>'
            '</td></tr></table></body></html>')
    h = std('"Records Portal Notification" <notify@records-portal-secure.com>', INBOX,
            'Action required: your records request documents are ready for download',
            d(2026, 12, 22, 9, 0, ET, 14), '<%s@records-portal-secure.com>' % hexid('m056', 22))
    save('056-null-phishing-portal-lookalike.eml', build(h, html=html))


def msg057():
    rid = 'REQ-005'
    letter = (
        "U.S. Department of Labor\nWage and Hour Division\n200 Constitution Avenue NW, Washington, DC 20210\n\n"
        "January 8, 2027\n\n"
        "Alana Reyes\nThe Ledger - Workplace Desk\n\n"
        "Re: FOIA Request 2026-F-12240 - Final Response\n\n"
        "Dear Ms. Reyes:\n\n"
        "This is the final response to your request for Wage and Hour Division (WHD) compliance actions and "
        "back wage records concerning Northstar Staffing Solutions Inc., 2022 to the present. Following your "
        "agreement to accept an electronic release, WHD reviewed the seven closed compliance action files "
        "(1,826 pages). We are releasing 1,614 pages in part and withholding 212 pages in full. No fees are "
        "charged.\n\n"
        "Exemptions 6 and 7(C), 5 U.S.C. 552(b)(6) and (b)(7)(C): we withheld the names, addresses, telephone "
        "numbers, wage rates and individual back wage amounts of employees, including the employee-level "
        "entries of the back wage summaries, because release would be an unwarranted invasion of personal "
        "privacy. Aggregate back wage totals have been released.\n\n"
        "Exemption 7(D), 5 U.S.C. 552(b)(7)(D): we withheld interview statements and other information that "
        "would reveal the identity of confidential sources, including complainants and employees who provided "
        "information to WHD during the investigations under an express or implied assurance of "
        "confidentiality, and information furnished only by those sources.\n\n"
        "In addition, to the extent your request seeks records that would show whether any particular "
        "individual complained to or cooperated with WHD, we can neither confirm nor deny the existence of such "
        "records, because confirming or denying their existence would itself reveal information protected by "
        "Exemptions 6, 7(C) and 7(D).\n\n"
        "Exemption 5, 5 U.S.C. 552(b)(5): internal case-closing recommendations are withheld under the "
        "deliberative process privilege.\n\n"
        "You may appeal this determination within 90 days of the date of this letter to the Solicitor of Labor, "
        "Division of Management and Administrative Legal Services, U.S. Department of Labor, 200 Constitution "
        "Avenue NW, Room N-2420, Washington, DC 20210, or by email to foiaappeals@dol.gov. You may also contact "
        "WHD's FOIA Public Liaison or the Office of Government Information Services (OGIS), National Archives "
        "and Records Administration, 8601 Adelphi Road-OGIS, College Park, MD 20740-6001; ogis@nara.gov; "
        "202-741-5770; toll free 1-877-684-6448.\n\n"
        "Sincerely,\n\nGregory Hollis\nGovernment Information Specialist, WHD FOIA Office\n")
    t = ("Ms. Reyes,\n\nAttached is WHD's final response to FOIA request 2026-F-12240. The released records are\n"
         "available through the DOL FOIA portal under your request.\n\nGregory Hollis\nWHD FOIA Office\n")
    data, mt = pdf(letter, '2026-F-12240 Final Response')
    h = std('"Hollis, Gregory - WHD" <Hollis.Gregory@dol.gov>', plus(rid), 'FOIA 2026-F-12240 - Final Response',
            d(2027, 1, 8, 12, 15, ET, 3), outlook_mid('m057', 'DM6PR09MB7701'),
            o365_headers('m057', 'FOIA 2026-F-12240 - Final Response', attach=True))
    save('057-whd-final-7d-glomar.eml', build(h, text=t, attachments=[(data, mt, '2026-F-12240_Final_Response.pdf')]))


def msg058():
    rid = 'REQ-001'
    letter = (
        "NATIONAL LABOR RELATIONS BOARD\nFOIA Branch\n1015 Half Street SE, Washington, DC 20570\n\n"
        "January 12, 2027\n\n"
        "Re: FOIA Request NLRB-2026-001412 - Final Response\n\n"
        "Dear Ms. Reyes:\n\n"
        "This is the final response to your request for the case files of closed Region 13 unfair labor "
        "practice cases in which Kestrel Fulfillment LLC was the charged party. This release covers Cases "
        "13-CA-320915 (dismissed) and 13-CA-327760 (settled, compliance closed). We reviewed 611 pages; 388 "
        "pages are released in part and 223 pages are withheld in full.\n\n"
        "Exemptions 6 and 7(C): names, addresses and other identifying information of employees, charging "
        "parties and witnesses are withheld, as release would be an unwarranted invasion of personal privacy.\n\n"
        "Exemption 7(D): affidavits and statements given to Board agents under the Agency's assurance of "
        "confidentiality are withheld in full, as release could reasonably be expected to disclose the identity "
        "of confidential sources and the information they furnished.\n\n"
        "To the extent your request could be read to seek records identifying persons who provided information "
        "to the Agency in confidence, the Agency neither confirms nor denies the existence of such records. "
        "Confirming or denying would itself disclose information protected by Exemptions 6, 7(C) and 7(D).\n\n"
        "Exemption 5: internal memoranda, including Regional recommendations and Division of Advice "
        "communications, are withheld under the deliberative process and attorney work-product privileges.\n\n"
        "You may appeal this determination within 90 days of the date of this letter. Appeals should be sent "
        "to the Division of Legal Counsel, FOIA Appeals, at the address above or by email to "
        "FOIAAppeal@nlrb.gov. You may contact the FOIA Public Liaison at (202) 273-0902, or the Office of "
        "Government Information Services (OGIS), National Archives and Records Administration, 8601 Adelphi "
        "Road-OGIS, College Park, MD 20740-6001; ogis@nara.gov; 202-741-5770; toll free 1-877-684-6448.\n\n"
        "Sincerely,\n\nFOIA Branch\n")
    t = ("Ms. Reyes:\n\nAttached is the Agency's final response to FOIA request NLRB-2026-001412, with the released\n"
         "records for Cases 13-CA-320915 and 13-CA-327760.\n\nFOIA Branch | National Labor Relations Board\n")
    d1, mt = pdf(letter, 'NLRB-2026-001412 Final')
    d2, _ = pdf("CASES 13-CA-320915 AND 13-CA-327760 - RELEASED IN PART\n\nLetter dismissing charge 13-CA-320915 ...\n"
                "Witness affidavit (b)(7)(D) - withheld in full - 14 pages\n(remaining pages omitted in this sample)\n", 'Final release')
    h = std('"FOIA Branch" <foiabranch@nlrb.gov>', plus(rid), 'NLRB-2026-001412 - Final Response',
            d(2027, 1, 12, 15, 45, ET, 9), outlook_mid('m058', 'BN8PR09MB3306'),
            o365_headers('m058', 'NLRB-2026-001412 - Final Response', attach=True))
    save('058-nlrb-final-7d-informants.eml', build(h, text=t, html=to_html(t), attachments=[(d1, mt, 'NLRB-2026-001412_Final_Response.pdf'),
                                                                                          (d2, mt, 'NLRB-2026-001412_Release_2.pdf')]))


def msg059():
    m31 = outlook_mid('m031', 'SA1PR09MB8812')
    m49 = outlook_mid('m049', 'SA1PR09MB8812')
    letter = (
        "U.S. Department of Labor\nOccupational Safety and Health Administration - Region 5\n\n"
        "January 14, 2027\n\n"
        "Re: FOIA Request 2026-F-11873 - Final Response (Part 3 of 3)\n\n"
        "Dear Ms. Reyes:\n\n"
        "This is the final response to your request for the case file of Inspection No. 1781234 (Kestrel "
        "Fulfillment LLC, Joliet, Illinois). Part 3 consists of the Compliance Safety and Health Officer's "
        "narrative, employee and management interview statements, the video file and the remaining case file "
        "documents (412 pages and one video).\n\n"
        "Released in part: the narrative and remaining documents (298 pages). Withheld in full: 114 pages of "
        "employee interview statements.\n\n"
        "Exemptions 6 and 7(C): names and identifying details of employees, the deceased employee's family and "
        "other third parties.\n"
        "Exemption 7(D): statements given by employees who spoke with OSHA under an express or implied "
        "assurance of confidentiality, and information that would identify them. Consistent with its "
        "longstanding practice, OSHA does not confirm or deny whether any particular employee filed a "
        "complaint or provided a statement; to the extent your request seeks such records, we neither confirm "
        "nor deny their existence.\n"
        "Exemption 5: the CSHO's penalty and classification recommendations (deliberative process).\n\n"
        "The video is released with employees' faces obscured and may be downloaded from the link in the "
        "accompanying email.\n\n"
        "This completes the processing of your request. You may appeal within 90 days of the date of this "
        "letter to the Solicitor of Labor, Division of Management and Administrative Legal Services, U.S. "
        "Department of Labor, 200 Constitution Avenue NW, Room N-2420, Washington, DC 20210, or "
        "foiaappeals@dol.gov. You may also contact the OSHA FOIA Public Liaison or OGIS, National Archives and "
        "Records Administration, 8601 Adelphi Road-OGIS, College Park, MD 20740-6001; ogis@nara.gov; "
        "202-741-5770.\n\n"
        "Sincerely,\n\nTeresa Okafor\nFOIA Coordinator, Region 5\n")
    t = ("Ms. Reyes,\n\nAttached is the final response and Part 3 of the Inspection 1781234 file. The video can be\n"
         "downloaded here for 30 days: https://dol.box.com/s/7q2k0c1781234p3\n\n" + okafor_sig())
    data, mt = pdf(letter, '2026-F-11873 Final')
    h = std('"Okafor, Teresa - OSHA" <Okafor.Teresa@dol.gov>', INBOX, 'RE: FOIA 2026-F-11873 - Final Response (Part 3 of 3)',
            d(2027, 1, 14, 9, 50, CT, 28), outlook_mid('m059', 'SA1PR09MB8812'),
            [('In-Reply-To', m49), ('References', '%s %s' % (m31, m49))]
            + o365_headers('m059', 'FOIA 2026-F-11873 - Final Response (Part 3 of 3)', attach=True))
    save('059-osha-final-part3-7d.eml', build(h, text=t, attachments=[(data, mt, '2026-F-11873_Final_Letter.pdf')]))


def msg060():
    t = ("Thank you for your email. I am out of the office through Friday, January 22, 2027.\n\n"
         "If your message concerns a pending FOIA request, please include the request number and write to\n"
         "msha-foia@dol.gov, which is monitored by other staff while I am away.\n\n"
         "Dwayne Pickett\nGovernment Information Specialist\nMSHA FOIA Office\n")
    h = std('"Pickett, Dwayne - MSHA" <Pickett.Dwayne@dol.gov>', INBOX, 'Automatic reply: Status of our MSHA FOIA request - Red Butte Mine',
            d(2027, 1, 19, 8, 4, ET, 51), outlook_mid('m060', 'DM6PR09MB5520'),
            [('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')]
            + o365_headers('m060', 'Status of our MSHA FOIA request - Red Butte Mine'))
    save('060-msha-ooo-no-thread-two-red-butte-requests.eml', build(h, text=t))


def main():
    for p in OUT.glob('*.eml'):
        p.unlink()
    fns = [v for k, v in sorted(globals().items()) if k.startswith('msg') and k[3:].isdigit()]
    for f in fns:
        f()
    print('wrote %d messages' % len(WRITTEN))


if __name__ == '__main__':
    main()
