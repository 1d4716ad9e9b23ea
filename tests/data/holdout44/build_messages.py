#!/usr/bin/env python3
"""Write messages/*.eml and facts.yaml for this set (hand-written story; see NOTES.md).

    python build_messages.py      # rewrites messages/, facts.yaml and NOTES.md's per-message lines

Every message is declared once below (MSG list) with its arrival time, its builder, its facts and its note.
Files are numbered in arrival order. Dates in facts are hand facts; due/appeal_due are derived by
compute_labels.py, never written here.
"""
import datetime as dt, shutil
from pathlib import Path
import yaml
from email.message import EmailMessage
from mailkit import (POLICY, ET, CT, PT, UTC, ORG_ADDR, rng, hexs, alnum, rfc_date, make_pdf, outlook_mid,
                     outlook_headers, google_group_headers, GROUP_FOOTER_TXT, GROUP_FOOTER_HTML, build, to_bytes,
                     google_dsn, exchange_ndr)

HERE = Path(__file__).resolve().parent
REQ = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
MSG = []


def T(y, mo, d, h, mi, tz, s=0):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)


def msg(when, slug, facts, note):
    def deco(fn):
        MSG.append(dict(when=when, slug=slug, facts=facts, note=note, make=fn))
        return fn
    return deco


def thread(rid):
    m = REQ[rid]['message_id']
    return [('In-Reply-To', m), ('References', m)]


def quoted_request(rid, style='outlook', sender='Records Desk <records@records.example.org>', to='', when=None):
    r = REQ[rid]
    sent = dt.date.fromisoformat(str(r['sent']))
    body = ('To whom it may concern:\n\nUnder the %s, the Records Desk requests the records described in the '
            'subject line above, in electronic form. We are a news organization and ask to be treated as a '
            'representative of the news media; please waive or reduce fees where the law allows.\n\n'
            'Please reply to %s.\n\nRecords Desk\n' % (
                {'US': 'Freedom of Information Act, 5 U.S.C. 552', 'US-CA': 'California Public Records Act',
                 'US-TX': 'Texas Public Information Act', 'US-IL': 'Illinois Freedom of Information Act',
                 'US-NY': 'New York Freedom of Information Law'}[JUR[r['agency']]], r['reply_address']))
    if style == 'outlook':
        head = ('\n________________________________\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n' % (
            sender, (when or dt.datetime.combine(sent, dt.time(10, 2))).strftime('%A, %B %-d, %Y %-I:%M %p'), to,
            r['subject']))
        return head + body
    head = '\nOn %s, Records Desk <%s> wrote:\n' % (sent.strftime('%a, %b %-d, %Y'), r['reply_address'])
    return head + ''.join('> ' + ln + '\n' if ln else '>\n' for ln in body.split('\n'))


JUR = {a['id']: a['jurisdiction'] for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}

# ====================================================================================== REQ-001 SEC enforcement


@msg(T(2026, 9, 8, 15, 43, ET, 17), 'sec-bounce-google-dsn',
     dict(request='REQ-001', kind='bounce', tracking_number=None, signals=['thread', 'thread-embedded'],
          why='Gmail DSN: the cc copy of our SEC request to a departed staff address was rejected (550 5.1.10)'),
     'bounce; Google Workspace DSN (multipart/report, text/rfc822-headers) for the cc to a departed SEC staffer; '
     'modeled on Gmail "Address not found" notices with Exchange Online RecipientNotFound replies')
def _():
    r = REQ['REQ-001']
    orig = {'From': 'Records Desk <records@records.example.org>', 'Reply-To': r['reply_address'],
            'To': 'SEC Office of FOIA Services <foiapa@sec.gov>', 'Cc': 'Alan Whitcomb <a.whitcomb@sec.gov>',
            'Subject': r['subject'], 'Date': 'Tue, 8 Sep 2026 15:40:02 -0400', 'Message-ID': r['message_id'],
            'MIME-Version': '1.0', 'Content-Type': 'multipart/mixed; boundary="000000000000a41c7e0620b1f3d2"'}
    return google_dsn(T(2026, 9, 8, 15, 43, ET, 17), 'm001', 'a.whitcomb@sec.gov', 'sec-gov.mail.protection.outlook.com',
                      '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient a.whitcomb@sec.gov not found by SMTP '
                      'address lookup [GV1PEPF0000A3B1.namprd09.prod.outlook.com]', orig)

# ====================================================================================== REQ-003 IRS auto-reply


@msg(T(2026, 9, 9, 10, 12, ET, 44), 'irs-foia-mailbox-autoreply',
     dict(request='REQ-003', kind='auto_reply', tracking_number=None, signals=['thread', 'plus'],
          why='IRS FOIA mailbox auto-response threaded to our request; says it is not an acknowledgment'),
     'auto_reply; IRS FOIA mailbox automatic response (not a perfected-request acknowledgment); modeled on agency '
     'mailbox auto-responders that route mail to a disclosure office')
def _():
    r = REQ['REQ-003']
    w = T(2026, 9, 9, 10, 12, ET, 44)
    rr = rng('m002')
    h = [('From', 'IRS FOIA Requests <foia.request@irs.gov>'), ('To', r['reply_address']),
         ('Subject', 'Automatic reply: ' + r['subject']), ('Date', rfc_date(w, UTC)),
         ('Message-ID', outlook_mid(rr))] + thread('REQ-003') + [
        ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
        ('X-MS-Exchange-Inbox-Rules-Loop', 'foia.request@irs.gov')] + outlook_headers(rr, r['subject'])
    text = ('Thank you for writing to the IRS Freedom of Information Act mailbox. This is an automated message; '
            'please do not reply to it.\n\n'
            'Your message will be routed to the IRS Disclosure office responsible for the records you describe. If your '
            'message is a FOIA request that meets the requirements of 26 CFR 601.702, that office will write to you '
            'and give you a case number. This automated reply is NOT an acknowledgment of your request and does not '
            'start the statutory response period.\n\n'
            'Looking for your own tax information? Transcripts of your tax account and return are available at '
            'IRS.gov/Transcripts without a FOIA request.\n\n'
            'To check on a request you already filed, please wait until you receive a case number and then contact '
            'the Disclosure office named in your letter.\n\n'
            'IRS Privacy, Governmental Liaison and Disclosure\n')
    return to_bytes(build(h, text=text, boundary_style='outlook', seed='m002'))

# ====================================================================================== REQ-009 Open FOIL NY ack


@msg(T(2026, 9, 10, 14, 6, ET, 33), 'openfoilny-created-dfs',
     dict(request='REQ-009', kind='acknowledgment', tracking_number='FOIL-2026-04417', clock='received_on_sent_date',
          signals=['plus', 'tracking-new', 'subject'],
          why='statewide Open FOIL NY portal (not a DFS address) logs our emailed FOIL request to DFS on 09/10/2026 as FOIL-2026-04417'),
     'acknowledgment; statewide portal (serves 50+ NY agencies from one unlisted address) creates the request for DFS; '
     'modeled on Open FOIL NY / GovQA-style "request created on your behalf" notices and POL 89(3)(a) wording')
def _():
    r = REQ['REQ-009']
    w = T(2026, 9, 10, 14, 6, ET, 33)
    html = '''<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222">
<div style="background:#002d72;color:#fff;padding:10px 16px;font-size:18px">Open FOIL NY</div>
<p>Dear Records Desk,</p>
<p>The <b>New York State Department of Financial Services</b> has entered the Freedom of Information Law (FOIL)
request you sent by email into Open FOIL NY, the State's online records request system. A record of the request
has been created under your email address.</p>
<table cellpadding="5" cellspacing="0" style="border:1px solid #bbb;font-size:13px">
<tr><td style="background:#eef1f6"><b>Request Number</b></td><td>FOIL-2026-04417</td></tr>
<tr><td style="background:#eef1f6"><b>Agency</b></td><td>Department of Financial Services</td></tr>
<tr><td style="background:#eef1f6"><b>Date Received</b></td><td>09/10/2026</td></tr>
<tr><td style="background:#eef1f6"><b>Submitted Via</b></td><td>Email</td></tr>
<tr><td style="background:#eef1f6"><b>Description</b></td><td>BitLicense and limited purpose trust charter
application decisions (approval letters, conditional approvals, denials), 2023&ndash;2026</td></tr>
</table>
<p>Under Public Officers Law &sect;89(3)(a), within five business days of receiving a request an agency must make
the records available, deny the request in writing, or acknowledge it in writing with an approximate date for a
response. The agency's Records Access Officer will contact you through this system or by email.</p>
<p>To check the status of this request, sign in to <a href="https://openfoil.ny.gov/myrequests">My Open FOIL NY</a>
with the NY.gov ID linked to this email address.</p>
<p style="color:#666;font-size:11px">Open FOIL NY handles requests for more than 50 New York State agencies and
public authorities. This mailbox is not monitored; questions about a specific request should be directed to the
Records Access Officer of the agency handling it.</p>
</body></html>
'''
    h = [('From', 'Open FOIL NY <noreply@openfoil.ny.gov>'), ('To', r['reply_address']),
         ('Subject', 'Open FOIL NY - Request FOIL-2026-04417 has been created'), ('Date', rfc_date(w)),
         ('Message-ID', '<%s.%s@openfoil.ny.gov>' % (w.strftime('%Y%m%d%H%M%S'), hexs(rng('m003'), 12))),
         ('X-Mailer', 'OpenFOIL Notification Service')]
    return to_bytes(build(h, html=html, seed='m003'))

# ====================================================================================== REQ-001 SEC ack letter


SEC_HEAD = ['UNITED STATES', 'SECURITIES AND EXCHANGE COMMISSION', 'STATION PLACE', '100 F STREET, NE',
            'WASHINGTON, DC 20549-2465', '', 'Office of FOIA Services', '']


@msg(T(2026, 9, 11, 9, 31, ET, 5), 'sec-ack-letter-pdf',
     dict(request='REQ-001', kind='acknowledgment', tracking_number='26-03418-FOIA', clock='received_on_sent_date',
          signals=['plus', 'tracking-new'],
          why='SEC acknowledgment letter (PDF only) assigns 26-03418-FOIA; received Sep 8 (= sent); fees "may" apply'),
     'acknowledgment; letter only in a PDF attachment, complex track, hedged fee notice, OGIS paragraph; modeled on '
     'SEC Office of FOIA Services acknowledgment letters (Station Place letterhead, NN-NNNNN-FOIA numbers)')
def _():
    r = REQ['REQ-001']
    w = T(2026, 9, 11, 9, 31, ET, 5)
    letter = SEC_HEAD + ['September 11, 2026', ''] + ORG_ADDR + ['Via email: ' + r['reply_address'], '',
        'RE: Freedom of Information Act (FOIA), 5 U.S.C. § 552', '    Request No. 26-03418-FOIA', '',
        'Dear Requester:', '',
        'This letter acknowledges receipt of your FOIA request, dated and received in this office on September 8, '
        '2026, for copies of closing letters and Wells notices issued by the Division of Enforcement to crypto asset '
        'trading platforms from January 1, 2023 through December 31, 2025.', '',
        'Your request has been placed in the complex processing track because responsive records, if any, are likely '
        'to be held by the Division of Enforcement in Washington and in several regional offices. Requests in this '
        'track are handled in the order received. You may be able to receive a faster response by narrowing the '
        'request, for example to a list of named platforms or to closing letters only.', '',
        'For fee purposes we have placed you in the representative of the news media category. Requesters in this '
        'category are charged only for duplication beyond the first 100 pages. Fees may apply to this request; if '
        'we expect them to exceed $25.00 we will notify you before we incur them.', '',
        'If you have questions about your request, please contact Kendra Oyelaran, FOIA Lead Research Specialist, at '
        '(202) 551-8349 or foiapa@sec.gov, and refer to the request number above. You may also contact the SEC FOIA '
        'Public Liaison at (202) 551-7900. In addition, the Office of Government Information Services (OGIS) at the '
        'National Archives and Records Administration offers mediation services to resolve disputes between FOIA '
        'requesters and federal agencies as a non-exclusive alternative to litigation (ogis@nara.gov; 877-684-6448).', '',
        'Sincerely,', '', 'Office of FOIA Services']
    pdf = make_pdf(letter, 'Acknowledgment 26-03418-FOIA', 'Microsoft Word - ACK_Letter')
    rr = rng('m004')
    h = [('From', 'FOIAPA <foiapa@sec.gov>'), ('To', r['reply_address']), ('Subject', 'Your FOIA Request 26-03418-FOIA'),
         ('Date', rfc_date(w, UTC)), ('Message-ID', outlook_mid(rr))] + outlook_headers(rr, 'Your FOIA Request 26-03418-FOIA', attach=True)
    text = ('Please see the attached letter concerning your Freedom of Information Act request.\n\n'
            'Office of FOIA Services\nU.S. Securities and Exchange Commission\n(202) 551-7900\n')
    return to_bytes(build(h, text=text, attachments=[(pdf, 'application', 'pdf', '26-03418-FOIA_Acknowledgment.pdf')],
                          boundary_style='outlook', seed='m004'))

# ====================================================================================== REQ-006 CFPB ack, waiver granted


@msg(T(2026, 9, 15, 11, 22, ET, 9), 'cfpb-ack-fee-waiver-granted',
     dict(request='REQ-006', kind='acknowledgment', tracking_number='CFPB-2026-0688-F', clock='received_on_sent_date',
          signals=['thread', 'plus', 'tracking-new'],
          why='CFPB acknowledges receipt Sep 14 (= sent), assigns CFPB-2026-0688-F and grants the fee waiver'),
     'acknowledgment with a fee-waiver grant; Outlook reply quoting our request; modeled on CFPB FOIA acknowledgment '
     'emails (CFPB-YYYY-NNNN-F numbers, 12 CFR 1070 fee rules, pointer to the public Consumer Complaint Database)')
def _():
    r = REQ['REQ-006']
    w = T(2026, 9, 15, 11, 22, ET, 9)
    rr = rng('m005')
    subj = 'RE: ' + r['subject']
    h = [('From', 'CFPB FOIA <FOIA@consumerfinance.gov>'), ('To', '"%s" <%s>' % (r['reply_address'], r['reply_address'])),
         ('Subject', subj), ('Date', rfc_date(w, UTC)), ('Message-ID', outlook_mid(rr))] + thread('REQ-006') + \
        outlook_headers(rr, r['subject'])
    text = ('Dear Requester:\n\n'
            'This email acknowledges that the Consumer Financial Protection Bureau (CFPB) received your Freedom of '
            'Information Act (FOIA) request on September 14, 2026. Your request has been assigned tracking number '
            'CFPB-2026-0688-F. Please use this number in any future correspondence about the request.\n\n'
            'You asked for consumer complaint data, including complaint narratives and company responses, for complaints '
            'about crypto-asset products and payment apps received from January 1, 2024 to the present.\n\n'
            'Fee category and fee waiver: Based on the information in your request, you are categorized as a '
            'representative of the news media. You also asked for a waiver of all fees. Having considered the factors '
            'in 12 CFR 1070.22, we have determined that your request meets the standard for a waiver, and your request '
            'for a fee waiver is granted.\n\n'
            'Please note that much complaint information is already public. The CFPB publishes complaints, including '
            'narratives for which consumers gave consent, in the Consumer Complaint Database at '
            'https://www.consumerfinance.gov/data-research/consumer-complaints/. A FOIA analyst may contact you to '
            'discuss the scope of your request.\n\n'
            'The CFPB will make every effort to respond within 20 working days. You may check the status of your request '
            'by writing to FOIA@consumerfinance.gov or calling (855) 444-3642.\n\n'
            'Sincerely,\n\nFOIA Team\nOperations Division\nConsumer Financial '
            'Protection Bureau\n1700 G Street NW\nWashington, DC 20552\n' +
            quoted_request('REQ-006', to='FOIA <FOIA@consumerfinance.gov>'))
    return to_bytes(build(h, text=text, boundary_style='outlook', seed='m005'))

# ====================================================================================== REQ-005 Treasury ack


@msg(T(2026, 9, 16, 11, 48, ET, 51), 'treasury-do-ack',
     dict(request='REQ-005', kind='acknowledgment', tracking_number='2026-09-117', clock='received_on_sent_date',
          signals=['tracking-new'],
          why='Treasury DO acknowledges the request received Sep 10 (= sent), assigns 2026-09-117; fee waiver decided later'),
     'acknowledgment; plain-text letter pasted into an Outlook email, YYYY-MM-NNN number in subject and body; modeled on '
     'Treasury Departmental Offices FOIA acknowledgments (complex track, separate fee-waiver decision)')
def _():
    r = REQ['REQ-005']
    w = T(2026, 9, 16, 11, 48, ET, 51)
    rr = rng('m006')
    subj = 'FOIA Request 2026-09-117 - Acknowledgment'
    h = [('From', 'Treasury FOIA <treasfoia@treasury.gov>'), ('To', 'Records Desk <records@records.example.org>'), ('Subject', subj),
         ('Date', rfc_date(w, UTC)), ('Message-ID', outlook_mid(rr))] + outlook_headers(rr, subj)
    text = ('DEPARTMENT OF THE TREASURY\nWASHINGTON, D.C. 20220\n\nSeptember 16, 2026\n\n'
            'Re: FOIA Request No. 2026-09-117\n\nDear Requester:\n\n'
            'This acknowledges receipt of your Freedom of Information Act (FOIA) request, which the Departmental '
            'Offices (DO) FOIA office received on September 10, 2026. You seek correspondence between DO officials, '
            'including the Office of Domestic Finance and the Office of the General Counsel, and issuers of payment '
            'stablecoins about rules implementing the GENIUS Act, from January 1, 2025 to the date of the search.\n\n'
            'Your request has been assigned the number above; please cite it in any communication with this office. '
            'Because your request requires searches of the records of more than one office and may require '
            'consultation with other bureaus, it has been placed in our complex processing track.\n\n'
            'Your request for a fee waiver will be addressed in separate correspondence.\n\n'
            'If you have questions, you may contact the DO FOIA Requester Service Center at (202) 622-0930 or '
            'treasfoia@treasury.gov, or our FOIA Public Liaison at the same number. You may also contact the Office '
            'of Government Information Services (OGIS), National Archives and Records Administration, 8601 Adelphi '
            'Road-OGIS, College Park, MD 20740-6001; ogis@nara.gov; 202-741-5770.\n\n'
            'Sincerely,\n\nDisclosure Services\nFOIA and Transparency\nDepartmental Offices\n')
    return to_bytes(build(h, text=text, boundary_style='outlook', seed='m006'))

# ====================================================================================== REQ-009 DFS time letter


@msg(T(2026, 9, 16, 16, 22, ET, 40), 'dfs-rao-approximate-date',
     dict(request='REQ-009', kind='extension', tracking_number='2026-04417', clock='extension', estimated='2026-10-16',
          signals=['tracking', 'subject'],
          why='DFS needs more than the 5 FOIL business days and gives a date by which it will grant or deny (Oct 16): NY +20 business days'),
     'extension; Records Access Officer letter as plain email to the bare inbox, number written without the FOIL- '
     'prefix; modeled on NY agency FOIL letters under POL 89(3)(a) giving an approximate date and Banking Law 36(10)')
def _():
    w = T(2026, 9, 16, 16, 22, ET, 40)
    h = [('From', 'DFS Records Access Officer <RecordsAccessOfficer@dfs.ny.gov>'), ('To', 'records@records.example.org'),
         ('Subject', 'FOIL Request No. 2026-04417'), ('Date', rfc_date(w)),
         ('Message-ID', '<%s$%s@dfs.ny.gov>' % (alnum(rng('m007'), 16), hexs(rng('m007b'), 8))),
         ('X-Mailer', 'Microsoft Outlook 16.0')]
    text = ('September 16, 2026\n\nRecords Desk\nrecords@records.example.org\n\n'
            'Re: FOIL Request No. 2026-04417\n\nDear Records Desk:\n\n'
            'The New York State Department of Financial Services (the "Department") received your request under the '
            'Freedom of Information Law ("FOIL") on September 10, 2026. You seek approval letters, conditional '
            'approvals and denial letters issued on applications for a virtual currency license (BitLicense) or a '
            'limited purpose trust charter from January 1, 2023 to the present.\n\n'
            'The Department is conducting a diligent search for responsive records. Any records located must be '
            'reviewed to determine whether all or part of them are exempt from disclosure, including under Banking Law '
            '§ 36(10) and Public Officers Law § 87(2)(d). The Department therefore requires additional time, and '
            'anticipates that it will grant or deny your request, in whole or in part, on or before October 16, 2026.\n\n'
            'If the Department is unable to respond by that date, it will notify you in writing of the reason and '
            'of a date certain within a reasonable period by which it will respond.\n\n'
            'Very truly yours,\n\nRecords Access Office\nOffice of General Counsel\nNew York State Department of '
            'Financial Services\nOne State Street, New York, NY 10004\n')
    return to_bytes(build(h, text=text, seed='m007'))

# ====================================================================================== REQ-003 IRS ack letter


IRS_HEAD = ['Department of the Treasury', 'Internal Revenue Service', 'Privacy, Governmental Liaison and Disclosure']


@msg(T(2026, 9, 17, 13, 15, ET, 2), 'irs-do10-ack-letter-pdf',
     dict(request='REQ-003', kind='acknowledgment', tracking_number='F26257-0044', clock='received:2026-09-14',
          estimated='2026-10-13', signals=['plus', 'tracking-new'],
          why='IRS Disclosure Office 10 letter: request dated Sep 9 received Sep 14, case F26257-0044; clock runs from Sep 14'),
     'acknowledgment; IRS disclosure-office letter in a PDF with its own case number and a received date five days '
     'after our sent date; modeled on IRS FOIA letters ("We received your ... request on ...", person to contact, case number)')
def _():
    r = REQ['REQ-003']
    w = T(2026, 9, 17, 13, 15, ET, 2)
    letter = IRS_HEAD + ['Disclosure Office 10', 'Stop 211, 1111 Constitution Ave NW, Washington, DC 20224', '',
        'Date: September 17, 2026', '', 'Person to contact:', '  Teresa Vallejo', '  Employee ID number: 1000218847',
        'Tel: 202-317-4410', 'Fax: 855-251-8713', 'Case number: F26257-0044', ''] + ORG_ADDR + ['',
        'Dear Records Desk:', '',
        'We received your Freedom of Information Act (FOIA) request dated September 9, 2026, on September 14, 2026.', '',
        'You asked for copies of John Doe summonses the IRS served on digital asset exchanges from 2021 through 2026, '
        'the petitions and court orders authorizing them, and internal memoranda on how the information obtained was '
        'used in examinations.', '',
        'We are searching for and will review any records we find. We will respond to you by October 13, 2026, which is '
        'the statutory response date. If we need more time, we will write to you before that date.', '',
        'You asked us to waive fees. We will address your fee waiver request when we know whether fees apply.', '',
        'If you have questions, contact the person listed at the top of this letter. You may also contact the IRS FOIA '
        'Public Liaison at 312-292-2929, or the Office of Government Information Services (OGIS) at ogis@nara.gov or '
        '877-684-6448 for dispute resolution services.', '',
        'Sincerely,', '', 'Disclosure Manager', 'Disclosure Office 10']
    pdf = make_pdf(letter, 'F26257-0044', 'IRS FOIA Letter')
    rr = rng('m008')
    h = [('From', 'IRS Disclosure Office 10 <disclosure.office10@irs.gov>'), ('To', r['reply_address']),
         ('Subject', 'Freedom of Information Act Request F26257-0044'), ('Date', rfc_date(w)),
         ('Message-ID', outlook_mid(rr))] + outlook_headers(rr, 'Freedom of Information Act Request F26257-0044', attach=True)
    text = ('Attached is correspondence about your Freedom of Information Act request.\n\n'
            'This email account cannot accept sensitive information. Please do not send tax returns, Social Security '
            'numbers or other personal information to this address.\n')
    return to_bytes(build(h, text=text, attachments=[(pdf, 'application', 'pdf', 'F26257-0044 Acknowledgement.pdf')],
                          boundary_style='outlook', seed='m008'))

# ====================================================================================== REQ-012 DFPI NextRequest ack


def nextrequest_html(title, paras, link):
    ps = ''.join('<p style="margin:0 0 14px 0">%s</p>\n' % p for p in paras)
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>%s</title></head>\n'
            '<body style="margin:0;background:#f4f5f7;font-family:Helvetica,Arial,sans-serif;color:#333">\n'
            '<div style="max-width:600px;margin:0 auto;background:#fff;padding:24px">\n'
            '<div style="font-size:12px;color:#5b6770;text-transform:uppercase;letter-spacing:1px">California Department of '
            'Financial Protection and Innovation</div>\n<h2 style="font-weight:normal">%s</h2>\n%s'
            '<p><a href="%s" style="background:#1d4f91;color:#fff;padding:8px 14px;text-decoration:none">View request</a></p>\n'
            '<p style="font-size:11px;color:#888">Please do not reply to this email. Messages sent to this address are not '
            'monitored. Powered by NextRequest.</p>\n</div></body></html>\n' % (title, title, ps, link))


@msg(T(2026, 9, 17, 12, 40, PT, 12), 'dfpi-nextrequest-ack',
     dict(request='REQ-012', kind='acknowledgment', tracking_number='26-1042', clock='received_on_sent_date',
          signals=['plus', 'tracking-new', 'subject'],
          why='NextRequest confirms DFPI received the DFAL licensing request on 9/17/2026 (= sent), request #26-1042'),
     'acknowledgment; NextRequest HTML-only template for a state agency; modeled on NextRequest "request has been '
     'submitted" notices')
def _():
    r = REQ['REQ-012']
    w = T(2026, 9, 17, 12, 40, PT, 12)
    html = nextrequest_html('Your public records request #26-1042 has been submitted', [
        'Your record request #26-1042 has been received by the California Department of Financial Protection and '
        'Innovation and is being processed.',
        '<b>Request received:</b> 9/17/2026 (via email)',
        '<b>Request:</b> All applications for a license under the Digital Financial Assets Law (Fin. Code, div. 1.25), '
        'the Department&#39;s list of applicants and their status, and any orders granting, conditionally granting or '
        'denying a license, July 2025 to present.',
        'The Department will respond within the time required by Government Code section 7922.535. You can follow the '
        'request, see messages from staff and download released documents at the link below.'],
        'https://dfpi.nextrequest.com/requests/26-1042')
    h = [('From', 'California Department of Financial Protection and Innovation <dfpi@mail.nextrequest.com>'),
         ('To', r['reply_address']), ('Subject', 'Your public records request #26-1042 has been submitted'),
         ('Date', rfc_date(w)), ('Message-ID', '<%s.%s@mail.nextrequest.com>' % (hexs(rng('m009'), 24), w.strftime('%s'))),
         ('X-SG-EID', alnum(rng('m009x'), 40, False))]
    return to_bytes(build(h, html=html, seed='m009'))

# ====================================================================================== REQ-011 CDI extension


@msg(T(2026, 9, 21, 16, 5, PT, 27), 'cdi-extension-quoting-request',
     dict(request='REQ-011', kind='extension', tracking_number=None, clock='extension', estimated='2026-10-05',
          signals=['thread', 'plus', 'subject'],
          why='CDI invokes the 14-day unusual-circumstances extension (Gov. Code 7922.535) on day 10; determination by Oct 5'),
     'extension; Outlook multipart/alternative reply quoting our request; modeled on California state-agency CPRA '
     'extension notices citing field-office searches and voluminous records')
def _():
    r = REQ['REQ-011']
    w = T(2026, 9, 21, 16, 5, PT, 27)
    rr = rng('m010')
    subj = 'RE: ' + r['subject']
    body = ['Good afternoon,',
            'The California Department of Insurance (CDI) received your request under the California Public Records Act '
            '(Gov. Code, &sect; 7920.000 et seq.) on September 11, 2026.',
            'Pursuant to Government Code section 7922.535, subdivisions (b) and (c), CDI is extending the time to respond '
            'by 14 days because of unusual circumstances: the need to search for and collect records from the Market '
            'Conduct Division, the Enforcement Bureau and the Consumer Services Division, which are separate from the '
            'office processing the request, and the need to search for, collect and examine a voluminous amount of '
            'separate and distinct records.',
            'CDI will notify you of its determination on or before October 5, 2026.',
            'Thank you,<br>Jennifer Salcedo<br>Public Records Coordinator<br>Government Law Bureau, Legal Division<br>'
            'California Department of Insurance<br>300 Capitol Mall, Suite 1700, Sacramento, CA 95814']
    text = '\n\n'.join(p.replace('<br>', '\n').replace('&sect;', '§') for p in body) + '\n' + quoted_request(
        'REQ-011', to='PublicRecords@insurance.ca.gov', when=dt.datetime(2026, 9, 11, 9, 14))
    q = quoted_request('REQ-011', to='PublicRecords@insurance.ca.gov', when=dt.datetime(2026, 9, 11, 9, 14))
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0;'
            'font-size:11.0pt;font-family:"Calibri",sans-serif}</style></head><body lang="EN-US">\n<div class="WordSection1">\n' +
            ''.join('<p class="MsoNormal">%s</p>\n<p class="MsoNormal">&nbsp;</p>\n' % p for p in body) +
            '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">\n<pre>%s</pre>\n</div>\n'
            '</div></body></html>\n' % q.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;'))
    h = [('From', 'CDI Public Records <PublicRecords@insurance.ca.gov>'), ('To', 'Records Desk <%s>' % r['reply_address']),
         ('Subject', subj), ('Date', rfc_date(w, UTC)), ('Message-ID', outlook_mid(rr, prefix='BYAPR09MB'))] + \
        thread('REQ-011') + outlook_headers(rr, r['subject'])
    return to_bytes(build(h, text=text, html=html, boundary_style='outlook', seed='m010'))

# ====================================================================================== REQ-014 IDFPR extension


@msg(T(2026, 9, 21, 15, 30, CT, 48), 'idfpr-3e-extension',
     dict(request='REQ-014', kind='extension', tracking_number='2026-2284', clock='extension', estimated='2026-09-28',
          signals=['tracking-new', 'subject'],
          why='IDFPR extends 5 business days under 5 ILCS 140/3(e) on day 5 (received Sep 14 = sent); response by Sep 28'),
     'extension; Illinois FOIA 3(e) notice from a shared illinois.gov address with no thread headers and a bare '
     'inbox To:; modeled on Illinois state-agency extension letters listing the statutory reasons')
def _():
    w = T(2026, 9, 21, 15, 30, CT, 48)
    rr = rng('m011')
    subj = 'FOIA #2026-2284 - Extension'
    h = [('From', '"FPR.FOIA" <FPR.FOIA@illinois.gov>'), ('To', 'records@records.example.org'), ('Subject', subj),
         ('Date', rfc_date(w, UTC)), ('Message-ID', outlook_mid(rr, prefix='CH0PR09MB'))] + outlook_headers(rr, subj)
    text = ('Dear Records Desk:\n\n'
            'The Illinois Department of Financial and Professional Regulation ("IDFPR" or "Department") received your '
            'request under the Illinois Freedom of Information Act, 5 ILCS 140/1 et seq. ("FOIA"), on September 14, '
            '2026. You requested:\n\n'
            '    "examiner correspondence and enforcement orders for digital asset businesses and money transmitters, '
            '2024-2026"\n\n'
            'Your request has been assigned FOIA #2026-2284.\n\n'
            'Pursuant to Section 3(e) of FOIA, the Department is extending the time to respond to your request by five '
            '(5) business days because: (i) the requested records are stored in whole or in part at other locations '
            'than the office having charge of the requested records (the Division of Banking, Springfield, and the '
            'Division of Financial Institutions, Chicago); (ii) the request requires the collection of a substantial '
            'number of specified records; and (v) the requested records require examination and evaluation by personnel '
            'having the necessary competence and discretion to determine if they are exempt from disclosure.\n\n'
            'The Department will respond to your request on or before September 28, 2026.\n\n'
            'Sincerely,\n\nFOIA Unit\nIllinois Department of Financial and Professional Regulation\n'
            '320 W. Washington St., Springfield, IL 62786\n')
    return to_bytes(build(h, text=text, boundary_style='outlook', seed='m011'))

# ====================================================================================== REQ-016 TDI GovQA ack


def govqa_html(paras, rows, ref):
    tr = ''.join('<tr><td style="background:#e8edf3;width:170px"><b>%s</b></td><td>%s</td></tr>\n' % kv for kv in rows)
    return ('<html><body style="font-family:Tahoma,Verdana,sans-serif;font-size:10pt">\n'
            '<table width="640" cellpadding="0" cellspacing="0"><tr><td style="background:#00467f;color:#fff;padding:8px;'
            'font-size:13pt">Texas Department of Insurance &mdash; Public Information Request Center</td></tr>\n'
            '<tr><td style="padding:10px">\n%s<table border="1" cellspacing="0" cellpadding="4" style="font-size:9pt;'
            'border-collapse:collapse">\n%s</table>\n'
            '<p>To view the request or respond, log in to the <a href="https://tdi.govqa.us/WEBAPP/_rs/(S(%s))/'
            'RequestLogin.aspx?rqst=%s">Public Information Request Center</a>.</p>\n'
            '<p style="color:#777;font-size:8pt">This is a system-generated message. Replies to this address are not '
            'read.</p></td></tr></table>\n</body></html>\n' % (''.join('<p>%s</p>\n' % p for p in paras), tr,
                                                             alnum(rng(ref), 24, False), ref))


@msg(T(2026, 9, 23, 10, 44, CT, 3), 'tdi-govqa-ack',
     dict(request='REQ-016', kind='acknowledgment', tracking_number='R012874-092326', clock='received_on_sent_date',
          signals=['plus', 'tracking-new', 'subject'],
          why='TDI GovQA center logs the complaint-data request received 9/23/2026 (= sent) as R012874-092326'),
     'acknowledgment; GovQA multipart/alternative notice with a details table; modeled on Texas state-agency GovQA '
     'receipts that restate the PIA 10-business-day and Attorney General ruling steps')
def _():
    r = REQ['REQ-016']
    w = T(2026, 9, 23, 10, 44, CT, 3)
    paras = ['Dear Records Desk,',
             'Thank you for your request for public information. The Texas Department of Insurance received your request '
             'on 9/23/2026 and assigned it reference number <b>R012874-092326</b>.',
             'TDI will promptly release the information that is not confidential by law. If TDI cannot produce the '
             'information within 10 business days, we will tell you in writing and give you a date and hour when it will '
             'be available. If TDI wants to withhold any information, we will ask the Office of the Attorney General for a '
             'ruling and send you a copy of that request.']
    rows = [('Reference No.', 'R012874-092326'), ('Received', '9/23/2026'), ('Request Type', 'Open Records - Data'),
            ('Description', 'Consumer complaint data (company, line, reason, disposition, dates) for auto and '
             'homeowners insurers, complaints closed 2024-2025')]
    html = govqa_html(paras, rows, 'R012874-092326')
    text = ('Dear Records Desk,\n\nThank you for your request for public information. The Texas Department of Insurance '
            'received your request on 9/23/2026 and assigned it reference number R012874-092326.\n\n'
            'TDI will promptly release the information that is not confidential by law. If TDI cannot produce the '
            'information within 10 business days, we will tell you in writing and give you a date and hour when it will '
            'be available. If TDI wants to withhold any information, we will ask the Office of the Attorney General for '
            'a ruling and send you a copy of that request.\n\nReference No.: R012874-092326\nReceived: 9/23/2026\n\n'
            'Log in to the Public Information Request Center to view the request: https://tdi.govqa.us/WEBAPP/_rs/\n')
    h = [('From', 'Texas Department of Insurance <tdi@govqa.us>'), ('To', r['reply_address']),
         ('Subject', 'Public Information Request :: R012874-092326'), ('Date', rfc_date(w)),
         ('Message-ID', '<%s@govqa.us>' % hexs(rng('m012'), 28))]
    return to_bytes(build(h, text=text, html=html, boundary_style='govqa', seed='m012'))

# ====================================================================================== REQ-002 SEC ack via Google Group


@msg(T(2026, 9, 24, 8, 58, ET, 36), 'sec-ack-via-google-group',
     dict(request='REQ-002', kind='acknowledgment', tracking_number='26-03977-FOIA', clock='received:2026-09-23',
          signals=['tracking-new', 'subject'],
          why='SEC acknowledges the TCR-data request dated Sep 22 as received Sep 23; number only in the body; via our Google Group'),
     'acknowledgment; Google Group collaborative inbox delivery ("via Records Desk", X-Original-Sender, List-ID), '
     'generic subject, tracking number only in the body, received date one day after our evening send; modeled on '
     'SEC acknowledgment emails')
def _():
    w = T(2026, 9, 24, 8, 58, ET, 36)
    rr = rng('m013')
    paras = ['Dear Requester:',
             'This acknowledges receipt of your Freedom of Information Act request dated September 22, 2026, which was '
             'received by the Office of FOIA Services on September 23, 2026. Your request has been assigned tracking '
             'number 26-03977-FOIA.',
             'You request records showing the number of tips, complaints and referrals concerning crypto asset offerings '
             'entered in the Commission\'s Tips, Complaints and Referrals (TCR) system from January 2023 through '
             'December 2025, by month and by category.',
             'Please note that the FOIA does not require agencies to create new records, conduct research or compile '
             'statistics in response to a request. We will search for existing records, such as reports, that contain '
             'the information you describe. We will write to you about fees if any apply.',
             'If you have questions, contact our FOIA Public Service Center at (202) 551-7900 or foiapa@sec.gov.',
             'Office of FOIA Services<br>U.S. Securities and Exchange Commission']
    text = '\n\n'.join(p.replace('<br>', '\n') for p in paras) + '\n' + GROUP_FOOTER_TXT
    html = ('<div dir="ltr">' + ''.join('<p>%s</p>\n' % p.replace("'", '&#39;') for p in paras) + '</div>\n' +
            GROUP_FOOTER_HTML)
    h = [('From', '"\'SEC FOIA Office\' via Records Desk" <records@records.example.org>'),
         ('Reply-To', 'SEC FOIA Office <foiapa@sec.gov>'), ('To', 'records@records.example.org'),
         ('Subject', 'Acknowledgment of Your FOIA Request'), ('Date', rfc_date(w, UTC)),
         ('Message-ID', outlook_mid(rr))] + google_group_headers(rr, 'foiapa@sec.gov')
    return to_bytes(build(h, text=text, html=html, boundary_style='google', seed='m013'))

# ====================================================================================== REQ-014 IDFPR clarification (cp1252)


@msg(T(2026, 9, 24, 11, 17, CT, 20), 'idfpr-commercial-purpose-question-cp1252',
     dict(request='REQ-014', kind='clarification', tracking_number='2026-2284', signals=['tracking', 'subject'],
          why='IDFPR FOIA officer asks whether the request is for a commercial purpose (5 ILCS 140/3.1) and to narrow "examiner correspondence"; request on hold'),
     'clarification; new subject, no thread headers, windows-1252 quoted-printable with curly quotes, from a personal '
     'illinois.gov address; modeled on Illinois FOIA officers asking about commercial purpose under Section 3.1')
def _():
    w = T(2026, 9, 24, 11, 17, CT, 20)
    rr = rng('m014')
    subj = 'Commercial purpose question - your FOIA to IDFPR'
    h = [('From', '"Kowalczyk, Renata" <Renata.Kowalczyk@illinois.gov>'), ('To', 'records@records.example.org'),
         ('Subject', subj), ('Date', rfc_date(w, UTC)), ('Message-ID', outlook_mid(rr, prefix='CH0PR09MB'))] + \
        outlook_headers(rr, subj)
    text = ('Good morning,\n\n'
            'I\u2019m the FOIA officer assigned to your request (FOIA #2026-2284) for examiner correspondence and '
            'enforcement orders relating to digital asset businesses and money transmitters. Before we can finish '
            'processing it I need two things from you:\n\n'
            '1. Section 3.1 of FOIA handles requests made for a \u201ccommercial purpose\u201d differently, with '
            'different timelines. Please confirm in writing whether your request is for a commercial purpose. (Requests '
            'by news media for news-gathering are not commercial under 5 ILCS 140/2(c-10), but we need you to tell us.)\n\n'
            '2. \u201cExaminer correspondence\u201d as written would cover every email and letter between our examiners '
            'and roughly 180 licensees over three years. Could you narrow it \u2013 for example to examination '
            'transmittal and findings letters, or to a list of specific companies?\n\n'
            'The request is on hold until we hear back from you. If we don\u2019t hear from you, we may have to treat '
            'the request as withdrawn.\n\n'
            'Thanks,\n\nRenata Kowalczyk\nFOIA Officer | Illinois Department of Financial and Professional Regulation\n'
            '555 W. Monroe St., 5th Floor, Chicago, IL 60661\n')
    return to_bytes(build(h, text=text, charset='windows-1252', boundary_style='outlook', seed='m014'))

# ====================================================================================== REQ-015 TX DOB referral


@msg(T(2026, 9, 24, 9, 40, CT, 55), 'txdob-referral-ssb',
     dict(request='REQ-015', kind='other', tracking_number='DOB-PIR-26-0451', signals=['thread', 'plus', 'tracking-new'],
          why='referral notice: the securities-enforcement part belongs to the Texas State Securities Board; DOB keeps processing the rest'),
     'other (referral/transfer); Texas Department of Banking reply quoting our request with "> " lines; modeled on '
     'Texas agencies telling requesters which other governmental body holds part of the information')
def _():
    r = REQ['REQ-015']
    w = T(2026, 9, 24, 9, 40, CT, 55)
    h = [('From', 'Open Records <open.records@dob.texas.gov>'), ('To', r['reply_address']),
         ('Subject', 'RE: ' + r['subject']), ('Date', rfc_date(w)),
         ('Message-ID', '<%s@dob.texas.gov>' % alnum(rng('m015'), 20))] + thread('REQ-015')
    text = ('Good morning,\n\n'
            'The Department is processing your request as DOB-PIR-26-0451.\n\n'
            'To the extent your request covers orders against virtual currency companies for violations of the '
            'securities laws, the Texas Department of Banking does not administer the Texas Securities Act. Enforcement '
            'orders of that kind '
            'are issued by the Texas State Securities Board, a separate governmental body, which maintains its own '
            'records. If you want those orders, please send that part of your request to the State Securities Board '
            '(open records information is on its website, ssb.texas.gov).\n\n'
            'We will continue to process the remainder of your request: money transmission license files for '
            'companies engaged in virtual currency transmission and orders issued by the Banking Commissioner.\n\n'
            'Public Information Coordinator\nTexas Department of Banking\n2601 N. Lamar Blvd., Austin, Texas 78705\n' +
            quoted_request('REQ-015', style='gmail'))
    return to_bytes(build(h, text=text, seed='m015'))

# ====================================================================================== REQ-014 OOO


@msg(T(2026, 9, 25, 8, 3, CT, 11), 'idfpr-officer-ooo',
     dict(request='REQ-014', kind='auto_reply', tracking_number=None, signals=['subject'],
          why='out-of-office reply from the IDFPR FOIA officer to our answer about commercial purpose; only the subject links it'),
     'auto_reply; Outlook "Automatic reply:" threaded to our own reply (not to the request), so only the subject '
     'and sender link it; modeled on Exchange out-of-office replies')
def _():
    w = T(2026, 9, 25, 8, 3, CT, 11)
    rr = rng('m016')
    ours = '<CAF%s@mail.gmail.com>' % alnum(rng('ours14'), 30, False)
    subj = 'Automatic reply: Commercial purpose question - your FOIA to IDFPR'
    h = [('From', '"Kowalczyk, Renata" <Renata.Kowalczyk@illinois.gov>'), ('To', 'Records Desk <records@records.example.org>'),
         ('Subject', subj), ('Date', rfc_date(w, UTC)), ('Message-ID', outlook_mid(rr, prefix='CH0PR09MB')),
         ('In-Reply-To', ours), ('References', ours), ('Auto-Submitted', 'auto-replied'),
         ('X-Auto-Response-Suppress', 'All'), ('X-MS-Exchange-Inbox-Rules-Loop', 'Renata.Kowalczyk@illinois.gov')] + \
        outlook_headers(rr, 'Commercial purpose question - your FOIA to IDFPR')
    text = ('I am out of the office through Friday, October 2, with limited access to email.\n\n'
            'For FOIA matters that need attention before I return, please write to FPR.FOIA@illinois.gov and a member '
            'of the FOIA Unit will assist you.\n\nThank you,\nRenata Kowalczyk\n')
    return to_bytes(build(h, text=text, boundary_style='outlook', seed='m016'))

# ====================================================================================== REQ-006 CFPB clarification


@msg(T(2026, 9, 29, 10, 10, ET, 31), 'cfpb-analyst-clarification',
     dict(request='REQ-006', kind='clarification', tracking_number='CFPB-2026-0688-F', signals=['plus', 'tracking'],
          why='CFPB analyst asks whether we want only non-public fields and which product tags we mean; clock tolled'),
     'clarification; informal note from a named analyst on a cfpb.gov address with the shared FOIA box in Cc; '
     'modeled on CFPB FOIA scoping emails that point to the public complaint database and toll the 20-day clock')
def _():
    r = REQ['REQ-006']
    w = T(2026, 9, 29, 10, 10, ET, 31)
    rr = rng('m017')
    subj = 'CFPB-2026-0688-F -- request for clarification'
    h = [('From', '"Pruitt, Desmond (CFPB)" <Desmond.Pruitt@cfpb.gov>'), ('To', r['reply_address']),
         ('Cc', 'CFPB FOIA <FOIA@consumerfinance.gov>'), ('Subject', subj), ('Date', rfc_date(w, UTC)),
         ('Message-ID', outlook_mid(rr))] + outlook_headers(rr, subj)
    text = ('Hello,\n\n'
            'I\'m the FOIA analyst handling CFPB-2026-0688-F. A good part of what you asked for is already public, so '
            'before we run anything I want to make sure we pull the right data.\n\n'
            '1) Do you want (a) only the fields that are NOT in the public Consumer Complaint Database (for example '
            'narratives where the consumer did not consent to publication, or company responses beyond the public '
            'response categories), or (b) a full extract, including what is already published?\n\n'
            '2) By "payment app products," do you mean complaints with the product "Money transfer, virtual currency, '
            'or money service" and the sub-products "Mobile or digital wallet" and "Virtual currency"? Or something '
            'broader?\n\n'
            'Processing is on hold (the 20-day period is tolled) until we hear from you. If we don\'t hear back within '
            '20 working days we will administratively close the request.\n\n'
            'Thanks,\nDesmond Pruitt\nGovernment Information Specialist, FOIA\nConsumer Financial Protection Bureau\n')
    return to_bytes(build(h, text=text, boundary_style='outlook', seed='m017'))


@msg(T(2026, 9, 30, 9, 45, ET, 2), 'cfpb-analyst-ooo',
     dict(request='REQ-006', kind='auto_reply', tracking_number='CFPB-2026-0688-F', signals=['tracking', 'subject'],
          why='CFPB analyst is on leave: automatic reply to our answer; the request number is in the subject only'),
     'auto_reply; out-of-office reply whose subject carries the tracking number and whose In-Reply-To is our own '
     'reply; modeled on federal Outlook auto-replies')
def _():
    w = T(2026, 9, 30, 9, 45, ET, 2)
    rr = rng('m018')
    ours = '<CAF%s@mail.gmail.com>' % alnum(rng('ours06'), 30, False)
    subj = 'Automatic reply: CFPB-2026-0688-F -- request for clarification'
    h = [('From', '"Pruitt, Desmond (CFPB)" <Desmond.Pruitt@cfpb.gov>'), ('To', 'Records Desk <records@records.example.org>'),
         ('Subject', subj), ('Date', rfc_date(w, UTC)), ('Message-ID', outlook_mid(rr)), ('In-Reply-To', ours),
         ('References', ours), ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')] + \
        outlook_headers(rr, 'CFPB-2026-0688-F -- request for clarification')
    text = ('Thank you for your message. I am on leave and will return on Monday, October 5, 2026.\n\n'
            'If your message is about a FOIA request, please write to FOIA@consumerfinance.gov so a colleague can help. '
            'For consumer complaints, please visit consumerfinance.gov/complaint.\n')
    return to_bytes(build(h, text=text, boundary_style='outlook', seed='m018'))

# ====================================================================================== REQ-008 FDIC fee estimate


@msg(T(2026, 10, 1, 15, 12, ET, 44), 'fdic-fee-estimate-waiver-denied',
     dict(request='REQ-008', kind='fee_estimate', tracking_number='FDIC-2026-0731', signals=['plus', 'tracking-new', 'subject'],
          why='FDIC places the request in "all other requesters", denies the fee waiver and estimates $412; needs agreement to pay'),
     'fee_estimate with a fee-waiver denial and an "all other" fee category; sent to the colleague named in the '
     'request with our plus address in Cc; modeled on FDIC FOIA fee letters (12 CFR 309.5 fee schedule, log numbers)')
def _():
    r = REQ['REQ-008']
    w = T(2026, 10, 1, 15, 12, ET, 44)
    rr = rng('m019')
    subj = 'FDIC-2026-0731 - Fee Estimate and Fee Waiver Determination'
    h = [('From', 'FDIC FOIA <efoia@fdic.gov>'), ('To', 'Luis Ferreira <lferreira@records.example.org>'),
         ('Cc', r['reply_address']), ('Subject', subj), ('Date', rfc_date(w, UTC)),
         ('Message-ID', outlook_mid(rr, tenant='namprd09', prefix='MN2PR09MB'))] + outlook_headers(rr, subj)
    text = ('Dear Mr. Ferreira:\n\n'
            'This concerns your Freedom of Information Act (FOIA) request, received by the Federal Deposit Insurance '
            'Corporation (FDIC) on September 16, 2026 and assigned log number FDIC-2026-0731, for letters the FDIC sent '
            'to supervised institutions asking them to pause or refrain from crypto-asset-related activities, and '
            'related examiner correspondence, from January 1, 2022 through December 31, 2024.\n\n'
            'Fee category. Your request letter does not describe the requester\'s news dissemination activities or '
            'identify a publication, so we have placed the request in the "all other requesters" category. Requesters '
            'in this category receive two hours of search time and 100 pages of duplication without charge. If you '
            'believe a different category applies, you may send us information supporting it.\n\n'
            'Fee waiver. You asked that fees be waived. A waiver is available only where disclosure is likely to '
            'contribute significantly to public understanding of the operations or activities of the government and '
            'is not primarily in the requester\'s commercial interest. Your request states that the records are of '
            'public interest but does not explain how you will convey the information to the public. Your request for '
            'a fee waiver is therefore denied. You may appeal this fee waiver denial within 90 days of the date of this '
            'letter by writing to the FDIC\'s Legal Division, FOIA/PA Appeals, 550 17th Street NW, Washington, DC 20429, '
            'or efoia@fdic.gov.\n\n'
            'Fee estimate. We estimate that the search will require about 16 hours of professional time, of which 14 '
            'hours are chargeable at $29.43 per hour, for an estimated total of $412.00. The actual charge may be lower '
            'or higher. Because the estimate exceeds $25.00, we will not continue processing until you agree in writing '
            'to pay fees up to that amount or narrow the request. Please reply by October 16, 2026; if we do not hear '
            'from you by then we will assume you are no longer interested and close the request.\n\n'
            'If you have questions, contact the FDIC FOIA Public Liaison at (703) 562-2040. You may also contact the '
            'Office of Government Information Services (OGIS) at ogis@nara.gov.\n\n'
            'Sincerely,\n\nFOIA/PA Group\nLegal Division\nFederal Deposit Insurance Corporation\n')
    return to_bytes(build(h, text=text, boundary_style='outlook', seed='m019'))

# ====================================================================================== REQ-013 Exchange NDR


@msg(T(2026, 10, 1, 18, 14, PT, 30), 'dfpi-exchange-ndr-restricted-group',
     dict(request='REQ-013', kind='bounce', tracking_number=None, signals=['thread-embedded'],
          why='Exchange Online NDR: the DFPI group address cc\'d on our kiosk-complaints request only accepts internal senders'),
     'bounce; Exchange Online NDR (550 5.7.133, restricted distribution group) with the original message embedded '
     'as message/rfc822; modeled on Microsoft 365 "Undeliverable:" reports')
def _():
    r = REQ['REQ-013']
    orig = EmailMessage(policy=POLICY)
    orig['From'] = 'Records Desk <records@records.example.org>'
    orig['Reply-To'] = r['reply_address']
    orig['To'] = 'DFPI Public Records <PublicRecords@dfpi.ca.gov>'
    orig['Cc'] = 'Legal Division PRA Team <LegalPRATeam@dfpi.ca.gov>'
    orig['Subject'] = r['subject']
    orig['Date'] = 'Thu, 1 Oct 2026 18:12:09 -0700'
    orig['Message-ID'] = r['message_id']
    orig.set_content('To whom it may concern:\n\nUnder the California Public Records Act, the Records Desk requests '
                     'complaints received by the Department from January 1, 2024 to the present that concern operators of '
                     'cryptocurrency kiosks (digital financial asset transaction kiosks), including the complaint '
                     'category, operator name, dates, amounts reported lost and disposition.\n\nPlease reply to %s.\n\n'
                     'Records Desk\n' % r['reply_address'], cte='7bit')
    return exchange_ndr(T(2026, 10, 1, 18, 14, PT, 30), 'm020', 'dfpi.ca.gov', 'LegalPRATeam@dfpi.ca.gov',
                        '550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery '
                        'restriction check failed as sender not authenticated for group', orig.as_bytes(policy=POLICY),
                        r['subject'])

# ====================================================================================== REQ-013 NextRequest ack


@msg(T(2026, 10, 2, 9, 5, PT, 41), 'dfpi-nextrequest-ack-kiosks',
     dict(request='REQ-013', kind='acknowledgment', tracking_number='26-1197', clock='received:2026-10-02',
          signals=['plus', 'tracking-new', 'subject'],
          why='NextRequest logs the kiosk-complaints request (emailed Oct 1 after hours) as received 10/2/2026, #26-1197'),
     'acknowledgment; same NextRequest template as the other DFPI request, received date one day after our evening '
     'send; modeled on NextRequest submission notices')
def _():
    r = REQ['REQ-013']
    w = T(2026, 10, 2, 9, 5, PT, 41)
    html = nextrequest_html('Your public records request #26-1197 has been submitted', [
        'Your record request #26-1197 has been received by the California Department of Financial Protection and '
        'Innovation and is being processed.',
        '<b>Request received:</b> 10/2/2026 (via email)',
        '<b>Request:</b> Complaints received from January 1, 2024 to the present concerning operators of cryptocurrency '
        'kiosks (digital financial asset transaction kiosks): complaint category, operator name, dates, amounts reported '
        'lost and disposition.',
        'The Department will respond within the time required by Government Code section 7922.535. You can follow the '
        'request, see messages from staff and download released documents at the link below.'],
        'https://dfpi.nextrequest.com/requests/26-1197')
    h = [('From', 'California Department of Financial Protection and Innovation <dfpi@mail.nextrequest.com>'),
         ('To', r['reply_address']), ('Subject', 'Your public records request #26-1197 has been submitted'),
         ('Date', rfc_date(w)), ('Message-ID', '<%s.%s@mail.nextrequest.com>' % (hexs(rng('m021'), 24), w.strftime('%s'))),
         ('X-SG-EID', alnum(rng('m021x'), 40, False))]
    return to_bytes(build(h, html=html, seed='m021'))

# ====================================================================================== REQ-005 Treasury fee waiver granted


@msg(T(2026, 10, 2, 10, 30, ET, 14), 'treasury-fee-waiver-granted-pdf',
     dict(request='REQ-005', kind='other', tracking_number='2026-09-117', signals=['plus', 'tracking'],
          why='Treasury DO letter granting the fee waiver; processing continues; no deadline change'),
     'other (fee-waiver decision, granted); letter only in a PDF, one-line body; modeled on Treasury DO fee waiver '
     'determination letters applying 31 CFR part 1 factors')
def _():
    r = REQ['REQ-005']
    w = T(2026, 10, 2, 10, 30, ET, 14)
    letter = ['DEPARTMENT OF THE TREASURY', 'WASHINGTON, D.C. 20220', '', 'October 2, 2026', ''] + ORG_ADDR + ['',
        'Re: FOIA Request No. 2026-09-117 - Fee Waiver Determination', '', 'Dear Requester:', '',
        'This letter responds to your request for a waiver of fees in connection with the Freedom of Information Act '
        'request referenced above, which seeks correspondence between Departmental Offices officials and issuers of '
        'payment stablecoins about rules implementing the GENIUS Act.', '',
        'We have considered your request under the fee waiver standard of 5 U.S.C. § 552(a)(4)(A)(iii) and the '
        'factors in Treasury\'s FOIA regulations at 31 C.F.R. part 1. The records concern identifiable operations of '
        'the Department; you have shown the ability and intention to disseminate the information to a broad audience '
        'through your publication; and disclosure is not primarily in your commercial interest.', '',
        'Accordingly, your request for a fee waiver is granted. You will not be charged fees for processing this '
        'request.', '',
        'This determination does not change the processing of your request, which remains in our complex track.', '',
        'Sincerely,', '', 'Disclosure Services', 'FOIA and Transparency', 'Departmental Offices']
    pdf = make_pdf(letter, 'Fee waiver 2026-09-117', 'Microsoft Word')
    rr = rng('m022')
    subj = '2026-09-117 Fee Waiver Determination'
    h = [('From', 'Treasury FOIA <treasfoia@treasury.gov>'), ('To', r['reply_address']), ('Subject', subj),
         ('Date', rfc_date(w, UTC)), ('Message-ID', outlook_mid(rr))] + outlook_headers(rr, subj, attach=True)
    return to_bytes(build(h, text='Please see attached.\n', attachments=[(pdf, 'application', 'pdf',
                          '2026-09-117 Fee Waiver Letter.pdf')], boundary_style='outlook', seed='m022'))

# ====================================================================================== REQ-011 CDI first installment via group


@msg(T(2026, 10, 5, 17, 20, PT, 8), 'cdi-first-installment-via-group',
     dict(request='REQ-011', kind='records_interim', tracking_number=None, estimated='2026-12-18',
          signals=['subject'],
          why='CDI determination on the extended date with a first installment (accusations/OSCs); rest expected by Dec 18; CDI never gives a number and this copy has no thread headers'),
     'records_interim; delivered through our Google Group ("via Records Desk"), no thread headers and no request number '
     '(CDI cites the request by date and topic), small PDF index attached, estimated completion date; modeled on CPRA '
     'determination letters that produce records on a rolling basis')
def _():
    w = T(2026, 10, 5, 17, 20, PT, 8)
    rr = rng('m023')
    index = ['California Department of Insurance - Legal Division', 'Public Records Act Request of September 11, 2026 - Installment 1 - Index of Records', '',
             'No.  Date        Document', '1    02/14/2024  Accusation and Order to Show Cause, Matter No. UPA-2023-00412',
             '2    06/03/2024  Accusation, Matter No. UPA-2024-00088', '3    11/19/2024  Order to Show Cause, Matter No. UPA-2024-00231',
             '4    03/27/2025  Accusation and Notice of Monetary Penalty, Matter No. UPA-2025-00057',
             '5    08/08/2025  Stipulation and Waiver; Order, Matter No. UPA-2024-00231',
             '6    01/22/2026  Accusation, Matter No. UPA-2025-00311',
             '...  (23 documents, 187 pages; files available at the download link in the cover email)']
    pdf = make_pdf(index, 'Installment 1 Index')
    paras = ['Dear Records Desk:',
             'This responds to your September 11, 2026 request under the California Public Records Act for market conduct '
             'examination correspondence and accusations concerning homeowners policy nonrenewals. As stated in our '
             'September 21, 2026 letter, the Department extended the time to respond to your request. '
             'The Department has determined that it has disclosable public records responsive to your request, and is '
             'producing them in installments.',
             'This first installment consists of 23 accusations, orders to show cause and related orders issued from '
             'January 2024 to the present concerning the nonrenewal of homeowners policies (187 pages). An index is '
             'attached; the files can be downloaded at https://transfer.insurance.ca.gov/s/k7Qm2Lx9Rw until '
             'November 5, 2026. Adopted market conduct examination reports are published on the Department\'s website.',
             'Correspondence between market conduct examiners and insurers is still being collected and reviewed. '
             'Portions may be withheld under Insurance Code section 735.5 and Government Code section 7927.705. The '
             'Department anticipates completing its production on or before December 18, 2026.',
             'Jennifer Salcedo<br>Public Records Coordinator, Government Law Bureau<br>California Department of Insurance']
    text = '\n\n'.join(p.replace('<br>', '\n') for p in paras) + '\n' + GROUP_FOOTER_TXT
    html = '<div>' + ''.join('<p>%s</p>\n' % p for p in paras) + '</div>\n' + GROUP_FOOTER_HTML
    h = [('From', '"\'CDI Public Records\' via Records Desk" <records@records.example.org>'),
         ('Reply-To', 'CDI Public Records <PublicRecords@insurance.ca.gov>'), ('To', 'records@records.example.org'),
         ('Subject', 'Public Records Act Request - Determination and First Installment'), ('Date', rfc_date(w, UTC)),
         ('Message-ID', outlook_mid(rr, prefix='BYAPR09MB'))] + google_group_headers(rr, 'PublicRecords@insurance.ca.gov')
    return to_bytes(build(h, text=text, html=html, attachments=[(pdf, 'application', 'pdf',
                          'Installment_1_Index.pdf')], boundary_style='google', seed='m023'))

# ====================================================================================== REQ-015 DOB partial + AG ruling request


@msg(T(2026, 10, 6, 16, 45, CT, 19), 'txdob-partial-release-ag-ruling',
     dict(request='REQ-015', kind='records_interim', tracking_number='DOB-PIR-26-0451', signals=['tracking', 'subject'],
          why='DOB releases part of the records and asks the Attorney General to rule on the rest (552.301); more may follow'),
     'records_interim; Texas partial release with the requester copy of the AG ruling request attached as PDF; '
     'modeled on Texas 552.301(d) notices (copy of the letter to the OAG, right to submit comments)')
def _():
    w = T(2026, 10, 6, 16, 45, CT, 19)
    ag = ['TEXAS DEPARTMENT OF BANKING', '2601 North Lamar Boulevard, Austin, Texas 78705', '', 'October 6, 2026', '',
          'The Honorable Attorney General of Texas', 'Open Records Division', 'P.O. Box 12548', 'Austin, Texas 78711-2548', '',
          'Re: Request for a decision under Tex. Gov\'t Code § 552.301; DOB-PIR-26-0451', '',
          'Dear Attorney General:', '',
          'On September 22, 2026, the Texas Department of Banking (the Department) received a written request for '
          'information from the Records Desk for money transmission license files of companies engaged in virtual '
          'currency transmission and related orders. The Department has released the license list and final orders. '
          'The Department asks whether the remaining information, consisting of examination reports, examination '
          'correspondence and financial statements submitted by license holders, is excepted from disclosure under '
          'sections 552.101 (in conjunction with the confidentiality provisions of Finance Code chapter 151), 552.110 '
          'and 552.112 of the Government Code. The Department will submit its arguments and representative samples '
          'within fifteen business days of receiving the request.', '',
          'A copy of this letter is being provided to the requester.', '',
          'Sincerely,', '', 'Assistant General Counsel', 'Texas Department of Banking', '',
          'cc: Records Desk (w/o enclosures)']
    pdf = make_pdf(ag, 'DOB-PIR-26-0451 AG request')
    text = ('Dear Records Desk,\n\n'
            'Re: DOB-PIR-26-0451\n\n'
            'The Department is releasing the following information responsive to your request today:\n'
            '  - list of current money transmission license holders authorized to engage in virtual currency '
            'transmission (with license dates);\n'
            '  - 7 final orders issued by the Banking Commissioner to those license holders from 2021 to the present.\n'
            'The files can be downloaded from the secure link below (available for 30 days):\n'
            '  https://dob.sharefile.com/d-s%s\n\n'
            'The Department believes the rest of the requested information - examination reports, examination '
            'correspondence and financial information submitted by license holders - is excepted from disclosure. '
            'We have today asked the Office of the Attorney General for a decision under section 552.301 of the '
            'Government Code. A copy of our letter to the Attorney General is attached. You may submit written comments '
            'to the Attorney General explaining why the information should be released. We will write to you again '
            'once the Attorney General rules.\n\n'
            'Public Information Coordinator\nTexas Department of Banking\n' % alnum(rng('m024s'), 16, False))
    h = [('From', 'Open Records <open.records@dob.texas.gov>'), ('To', 'records@records.example.org'),
         ('Subject', 'DOB-PIR-26-0451 - Partial Release and Request for Attorney General Decision'),
         ('Date', rfc_date(w)), ('Message-ID', '<%s@dob.texas.gov>' % alnum(rng('m024'), 20))]
    return to_bytes(build(h, text=text, attachments=[(pdf, 'application', 'pdf', 'DOB-PIR-26-0451 Letter to OAG.pdf')],
                          seed='m024'))

# ====================================================================================== REQ-016 TDI 552.221(d) date


@msg(T(2026, 10, 6, 13, 2, CT, 37), 'tdi-govqa-221d-date-certified',
     dict(request='REQ-016', kind='extension', tracking_number='R012874-092326', estimated='2026-10-30',
          signals=['plus', 'tracking', 'subject'],
          why='TDI certifies under 552.221(d) that records will be available by 10/30/2026; TX table has no extension days so no due'),
     'extension with no statutory extension days (Texas): GovQA notice of the date records will be available; '
     'modeled on Texas 552.221(d) "date and hour within a reasonable time" letters')
def _():
    r = REQ['REQ-016']
    w = T(2026, 10, 6, 13, 2, CT, 37)
    paras = ['Dear Records Desk,',
             'The Texas Department of Insurance cannot produce the information you requested within ten business days '
             'after the date the information was requested. The complaint data must be extracted from the Department\'s '
             'complaint tracking system and reviewed for information that is confidential by law.',
             'As required by Texas Government Code &sect;552.221(d), we certify that the information will be available '
             'to you on or before <b>10/30/2026 at 5:00 p.m.</b> We will notify you through the Public Information '
             'Request Center when it is ready.']
    rows = [('Reference No.', 'R012874-092326'), ('Status', 'In Progress - Date Certified'),
            ('Estimated Availability', '10/30/2026')]
    html = govqa_html(paras, rows, 'R012874-092326')
    text = ('Dear Records Desk,\n\nThe Texas Department of Insurance cannot produce the information you requested within '
            'ten business days after the date the information was requested. The complaint data must be extracted from '
            'the Department\'s complaint tracking system and reviewed for information that is confidential by law.\n\n'
            'As required by Texas Government Code §552.221(d), we certify that the information will be available to you '
            'on or before 10/30/2026 at 5:00 p.m. We will notify you through the Public Information Request Center when '
            'it is ready.\n\nReference No.: R012874-092326\n')
    h = [('From', 'Texas Department of Insurance <tdi@govqa.us>'), ('To', r['reply_address']),
         ('Subject', 'Public Information Request :: R012874-092326 - Date Information Will Be Available'),
         ('Date', rfc_date(w)), ('Message-ID', '<%s@govqa.us>' % hexs(rng('m025'), 28))]
    return to_bytes(build(h, text=text, html=html, boundary_style='govqa', seed='m025'))

# ====================================================================================== REQ-007 CFPB ack, hedged extension, waiver denied


@msg(T(2026, 10, 7, 9, 20, ET, 26), 'cfpb-ack-may-extend-waiver-denied',
     dict(request='REQ-007', kind='acknowledgment', tracking_number='CFPB-2026-0803-F', clock='received_on_sent_date',
          signals=['plus', 'tracking-new'],
          why='CFPB acknowledges receipt Oct 5 (= sent), CFPB-2026-0803-F; says an extension "may" be needed (not taken) and denies the fee waiver'),
     'acknowledgment with hedged extension wording ("may need to extend") and a fee-waiver denial in the same '
     'letter; modeled on CFPB acknowledgment letters')
def _():
    r = REQ['REQ-007']
    w = T(2026, 10, 7, 9, 20, ET, 26)
    rr = rng('m026')
    subj = 'CFPB-2026-0803-F Acknowledgment'
    h = [('From', 'CFPB FOIA <FOIA@consumerfinance.gov>'), ('To', r['reply_address']), ('Subject', subj),
         ('Date', rfc_date(w, UTC)), ('Message-ID', outlook_mid(rr))] + outlook_headers(rr, subj)
    text = ('Dear Requester:\n\n'
            'The Consumer Financial Protection Bureau (CFPB) received your Freedom of Information Act (FOIA) request on '
            'October 5, 2026. It has been assigned tracking number CFPB-2026-0803-F.\n\n'
            'You requested memoranda, decision documents and communications of the Division of Enforcement concerning '
            'the termination, early termination or withdrawal of consent orders and pending enforcement actions during '
            'calendar year 2025.\n\n'
            'Timing: Records responsive to your request will have to be located in the Division of Enforcement and '
            'reviewed by attorneys, and some may require consultation with other agencies. We may therefore need to '
            'extend the time to respond by up to 10 additional working days, as 5 U.S.C. 552(a)(6)(B) allows. If that '
            'becomes necessary, we will notify you in writing.\n\n'
            'Fees: You are categorized as a representative of the news media, so you will not be charged for search or '
            'review time, and the first 100 pages of duplication are free. You also asked for a fee waiver. Your request '
            'does not explain how the specific records sought would contribute significantly to public understanding '
            'beyond what the CFPB has already published about these actions, so your fee waiver request is denied. We '
            'expect any fees to be minimal and will contact you before charging more than $25. You may appeal the fee '
            'waiver denial within 90 days by writing to FOIA@consumerfinance.gov with "FOIA Appeal" in the subject line.\n\n'
            'Sincerely,\n\nFOIA Team\nConsumer Financial Protection Bureau\n')
    return to_bytes(build(h, text=text, boundary_style='outlook', seed='m026'))

# ====================================================================================== REQ-005 Treasury extension


@msg(T(2026, 10, 7, 15, 55, ET, 3), 'treasury-unusual-circumstances-extension',
     dict(request='REQ-005', kind='extension', tracking_number='2026-09-117', clock='extension', estimated='2027-03-31',
          signals=['tracking', 'subject'],
          why='Treasury DO takes the 10-working-day unusual-circumstances extension (to Oct 23) and estimates completion Mar 31, 2027'),
     'extension; federal (a)(6)(B) notice with the offer to narrow, an estimated completion date far beyond the '
     'extension and an OGIS paragraph; modeled on Treasury DO extension letters')
def _():
    r = REQ['REQ-005']
    w = T(2026, 10, 7, 15, 55, ET, 3)
    rr = rng('m027')
    subj = 'FOIA Request 2026-09-117 - Extension of Time'
    h = [('From', 'Treasury FOIA <treasfoia@treasury.gov>'), ('To', 'Records Desk <records@records.example.org>'), ('Subject', subj),
         ('Date', rfc_date(w, UTC)), ('Message-ID', outlook_mid(rr))] + outlook_headers(rr, subj)
    text = ('Re: FOIA Request No. 2026-09-117\n\nDear Requester:\n\n'
            'We are writing about your Freedom of Information Act request referenced above. Unusual circumstances, as '
            'defined in 5 U.S.C. § 552(a)(6)(B)(iii), apply to the processing of your request: we must search for and '
            'collect records from offices separate from the office processing the request, and we must consult with '
            'another agency component having a substantial interest in the records (the Bureau of the Fiscal Service '
            'and the Office of the Comptroller of the Currency). We are therefore extending the time limit to respond '
            'by ten working days, to October 23, 2026.\n\n'
            'We do not expect to complete your request within that extended period. Under 5 U.S.C. § 552(a)(6)(B)(ii), '
            'we are giving you the opportunity to limit the scope of your request so that it may be processed faster, '
            'or to agree to an alternative time frame. Based on our current queue, we estimate that we will complete '
            'processing of your request by March 31, 2027.\n\n'
            'You may contact our FOIA Public Liaison at (202) 622-0930 for further assistance and to discuss any aspect '
            'of your request. You may also contact the Office of Government Information Services (OGIS) at the National '
            'Archives and Records Administration to inquire about the FOIA mediation services they offer: 8601 Adelphi '
            'Road-OGIS, College Park, Maryland 20740-6001; ogis@nara.gov; (202) 741-5770; toll free (877) 684-6448.\n\n'
            'Sincerely,\n\nDisclosure Services\nFOIA and Transparency\nDepartmental Offices\n')
    return to_bytes(build(h, text=text, boundary_style='outlook', seed='m027'))

# ====================================================================================== REQ-010 Open FOIL NY portal notice + DFS no records


@msg(T(2026, 10, 8, 10, 2, ET, 12), 'openfoilny-new-document-notice',
     dict(request='REQ-010', kind='portal_notice', tracking_number='FOIL-2026-04562', signals=['plus', 'tracking-new', 'subject'],
          why='Open FOIL NY says a document was posted to FOIL-2026-04562 (DFS); no substantive content in the email'),
     'portal_notice; statewide portal notice with no content (log in to view); first appearance of this request\'s '
     'number; modeled on Open FOIL NY / GovQA "new document" notifications')
def _():
    r = REQ['REQ-010']
    w = T(2026, 10, 8, 10, 2, ET, 12)
    html = '''<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222">
<div style="background:#002d72;color:#fff;padding:10px 16px;font-size:18px">Open FOIL NY</div>
<p>A Records Access Officer has posted a new document to your request.</p>
<p><b>Request Number:</b> FOIL-2026-04562<br><b>Agency:</b> Department of Financial Services</p>
<p>For your security, documents are not attached to this email. To view the document, sign in to
<a href="https://openfoil.ny.gov/myrequests">My Open FOIL NY</a>.</p>
<p style="color:#666;font-size:11px">This is an automated message from Open FOIL NY. Please do not reply.</p>
</body></html>
'''
    h = [('From', 'Open FOIL NY <noreply@openfoil.ny.gov>'), ('To', r['reply_address']),
         ('Subject', 'Open FOIL NY - New document on request FOIL-2026-04562'), ('Date', rfc_date(w)),
         ('Message-ID', '<%s.%s@openfoil.ny.gov>' % (w.strftime('%Y%m%d%H%M%S'), hexs(rng('m028'), 12))),
         ('X-Mailer', 'OpenFOIL Notification Service')]
    return to_bytes(build(h, html=html, html_cte='base64', seed='m028'))


@msg(T(2026, 10, 8, 10, 15, ET, 50), 'dfs-no-records-letter-pdf',
     dict(request='REQ-010', kind='no_records', tracking_number='FOIL-2026-04562', adverse_determination=True,
          signals=['tracking', 'subject'],
          why='DFS letter (PDF): no record compiles complaint data by virtual currency licensee; FOIL need not create one; NY appeal 30 days'),
     'no_records; PDF letter from the DFS Records Access Officer with FOIL appeal paragraph; modeled on NY FOIL '
     '"agency is not required to prepare a record" responses (POL 89(3)(a)) and DFS appeal address')
def _():
    w = T(2026, 10, 8, 10, 15, ET, 50)
    letter = ['NEW YORK STATE DEPARTMENT OF FINANCIAL SERVICES', 'Office of General Counsel - Records Access Office',
              'One State Street, New York, NY 10004', '', 'October 8, 2026', '', 'Records Desk', 'records@records.example.org', '',
              'Re: FOIL Request FOIL-2026-04562', '', 'Dear Records Desk:', '',
              'This letter responds to your request under the Freedom of Information Law ("FOIL"), received by the '
              'Department on September 21, 2026, for consumer complaint data about companies licensed by the Department '
              'to engage in virtual currency business activity, from 2024 to the present.', '',
              'The Department conducted a diligent search of the records of its Consumer Assistance Unit and Research '
              'and Innovation Division. Complaints are logged by the name of the company complained about and by '
              'product line; the Department does not maintain a record that identifies or compiles complaints by '
              'virtual currency licensee. FOIL does not require an agency to prepare a record that it does not possess '
              'or maintain (Public Officers Law § 89(3)(a)). Accordingly, the Department has no records responsive to '
              'your request.', '',
              'You may appeal this determination within thirty (30) days by writing to the Records Appeals Officer, New '
              'York State Department of Financial Services, Office of General Counsel, One State Street, New York, NY '
              '10004, or by email to FOIL.Appeals@dfs.ny.gov.', '', 'Sincerely,', '', 'Records Access Officer']
    pdf = make_pdf(letter, 'FOIL-2026-04562 Response')
    h = [('From', 'DFS Records Access Officer <RecordsAccessOfficer@dfs.ny.gov>'), ('To', 'records@records.example.org'),
         ('Subject', 'FOIL-2026-04562 Response'), ('Date', rfc_date(w)),
         ('Message-ID', '<%s$%s@dfs.ny.gov>' % (alnum(rng('m029'), 16), hexs(rng('m029b'), 8))),
         ('X-Mailer', 'Microsoft Outlook 16.0')]
    return to_bytes(build(h, text='Please find attached the Department\'s response to your FOIL request.\n\n'
                          'Records Access Office\nNYS Department of Financial Services\n',
                          attachments=[(pdf, 'application', 'pdf', 'FOIL-2026-04562 Response.pdf')], seed='m029'))

# ====================================================================================== REQ-003 IRS extension


@msg(T(2026, 10, 9, 10, 40, ET, 22), 'irs-extension-letter-pdf',
     dict(request='REQ-003', kind='extension', tracking_number='F26257-0044', clock='extension', estimated='2027-01-22',
          signals=['tracking', 'subject'],
          why='IRS extends the statutory response date by 10 business days to Oct 27 and says it will contact us by Jan 22, 2027'),
     'extension; IRS PDF letter giving both the extended statutory date and a later "we will contact you by" date '
     'plus the right to sue; modeled on IRS FOIA extension letters')
def _():
    r = REQ['REQ-003']
    w = T(2026, 10, 9, 10, 40, ET, 22)
    letter = IRS_HEAD + ['Disclosure Office 10', 'Stop 211, 1111 Constitution Ave NW, Washington, DC 20224', '',
        'Date: October 9, 2026', '', 'Person to contact:', '  Teresa Vallejo', '  Employee ID number: 1000218847',
        'Tel: 202-317-4410', 'Case number: F26257-0044', ''] + ORG_ADDR + ['', 'Dear Records Desk:', '',
        'We are writing about your Freedom of Information Act (FOIA) request that we received on September 14, 2026.', '',
        'The law allows us 20 business days to respond, and an additional 10 business days in unusual circumstances. '
        'We need to search for and collect records from other offices (Small Business/Self-Employed Division, Criminal '
        'Investigation and the Office of Chief Counsel) and review a large volume of records. We are therefore '
        'extending the statutory response date to October 27, 2026.', '',
        'We will not be able to complete your request by that date either. We will contact you by January 22, 2027 '
        'with either a final response or an update on our progress. You may narrow your request to receive a faster '
        'response.', '',
        'You have the right to file suit in U.S. District Court after October 27, 2026 if you believe we have not '
        'responded within the time limits. You may also contact the IRS FOIA Public Liaison at 312-292-2929, or the '
        'Office of Government Information Services (OGIS), which offers mediation services: ogis@nara.gov; '
        '202-741-5770; toll free 877-684-6448.', '',
        'If you have questions, contact the person listed at the top of this letter.', '',
        'Sincerely,', '', 'Disclosure Manager', 'Disclosure Office 10']
    pdf = make_pdf(letter, 'F26257-0044', 'IRS FOIA Letter')
    rr = rng('m030')
    subj = 'FOIA Case F26257-0044'
    h = [('From', 'IRS Disclosure Office 10 <disclosure.office10@irs.gov>'), ('To', 'Records Desk <records@records.example.org>'), ('Subject', subj),
         ('Date', rfc_date(w)), ('Message-ID', outlook_mid(rr))] + outlook_headers(rr, subj, attach=True)
    text = ('Attached is correspondence about your Freedom of Information Act request.\n\n'
            'This email account cannot accept sensitive information. Please do not send tax returns, Social Security '
            'numbers or other personal information to this address.\n')
    return to_bytes(build(h, text=text, attachments=[(pdf, 'application', 'pdf', 'F26257-0044 Interim Letter.pdf')],
                          boundary_style='outlook', seed='m030'))

# ====================================================================================== REQ-014 IDFPR denial


@msg(T(2026, 10, 13, 14, 25, CT, 9), 'idfpr-denial-letter-pdf',
     dict(request='REQ-014', kind='denial', tracking_number='2026-2284', adverse_determination=True,
          signals=['tracking', 'subject'],
          why='IDFPR denies the (narrowed) examination correspondence in full under 7(1)(a); orders are on its website (8.5); PAC review within 60 days'),
     'denial; Illinois letter in a PDF pointing to website-posted orders (Section 8.5) and withholding examination '
     'letters under 7(1)(a) with Public Access Counselor rights; modeled on IDFPR-style FOIA denial letters')
def _():
    w = T(2026, 10, 13, 14, 25, CT, 9)
    letter = ['ILLINOIS DEPARTMENT OF FINANCIAL AND PROFESSIONAL REGULATION', '320 West Washington Street, Springfield, '
              'Illinois 62786', '', 'October 13, 2026', '', 'Records Desk', 'records@records.example.org', '',
              'RE: FOIA #2026-2284', '', 'Dear Records Desk:', '',
              'The Illinois Department of Financial and Professional Regulation (the "Department") received your request '
              'under the Illinois Freedom of Information Act, 5 ILCS 140/1 et seq. ("FOIA"), on September 14, 2026. On '
              'September 29, 2026 you confirmed that the request is not for a commercial purpose and narrowed the '
              'examiner correspondence portion to examination transmittal and findings letters sent to licensees '
              'holding a money transmitter license or registered under the Digital Assets and Consumer Protection Act, '
              '2024 to present.', '',
              'Enforcement orders. Final enforcement and disciplinary orders issued by the Division of Financial '
              'Institutions are posted on the Department\'s website at idfpr.illinois.gov (Discipline Reports). Under '
              'Section 8.5(a) of FOIA, the Department is not required to copy records that are published on its '
              'website; you may access them there.', '',
              'Examination correspondence. The Department is denying this portion of your request in its entirety. '
              'Examination reports and correspondence relating to examinations of licensees are confidential under the '
              'Transmitters of Money Act, 205 ILCS 657, and the Digital Assets and Consumer Protection Act, and are '
              'therefore exempt under Section 7(1)(a) of FOIA (information specifically prohibited from disclosure by '
              'federal or State law). The names and contact information of individual employees of licensees would also '
              'be exempt under Section 7(1)(c).', '',
              'You have a right to have this denial reviewed by the Public Access Counselor (PAC) at the Office of the '
              'Illinois Attorney General, 500 S. Second Street, Springfield, Illinois 62701, (877) 299-3642, '
              'publicaccess@ilag.gov. You must submit a request for review to the PAC within 60 days after the date of '
              'this final denial (5 ILCS 140/9.5(a)). You also have the right to seek judicial review of this denial by '
              'filing a lawsuit in the State circuit court (5 ILCS 140/11).', '',
              'Sincerely,', '', 'FOIA Officer', 'Illinois Department of Financial and Professional Regulation']
    pdf = make_pdf(letter, 'FOIA 2026-2284 Response')
    rr = rng('m031')
    subj = 'FOIA #2026-2284 - Response'
    h = [('From', '"FPR.FOIA" <FPR.FOIA@illinois.gov>'), ('To', 'records@records.example.org'), ('Subject', subj),
         ('Date', rfc_date(w, UTC)), ('Message-ID', outlook_mid(rr, prefix='CH0PR09MB'))] + outlook_headers(rr, subj, attach=True)
    return to_bytes(build(h, text='Please see the attached response to your FOIA request.\n\nThank you,\nIDFPR FOIA Unit\n',
                          attachments=[(pdf, 'application', 'pdf', 'FOIA 2026-2284 Response.pdf')],
                          boundary_style='outlook', seed='m031'))

# ====================================================================================== REQ-012 NextRequest message notice


@msg(T(2026, 10, 13, 11, 20, PT, 56), 'dfpi-nextrequest-message-added',
     dict(request='REQ-012', kind='portal_notice', tracking_number='26-1042', signals=['plus', 'tracking', 'subject'],
          why='NextRequest says a message was added to #26-1042; the email carries no content'),
     'portal_notice; NextRequest "message added" notice without the message text; modeled on NextRequest '
     'requester notifications')
def _():
    r = REQ['REQ-012']
    w = T(2026, 10, 13, 11, 20, PT, 56)
    html = nextrequest_html('A message was added to request #26-1042', [
        'Department staff added a message to your public records request #26-1042.',
        'To read the message and reply, open the request.'], 'https://dfpi.nextrequest.com/requests/26-1042')
    h = [('From', 'California Department of Financial Protection and Innovation <dfpi@mail.nextrequest.com>'),
         ('To', r['reply_address']), ('Subject', '[Records Request #26-1042] New message'),
         ('Date', rfc_date(w)), ('Message-ID', '<%s.%s@mail.nextrequest.com>' % (hexs(rng('m032'), 24), w.strftime('%s'))),
         ('X-SG-EID', alnum(rng('m032x'), 40, False))]
    return to_bytes(build(h, html=html, seed='m032'))

# ====================================================================================== REQ-002 SEC fee estimate (commercial use)


@msg(T(2026, 10, 14, 12, 10, ET, 45), 'sec-commercial-use-fee-estimate-pdf',
     dict(request='REQ-002', kind='fee_estimate', tracking_number='26-03977-FOIA', signals=['plus', 'tracking', 'subject'],
          why='SEC places the request in the commercial-use category, denies the fee waiver and estimates $1,186.50; reply within 10 business days'),
     'fee_estimate; commercial-use fee category with search, review and duplication charges, fee-waiver denial and '
     'advance-payment rule, letter only in a PDF; modeled on SEC fee determination letters under 17 CFR 200.80')
def _():
    r = REQ['REQ-002']
    w = T(2026, 10, 14, 12, 10, ET, 45)
    letter = SEC_HEAD + ['October 14, 2026', ''] + ORG_ADDR + ['Via email: ' + r['reply_address'], '',
        'RE: Freedom of Information Act (FOIA), 5 U.S.C. § 552', '    Request No. 26-03977-FOIA', '', 'Dear Requester:', '',
        'This letter concerns fees for your request for records showing the number of tips, complaints and referrals '
        'about crypto asset offerings in the Commission\'s TCR system, 2023 through 2025.', '',
        'Fee category. Your request states that the figures will be incorporated into "Records Desk Signals," a data '
        'service offered to paying subscribers. A commercial use request is one that seeks information for a use or '
        'purpose that furthers a commercial, trade or profit interest of the requester. Based on the intended use you '
        'describe, we have placed your request in the commercial use category. Commercial use requesters are charged '
        'for search, review and duplication, and do not receive free search time or free pages.', '',
        'Fee waiver. Because the information would be used primarily to further a commercial interest, the request does '
        'not meet the standard of 5 U.S.C. § 552(a)(4)(A)(iii), and your request for a fee waiver is denied.', '',
        'Estimated fees:', '    Search, 9 hours at $79.00 per hour (professional)        $  711.00',
        '    Review, 6 hours at $79.00 per hour                          $  474.00',
        '    Duplication, electronic media                               $    1.50',
        '    Total estimate                                              $1,186.50', '',
        'Because the estimate exceeds $250.00, we require either advance payment or your written commitment to pay the '
        'estimated fees before we continue processing. Please respond within ten (10) business days of the date of this '
        'letter, that is, by October 28, 2026. You may also narrow the request, or provide information showing that the '
        'request is not for a commercial use. If we do not hear from you by that date, we will consider the request '
        'withdrawn.', '',
        'You may appeal the fee category determination or the fee waiver denial within 90 calendar days of the date of '
        'this letter to the Office of the General Counsel, U.S. Securities and Exchange Commission, 100 F Street NE, '
        'Washington, DC 20549, or by email to foiapa@sec.gov. You may also contact the SEC FOIA Public Liaison at '
        '(202) 551-7900 or the Office of Government Information Services (OGIS) at ogis@nara.gov.', '',
        'Sincerely,', '', 'Office of FOIA Services']
    pdf = make_pdf(letter, '26-03977-FOIA fee letter', 'Microsoft Word - Fee_Letter')
    rr = rng('m033')
    h = [('From', 'FOIAPA <foiapa@sec.gov>'), ('To', r['reply_address']), ('Subject', '26-03977-FOIA'),
         ('Date', rfc_date(w, UTC)), ('Message-ID', outlook_mid(rr))] + outlook_headers(rr, '26-03977-FOIA', attach=True)
    return to_bytes(build(h, text='Attached please find correspondence concerning the above-referenced FOIA request.\n\n'
                          'Office of FOIA Services\nU.S. Securities and Exchange Commission\n',
                          attachments=[(pdf, 'application', 'pdf', '26-03977-FOIA_Fee_Letter.pdf')],
                          boundary_style='outlook', seed='m033'))

# ====================================================================================== REQ-015 our follow-up bounced (size)


@msg(T(2026, 10, 20, 9, 31, CT, 4), 'txdob-followup-bounce-size',
     dict(request='REQ-015', kind='bounce', tracking_number=None, signals=['thread-embedded'],
          why='Gmail DSN: our follow-up to a DOB staffer (with our AG comments attached) was refused as too large; only the embedded References tie it to REQ-015'),
     'bounce; Google DSN for one of our follow-ups (not the request itself): 552 message size, the original '
     'request Message-ID only inside the returned headers; modeled on Gmail "Message not delivered" notices')
def _():
    r = REQ['REQ-015']
    orig = {'From': 'Records Desk <records@records.example.org>', 'Reply-To': r['reply_address'],
            'To': 'Elena Ramos <elena.ramos@dob.texas.gov>', 'Cc': 'Open Records <open.records@dob.texas.gov>',
            'Subject': 'Re: DOB-PIR-26-0451 - Partial Release and Request for Attorney General Decision',
            'Date': 'Tue, 20 Oct 2026 09:30:41 -0500',
            'Message-ID': '<CAF%s@mail.gmail.com>' % alnum(rng('ours15'), 30, False),
            'In-Reply-To': '<%s@dob.texas.gov>' % alnum(rng('m024'), 20),
            'References': '%s <%s@dob.texas.gov>' % (r['message_id'], alnum(rng('m024'), 20)),
            'MIME-Version': '1.0', 'Content-Type': 'multipart/mixed; boundary="000000000000f1e2c40621a9b7d0"'}
    return google_dsn(T(2026, 10, 20, 9, 31, CT, 4), 'm034', 'elena.ramos@dob.texas.gov', 'dob-texas-gov.mail.protection.outlook.com',
                      '552 5.3.4 Message size exceeds fixed maximum message size. [SN1PEPF0002B6C4.namprd09.prod.outlook.com]',
                      orig, title='Message not delivered',
                      explain=("Your message couldn't be delivered to elena.ramos@dob.texas.gov because the remote "
                               "server rejected it as too large. Try removing attachments or sending a link instead."))

# ====================================================================================== null: CFPB GovDelivery bulletin


@msg(T(2026, 10, 20, 10, 0, ET, 1), 'cfpb-govdelivery-bulletin-null',
     dict(request=None, kind='other', tracking_number=None, signals=['none'],
          why='CFPB GovDelivery bulletin about complaint data on digital wallets; a subscription, not about our request'),
     'other, request null; GovDelivery newsletter from the CFPB whose topic (complaints about payment apps and '
     'crypto) overlaps REQ-006; modeled on CFPB email bulletins')
def _():
    w = T(2026, 10, 20, 10, 0, ET, 1)
    rr = rng('m035')
    text = ('New data spotlight: complaints about digital wallets and crypto-asset apps\n\n'
            'Today the CFPB published a data spotlight on consumer complaints about mobile and digital wallets and '
            'virtual currency, based on complaints submitted from January 2024 through June 2026. Consumers most often '
            'reported problems with frozen accounts, unauthorized transfers and difficulty reaching customer service.\n\n'
            'Read the spotlight: https://www.consumerfinance.gov/data-research/research-reports/\n'
            'Explore the Consumer Complaint Database: https://www.consumerfinance.gov/data-research/consumer-complaints/\n\n'
            '----\nYou are subscribed to Research & Reports updates from the Consumer Financial Protection Bureau. '
            'Manage your subscriptions: https://public.govdelivery.com/accounts/USCFPB/subscriber/edit?preferences=true\n'
            'This email was sent to records@records.example.org using GovDelivery Communications Cloud on behalf of: '
            'Consumer Financial Protection Bureau - 1700 G Street NW - Washington, DC 20552\n')
    html = ('<html><body style="margin:0;font-family:Georgia,serif"><table width="600" align="center"><tr><td>\n'
            '<img src="https://content.govdelivery.com/attachments/fancy_images/USCFPB/2020/11/cfpb_logo.png" alt="CFPB" width="180">\n'
            '<h1 style="font-family:Arial">New data spotlight: complaints about digital wallets and crypto-asset apps</h1>\n'
            '<p>Today the CFPB published a data spotlight on consumer complaints about mobile and digital wallets and '
            'virtual currency, based on complaints submitted from January 2024 through June 2026. Consumers most often '
            'reported problems with frozen accounts, unauthorized transfers and difficulty reaching customer service.</p>\n'
            '<p><a href="https://www.consumerfinance.gov/data-research/research-reports/">Read the spotlight</a> | '
            '<a href="https://www.consumerfinance.gov/data-research/consumer-complaints/">Explore the Consumer Complaint '
            'Database</a></p>\n<hr><p style="font-size:11px;color:#666">You are subscribed to Research &amp; Reports '
            'updates from the Consumer Financial Protection Bureau. <a href="https://public.govdelivery.com/accounts/'
            'USCFPB/subscriber/edit?preferences=true">Manage subscriptions</a>.</p>\n</td></tr></table></body></html>\n')
    h = [('From', 'Consumer Financial Protection Bureau <cfpb@public.govdelivery.com>'), ('To', 'records@records.example.org'),
         ('Subject', 'New data spotlight: complaints about digital wallets and crypto-asset apps'), ('Date', rfc_date(w)),
         ('Message-ID', '<%s.%s@public.govdelivery.com>' % (w.strftime('%Y%m%d%H%M'), r'%d' % rr.randint(10**7, 10**8))),
         ('List-Unsubscribe', '<https://public.govdelivery.com/accounts/USCFPB/subscriber/one_click_unsubscribe?verification=5.%s>' % hexs(rr, 32)),
         ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('X-Accounttype', 'pd'),
         ('X-Bulletin-Id', 'USCFPB_%d' % rr.randint(10**6, 10**7)), ('Precedence', 'bulk')]
    return to_bytes(build(h, text=text, html=html, seed='m035'))

# ====================================================================================== REQ-013 DFPI staffer call request (unplaceable)


@msg(T(2026, 10, 22, 11, 48, PT, 30), 'dfpi-staff-call-request-ambiguous',
     dict(request='REQ-013', kind='other', tracking_number=None, signals=['none'],
          why='DFPI records staffer asks for a phone call about "your records request" with no number or topic; we have two open DFPI requests. Story: the kiosk-complaints request (the fee estimate follows)'),
     'other (call request) that a careful reader cannot place between the two open DFPI requests: personal dfpi.ca.gov '
     'address, new subject, no thread, no number; modeled on California state staff writing informally ("Name@DFPI")')
def _():
    w = T(2026, 10, 22, 11, 48, PT, 30)
    rr = rng('m036')
    subj = 'Your records request'
    h = [('From', '"Alvarado, Marisol@DFPI" <Marisol.Alvarado@dfpi.ca.gov>'), ('To', 'records@records.example.org'),
         ('Subject', subj), ('Date', rfc_date(w, UTC)), ('Message-ID', outlook_mid(rr, prefix='SJ0PR09MB'))] + \
        outlook_headers(rr, subj)
    text = ('Hello,\n\n'
            'I work in DFPI\'s public records unit and I\'m following up on your records request. Would you have a few '
            'minutes for a call this week? There are a couple of things I\'d like to go over with you, and it would be '
            'easier by phone.\n\n'
            'I\'m at (916) 555-0148, Tuesday through Thursday, 8:00 to 4:30.\n\n'
            'Thanks,\nMarisol\n\nMarisol Alvarado | Staff Services Analyst\nLegal Division - Public Records\n'
            'Department of Financial Protection and Innovation\n')
    return to_bytes(build(h, text=text, boundary_style='outlook', seed='m036'))

# ====================================================================================== REQ-004 IRS clarification


@msg(T(2026, 10, 22, 14, 2, ET, 33), 'irs-do4-reasonably-describe-pdf',
     dict(request='REQ-004', kind='clarification', tracking_number='F26282-0117', signals=['plus', 'tracking-new'],
          why='IRS Disclosure Office 4: request (received Oct 9) does not reasonably describe records; identify offices/organizations by Nov 23 or it will be closed'),
     'clarification; IRS "does not reasonably describe" letter in a PDF from a different disclosure office with a new '
     'case number; the statutory period has not started; modeled on IRS imperfect-request letters')
def _():
    r = REQ['REQ-004']
    w = T(2026, 10, 22, 14, 2, ET, 33)
    letter = IRS_HEAD + ['Disclosure Office 4', '290 Broadway, 7th Floor, Stop 7-13, New York, NY 10007', '',
        'Date: October 22, 2026', '', 'Person to contact:', '  Marcus Leung', '  Employee ID number: 1000391256',
        'Tel: 212-436-1702', 'Case number: F26282-0117', ''] + ORG_ADDR + ['', 'Dear Records Desk:', '',
        'We received your Freedom of Information Act (FOIA) request dated October 6, 2026, on October 9, 2026.', '',
        'You asked for all correspondence between the IRS and industry groups about Form 1099-DA broker reporting from '
        '2024 through 2026.', '',
        'We cannot process your request because it does not reasonably describe the records you want, as required by '
        '26 CFR 601.702(c)(4)(i)(C). The IRS does not keep a central file of correspondence with outside organizations. '
        'To search, we need to know which offices or employees would have the records (for example, the Office of Chief '
        'Counsel (Procedure and Administration), Large Business and International, or the Information Reporting Program '
        'office), which organizations you mean, and the time period for each.', '',
        'Please send us the additional information by November 23, 2026. The statutory response period does not begin '
        'until we receive a request that meets the requirements. If we do not hear from you by that date, we will close '
        'your request.', '',
        'If you have questions, contact the person listed at the top of this letter.', '',
        'Sincerely,', '', 'Disclosure Manager', 'Disclosure Office 4']
    pdf = make_pdf(letter, 'F26282-0117', 'IRS FOIA Letter')
    rr = rng('m037')
    subj = 'FOIA Request - F26282-0117'
    h = [('From', 'IRS Disclosure Office 4 <disclosure.office4@irs.gov>'), ('To', r['reply_address']), ('Subject', subj),
         ('Date', rfc_date(w)), ('Message-ID', outlook_mid(rr))] + outlook_headers(rr, subj, attach=True)
    text = ('Attached is correspondence about your Freedom of Information Act request.\n\n'
            'This email account cannot accept sensitive information.\n')
    return to_bytes(build(h, text=text, attachments=[(pdf, 'application', 'pdf', 'F26282-0117 Letter.pdf')],
                          boundary_style='outlook', seed='m037'))

# ====================================================================================== REQ-002 SEC re-categorized (other)


@msg(T(2026, 10, 23, 16, 40, ET, 15), 'sec-specialist-recategorized-news-media',
     dict(request='REQ-002', kind='other', tracking_number='26-03977-FOIA', signals=['plus', 'tracking', 'subject'],
          why='SEC specialist re-categorizes us as news media, withdraws the $1,186.50 estimate and resumes processing; no fee due'),
     'other (fee category decision, no payment needed); reply from a named specialist threaded to our own reply, '
     'tracking number only in the subject; modeled on SEC FOIA staff emails')
def _():
    r = REQ['REQ-002']
    w = T(2026, 10, 23, 16, 40, ET, 15)
    rr = rng('m038')
    ours = '<CAF%s@mail.gmail.com>' % alnum(rng('ours02'), 30, False)
    subj = 'RE: 26-03977-FOIA'
    h = [('From', '"Oyelaran, Kendra" <OyelaranK@sec.gov>'), ('To', r['reply_address']), ('Cc', 'FOIAPA <foiapa@sec.gov>'),
         ('Subject', subj), ('Date', rfc_date(w, UTC)), ('Message-ID', outlook_mid(rr)), ('In-Reply-To', ours),
         ('References', ours)] + outlook_headers(rr, '26-03977-FOIA')
    text = ('Good afternoon,\n\n'
            'Thank you for the information you sent on October 19 about your newsroom and its publication history, and '
            'for explaining that the figures you requested will be used in news reporting rather than in a subscription '
            'product.\n\n'
            'Based on that, we have changed your fee category to representative of the news media. You will be charged '
            'only for duplication after the first 100 pages, and because any records would be provided electronically we '
            'do not expect any fees. The estimate in our October 14 letter is withdrawn and no payment or commitment is '
            'needed. We have resumed processing your request.\n\n'
            'Regards,\n\nKendra Oyelaran\nFOIA Lead Research Specialist\nOffice of FOIA Services\n'
            'U.S. Securities and Exchange Commission\n(202) 551-8349\n')
    return to_bytes(build(h, text=text, boundary_style='outlook', seed='m038'))

# ====================================================================================== null: FDIC final for a 2025 request not in our register


@msg(T(2026, 10, 27, 14, 30, ET, 48), 'fdic-final-2025-request-not-ours',
     dict(request=None, kind='records_final', tracking_number='FDIC-2025-1193', signals=['none'],
          why='FDIC final response on FDIC-2025-1193, a 2025 request by a former reporter that is not in our register; same agency and crypto topic as REQ-008'),
     'records_final, request null; same agency and similar subject as an open request but a different log number, '
     'requester and year; modeled on FDIC final response letters')
def _():
    w = T(2026, 10, 27, 14, 30, ET, 48)
    letter = ['FEDERAL DEPOSIT INSURANCE CORPORATION', '550 17th Street NW, Washington, DC 20429', 'Legal Division - FOIA/PA Group', '',
              'October 27, 2026', '', 'Ms. Corinne Harlan', 'Records Desk', 'records@records.example.org', '',
              'Re: FOIA Request FDIC-2025-1193', '', 'Dear Ms. Harlan:', '',
              'This is the final response to your Freedom of Information Act request received on June 3, 2025, for '
              'correspondence between the FDIC and state nonmember banks about crypto-asset custody services in 2021.', '',
              'We located 64 pages of responsive records. We are releasing 22 pages in full and 35 pages in part, and are '
              'withholding 7 pages in full. Information was withheld under Exemption 8 (5 U.S.C. § 552(b)(8)), which '
              'protects matters contained in or related to examination, operating or condition reports prepared for an '
              'agency responsible for the supervision of financial institutions, and Exemption 6, which protects '
              'personal privacy.', '',
              'You may appeal this determination within 90 days of the date of this letter to the FDIC Legal Division, '
              'FOIA/PA Appeals, at the address above or efoia@fdic.gov. You may contact the FDIC FOIA Public Liaison at '
              '(703) 562-2040 or the Office of Government Information Services (OGIS) at ogis@nara.gov.', '',
              'Sincerely,', '', 'FOIA/PA Group']
    pdf = make_pdf(letter, 'FDIC-2025-1193 Final Response')
    rr = rng('m039')
    subj = 'FDIC-2025-1193 Final Response'
    h = [('From', 'FDIC FOIA <efoia@fdic.gov>'), ('To', 'records@records.example.org'), ('Subject', subj),
         ('Date', rfc_date(w, UTC)), ('Message-ID', outlook_mid(rr, prefix='MN2PR09MB'))] + outlook_headers(rr, subj, attach=True)
    text = ('Dear Ms. Harlan:\n\nPlease find attached the FDIC\'s final response to your FOIA request FDIC-2025-1193, '
            'together with the released records (released separately through the secure file transfer link sent to '
            'you today).\n\nFOIA/PA Group\nFederal Deposit Insurance Corporation\n')
    return to_bytes(build(h, text=text, attachments=[(pdf, 'application', 'pdf', 'FDIC-2025-1193 Final Response.pdf')],
                          boundary_style='outlook', seed='m039'))

# ====================================================================================== REQ-016 TDI records available + closed notice


@msg(T(2026, 10, 30, 15, 10, CT, 21), 'tdi-govqa-records-released',
     dict(request='REQ-016', kind='records_final', tracking_number='R012874-092326', adverse_determination=True,
          signals=['plus', 'tracking', 'subject'],
          why='TDI releases the complaint data with complainant identifiers redacted (552.101/552.136/552.137); response complete; TX has no appeal days'),
     'records_final with redactions; GovQA HTML-only notice whose text states what was released and withheld; '
     'modeled on Texas GovQA "records available" messages citing previous determinations for redactions')
def _():
    r = REQ['REQ-016']
    w = T(2026, 10, 30, 15, 10, CT, 21)
    paras = ['Dear Records Desk,',
             'The information responsive to your request is now available in the Public Information Request Center. It '
             'consists of a spreadsheet of 41,806 consumer complaints closed in 2024 and 2025 against auto and homeowners '
             'insurers (company, line of coverage, complaint reason, disposition, and received and closed dates).',
             'Complainant names, addresses, policy and claim numbers, and email addresses have been redacted as confidential '
             'under Texas Government Code &sect;552.101 in conjunction with common-law privacy, &sect;552.136 (access '
             'device numbers) and &sect;552.137 (email addresses of members of the public), as permitted without a ruling '
             'by previous determinations of the Attorney General. This completes the Department\'s response to your '
             'request.',
             'There is no charge for this request.']
    rows = [('Reference No.', 'R012874-092326'), ('Status', 'Records Available'), ('Files', 'TDI_Complaints_2024_2025.xlsx (redacted)')]
    html = govqa_html(paras, rows, 'R012874-092326')
    h = [('From', 'Texas Department of Insurance <tdi@govqa.us>'), ('To', r['reply_address']),
         ('Subject', 'Public Information Request :: R012874-092326 - Records Available'), ('Date', rfc_date(w)),
         ('Message-ID', '<%s@govqa.us>' % hexs(rng('m040'), 28))]
    return to_bytes(build(h, html=html, seed='m040'))


@msg(T(2026, 11, 2, 8, 1, CT, 7), 'tdi-govqa-closed-notice',
     dict(request='REQ-016', kind='portal_notice', tracking_number='R012874-092326', signals=['plus', 'tracking', 'subject'],
          why='GovQA status change to Closed after the release; no substantive content'),
     'portal_notice; GovQA "request closed" status email; modeled on GovQA status-change notifications')
def _():
    r = REQ['REQ-016']
    w = T(2026, 11, 2, 8, 1, CT, 7)
    paras = ['Dear Records Desk,', 'The status of your request has changed.']
    rows = [('Reference No.', 'R012874-092326'), ('New Status', 'Closed'), ('Closure Reason', 'Request Completed')]
    html = govqa_html(paras, rows, 'R012874-092326')
    h = [('From', 'Texas Department of Insurance <tdi@govqa.us>'), ('To', r['reply_address']),
         ('Subject', 'Public Information Request :: R012874-092326 - Status Update'), ('Date', rfc_date(w)),
         ('Message-ID', '<%s@govqa.us>' % hexs(rng('m041'), 28))]
    return to_bytes(build(h, html=html, html_cte='base64', seed='m041'))

# ====================================================================================== REQ-009 DFS final (number only in file name)


@msg(T(2026, 11, 5, 11, 30, ET, 26), 'dfs-determination-filename-only',
     dict(request='REQ-009', kind='records_final', tracking_number='FOIL-2026-04417', adverse_determination=True,
          signals=['tracking-filename', 'subject'],
          why='DFS final determination: approval letters released in part, application materials withheld (87(2)(a), (b), (d)); number only in the PDF file name; NY appeal 30 days'),
     'records_final with withholdings; the request number appears only in the attachment file name (subject, body and '
     'letter cite the request by date); modeled on NY FOIL determinations citing Banking Law 36(10) and POL 87(2)')
def _():
    w = T(2026, 11, 5, 11, 30, ET, 26)
    letter = ['NEW YORK STATE DEPARTMENT OF FINANCIAL SERVICES', 'Office of General Counsel - Records Access Office',
              'One State Street, New York, NY 10004', '', 'November 5, 2026', '', 'Records Desk', 'records@records.example.org', '',
              'Re: Your Freedom of Information Law request dated September 10, 2026', '', 'Dear Records Desk:', '',
              'This letter is the Department\'s determination on your request for approval letters, conditional approvals '
              'and denial letters issued on applications for a virtual currency license or a limited purpose trust '
              'charter from January 1, 2023 to the present.', '',
              'The Department located 14 approval letters and 3 conditional approval letters. They are enclosed (61 '
              'pages). Portions have been redacted as follows: (1) information obtained in the course of the '
              'Department\'s review of the applicants, which is confidential under Banking Law § 36(10) and therefore '
              'exempt under Public Officers Law § 87(2)(a); (2) information submitted by applicants that is a trade '
              'secret or would cause substantial injury to their competitive position if disclosed, exempt under § '
              '87(2)(d); and (3) personal information of individuals, the disclosure of which would be an unwarranted '
              'invasion of personal privacy under §§ 87(2)(b) and 89(2).', '',
              'The application files themselves are withheld in their entirety on the same grounds. The Department did not '
              'issue formal denial letters during the period; applications that did not proceed were withdrawn by the '
              'applicants.', '',
              'You may appeal this determination within thirty (30) days by writing to the Records Appeals Officer, New '
              'York State Department of Financial Services, Office of General Counsel, One State Street, New York, NY '
              '10004, or FOIL.Appeals@dfs.ny.gov.', '', 'Sincerely,', '', 'Records Access Officer']
    pdf = make_pdf(letter, 'Determination')
    h = [('From', 'DFS Records Access Officer <RecordsAccessOfficer@dfs.ny.gov>'), ('To', 'records@records.example.org'),
         ('Subject', 'Records Access Determination'), ('Date', rfc_date(w)),
         ('Message-ID', '<%s$%s@dfs.ny.gov>' % (alnum(rng('m042'), 16), hexs(rng('m042b'), 8))),
         ('X-Mailer', 'Microsoft Outlook 16.0')]
    text = ('Attached please find the Department\'s determination letter on your Freedom of Information Law request, '
            'with the responsive records (Part 1 of 1) available at the secure link below for 14 days:\n'
            'https://dfsny.sharefile.com/d-s%s\n\nRecords Access Office\nNYS Department of Financial Services\n' %
            alnum(rng('m042s'), 16, False))
    return to_bytes(build(h, text=text, attachments=[(pdf, 'application', 'pdf', 'FOIL-2026-04417_Determination.pdf')],
                          seed='m042'))

# ====================================================================================== REQ-013 DFPI programming cost estimate


@msg(T(2026, 11, 9, 10, 5, PT, 52), 'dfpi-nextrequest-programming-cost',
     dict(request='REQ-013', kind='fee_estimate', tracking_number='26-1197', signals=['plus', 'tracking', 'subject'],
          why='DFPI says the complaint extract needs programming and estimates $380 under Gov. Code 7922.575; held until we agree or narrow'),
     'fee_estimate; NextRequest message notice that includes the staff message (programming/extraction cost for an '
     'electronic record); modeled on California agencies charging data-compilation costs under Gov. Code 7922.575')
def _():
    r = REQ['REQ-013']
    w = T(2026, 11, 9, 10, 5, PT, 52)
    html = nextrequest_html('Message regarding request #26-1197', [
        '<b>Marisol Alvarado</b> sent you a message:',
        '<i>&ldquo;Thank you for speaking with me on October 27. The kiosk complaint records you requested are kept in '
        'the Department&#39;s complaint management system, and producing the fields you identified requires a custom '
        'query and data extraction. Under Government Code section 7922.575, subdivision (b), the Department may charge '
        'the cost of the programming and computer services needed to produce the extract. We estimate that cost at '
        '$380.00 (8 hours at $47.50 per hour). Please let us know whether you agree to the estimate or would like to '
        'narrow the request, for example to complaints closed in 2025 and 2026. We will hold the request until we hear '
        'from you.&rdquo;</i>'], 'https://dfpi.nextrequest.com/requests/26-1197')
    h = [('From', 'California Department of Financial Protection and Innovation <dfpi@mail.nextrequest.com>'),
         ('To', r['reply_address']), ('Subject', '[Records Request #26-1197] New message'),
         ('Date', rfc_date(w)), ('Message-ID', '<%s.%s@mail.nextrequest.com>' % (hexs(rng('m043'), 24), w.strftime('%s'))),
         ('X-SG-EID', alnum(rng('m043x'), 40, False))]
    return to_bytes(build(h, html=html, seed='m043'))

# ====================================================================================== REQ-003 IRS fee letter


@msg(T(2026, 11, 12, 9, 45, ET, 7), 'irs-fee-letter-waiver-denied-pdf',
     dict(request='REQ-003', kind='fee_estimate', tracking_number='F26257-0044', signals=['tracking', 'subject'],
          why='IRS: news media category, fee waiver denied, 680 chargeable pages = $136.00; written agreement to pay by Dec 14 or the case closes'),
     'fee_estimate with a fee-waiver denial; IRS PDF letter with duplication-only fees for news media; modeled on '
     'IRS fee letters under 26 CFR 601.702(f)')
def _():
    r = REQ['REQ-003']
    w = T(2026, 11, 12, 9, 45, ET, 7)
    letter = IRS_HEAD + ['Disclosure Office 10', 'Stop 211, 1111 Constitution Ave NW, Washington, DC 20224', '',
        'Date: November 12, 2026', '', 'Person to contact:', '  Teresa Vallejo', '  Employee ID number: 1000218847',
        'Tel: 202-317-4410', 'Case number: F26257-0044', ''] + ORG_ADDR + ['', 'Dear Records Desk:', '',
        'We are writing about the fees for your Freedom of Information Act (FOIA) request received September 14, 2026.', '',
        'Fee category: You are a representative of the news media. You will not be charged for search or review, and '
        'the first 100 pages are free.', '',
        'Fee waiver: You asked us to waive all fees. We considered the factors in 26 CFR 601.702(f). Your request does '
        'not explain how the specific records you asked for, much of which is already public in court dockets, would '
        'contribute significantly to public understanding of IRS operations. We are denying your request for a fee '
        'waiver. You may appeal this denial within 90 days of the date of this letter.', '',
        'Estimated fees: We located about 780 pages of records that may be responsive. After the 100 free pages, the '
        'estimated duplication fee is 680 pages x $0.20 = $136.00. The actual amount may be less if we withhold pages.', '',
        'Please send us a written agreement to pay up to $136.00 by December 14, 2026. We will not continue processing '
        'your request until we receive it. If we do not hear from you by that date, we will close your request.', '',
        'If you have questions, contact the person listed at the top of this letter.', '',
        'Sincerely,', '', 'Disclosure Manager', 'Disclosure Office 10']
    pdf = make_pdf(letter, 'F26257-0044', 'IRS FOIA Letter')
    rr = rng('m044')
    subj = 'FOIA Case F26257-0044 - Fees'
    h = [('From', 'IRS Disclosure Office 10 <disclosure.office10@irs.gov>'), ('To', 'Records Desk <records@records.example.org>'), ('Subject', subj),
         ('Date', rfc_date(w)), ('Message-ID', outlook_mid(rr))] + outlook_headers(rr, subj, attach=True)
    text = ('Attached is correspondence about your Freedom of Information Act request.\n\n'
            'This email account cannot accept sensitive information.\n')
    return to_bytes(build(h, text=text, attachments=[(pdf, 'application', 'pdf', 'F26257-0044 Fee Letter.pdf')],
                          boundary_style='outlook', seed='m044'))

# ====================================================================================== null: phishing lookalike portal


@msg(T(2026, 11, 16, 3, 12, UTC, 40), 'phish-openfoil-lookalike-null',
     dict(request=None, kind='other', tracking_number=None, signals=['none'],
          why='phishing from a lookalike of the NY portal ("documents will be deleted"); not about any request'),
     'other, request null; credential-phishing mail imitating a records portal on a lookalike domain; modeled on '
     'portal-themed phishing')
def _():
    w = T(2026, 11, 16, 3, 12, UTC, 40)
    html = ('<html><body style="font-family:Arial"><div style="background:#0b3d91;color:#fff;padding:8px">Open FOIL NY '
            'Records Center</div>\n<p>Dear User,</p>\n<p>You have <b>2 unread documents</b> waiting in your records '
            'account. Due to a storage policy update, documents not viewed within 48 hours will be permanently '
            'deleted.</p>\n<p><a href="https://openfoil-ny-gov.com/secure/verify?u=records">VERIFY ACCOUNT AND VIEW '
            'DOCUMENTS</a></p>\n<p>Thank you,<br>Records Support Team</p></body></html>\n')
    h = [('From', '"Open FOIL NY Support" <support@openfoil-ny-gov.com>'), ('To', 'records@records.example.org'),
         ('Subject', 'Action required: your Open FOIL NY documents will be deleted'), ('Date', rfc_date(w)),
         ('Message-ID', '<%s@openfoil-ny-gov.com>' % hexs(rng('m045'), 20)), ('X-Mailer', 'PHPMailer 6.8.1')]
    return to_bytes(build(h, html=html, html_cte='base64', seed='m045'))

# ====================================================================================== REQ-005 Treasury interim (HTML, base64)


@msg(T(2026, 11, 18, 16, 20, ET, 33), 'treasury-interim-1-html-b64',
     dict(request='REQ-005', kind='records_interim', tracking_number='2026-09-117', estimated='2027-03-31',
          signals=['tracking', 'subject'],
          why='Treasury DO interim response #1: 212 pages processed, some withheld (b)(4)/(b)(5)/(b)(6); monthly releases, completion est. Mar 31, 2027'),
     'records_interim; HTML-only, base64-encoded body with a download link and withholding counts; modeled on federal '
     'rolling-release letters')
def _():
    r = REQ['REQ-005']
    w = T(2026, 11, 18, 16, 20, ET, 33)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n'
            '<div style="font-family:Times New Roman,serif;font-size:12pt">\n<p>Re: FOIA Request No. 2026-09-117 &ndash; '
            'Interim Response No. 1</p>\n<p>Dear Requester:</p>\n'
            '<p>This is the first interim response to your Freedom of Information Act request for correspondence between '
            'Departmental Offices officials and payment stablecoin issuers concerning GENIUS Act implementation.</p>\n'
            '<p>We have processed 212 pages. We are releasing 131 pages in full and 64 pages in part, and are withholding '
            '17 pages in full. Information was withheld under FOIA Exemption 4 (confidential commercial information '
            'submitted by the issuers), Exemption 5 (deliberative process privilege) and Exemption 6 (personal privacy). '
            'The records are available for download at <a href="https://foiaxpress.treasury.gov/app/ReadingRoom.aspx?'
            'id=2026-09-117-R1">this secure link</a> for 30 days.</p>\n'
            '<p>We continue to process the remaining records and expect to make releases about monthly. We estimate that '
            'we will complete processing of your request by March 31, 2027. You will have the right to appeal any '
            'withholdings when we issue our final response.</p>\n'
            '<p>If you have questions, contact our FOIA Public Liaison at (202) 622-0930 or treasfoia@treasury.gov.</p>\n'
            '<p>Sincerely,<br>Disclosure Services<br>FOIA and Transparency<br>Departmental Offices</p>\n</div></body></html>\n')
    rr = rng('m046')
    subj = 'FOIA Request 2026-09-117 - Interim Response No. 1'
    h = [('From', 'Treasury FOIA <treasfoia@treasury.gov>'), ('To', 'Records Desk <records@records.example.org>'), ('Subject', subj),
         ('Date', rfc_date(w, UTC)), ('Message-ID', outlook_mid(rr))] + outlook_headers(rr, subj)
    return to_bytes(build(h, html=html, html_cte='base64', boundary_style='outlook', seed='m046'))

# ====================================================================================== REQ-012 NextRequest closed with release


@msg(T(2026, 11, 20, 16, 48, PT, 2), 'dfpi-nextrequest-closed-released',
     dict(request='REQ-012', kind='records_final', tracking_number='26-1042', adverse_determination=True,
          signals=['plus', 'tracking', 'subject'],
          why='NextRequest closure: applicant list and license orders released; application contents withheld (DFAL confidentiality, 7927.705); CA has no appeal days'),
     'records_final with withholdings; NextRequest "request closed" notice that carries the closing message; modeled on '
     'NextRequest closure emails')
def _():
    r = REQ['REQ-012']
    w = T(2026, 11, 20, 16, 48, PT, 2)
    html = nextrequest_html('Your public records request #26-1042 has been closed', [
        'Request #26-1042 has been closed. The Department included the following message:',
        '<i>&ldquo;The Department has completed its response to your request. Released documents (folder: DFAL '
        'Licensing) include the list of Digital Financial Assets Law license applications received through November 13, '
        '2026 with applicant name, date received and status; 9 conditional license orders; and 2 orders denying a '
        'license. The contents of license applications, including financial statements, business plans and background '
        'information, are withheld under the confidentiality provisions of the Digital Financial Assets Law (Fin. Code, '
        'div. 1.25) and Government Code sections 7927.705 and 7927.700. This completes the Department&#39;s response.'
        '&rdquo;</i>'], 'https://dfpi.nextrequest.com/requests/26-1042')
    h = [('From', 'California Department of Financial Protection and Innovation <dfpi@mail.nextrequest.com>'),
         ('To', r['reply_address']), ('Subject', 'Your public records request #26-1042 has been closed'),
         ('Date', rfc_date(w)), ('Message-ID', '<%s.%s@mail.nextrequest.com>' % (hexs(rng('m047'), 24), w.strftime('%s'))),
         ('X-SG-EID', alnum(rng('m047x'), 40, False))]
    return to_bytes(build(h, html=html, seed='m047'))

# ====================================================================================== REQ-002 SEC no records


@msg(T(2026, 11, 30, 11, 0, ET, 19), 'sec-no-records-tcr-pdf',
     dict(request='REQ-002', kind='no_records', tracking_number='26-03977-FOIA', adverse_determination=True,
          signals=['tracking', 'subject'],
          why='SEC final: no existing TCR report or tabulation; FOIA does not require creating one; 90-day appeal'),
     'no_records; SEC PDF final response explaining that compiling statistics would create a record, with appeal '
     'and OGIS paragraphs; modeled on SEC no-records letters')
def _():
    r = REQ['REQ-002']
    w = T(2026, 11, 30, 11, 0, ET, 19)
    letter = SEC_HEAD + ['November 30, 2026', ''] + ORG_ADDR + ['Via email: ' + r['reply_address'], '',
        'RE: Freedom of Information Act (FOIA), 5 U.S.C. § 552', '    Request No. 26-03977-FOIA', '', 'Dear Requester:', '',
        'This letter is our final response to your request for records showing the number of tips, complaints and '
        'referrals about crypto asset offerings entered in the Commission\'s TCR system from January 2023 through '
        'December 2025.', '',
        'We consulted the Office of Market Intelligence, which administers the TCR system. Staff advised that no '
        'existing report or tabulation categorizes TCR submissions as "crypto asset offerings" for the period you '
        'describe. Producing the figures you requested would require staff to design new categories, write queries and '
        'compile the results, which would amount to creating a new record. The FOIA does not require an agency to '
        'create records in response to a request. Accordingly, we did not locate or identify any records responsive to '
        'your request.', '',
        'The Commission\'s annual Whistleblower Program reports to Congress, available on sec.gov, include some '
        'information about tips by allegation type.', '',
        'You have the right to appeal this determination to the Commission\'s Office of the General Counsel within '
        '90 calendar days of the date of this letter. Your appeal should be sent to foiapa@sec.gov or to the Office of '
        'the General Counsel, 100 F Street NE, Washington, DC 20549, and should be clearly marked "Freedom of Information '
        'Act Appeal." You may also seek dispute resolution services from the SEC FOIA Public Liaison at (202) 551-7900 '
        'or from the Office of Government Information Services (OGIS), ogis@nara.gov, 877-684-6448.', '',
        'Sincerely,', '', 'Office of FOIA Services']
    pdf = make_pdf(letter, '26-03977-FOIA final', 'Microsoft Word - Final_No_Records')
    rr = rng('m048')
    subj = 'Final Response - 26-03977-FOIA'
    h = [('From', 'FOIAPA <foiapa@sec.gov>'), ('To', 'Records Desk <records@records.example.org>'), ('Subject', subj),
         ('Date', rfc_date(w, UTC)), ('Message-ID', outlook_mid(rr))] + outlook_headers(rr, subj, attach=True)
    return to_bytes(build(h, text='Please see the attached final response to your FOIA request.\n\nOffice of FOIA Services\n',
                          attachments=[(pdf, 'application', 'pdf', '26-03977-FOIA_Final_Response.pdf')],
                          boundary_style='outlook', seed='m048'))

# ====================================================================================== REQ-007 CFPB denial in full


@msg(T(2026, 12, 2, 15, 5, ET, 58), 'cfpb-denial-in-full-pdf',
     dict(request='REQ-007', kind='denial', tracking_number='CFPB-2026-0803-F', adverse_determination=True,
          signals=['tracking', 'subject'],
          why='CFPB withholds all 412 pages in full under Exemptions 5, 7(A) and 6; no segregable portions; 90-day appeal'),
     'denial; full withholding under several exemptions with a segregability statement, appeal and OGIS '
     'paragraphs, letter in a PDF; modeled on CFPB final determination letters')
def _():
    r = REQ['REQ-007']
    w = T(2026, 12, 2, 15, 5, ET, 58)
    letter = ['CONSUMER FINANCIAL PROTECTION BUREAU', '1700 G Street NW, Washington, DC 20552', '', 'December 2, 2026', ''] + \
        ORG_ADDR + ['', 'Re: FOIA Request CFPB-2026-0803-F', '', 'Dear Requester:', '',
        'This is the final response to your Freedom of Information Act request, received October 5, 2026, for '
        'Division of Enforcement memoranda, decision documents and communications concerning the termination or '
        'withdrawal of consent orders and pending enforcement actions in 2025.', '',
        'The CFPB located 37 documents (412 pages) responsive to your request. After careful review, we are withholding '
        'these records in full under the following exemptions:', '',
        '  - Exemption 5, 5 U.S.C. § 552(b)(5), which protects inter- and intra-agency records that are pre-decisional '
        'and deliberative, and attorney-client communications and attorney work product;',
        '  - Exemption 7(A), 5 U.S.C. § 552(b)(7)(A), which protects records compiled for law enforcement purposes whose '
        'release could reasonably be expected to interfere with enforcement proceedings, for matters that remain open; and',
        '  - Exemption 6, 5 U.S.C. § 552(b)(6), for names and identifying information of individuals.', '',
        'We reviewed the records for reasonably segregable non-exempt information and determined that none can be '
        'released without disclosing exempt material. The orders terminating the consent orders are public and are '
        'posted on the CFPB\'s enforcement actions web page.', '',
        'You may appeal this determination within 90 calendar days of the date of this letter. Send your appeal to '
        'FOIA@consumerfinance.gov, with "FOIA Appeal" and the tracking number in the subject line, or by mail to the '
        'Chief FOIA Officer, Consumer Financial Protection Bureau, 1700 G Street NW, Washington, DC 20552.', '',
        'You may also contact the CFPB FOIA Public Liaison at (855) 444-3642, or the Office of Government Information '
        'Services (OGIS) at the National Archives and Records Administration, ogis@nara.gov, 202-741-5770.', '',
        'Sincerely,', '', 'FOIA Team', 'Consumer Financial Protection Bureau']
    pdf = make_pdf(letter, 'CFPB-2026-0803-F Final Response')
    rr = rng('m049')
    subj = 'CFPB-2026-0803-F Final Response'
    h = [('From', 'CFPB FOIA <FOIA@consumerfinance.gov>'), ('To', 'Records Desk <records@records.example.org>'), ('Subject', subj),
         ('Date', rfc_date(w, UTC)), ('Message-ID', outlook_mid(rr))] + outlook_headers(rr, subj, attach=True)
    return to_bytes(build(h, text='Dear Requester:\n\nPlease see the attached final response letter.\n\nFOIA Team\n'
                          'Consumer Financial Protection Bureau\n',
                          attachments=[(pdf, 'application', 'pdf', 'CFPB-2026-0803-F Final Response.pdf')],
                          boundary_style='outlook', seed='m049'))

# ====================================================================================== REQ-008 FDIC interim forwarded by a colleague


@msg(T(2026, 12, 4, 9, 12, ET, 40), 'fwd-colleague-fdic-interim',
     dict(request='REQ-008', kind='records_interim', tracking_number='FDIC-2026-0731', signals=['tracking', 'subject'],
          why='colleague forwards FDIC interim release No. 1 (146 pages, Exemptions 4, 6, 8); more pages to come'),
     'records_interim; inline Gmail forward by a colleague (the agency wrote only to him), with his note on top; '
     'modeled on FDIC interim release letters')
def _():
    w = T(2026, 12, 4, 9, 12, ET, 40)
    rr = rng('m050')
    text = ('Logging this one - FDIC sent the first batch straight to me. The download link expires Dec 31, so '
            'someone should pull the files this week.\n\nLuis\n\n'
            '---------- Forwarded message ---------\n'
            'From: FDIC FOIA <efoia@fdic.gov>\n'
            'Date: Thu, Dec 3, 2026 at 4:51 PM\n'
            'Subject: FDIC-2026-0731 - Interim Release No. 1\n'
            'To: Luis Ferreira <lferreira@records.example.org>\n\n\n'
            'Dear Mr. Ferreira:\n\n'
            'This is the first interim release in response to your Freedom of Information Act request, log number '
            'FDIC-2026-0731, for letters asking supervised institutions to pause crypto-asset-related activities and '
            'related examiner correspondence, 2022 through 2024. We received your agreement to pay fees on October 9, '
            '2026.\n\n'
            'We have reviewed 146 pages and are releasing them in part. We withheld information under Exemption 4 '
            '(confidential commercial information of the institutions), Exemption 6 (personal privacy) and Exemption 8 '
            '(information contained in or related to examination, operating or condition reports). The records are '
            'available through the FDIC secure file transfer site until December 31, 2026.\n\n'
            'We are continuing to process approximately 600 additional pages and expect to make our next release in '
            'January 2027. Fees will be billed with the final response.\n\n'
            'Sincerely,\n\nFOIA/PA Group\nFederal Deposit Insurance Corporation\n')
    h = [('From', 'Luis Ferreira <lferreira@records.example.org>'), ('To', 'records@records.example.org'),
         ('Subject', 'Fwd: FDIC-2026-0731 - Interim Release No. 1'), ('Date', rfc_date(w)),
         ('Message-ID', '<CAF%s@mail.gmail.com>' % alnum(rr, 30, False))]
    return to_bytes(build(h, text=text, boundary_style='google', seed='m050'))

# ====================================================================================== REQ-004 IRS no records, forwarded as attachment


@msg(T(2026, 12, 8, 13, 30, ET, 2), 'fwd-attached-irs-no-records',
     dict(request='REQ-004', kind='no_records', tracking_number='F26282-0117', adverse_determination=True,
          signals=['tracking', 'subject'],
          why='colleague forwards (as an attached message) the IRS final letter: no records after the narrowed search; 90-day appeal'),
     'no_records; forward-as-attachment (message/rfc822) by a colleague to whom the IRS wrote directly, letter text '
     'inside the attached message; modeled on IRS "we did not locate any records" final letters')
def _():
    inner_w = T(2026, 12, 7, 15, 42, ET, 10)
    rr = rng('m051i')
    inner = EmailMessage(policy=POLICY)
    inner['From'] = 'IRS Disclosure Office 4 <disclosure.office4@irs.gov>'
    inner['To'] = 'Maya Okafor <mokafor@records.example.org>'
    inner['Subject'] = 'FOIA Request - F26282-0117'
    inner['Date'] = rfc_date(inner_w)
    inner['Message-ID'] = outlook_mid(rr)
    inner.set_content(
        'Department of the Treasury\nInternal Revenue Service\nDisclosure Office 4\n\nDate: December 7, 2026\n'
        'Person to contact: Marcus Leung, Employee ID number 1000391256, Tel: 212-436-1702\nCase number: F26282-0117\n\n'
        'Dear Ms. Okafor:\n\n'
        'This is our final response to the Freedom of Information Act (FOIA) request dated October 6, 2026, which you '
        'clarified in your letter of November 2, 2026. As clarified, you asked for correspondence between the IRS '
        'Information Reporting Program office or the Office of Chief Counsel (Procedure and Administration) and four '
        'named industry associations about Form 1099-DA, January 2024 through June 2026.\n\n'
        'We searched the records of the Information Reporting Program office, the Office of Chief Counsel (Procedure and '
        'Administration) and Large Business and International, including email of the employees those offices '
        'identified. We did not locate any records responsive to your request. Comment letters submitted on the '
        'proposed broker reporting regulations are public at regulations.gov.\n\n'
        'You may file an administrative appeal within 90 days of the date of this letter. Send your appeal to IRS '
        'Independent Office of Appeals, FOIA Appeals, M/Stop 55202, 5045 E. Butler Ave., Fresno, CA 93727-5136.\n\n'
        'You may also contact the IRS FOIA Public Liaison at 312-292-2929 or the Office of Government Information '
        'Services (OGIS), ogis@nara.gov, 877-684-6448.\n\nSincerely,\n\nDisclosure Manager\nDisclosure Office 4\n',
        cte='quoted-printable')
    w = T(2026, 12, 8, 13, 30, ET, 2)
    h = [('From', 'Maya Okafor <mokafor@records.example.org>'), ('To', 'records@records.example.org'),
         ('Subject', 'Fwd: FOIA Request - F26282-0117'), ('Date', rfc_date(w)),
         ('Message-ID', '<CAF%s@mail.gmail.com>' % alnum(rng('m051'), 30, False))]
    text = ('IRS 1099-DA request - they wrote to me after I sent the narrowed version. Attaching their email. I think '
            'this is the end of it unless we appeal?\n\n-Maya\n')
    return to_bytes(build(h, text=text, attachments=[(inner, 'message', 'rfc822', 'FOIA Request - F26282-0117.eml')], boundary_style='google',
                          seed='m051'))

# ====================================================================================== REQ-001 SEC interim via group


@msg(T(2026, 12, 10, 15, 0, ET, 44), 'sec-interim-via-google-group',
     dict(request='REQ-001', kind='records_interim', tracking_number='26-03418-FOIA', estimated='2027-01-29',
          signals=['tracking', 'subject'],
          why='SEC first interim release (closing letters in full, Wells notices in part); completion estimated Jan 29, 2027; via our Google Group'),
     'records_interim; Google Group delivery with the letter in a PDF and a file-transfer link; modeled on SEC interim '
     'release letters')
def _():
    w = T(2026, 12, 10, 15, 0, ET, 44)
    rr = rng('m052')
    letter = SEC_HEAD + ['December 10, 2026', ''] + ORG_ADDR + ['',
        'RE: Freedom of Information Act (FOIA), 5 U.S.C. § 552', '    Request No. 26-03418-FOIA', '', 'Dear Requester:', '',
        'This is our first interim response to your request for closing letters and Wells notices issued by the '
        'Division of Enforcement to crypto asset trading platforms, 2023 through 2025.', '',
        'We have processed records located in the Washington office. We are releasing 18 closing letters (41 pages) in '
        'full, and 12 Wells notices (96 pages) in part. Names and identifying information of individuals have been '
        'withheld under FOIA Exemptions 6 and 7(C), 5 U.S.C. § 552(b)(6) and (b)(7)(C).', '',
        'Records from the regional offices are still being collected and reviewed. We estimate that we will complete '
        'processing of your request by January 29, 2027. You will be advised of your appeal rights in our final '
        'response.', '',
        'Sincerely,', '', 'Office of FOIA Services']
    pdf = make_pdf(letter, '26-03418-FOIA interim 1', 'Microsoft Word - Interim_Letter')
    text = ('Please see the attached interim response letter. Responsive records can be downloaded from the SEC secure '
            'file transfer site until January 11, 2027.\n\nOffice of FOIA Services\n' + GROUP_FOOTER_TXT)
    html = ('<div dir="ltr"><p>Please see the attached interim response letter. Responsive records can be downloaded '
            'from the SEC secure file transfer site until January 11, 2027.</p><p>Office of FOIA Services</p></div>\n' +
            GROUP_FOOTER_HTML)
    h = [('From', '"\'FOIAPA\' via Records Desk" <records@records.example.org>'), ('Reply-To', 'FOIAPA <foiapa@sec.gov>'),
         ('To', 'records@records.example.org'), ('Subject', '26-03418-FOIA Interim Response'), ('Date', rfc_date(w, UTC)),
         ('Message-ID', outlook_mid(rr))] + google_group_headers(rr, 'foiapa@sec.gov')
    return to_bytes(build(h, text=text, html=html, attachments=[(pdf, 'application', 'pdf', '26-03418-FOIA_Interim_1.pdf')],
                          boundary_style='google', seed='m052'))

# ====================================================================================== REQ-006 CFPB final with CSV


@msg(T(2026, 12, 14, 16, 10, ET, 5), 'cfpb-final-partial-csv',
     dict(request='REQ-006', kind='records_final', tracking_number='CFPB-2026-0688-F', adverse_determination=True,
          signals=['plus', 'tracking', 'subject'],
          why='CFPB final: complaint extract released, non-consented narratives and parts of ZIP codes withheld under Exemption 6; 90-day appeal'),
     'records_final with withholdings; Outlook email carrying the letter in the body and a small CSV sample; '
     'modeled on CFPB final responses for complaint data (consent-based narrative publication)')
def _():
    r = REQ['REQ-006']
    w = T(2026, 12, 14, 16, 10, ET, 5)
    rr = rng('m053')
    subj = 'CFPB-2026-0688-F Final Response'
    csv = ('complaint_id,date_received,product,sub_product,issue,company,state,zip3,company_response,narrative_released\n'
           '9912044,2024-01-08,"Money transfer, virtual currency, or money service",Virtual currency,'
           'Other transaction problem,[company],TX,773,Closed with explanation,N\n'
           '9913870,2024-01-09,"Money transfer, virtual currency, or money service",Mobile or digital wallet,'
           'Fraud or scam,[company],CA,945,Closed with monetary relief,Y\n'
           '... (4,212 rows in the full release file)\n').encode()
    h = [('From', 'CFPB FOIA <FOIA@consumerfinance.gov>'), ('To', r['reply_address']), ('Subject', subj),
         ('Date', rfc_date(w, UTC)), ('Message-ID', outlook_mid(rr))] + outlook_headers(rr, subj, attach=True)
    text = ('Dear Requester:\n\n'
            'This is the final response to your Freedom of Information Act request CFPB-2026-0688-F, as clarified on '
            'October 6, 2026, for non-public fields of consumer complaints about virtual currency and mobile or digital '
            'wallet products received from January 1, 2024 through September 30, 2026.\n\n'
            'We are releasing an extract of 4,212 complaint records (a sample of the file layout is attached; the full '
            'file is available through the secure link sent separately). Complaint narratives are released only where '
            'the consumer consented to publication; other narratives are withheld in full, and five-digit ZIP codes are '
            'released only to the first three digits, under Exemption 6 of the FOIA, 5 U.S.C. § 552(b)(6), because '
            'disclosure would constitute a clearly unwarranted invasion of personal privacy. Company names appear as '
            'they do in the public database.\n\n'
            'You may appeal this determination within 90 calendar days of the date of this letter by writing to '
            'FOIA@consumerfinance.gov with "FOIA Appeal" and the tracking number in the subject line. You may also '
            'contact the CFPB FOIA Public Liaison at (855) 444-3642 or the Office of Government Information Services '
            '(OGIS) at ogis@nara.gov.\n\n'
            'Sincerely,\n\nDesmond Pruitt\nGovernment Information Specialist, FOIA\nConsumer Financial Protection Bureau\n')
    return to_bytes(build(h, text=text, attachments=[(csv, 'text', 'csv', 'CFPB-2026-0688-F_release_layout_sample.csv')],
                          boundary_style='outlook', seed='m053'))

# ====================================================================================== REQ-013 closed for non-response


@msg(T(2026, 12, 14, 15, 30, PT, 17), 'dfpi-nextrequest-closed-no-response',
     dict(request='REQ-013', kind='denial', tracking_number='26-1197', adverse_determination=True,
          signals=['plus', 'tracking', 'subject'],
          why='DFPI closes #26-1197 without records because we never answered the cost estimate (closure for non-response); CA has no appeal days'),
     'denial (closure for non-response to a cost estimate, no records released); NextRequest closure notice; modeled '
     'on NextRequest closures "no response from requester"')
def _():
    r = REQ['REQ-013']
    w = T(2026, 12, 14, 15, 30, PT, 17)
    html = nextrequest_html('Your public records request #26-1197 has been closed', [
        'Request #26-1197 has been closed. The Department included the following message:',
        '<i>&ldquo;On November 9, 2026, the Department sent you an estimate of the cost of producing the data extract '
        'you requested and asked you to agree to the estimate or narrow the request. We have not received a response. '
        'The Department is therefore closing this request without producing records. If you still want the records, '
        'you may submit a new request.&rdquo;</i>',
        '<b>Closure reason:</b> No response from requester'], 'https://dfpi.nextrequest.com/requests/26-1197')
    h = [('From', 'California Department of Financial Protection and Innovation <dfpi@mail.nextrequest.com>'),
         ('To', r['reply_address']), ('Subject', 'Your public records request #26-1197 has been closed'),
         ('Date', rfc_date(w)), ('Message-ID', '<%s.%s@mail.nextrequest.com>' % (hexs(rng('m054'), 24), w.strftime('%s'))),
         ('X-SG-EID', alnum(rng('m054x'), 40, False))]
    return to_bytes(build(h, html=html, seed='m054'))

# ====================================================================================== REQ-015 DOB final after AG ruling


@msg(T(2026, 12, 15, 10, 20, CT, 36), 'txdob-final-after-ag-ruling',
     dict(request='REQ-015', kind='records_final', tracking_number='DOB-PIR-26-0451', adverse_determination=True,
          signals=['tracking', 'subject'],
          why='DOB final after AG letter ruling OR2026-031472: more records released, examination reports withheld per the ruling; TX has no appeal days'),
     'records_final with withholdings; Texas response implementing an Attorney General letter ruling whose number '
     'looks like a tracking number; modeled on Texas post-ruling release letters')
def _():
    w = T(2026, 12, 15, 10, 20, CT, 36)
    ruling = ['OFFICE OF THE ATTORNEY GENERAL - STATE OF TEXAS', '', 'December 10, 2026', '',
              'Assistant General Counsel', 'Texas Department of Banking', '2601 North Lamar Boulevard', 'Austin, Texas 78705', '',
              'OR2026-031472', '', 'Dear Counsel:', '',
              'You ask whether certain information is subject to required public disclosure under the Public '
              'Information Act (the "Act"), chapter 552 of the Government Code. Your request was assigned ID# 1187204.', '',
              'The Texas Department of Banking (the "department") received a request for money transmission license files '
              'and related information. You claim that the submitted information is excepted from disclosure under '
              'sections 552.101, 552.110 and 552.112 of the Government Code. We have considered the exceptions you claim '
              'and reviewed the submitted representative sample of information.', '',
              'Section 552.112(a) excepts from disclosure information contained in or relating to examination, operating, '
              'or condition reports prepared by or for an agency responsible for the regulation or supervision of '
              'financial institutions. The department may withhold the examination reports and related correspondence '
              'under section 552.112. The department has not demonstrated that the remaining information, consisting of '
              'license applications with financial statements redacted, is excepted, and it must be released.', '',
              'This letter ruling is limited to the particular information at issue in this request.', '', 'Sincerely,', '',
              'Assistant Attorney General, Open Records Division']
    pdf = make_pdf(ruling, 'OR2026-031472')
    text = ('Dear Records Desk,\n\n'
            'Re: DOB-PIR-26-0451\n\n'
            'The Office of the Attorney General has issued Open Records Letter Ruling OR2026-031472 (copy attached) on '
            'the information the Department withheld from its October 6 release. Consistent with the ruling, the '
            'Department is today releasing the license applications of the companies on the list we provided, with '
            'financial statements redacted (312 pages), at the secure link below. The examination reports and '
            'examination correspondence are withheld under section 552.112 of the Government Code, as the ruling '
            'allows.\n\n  https://dob.sharefile.com/d-s%s\n\n'
            'This completes the Department\'s response to your request. There is no charge.\n\n'
            'Public Information Coordinator\nTexas Department of Banking\n' % alnum(rng('m055s'), 16, False))
    h = [('From', 'Open Records <open.records@dob.texas.gov>'), ('To', 'records@records.example.org'),
         ('Subject', 'DOB-PIR-26-0451 - Final Response Following Attorney General Ruling'), ('Date', rfc_date(w)),
         ('Message-ID', '<%s@dob.texas.gov>' % alnum(rng('m055'), 20))]
    return to_bytes(build(h, text=text, attachments=[(pdf, 'application', 'pdf', 'OR2026-031472.pdf')], seed='m055'))

# ====================================================================================== REQ-011 CDI final installment


@msg(T(2026, 12, 17, 16, 40, PT, 51), 'cdi-final-installment',
     dict(request='REQ-011', kind='records_final', tracking_number=None, adverse_determination=True,
          signals=['thread', 'plus', 'subject'],
          why='CDI final installment: examiner correspondence released with work papers and privileged material withheld; response complete; CA has no appeal days'),
     'records_final with withholdings; Outlook reply in the original thread, Insurance Code 735.5 and 12919 and Gov. '
     'Code 7927.705 citations; modeled on CDI-style CPRA closing letters')
def _():
    r = REQ['REQ-011']
    w = T(2026, 12, 17, 16, 40, PT, 51)
    rr = rng('m056')
    subj = 'RE: ' + r['subject']
    h = [('From', 'CDI Public Records <PublicRecords@insurance.ca.gov>'), ('To', 'Records Desk <%s>' % r['reply_address']),
         ('Subject', subj), ('Date', rfc_date(w, UTC)), ('Message-ID', outlook_mid(rr, prefix='BYAPR09MB'))] + \
        thread('REQ-011') + outlook_headers(rr, r['subject'])
    text = ('Dear Records Desk:\n\n'
            'This is the second and final installment of records responsive to your September 11, 2026 request.\n\n'
            'The Department is producing correspondence between its market conduct examiners and six insurers '
            'concerning homeowners policy nonrenewals, 2024 to the present (312 pages), at '
            'https://transfer.insurance.ca.gov/s/Vb3Ht8Pz0N (available until January 29, 2027).\n\n'
            'Portions of the correspondence have been redacted, and examination work papers have been withheld in full, '
            'under Insurance Code section 735.5 (confidential examination work papers and information), Insurance Code '
            'section 12919 (communications made to the Commissioner in official confidence), and Government Code '
            'section 7927.705. Communications with Department counsel are withheld under Government Code section '
            '7927.705 and Evidence Code section 954 (attorney-client privilege).\n\n'
            'This completes the Department\'s response to your request.\n\n'
            'Jennifer Salcedo\nPublic Records Coordinator\nGovernment Law Bureau, Legal Division\n'
            'California Department of Insurance\n')
    return to_bytes(build(h, text=text, boundary_style='outlook', seed='m056'))

# ====================================================================================== null: Open FOIL NY maintenance notice


@msg(T(2026, 12, 18, 17, 0, ET, 3), 'openfoilny-maintenance-null',
     dict(request=None, kind='other', tracking_number=None, signals=['none'],
          why='Open FOIL NY system maintenance announcement to all users; not about any request'),
     'other, request null; broadcast from the same statewide portal address that sends request notices; modeled on '
     'portal maintenance notices')
def _():
    w = T(2026, 12, 18, 17, 0, ET, 3)
    html = '''<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222">
<div style="background:#002d72;color:#fff;padding:10px 16px;font-size:18px">Open FOIL NY</div>
<p>Open FOIL NY will be unavailable from <b>8:00 p.m. Saturday, December 26</b> until <b>6:00 a.m. Monday,
December 28</b> while the system is upgraded. You will not be able to sign in, submit requests or download
documents during this period.</p>
<p>Requests sent to agencies by email or mail during the outage are not affected. Deadlines under the Freedom of
Information Law are not changed by this maintenance.</p>
<p style="color:#666;font-size:11px">You are receiving this message because you have a My Open FOIL NY account. This
mailbox is not monitored.</p>
</body></html>
'''
    h = [('From', 'Open FOIL NY <noreply@openfoil.ny.gov>'), ('To', 'records@records.example.org'),
         ('Subject', 'Scheduled maintenance: Open FOIL NY unavailable December 26-28'), ('Date', rfc_date(w)),
         ('Message-ID', '<%s.%s@openfoil.ny.gov>' % (w.strftime('%Y%m%d%H%M%S'), hexs(rng('m057'), 12))),
         ('X-Mailer', 'OpenFOIL Notification Service'), ('Precedence', 'bulk')]
    return to_bytes(build(h, html=html, seed='m057'))

# ====================================================================================== REQ-008 FDIC final


@msg(T(2027, 1, 8, 14, 40, ET, 29), 'fdic-final-response-pdf',
     dict(request='REQ-008', kind='records_final', tracking_number='FDIC-2026-0731', adverse_determination=True,
          signals=['plus', 'tracking', 'subject'],
          why='FDIC final release (588 pages in part; Exemptions 4, 6, 8) and fee bill; number written "FDIC 2026-0731" in the body; 90-day appeal'),
     'records_final with withholdings; letter in a PDF, tracking number with a space in the body and a dash in the '
     'subject; modeled on FDIC final response letters citing Exemption 8')
def _():
    r = REQ['REQ-008']
    w = T(2027, 1, 8, 14, 40, ET, 29)
    letter = ['FEDERAL DEPOSIT INSURANCE CORPORATION', '550 17th Street NW, Washington, DC 20429', 'Legal Division - FOIA/PA Group', '',
              'January 8, 2027', '', 'Mr. Luis Ferreira', 'Records Desk', '1400 K Street NW, Suite 900', 'Washington, DC 20005', '',
              'Re: FOIA Request FDIC 2026-0731', '', 'Dear Mr. Ferreira:', '',
              'This is the final response to your Freedom of Information Act request for letters asking supervised '
              'institutions to pause crypto-asset-related activities, and related examiner correspondence, 2022 through '
              '2024. Our first interim release was sent to you on December 3, 2026.', '',
              'With this release we have completed our review of 588 additional pages, which are released in part. As in '
              'the interim release, information has been withheld under Exemption 4 (5 U.S.C. § 552(b)(4)), Exemption 6 '
              '(5 U.S.C. § 552(b)(6)) and Exemption 8 (5 U.S.C. § 552(b)(8)). The records are available through the FDIC '
              'secure file transfer site until February 8, 2027.', '',
              'Fees: search, 14 chargeable hours at $29.43 = $412.02. An invoice is enclosed; please pay within 30 days.', '',
              'You may appeal this determination within 90 days of the date of this letter by writing to the FDIC Legal '
              'Division, FOIA/PA Appeals, 550 17th Street NW, Washington, DC 20429, or efoia@fdic.gov. You may contact the '
              'FDIC FOIA Public Liaison at (703) 562-2040, or the Office of Government Information Services (OGIS) at '
              'ogis@nara.gov, 202-741-5770.', '', 'Sincerely,', '', 'FOIA/PA Group']
    pdf = make_pdf(letter, 'FDIC 2026-0731 Final Response')
    rr = rng('m058')
    subj = 'FDIC-2026-0731 - Final Response'
    h = [('From', 'FDIC FOIA <efoia@fdic.gov>'), ('To', 'Luis Ferreira <lferreira@records.example.org>'),
         ('Cc', r['reply_address']), ('Subject', subj), ('Date', rfc_date(w, UTC)),
         ('Message-ID', outlook_mid(rr, prefix='MN2PR09MB'))] + outlook_headers(rr, subj, attach=True)
    text = ('Dear Mr. Ferreira:\n\nAttached is the FDIC\'s final response to your FOIA request FDIC 2026-0731, with an '
            'invoice for processing fees.\n\nFOIA/PA Group\nFederal Deposit Insurance Corporation\n')
    return to_bytes(build(h, text=text, attachments=[(pdf, 'application', 'pdf', 'Final Response and Invoice.pdf')],
                          boundary_style='outlook', seed='m058'))

# ====================================================================================== REQ-003 IRS final


@msg(T(2027, 1, 20, 10, 5, ET, 13), 'irs-final-partial-pdf',
     dict(request='REQ-003', kind='records_final', tracking_number='F26257-0044', adverse_determination=True,
          signals=['tracking', 'subject'],
          why='IRS final: 612 pages released in part/withheld under (b)(3) with IRC 6103, (b)(5), (b)(7)(A), (b)(7)(E); 90-day appeal'),
     'records_final with withholdings; IRS PDF final letter with exemption list and appeal address; modeled on IRS '
     'partial-release letters (6103 via Exemption 3)')
def _():
    r = REQ['REQ-003']
    w = T(2027, 1, 20, 10, 5, ET, 13)
    letter = IRS_HEAD + ['Disclosure Office 10', 'Stop 211, 1111 Constitution Ave NW, Washington, DC 20224', '',
        'Date: January 20, 2027', '', 'Person to contact:', '  Teresa Vallejo', '  Employee ID number: 1000218847',
        'Tel: 202-317-4410', 'Case number: F26257-0044', ''] + ORG_ADDR + ['', 'Dear Records Desk:', '',
        'This is our final response to your Freedom of Information Act (FOIA) request received September 14, 2026. We '
        'received your agreement to pay fees on November 20, 2026.', '',
        'We located 743 pages of responsive records. We are releasing 212 pages in full and 400 pages in part, and are '
        'withholding 131 pages in full. The withheld information is exempt under:', '',
        '  - FOIA exemption (b)(3), in conjunction with Internal Revenue Code section 6103(a), which protects returns '
        'and return information of taxpayers other than you;',
        '  - FOIA exemption (b)(5), for deliberative and attorney work product material;',
        '  - FOIA exemption (b)(7)(A), for records whose release could interfere with pending enforcement proceedings; and',
        '  - FOIA exemption (b)(7)(E), for techniques and guidelines for law enforcement investigations.', '',
        'Because we withheld pages, the fee is 512 pages x $0.20 = $102.40 (after 100 free pages). An invoice is '
        'enclosed.', '',
        'You may file an administrative appeal within 90 days of the date of this letter with the IRS Independent Office '
        'of Appeals, FOIA Appeals, M/Stop 55202, 5045 E. Butler Ave., Fresno, CA 93727-5136. You may also contact the IRS '
        'FOIA Public Liaison at 312-292-2929, or the Office of Government Information Services (OGIS) at ogis@nara.gov or '
        '877-684-6448.', '', 'Sincerely,', '', 'Disclosure Manager', 'Disclosure Office 10']
    pdf = make_pdf(letter, 'F26257-0044', 'IRS FOIA Letter')
    rr = rng('m059')
    subj = 'FOIA Case F26257-0044 - Final Response'
    h = [('From', 'IRS Disclosure Office 10 <disclosure.office10@irs.gov>'), ('To', 'Records Desk <records@records.example.org>'), ('Subject', subj),
         ('Date', rfc_date(w)), ('Message-ID', outlook_mid(rr))] + outlook_headers(rr, subj, attach=True)
    text = ('Attached is correspondence about your Freedom of Information Act request. Released records will be sent '
            'through the IRS secure messaging system.\n\nThis email account cannot accept sensitive information.\n')
    return to_bytes(build(h, text=text, attachments=[(pdf, 'application', 'pdf', 'F26257-0044 Final Response.pdf')],
                          boundary_style='outlook', seed='m059'))

# ====================================================================================== REQ-001 SEC final


@msg(T(2027, 1, 27, 14, 22, ET, 50), 'sec-final-partial-pdf',
     dict(request='REQ-001', kind='records_final', tracking_number='26-03418-FOIA', adverse_determination=True,
          signals=['plus', 'tracking', 'subject'],
          why='SEC final: regional-office records released in part (6, 7(C), 5) and 3 Wells notices withheld in full under 7(A); 90-day appeal'),
     'records_final with withholdings; SEC PDF final letter with appeal, Public Liaison and OGIS paragraphs; modeled on '
     'SEC final response letters')
def _():
    r = REQ['REQ-001']
    w = T(2027, 1, 27, 14, 22, ET, 50)
    letter = SEC_HEAD + ['January 27, 2027', ''] + ORG_ADDR + ['Via email: ' + r['reply_address'], '',
        'RE: Freedom of Information Act (FOIA), 5 U.S.C. § 552', '    Request No. 26-03418-FOIA', '', 'Dear Requester:', '',
        'This is our final response to your request for closing letters and Wells notices issued to crypto asset '
        'trading platforms, 2023 through 2025. Our interim response of December 10, 2026 released records from the '
        'Washington office.', '',
        'We have now processed the records located in the New York, San Francisco and Miami regional offices. We are '
        'releasing 9 closing letters (20 pages) in full and 7 Wells notices (58 pages) in part, with information withheld '
        'under FOIA Exemptions 6 and 7(C) (personal privacy) and Exemption 5 (deliberative process). We are withholding '
        '3 Wells notices (27 pages) in full under Exemption 7(A), 5 U.S.C. § 552(b)(7)(A), because the related '
        'litigation is pending and release could reasonably be expected to interfere with it.', '',
        'The records are available on the SEC secure file transfer site until February 26, 2027. No fees are charged.', '',
        'You have the right to appeal our determination to the SEC\'s General Counsel within 90 calendar days of the date '
        'of this letter, by email to foiapa@sec.gov or by mail to the Office of the General Counsel, 100 F Street NE, '
        'Washington, DC 20549. You may also contact the SEC FOIA Public Liaison at (202) 551-7900, or the Office of '
        'Government Information Services (OGIS), ogis@nara.gov, 877-684-6448, for dispute resolution services.', '',
        'Sincerely,', '', 'Office of FOIA Services']
    pdf = make_pdf(letter, '26-03418-FOIA final', 'Microsoft Word - Final_Letter')
    rr = rng('m060')
    subj = 'Final Response - 26-03418-FOIA'
    h = [('From', 'FOIAPA <foiapa@sec.gov>'), ('To', r['reply_address']), ('Subject', subj),
         ('Date', rfc_date(w, UTC)), ('Message-ID', outlook_mid(rr))] + outlook_headers(rr, subj, attach=True)
    return to_bytes(build(h, text='Please see the attached final response to your FOIA request.\n\nOffice of FOIA Services\n',
                          attachments=[(pdf, 'application', 'pdf', '26-03418-FOIA_Final_Response.pdf')],
                          boundary_style='outlook', seed='m060'))


# ====================================================================================== writer


def main():
    out = HERE / 'messages'
    if out.exists():
        shutil.rmtree(out)
    out.mkdir()
    items = sorted(MSG, key=lambda m: m['when'].astimezone(dt.timezone.utc))
    facts, notes = [], []
    for i, m in enumerate(items, 1):
        fn = '%03d-%s.eml' % (i, m['slug'])
        (out / fn).write_bytes(m['make']())
        f = dict(file=fn)
        f.update(m['facts'])
        order = ['file', 'request', 'kind', 'tracking_number', 'clock', 'adverse_determination', 'estimated', 'signals', 'why']
        facts.append({k: f[k] for k in order if k in f})
        notes.append('- %s: %s' % (fn, m['note']))
    head = ('# Per-message facts used by compute_labels.py (hand-written ground truth; due/appeal_due are derived).\n'
            '# clock: received_on_sent_date | received:YYYY-MM-DD (date the agency says it received the request) |\n'
            '#        extension (extension on top of the current due date); absent = the message does not set the clock.\n'
            '# adverse_determination: true for denial / no_records / records_final with withholdings.\n'
            '# estimated: a date the agency itself states for its response or completion.\n'
            '# signals: what links the message to its request (thread, thread-embedded, plus, tracking, tracking-new,\n'
            '#   tracking-filename, subject, none).\n')
    (HERE / 'facts.yaml').write_text(head + yaml.safe_dump(facts, sort_keys=False, allow_unicode=True, width=1000))
    sig = {}
    for f in facts:
        order = ['thread', 'thread-embedded', 'plus', 'tracking', 'tracking-new', 'tracking-filename', 'subject', 'none']
        best = next(x for x in order if x in f['signals'])
        best = {'thread-embedded': 'thread', 'tracking-new': 'tracking', 'tracking-filename': 'tracking'}.get(best, best)
        sig.setdefault(best, []).append(f['file'][:3])
    sig_lines = ['- %s (%d): %s' % (k, len(sig[k]), ', '.join(sig[k])) for k in ['thread', 'plus', 'tracking', 'subject', 'none'] if k in sig]
    (HERE / 'NOTES.md').write_text((HERE / 'notes_header.md').read_text() + '\n## Best matching signal per message\n\n'
                                   '(thread > plus address > tracking number > subject/topic > none; "thread" includes bounces whose '
                                   'only link is the original Message-ID inside the returned headers, "tracking" includes numbers '
                                   'first assigned in that message or shown only in an attachment name)\n\n' +
                                   '\n'.join(sig_lines) + '\n\n## Messages\n\n' + '\n'.join(notes) + '\n')
    print('wrote %d messages' % len(items))


if __name__ == '__main__':
    main()
