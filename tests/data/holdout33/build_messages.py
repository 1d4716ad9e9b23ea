#!/usr/bin/env python3
"""Writes messages/*.eml, facts.yaml and NOTES.md for this set (all wording written for this set).

    python build_messages.py
Messages are numbered in Date: order. Facts (request, kind, clock facts ...) are hand-written next to each
message below; compute_labels.py turns them into labels.yaml.
"""
import email.utils, datetime as dt
from pathlib import Path
import yaml
from mailkit import *  # noqa

HERE = Path(__file__).resolve().parent
M = []


def add(slug, date, raw, facts, note):
    M.append(dict(slug=slug, date=date, raw=raw, facts=facts, note=note))


def F(request, kind, why, tracking=None, clock=None, adverse=False, estimated=None, signals=('thread',)):
    d = {'request': request, 'kind': kind, 'tracking_number': tracking}
    if clock:
        d['clock'] = clock
    if adverse:
        d['adverse_determination'] = True
    if estimated:
        d['estimated'] = estimated
    d['signals'] = list(signals)
    d['why'] = why
    return d


def outlook(seed, topic, tenant='namprd09', attach=False):
    h = hexid(seed, 32)
    return [('Thread-Topic', topic),
            ('Thread-Index', 'AQH' + b64(h.encode())[:40].strip()),
            ('Accept-Language', 'en-US'),
            ('Content-Language', 'en-US'),
            ('X-MS-Has-Attach', 'yes' if attach else None),
            ('X-MS-TNEF-Correlator', ''),
            ('X-MS-Exchange-Organization-SCL', '1'),
            ('X-MS-PublicTrafficType', 'Email')]


def o365_mid(seed, tenant='NAMP110'):
    h = hexid(seed, 28).upper()
    host = 'BN0P110MB%s' % h[:4]
    return '<%s%s@%s.%s.PROD.OUTLOOK.COM>' % (host, h[4:], host, tenant)


def gmail_mid(seed):
    h = hexid(seed, 40)
    return '<CAK%s+%s@mail.gmail.com>' % (h[:22], h[22:36])


# REQUESTS ---------------------------------------------------------------------------------------------
R = {
    1: ('2026-09-02', "Public Records Request: Governor's schedules, travel and security detail costs, June-August 2026"),
    2: ('2026-09-10', "Public Records Request: Governor's office emails with the Division of Elections about the 2026 ranked-choice repeal initiative"),
    3: ('2026-09-03', 'Public Records Request: Voter list maintenance notices and cancellations, 2025-2026'),
    4: ('2026-09-15', 'Public Records Request: Secretary of State communications with county clerks on the 2026 primary canvass'),
    5: ('2026-09-04', 'Public Records Request: Statement of Economic Interest late-filer notices and penalty orders, 2025-2026'),
    6: ('2026-09-21', "Public Records Request: Advisory opinion requests and staff correspondence on legislators' outside employment, 2026"),
    7: ('2026-09-08', 'Public Records Request: State aircraft flight logs and passenger lists, January 2025 - August 2026'),
    8: ('2026-09-22', "Public Records Request: Salaries, overtime and separation agreements, Governor's office and constitutional officers, 2025-2026"),
    9: ('2026-09-09', 'Open Records Request: Open meetings opinion files concerning legislative interim committees, 2025-2026'),
    10: ('2026-10-01', 'Open Records Request: Attorney General and BCI records on the review of 2026 initiated measure petitions'),
    11: ('2026-09-11', 'Public Information Request: Campaign practice complaints involving 2026 legislative candidates'),
    12: ('2026-10-05', "Public Information Request: Commissioner's correspondence with legislators about the dark money disclosure rule amendments"),
    13: ('2026-09-14', 'Public Records Request: Legislator per diem, mileage and travel reimbursements, 2025-2026 interim'),
    14: ('2026-10-06', 'Public Records Request: Management Council records on legislator email retention policy'),
    15: ('2026-09-16', 'FOIA Request: Enforcement matters dismissed or held in abeyance during the 2025-2026 lack of a quorum'),
    16: ('2026-10-13', 'FOIA Request: FEC correspondence with state campaign-finance and ethics agencies in AK, MS, MT, ND, SD and WY, 2025-2026'),
}


def subj(n):
    return R[n][1]


def mid(n):
    return req_mid(n, R[n][0])


SIG_DESK = 'Dana Whitfield\nRecords Desk, Capitol Watch\nrecords@capitolwatch.example.org | (303) 555-0148'

# ======================================================================================================
# 001  Alaska GovQA acknowledgment (REQ-001), HTML only, portal address nobody lists
d = 'Wed, 02 Sep 2026 15:42:07 -0800'
html = html_wrap([
    'Dear Dana Whitfield,',
    'Thank you for your interest in the public records of the State of Alaska. Your request has been received and '
    'is being processed in accordance with the Alaska Public Records Act, AS 40.25.110 - 40.25.125, and the '
    'regulations at 2 AAC 96.',
    'Your request was received in this office on 9/2/2026 and given the reference number <b>W014418-090226</b> for '
    'tracking purposes.',
    '<table border="0" cellpadding="3" style="font-size:10pt"><tr><td><b>Department:</b></td><td>Office of the Governor</td></tr>'
    '<tr><td><b>Record(s) Requested:</b></td><td>Daily schedules of the Governor, travel itineraries and invoices, and '
    'costs (overtime, lodging, airfare) of the Governor\'s security detail, June 1 - August 31, 2026.</td></tr></table>',
    'You can monitor the progress of your request at the link below and you will receive an email when your request '
    'has been completed. Again, thank you for using the State of Alaska Public Records Center.',
    '<a href="https://alaska.govqa.us/WEBAPP/_rs/(S(w4x1hz3q))/RequestLogin.aspx?sSessionID=&amp;rqst=1">View My Request</a>',
    '<span style="font-size:8pt;color:#666">This is an automated message. Please do not reply to this e-mail; replies '
    'are not monitored.</span>'], style='font-family:Arial;font-size:10pt')
raw = simple([('From', 'State of Alaska Public Records Center <alaska@govqa.us>'), ('To', plus(1)),
              ('Subject', 'Public Records Request :: W014418-090226'), ('Date', d),
              ('Message-ID', '<%s@alaska.govqa.us>' % hexid('m001', 28)), ('X-Mailer', 'GovQA Mailer 6.2')],
             html, 'text/html')
add('akgov-govqa-ack', d, raw,
    F('REQ-001', 'acknowledgment', 'GovQA confirms the Governor-office request received 9/2/2026 (= sent) and assigns W014418-090226; AK 10 working days',
      'W014418-090226', 'received_on_sent_date', signals=('plus', 'tracking-new', 'subject')),
    "State portal (GovQA 'Public Records Center') acknowledgment from an address serving all Alaska departments; modeled on GovQA receipt templates citing AS 40.25 and 2 AAC 96")

# 002  Wyoming SOS acknowledgment via Google Group collaborative inbox (REQ-003), received date later than sent
d = 'Tue, 08 Sep 2026 10:17:44 -0600'
txt = ('Good morning,\n\n'
       'This email acknowledges receipt of your public records request for voter list maintenance notices and\n'
       'cancellation records for 2025 and 2026. Your request was first delivered to the general Elections\n'
       'Division inbox and was routed to our records group this morning, so our office is treating Tuesday,\n'
       'September 8, 2026 as the date of acknowledged receipt under W.S. 16-4-202.\n\n'
       'The statewide voter list is kept in WyoReg, and the cancellation reports are generated county by\n'
       'county, so we will compile them and let you know if any of the records are not readily available.\n'
       'Please note that some voter registration information is confidential by statute (for example dates\n'
       'of birth and driver\'s license or Social Security numbers) and will be removed before release.\n\n'
       'Jenna Marsh\nElections Specialist\nWyoming Secretary of State\'s Office\nHerschler Building East, Suite 100\n'
       '122 W. 25th Street, Cheyenne, WY 82002\n307-777-7186\n')
html = html_wrap([p.replace('\n', ' ') for p in txt.strip().split('\n\n')[:-1]] +
                 ['Jenna Marsh<br>Elections Specialist<br>Wyoming Secretary of State\'s Office<br>Herschler Building East, Suite 100<br>'
                  '122 W. 25th Street, Cheyenne, WY 82002<br>307-777-7186'], style='font-family:Arial;font-size:small')
b = bnd('002', 'gmail')
ct, body = multipart('alternative', b, [part_text(txt), part_text(html, 'text/html')])
raw = assemble([('From', '"\'Jenna Marsh\' via SOS Public Records" <sos-publicrecords@wyo.gov>'), ('To', plus(3)),
                ('Subject', 'Re: ' + subj(3)), ('Date', d), ('Message-ID', gmail_mid('m002')),
                ('In-Reply-To', mid(3)), ('References', mid(3)),
                ('Reply-To', 'Jenna Marsh <jenna.marsh@wyo.gov>'),
                ('X-Original-Sender', 'jenna.marsh@wyo.gov'),
                ('X-Original-Authentication-Results', 'mx.google.com; dkim=pass header.i=@wyo.gov; spf=pass smtp.mailfrom=jenna.marsh@wyo.gov'),
                ('Precedence', 'list'), ('Mailing-list', 'list sos-publicrecords@wyo.gov; contact sos-publicrecords+owners@wyo.gov'),
                ('List-ID', '<sos-publicrecords.wyo.gov>'),
                ('List-Archive', '<https://groups.google.com/a/wyo.gov/group/sos-publicrecords/>'),
                ('List-Unsubscribe', '<mailto:googlegroups-manage+481093365210+unsubscribe@googlegroups.com>')], ct, body)
add('wysos-group-ack-received-later', d, raw,
    F('REQ-003', 'acknowledgment', 'WY SOS acknowledges receipt as of Sep 8 (sent Sep 3); WY 30 calendar days run from acknowledged receipt',
      None, 'received:2026-09-08', signals=('thread', 'plus', 'subject')),
    "Google Group collaborative inbox ('X via group', List-ID, X-Original-Sender); W.S. 16-4-202 clock from 'acknowledged receipt', modeled on Wyoming agency acknowledgment emails")

# 003  ND AG acknowledgment, shared mailbox, [EXTERNAL] tag (REQ-009)
d = 'Wed, 09 Sep 2026 09:05:31 -0500'
txt = ('Good morning,\n\n'
       'The Office of Attorney General received your open records request this morning. It has been assigned\n'
       'file number ORR-2026-0112; please reference that number in any further correspondence about it.\n\n'
       'We will be in touch once we have determined the volume of responsive records and whether any charges\n'
       'will apply under N.D.C.C. 44-04-18(2).\n\n'
       'Thank you,\n\nJoanne\nOpen Records Coordinator\nOffice of Attorney General\n600 E. Boulevard Ave., Dept. 125\n'
       'Bismarck, ND 58505\n701-328-2210\n\n'
       'From: Capitol Watch Records Desk <%s>\nSent: Wednesday, September 9, 2026 7:48 AM\nTo: ndag@nd.gov\n'
       'Subject: [EXTERNAL] %s\n\n'
       'CAUTION: This email originated from an outside source. Do not click links or open attachments unless you know they are safe.\n\n'
       'To the Office of Attorney General:\n\nUnder N.D.C.C. 44-04-18, I request copies of the files for each open meetings\n'
       'opinion issued in 2025 and 2026 concerning meetings of legislative interim committees, including the\n'
       'requests for opinions, the responses of the public entities, and correspondence with the parties.\n\n%s\n'
       % (plus(9), subj(9), SIG_DESK))
html = html_wrap(['Good morning,',
                  'The Office of Attorney General received your open records request this morning. It has been assigned file '
                  'number ORR-2026-0112; please reference that number in any further correspondence about it.',
                  'We will be in touch once we have determined the volume of responsive records and whether any charges will '
                  'apply under N.D.C.C. 44-04-18(2).',
                  'Thank you,', 'Joanne<br>Open Records Coordinator<br>Office of Attorney General<br>600 E. Boulevard Ave., Dept. 125<br>'
                  'Bismarck, ND 58505<br>701-328-2210',
                  '<hr><b>From:</b> Capitol Watch Records Desk &lt;%s&gt;<br><b>Sent:</b> Wednesday, September 9, 2026 7:48 AM<br>'
                  '<b>To:</b> ndag@nd.gov<br><b>Subject:</b> [EXTERNAL] %s' % (plus(9), subj(9)),
                  '<p style="background:#ffeb9c">CAUTION: This email originated from an outside source. Do not click links or open attachments unless you know they are safe.</p>',
                  'To the Office of Attorney General:',
                  'Under N.D.C.C. 44-04-18, I request copies of the files for each open meetings opinion issued in 2025 and 2026 '
                  'concerning meetings of legislative interim committees, including the requests for opinions, the responses of '
                  'the public entities, and correspondence with the parties.', SIG_DESK.replace('\n', '<br>')])
b = bnd('003')
ct, body = multipart('alternative', b, [part_text(txt), part_text(html, 'text/html')])
raw = assemble([('From', 'ND Attorney General <ndag@nd.gov>'), ('To', 'Capitol Watch Records Desk <%s>' % plus(9)),
                ('Subject', 'RE: [EXTERNAL] ' + subj(9)), ('Thread-Topic', '[EXTERNAL] ' + subj(9)),
                ('Thread-Index', 'AdxBq0l3kYVn1mPZTe2w4j1o8cA0bg=='), ('Date', d), ('Message-ID', o365_mid('m003', 'NAMP223')),
                ('In-Reply-To', mid(9)), ('References', mid(9)), ('Accept-Language', 'en-US'),
                ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''), ('x-originating-ip', '[165.234.101.18]')], ct, body)
add('ndag-ack-shared-mailbox', d, raw,
    F('REQ-009', 'acknowledgment', 'ND AG shared mailbox acknowledges the request and assigns ORR-2026-0112; ND law sets no response days, so no due',
      'ORR-2026-0112', 'received_on_sent_date', signals=('thread', 'plus', 'tracking-new')),
    "Shared mailbox (ndag@nd.gov) with only 'Joanne' in the signature, Outlook '[EXTERNAL]' tag and caution banner in the quoted request; ND 'reasonable time' law")

# 004  Mississippi Ethics Commission acknowledgment as PDF only, empty body (REQ-005); number only in PDF + filename
d = 'Wed, 09 Sep 2026 14:30:12 -0500'
letter = pdf([
    'MISSISSIPPI ETHICS COMMISSION', 'Post Office Box 22746', 'Jackson, Mississippi 39225-2746', '',
    'September 9, 2026', '', 'VIA ELECTRONIC MAIL', 'Dana Whitfield', 'Capitol Watch', 'records+req-005@capitolwatch.example.org', '',
    'Re: Public Records Request No. 26-014', '',
    'Dear Ms. Whitfield:', '',
    'The Mississippi Ethics Commission received your request under the Mississippi Public Records Act of 1983, '
    'Miss. Code Ann. Section 25-61-1 et seq., on September 4, 2026. You asked for copies of notices sent to public '
    'servants who failed to timely file a Statement of Economic Interest for calendar years 2025 and 2026, and any '
    'orders of the Commission assessing civil penalties for late filing.', '',
    'Under Section 25-61-5, the Commission will produce the records, or explain in writing why it cannot, within '
    'seven working days of receipt. The Commission\'s public records rules allow it to recover the actual cost of '
    'searching, reviewing and duplicating records. If the cost of your request is expected to exceed $25.00, you '
    'will be notified of the estimate before any work is done; otherwise there may be no charge.', '',
    'Please refer to the request number above in any correspondence.', '',
    'Sincerely,', '', 'Carla M. Stringer', 'General Counsel'], 'Acknowledgment 26-014')
b = bnd('004')
ct, body = multipart('mixed', b, [part_text('', 'text/plain', 'us-ascii', '7bit'),
                                  part_attach(letter, '26-014 Acknowledgment Letter.pdf')])
raw = assemble([('From', 'Mississippi Ethics Commission <publicrecords@ethics.ms.gov>'), ('To', plus(5)),
                ('Subject', 'Public records request'), ('Date', d), ('Message-ID', o365_mid('m004', 'NAMP221')),
                ('In-Reply-To', mid(5)), ('References', mid(5)), ('X-MS-Has-Attach', 'yes')], ct, body)
add('msethics-ack-pdf-only', d, raw,
    F('REQ-005', 'acknowledgment', 'empty-body email, PDF letter: received Sep 4 (= sent), No. 26-014, fee only if over $25; MS 7 working days',
      '26-014', 'received_on_sent_date', signals=('thread', 'plus', 'tracking-new', 'tracking-attachment')),
    'Letter only as a PDF attachment, body empty; number only in the PDF and its file name; conditional fee wording; modeled on Mississippi agency PRA acknowledgment letters (25-61-5)')

# 005  GovQA status change (REQ-001)
d = 'Wed, 09 Sep 2026 16:02:51 -0800'
txt = ('The status of your public records request W014418-090226 has changed to "In Progress".\n\n'
       'To view the request or to post a message to the department, log in to the State of Alaska Public Records\n'
       'Center:\nhttps://alaska.govqa.us/WEBAPP/_rs/supporthome.aspx\n\n'
       'Please do not reply to this message.\n')
raw = simple([('From', 'State of Alaska Public Records Center <alaska@govqa.us>'), ('To', plus(1)),
              ('Subject', 'Public Records Request :: W014418-090226 - Status Update'), ('Date', d),
              ('Message-ID', '<%s@alaska.govqa.us>' % hexid('m005', 28)), ('X-Mailer', 'GovQA Mailer 6.2')], txt)
add('akgov-govqa-status', d, raw,
    F('REQ-001', 'portal_notice', 'GovQA status change to In Progress; nothing substantive', 'W014418-090226',
      signals=('plus', 'tracking')),
    'GovQA status-change notification with no content beyond the new status')

# 006  GovQA acknowledgment for REQ-002, multipart/alternative
d = 'Thu, 10 Sep 2026 11:20:39 -0800'
txt = ('Dear Dana Whitfield,\n\n'
       'Thank you for your interest in the public records of the State of Alaska. Your request has been received\n'
       'and is being processed in accordance with the Alaska Public Records Act, AS 40.25.110 - 40.25.125.\n\n'
       'Your request was received in this office on 9/10/2026 and given the reference number W014502-091026.\n\n'
       'Department: Office of the Governor\n'
       'Record(s) Requested: Email between Office of the Governor staff and the Division of Elections concerning the\n'
       '2026 initiative to repeal open primaries and ranked-choice voting, January 1 - September 1, 2026.\n\n'
       'You can monitor the progress of your request at https://alaska.govqa.us/WEBAPP/_rs/supporthome.aspx\n\n'
       'This is an automated message. Please do not reply to this e-mail.\n')
html = html_wrap([p.replace('\n', ' ') for p in txt.strip().split('\n\n')], style='font-family:Arial;font-size:10pt')
b = bnd('006', 'part')
ct, body = multipart('alternative', b, [part_text(txt), part_text(html, 'text/html')])
raw = assemble([('From', 'State of Alaska Public Records Center <alaska@govqa.us>'), ('To', plus(2)),
                ('Subject', 'Public Records Request :: W014502-091026'), ('Date', d),
                ('Message-ID', '<%s@alaska.govqa.us>' % hexid('m006', 28)), ('X-Mailer', 'GovQA Mailer 6.2')], ct, body)
add('akgov-govqa-ack-2', d, raw,
    F('REQ-002', 'acknowledgment', 'GovQA confirms the elections-email request received 9/10/2026 (= sent), W014502-091026',
      'W014502-091026', 'received_on_sent_date', signals=('plus', 'tracking-new', 'subject')),
    'Second GovQA acknowledgment from the same shared portal address, multipart/alternative')

# 007  DSN: cc to a former senator's closed account bounced (REQ-013)
d = 'Mon, 14 Sep 2026 08:47:03 -0600'
b = '5Ttq0Rw3N9zF4kC.1789397223/mx1.capitolwatch.example.org'
notice = ('This is the mail system at host mx1.capitolwatch.example.org.\n\n'
          "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
          'For further assistance, please send mail to postmaster.\n\n'
          'If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n'
          '                   The mail system\n\n'
          '<harlan.voss@wyoleg.gov>: host aspmx.l.google.com[142.250.115.27] said:\n'
          '    550-5.1.1 The email account that you tried to reach does not exist. Please\n'
          '    try double-checking the recipient\'s email address for typos or unnecessary\n'
          '    spaces. 550 5.1.1 https://support.google.com/mail/?p=NoSuchUser\n'
          '    a640c23a62f3a-b0c4e91d2sor1128806966b.12 - gsmtp (in reply to RCPT TO command)\n')
status = ('Reporting-MTA: dns; mx1.capitolwatch.example.org\nX-Postfix-Queue-ID: 5Ttq0Rw3N9zF4kC\n'
          'X-Postfix-Sender: rfc822; records@capitolwatch.example.org\n'
          'Arrival-Date: Mon, 14 Sep 2026 08:46:59 -0600 (MDT)\n\n'
          'Final-Recipient: rfc822; harlan.voss@wyoleg.gov\nOriginal-Recipient: rfc822;harlan.voss@wyoleg.gov\n'
          'Action: failed\nStatus: 5.1.1\nRemote-MTA: dns; aspmx.l.google.com\n'
          'Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does\n    not exist. 550 5.1.1 - gsmtp\n')
orig = ('From: Capitol Watch Records Desk <records@capitolwatch.example.org>\n'
        'Reply-To: records+req-013@capitolwatch.example.org\n'
        'To: lso@wyoleg.gov\nCc: harlan.voss@wyoleg.gov\n'
        'Subject: %s\nDate: Mon, 14 Sep 2026 08:46:58 -0600\nMessage-ID: %s\n'
        'MIME-Version: 1.0\nContent-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 7bit\n' % (subj(13), mid(13)))
ct, body = multipart('report', b, [
    'Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n' + notice,
    'Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n' + status,
    'Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n' + orig],
    extra='; report-type=delivery-status')
raw = assemble([('From', 'MAILER-DAEMON@mx1.capitolwatch.example.org (Mail Delivery System)'), ('To', INBOX),
                ('Subject', 'Undelivered Mail Returned to Sender'), ('Date', d),
                ('Message-ID', '<20260914144703.5Ttq0Rw3N9zF4kC@mx1.capitolwatch.example.org>'),
                ('Auto-Submitted', 'auto-replied')], ct, body)
add('bounce-dsn-lso-cc', d, raw,
    F('REQ-013', 'bounce', "Postfix DSN: the cc of our REQ-013 request to a former senator's closed wyoleg.gov account failed; the LSO copy went through",
      signals=('thread-embedded',)),
    "Postfix DSN (multipart/report) for one cc recipient of our own request; original headers carry the request Message-ID")

# 008  SD BHRA acknowledgment from shared mailbox, name only in signature (REQ-007)
d = 'Mon, 14 Sep 2026 10:12:26 -0500'
txt = ('Ms. Whitfield,\n\n'
       'The Bureau of Human Resources and Administration received your written request for records on\n'
       'September 8, 2026. It has been logged as BHRA-26-077.\n\n'
       'Under SDCL 1-27-37 the Bureau will respond within ten business days of receipt. Flight logs for the\n'
       'state aircraft are kept by State Fleet and Travel Management; passenger information will be reviewed\n'
       'under SDCL 1-27-1.5 before release. If the records can be provided sooner, we will send them as they\n'
       'are ready.\n\n'
       'Thank you,\nKendra\n\n'
       'Bureau of Human Resources and Administration\n500 East Capitol Avenue | Pierre, SD 57501\n605.773.3125\n')
raw = simple([('From', 'BHRA Public Records <BHRA.PublicRecords@state.sd.us>'), ('To', plus(7)),
              ('Subject', 'RE: ' + subj(7)), ('Date', d), ('Message-ID', o365_mid('m008', 'NAMP224')),
              ('In-Reply-To', mid(7)), ('References', mid(7))] + outlook('m008', subj(7))[:4], txt)
add('sdbhra-ack-shared', d, raw,
    F('REQ-007', 'acknowledgment', 'BHRA logs the aircraft request received Sep 8 (= sent) as BHRA-26-077; SD 10 business days',
      'BHRA-26-077', 'received_on_sent_date', signals=('thread', 'plus', 'tracking-new')),
    "Shared Outlook mailbox with only 'Kendra' in the signature; SDCL 1-27-37 ten-business-day wording")

# 009  Montana COPP staffer acknowledges from his phone (REQ-011)
d = 'Mon, 14 Sep 2026 13:40:55 -0600'
txt = ('Got it. I\'ll get with our compliance staff and start pulling the complaint files this week. A lot of the\n'
       'decisions are already posted on our site but I\'ll gather the rest.\n\nLyle\n\nSent from my iPhone\n\n'
       '> On Sep 11, 2026, at 4:02 PM, Capitol Watch Records Desk <%s> wrote:\n>\n'
       '> To the Commissioner of Political Practices:\n>\n'
       '> Under Article II, Section 9 of the Montana Constitution and MCA 2-6-1003, I request copies of\n'
       '> campaign practice complaints filed in 2026 against candidates for the Montana Legislature, the\n'
       '> responses, and any sufficiency or dismissal decisions.\n' % plus(11))
raw = simple([('From', 'Lyle Hanson <lhanson@mt.gov>'), ('To', 'Capitol Watch Records Desk <%s>' % plus(11)),
              ('Subject', 'Re: ' + subj(11)), ('Date', d), ('Message-ID', '<%s@mt.gov>' % hexid('m009', 32).upper()),
              ('In-Reply-To', mid(11)), ('References', mid(11)), ('X-Mailer', 'iPhone Mail (23A341)')],
             txt, charset='us-ascii')
add('mtcopp-iphone-ack', d, raw,
    F('REQ-011', 'acknowledgment', "COPP staffer's phone reply confirms the complaints request; no number; MT law sets no response days",
      None, 'received_on_sent_date', signals=('thread', 'plus', 'subject')),
    "Short 'Sent from my iPhone' reply from a program staffer quoting our request; Montana 'timely manner' rule")

# 010  Mississippi Ethics written explanation / extension (REQ-005)
d = 'Tue, 15 Sep 2026 15:55:40 -0500'
txt = ('Ms. Whitfield,\n\n'
       'Please accept this email as the Commission\'s written explanation under Miss. Code Ann. Section\n'
       '25-61-5(1)(b) regarding Public Records Request No. 26-014.\n\n'
       'The late-filer notices for 2025 and 2026 are stored in the Commission\'s electronic filing system and\n'
       'must be exported and checked against the penalty orders before they can be produced, so the Commission\n'
       'is unable to produce them within seven working days. The Commission will produce the responsive\n'
       'records no later than Thursday, September 24, 2026.\n\n'
       'We do not expect the cost of this request to exceed $25.00, so there should be no charge.\n\n'
       'LaTasha Pruitt\nParalegal\nMississippi Ethics Commission\n601-359-1285\n')
raw = simple([('From', 'LaTasha Pruitt <lpruitt@ethics.ms.gov>'), ('To', plus(5)),
              ('Subject', 'RE: Public records request - No. 26-014'), ('Date', d), ('Message-ID', o365_mid('m010', 'NAMP221')),
              ('In-Reply-To', o365_mid('m004', 'NAMP221')), ('References', mid(5) + ' ' + o365_mid('m004', 'NAMP221'))], txt)
add('msethics-extension', d, raw,
    F('REQ-005', 'extension', 'written explanation under 25-61-5(1)(b): +7 working days on the Sep 16 due date (14 working days from receipt); promises production by Sep 24',
      '26-014', 'extension', estimated='2026-09-24', signals=('thread', 'plus', 'tracking')),
    "Mississippi 'written explanation' extension (7 + 7 working days) with a stated production date; modeled on 25-61-5(1)(b) practice")

# 011  WY LSO acknowledgment (REQ-013)
d = 'Wed, 16 Sep 2026 09:30:18 -0600'
txt = ('Ms. Whitfield:\n\n'
       'The Legislative Service Office received your request on September 14, 2026. The copy you addressed to\n'
       'former Senator Voss\'s legislative account was returned because that account was closed at the end of\n'
       'his term; no further action is needed on your part.\n\n'
       'Per diem, mileage and travel reimbursements paid to legislators are processed by this office\'s Budget and\n'
       'Fiscal section. We will respond within the time provided by W.S. 16-4-202(c) and will let you know if\n'
       'any part of the request will take longer.\n\n'
       'Rachel Dunmore\nSenior Staff Attorney\nWyoming Legislative Service Office\n213 State Capitol | Cheyenne, WY 82002\n307-777-7881\n')
raw = simple([('From', 'Rachel Dunmore <rachel.dunmore@wyoleg.gov>'), ('To', plus(13)),
              ('Subject', 'RE: ' + subj(13)), ('Date', d), ('Message-ID', gmail_mid('m011')),
              ('In-Reply-To', mid(13)), ('References', mid(13))], txt)
add('wylso-ack', d, raw,
    F('REQ-013', 'acknowledgment', 'LSO received the per diem request Sep 14 (= sent); WY 30 calendar days',
      None, 'received_on_sent_date', signals=('thread', 'plus', 'subject')),
    'Legislative staff attorney acknowledgment, no tracking number, mentions the bounced cc; W.S. 16-4-202(c)')

# 012  Alaska fee notice for staff time over 5 person-hours (REQ-001), Outlook [EXTERNAL] + PDF
d = 'Wed, 16 Sep 2026 14:18:09 -0800'
letter = pdf([
    'OFFICE OF THE GOVERNOR', 'STATE OF ALASKA', 'P.O. Box 110001, Juneau, Alaska 99811-0001', '',
    'September 16, 2026', '',
    'Dana Whitfield, Capitol Watch', 'Via email: records+req-001@capitolwatch.example.org', '',
    'RE: Notice of Estimated Fees - Public Records Request W014418-090226', '',
    'Dear Ms. Whitfield:', '',
    'Under AS 40.25.110(c), when production of records for one requester in a calendar month exceeds five '
    'person-hours, the agency shall require payment of the personnel costs of the search and copying. We '
    'estimate that locating the travel authorizations and invoices in IRIS and compiling the security '
    'detail overtime will require 14 person-hours. After the first five hours, 9 hours are chargeable at '
    '$52.40 per hour (salary and benefits), for an estimated total of $471.60.', '',
    'Because you represent a news organization, advance payment is not required (2 AAC 96.360(c)); however, '
    'we need your written agreement to the estimate before we continue, and the fee must be paid before the '
    'records are released. The time until we receive your reply is not counted toward the response period '
    '(2 AAC 96.325(c)).', '',
    'You may narrow the request to reduce the cost, or ask for a reduction or waiver under AS 40.25.110(d).', '',
    'Sincerely,', 'Teresa Kalmakoff', 'Public Records Coordinator'], 'Fee Notice W014418-090226')
txt = ('Dana,\n\n'
       'Attached is the fee notice for your request. Short version: pulling the travel authorizations and the\n'
       'detail\'s overtime is going to run past the five free hours. We estimate 14 hours, 9 of them billable, so\n'
       'about $471.60. Let me know in writing whether you agree, or if you\'d like to narrow (dropping the\n'
       'overtime piece would cut most of it).\n\n'
       'Teresa\n\nTeresa Kalmakoff\nPublic Records Coordinator | Office of the Governor\n907-465-4107\n')
b = bnd('012')
ct, body = multipart('mixed', b, [part_text(txt), part_attach(letter, 'W014418-090226 Fee Notice.pdf')])
raw = assemble([('From', '"Kalmakoff, Teresa (GOV)" <teresa.kalmakoff@alaska.gov>'), ('To', plus(1)),
                ('Subject', 'RE: [EXTERNAL] ' + subj(1)), ('Date', d), ('Message-ID', o365_mid('m012', 'NAMP209')),
                ('In-Reply-To', mid(1)), ('References', mid(1))] + outlook('m012', '[EXTERNAL] ' + subj(1), attach=True), ct, body)
add('akgov-fee-estimate-staff-hours', d, raw,
    F('REQ-001', 'fee_estimate', 'AS 40.25.110(c) fee notice: 14 hours, 9 chargeable beyond the free 5, $471.60; agreement needed before work continues',
      'W014418-090226', signals=('thread', 'plus', 'tracking')),
    "Fee estimate for staff time over Alaska's five free person-hours, Outlook '[EXTERNAL]' subject tag, letter in PDF plus a casual cover note")

# 013  WY SOS acknowledgment quoting our request (REQ-004), Gmail from a deputy
d = 'Thu, 17 Sep 2026 11:05:27 -0600'
quoted = ('> To the Wyoming Secretary of State:\n>\n'
          '> Under the Wyoming Public Records Act, W.S. 16-4-201 et seq., I request copies of email and other\n'
          '> written communications between the Secretary of State\'s Office (Elections Division) and county\n'
          '> clerks concerning the canvass and any recount of the August 18, 2026 primary election, from August\n'
          '> 18 through September 10, 2026.\n>\n'
          '> Electronic copies are preferred. Please contact me with any questions.\n>\n'
          '> Dana Whitfield\n> Records Desk, Capitol Watch\n')
txt = ('Dana,\n\n'
       'We have your request and will respond within the 30 days the statute allows. Fair warning that a lot of\n'
       'what the clerks sent us during the canvass was the county abstracts themselves, which are already posted\n'
       'on our website. Unless you tell me otherwise I\'ll give you links to those rather than copies and send the\n'
       'email correspondence.\n\n'
       'Kai Reston\nDeputy Director, Elections Division\nWyoming Secretary of State\n307-777-5860\n\n'
       'On Tue, Sep 15, 2026 at 2:14 PM Capitol Watch Records Desk <%s> wrote:\n\n%s' % (plus(4), quoted))
html = html_wrap(['Dana,',
                  'We have your request and will respond within the 30 days the statute allows. Fair warning that a lot of what '
                  'the clerks sent us during the canvass was the county abstracts themselves, which are already posted on our '
                  'website. Unless you tell me otherwise I\'ll give you links to those rather than copies and send the email correspondence.',
                  'Kai Reston<br>Deputy Director, Elections Division<br>Wyoming Secretary of State<br>307-777-5860',
                  '<div class="gmail_quote"><div class="gmail_attr">On Tue, Sep 15, 2026 at 2:14 PM Capitol Watch Records Desk &lt;%s&gt; wrote:<br></div>'
                  '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">%s</blockquote></div>'
                  % (plus(4), quoted.replace('> ', '').replace('>\n', '<br>').replace('\n', '<br>'))],
                 style='font-family:arial,sans-serif')
b = bnd('013', 'gmail')
ct, body = multipart('alternative', b, [part_text(txt), part_text(html, 'text/html')])
raw = assemble([('From', 'Kai Reston <kai.reston@wyo.gov>'), ('To', 'Capitol Watch Records Desk <%s>' % plus(4)),
                ('Subject', 'Re: ' + subj(4)), ('Date', d), ('Message-ID', gmail_mid('m013')),
                ('In-Reply-To', mid(4)), ('References', mid(4))], ct, body)
add('wysos-ack-quoting-request', d, raw,
    F('REQ-004', 'acknowledgment', 'WY SOS deputy confirms the canvass request (no received date given, so sent date Sep 15); states a default rather than stopping the clock',
      None, 'received_on_sent_date', signals=('thread', 'plus', 'subject')),
    'Gmail reply quoting our request, with a soft question that has a stated default (not a clarification); wyo.gov domain is shared by all Wyoming agencies')

# 014  ND AG fee estimate, first hour free (REQ-009)
d = 'Fri, 18 Sep 2026 10:45:02 -0500'
txt = ('Good morning,\n\n'
       'Regarding ORR-2026-0112: our search located approximately 1,900 pages of email and file material for the\n'
       'open meetings opinions issued in 2025 and 2026 that involve legislative interim committees.\n\n'
       'Under N.D.C.C. 44-04-18(2), this office may charge $25.00 per hour, excluding the initial hour, for\n'
       'locating records and for redacting exempt or confidential information. We estimate seven hours in total,\n'
       'so six chargeable hours x $25.00 = $150.00. Electronic copies will be provided at no additional charge.\n\n'
       'Payment is required before we proceed. Checks may be made payable to "Office of Attorney General" and\n'
       'mailed to the address below; please include the file number. If you would like to narrow the request to\n'
       'reduce the cost, let us know. If we do not hear from you within 30 days, we will consider the request\n'
       'withdrawn.\n\n'
       'Thank you,\n\nJoanne\nOpen Records Coordinator\nOffice of Attorney General\n600 E. Boulevard Ave., Dept. 125\nBismarck, ND 58505\n')
raw = simple([('From', 'ND Attorney General <ndag@nd.gov>'), ('To', 'Capitol Watch Records Desk <%s>' % plus(9)),
              ('Subject', 'RE: [EXTERNAL] ' + subj(9)), ('Date', d), ('Message-ID', o365_mid('m014', 'NAMP223')),
              ('In-Reply-To', o365_mid('m003', 'NAMP223')), ('References', mid(9) + ' ' + o365_mid('m003', 'NAMP223')),
              ('Thread-Topic', '[EXTERNAL] ' + subj(9))], txt)
add('ndag-fee-estimate-first-hour-free', d, raw,
    F('REQ-009', 'fee_estimate', 'ND 44-04-18(2): $25/hour after the first free hour, 6 chargeable hours = $150 payable before processing',
      'ORR-2026-0112', signals=('thread', 'plus', 'tracking')),
    "Staff-time fee estimate over a free first hour (N.D.C.C. 44-04-18(2)) from the shared mailbox; 30-day withdrawal warning")

# 015  FEC acknowledgment PDF only, empty body, received later than sent (REQ-015)
d = 'Mon, 21 Sep 2026 09:12:45 -0400'
letter = pdf([
    'FEDERAL ELECTION COMMISSION', 'Washington, DC 20463', '',
    'September 21, 2026', '', 'VIA ELECTRONIC MAIL', 'Dana Whitfield', 'Capitol Watch', 'records+req-015@capitolwatch.example.org', '',
    'Re: FOIA Request No. 2026-187', '',
    'Dear Ms. Whitfield:', '',
    'This acknowledges receipt of your request under the Freedom of Information Act (FOIA), 5 U.S.C. 552, dated '
    'September 16, 2026, and received by the Federal Election Commission\'s FOIA Requester Service Center on '
    'September 18, 2026. You requested records sufficient to identify each enforcement matter (MUR), alternative '
    'dispute resolution matter, and administrative fine matter that was dismissed, held in abeyance, or closed '
    'without Commission action between May 1, 2025 and August 31, 2026, while the Commission lacked a quorum, '
    'together with internal memoranda tracking those matters.', '',
    'Your request has been assigned FOIA Request No. 2026-187. Please refer to this number in any future '
    'correspondence. The FOIA generally requires agencies to make a determination within 20 working days of '
    'receipt. For fee purposes we have placed you in the representative of the news media category. Your request '
    'for a waiver of fees is under review, and we will notify you of the decision separately.', '',
    'Note that redacted files of closed enforcement matters are placed on the public record and are available '
    'through the Commission\'s website without a FOIA request.', '',
    'If you have questions, you may contact the FOIA Requester Service Center at (202) 694-1650 or FOIA@fec.gov, '
    'or our FOIA Public Liaison. You may also contact the Office of Government Information Services (OGIS) at the '
    'National Archives and Records Administration, which offers mediation services to resolve disputes between '
    'FOIA requesters and Federal agencies: ogis@nara.gov; (202) 741-5770; toll free (877) 684-6448.', '',
    'Sincerely,', '', 'FOIA Requester Service Center', 'Federal Election Commission'], 'FOIA 2026-187 Acknowledgment')
b = bnd('015')
ct, body = multipart('mixed', b, [part_text('\n', 'text/plain', 'us-ascii', '7bit'),
                                  part_attach(letter, 'FOIA_2026-187_Acknowledgment.pdf')])
raw = assemble([('From', 'FEC FOIA <FOIA@fec.gov>'), ('To', plus(15)),
                ('Subject', 'FOIA Request Acknowledgment'), ('Date', d), ('Message-ID', o365_mid('m015', 'NAMP109')),
                ('X-MS-Has-Attach', 'yes')], ct, body)
add('fec-ack-pdf-received-later', d, raw,
    F('REQ-015', 'acknowledgment', 'FEC letter (PDF only): request dated Sep 16 received Sep 18, No. 2026-187; federal 20 working days from Sep 18',
      '2026-187', 'received:2026-09-18', signals=('plus', 'tracking-new', 'tracking-filename')),
    'Federal acknowledgment as a PDF attachment with an empty body, no threading headers; receipt date later than sent; OGIS paragraph; MUR decoy words')

# 016  voicemail transcription from MS Ethics, cannot be placed (null)
d = 'Tue, 22 Sep 2026 11:31:20 -0600'
txt = ('New voicemail from (601) 359-1285 at 11:29 AM.\n\n'
       'Transcript: "Hi Dana, this is LaTasha with the Mississippi Ethics Commission calling about your public\n'
       'records request. I just had a quick question about what you\'re looking for, if you could give me a call\n'
       'back at 601-359-1285. Thank you, bye."\n\n'
       'Play message: https://voice.google.com/u/0/voicemail\n\n'
       'YOUR ACCOUNT | HELP CENTER | HELP FORUM\nThis email was sent to you because you indicated that you\'d like to receive\n'
       'email notifications for voicemails.\n')
raw = simple([('From', 'Google Voice <voice-noreply@google.com>'), ('To', INBOX),
              ('Subject', 'New voicemail from (601) 359-1285 at 11:29 AM'), ('Date', d),
              ('Message-ID', '<%s-voice@google.com>' % hexid('m016', 30))], txt)
add('voicemail-msethics-unplaceable', d, raw,
    F(None, 'other', 'voicemail transcript: MS Ethics paralegal asks for a call about "your public records request" while two MS Ethics requests (REQ-005, REQ-006) are open; nothing says which',
      signals=('none',)),
    "Voicemail-to-email from our own phone service; a careful reader cannot tell which of two open Mississippi requests it concerns")

# 017  SD BHRA first installment (REQ-007)
d = 'Tue, 22 Sep 2026 15:20:33 -0500'
csv = ('log_date,aircraft,departure,arrival,purpose,passengers\n'
       '2025-01-14,N731SD,PIR,FSD,Governor - economic development event,"Governor; 2 staff; 1 security"\n'
       '2025-01-29,N731SD,PIR,RAP,Governor - Black Hills Stock Show,"Governor; 1 staff; 1 security"\n'
       '2025-03-03,N802SD,PIR,ABR,Lt. Governor - school visit,"Lt. Governor; 1 staff"\n'
       '2025-06-18,N731SD,PIR,MSP,Governor - out-of-state conference,"Governor; 3 staff; 1 security"\n'
       '2025-11-20,N802SD,PIR,FSD,Commissioner of School and Public Lands - lease auction,"Commissioner; 1 staff"\n')
txt = ('Ms. Whitfield,\n\n'
       'Attached is the first installment of records responsive to BHRA-26-077: flight logs for calendar year\n'
       '2025 for the two state aircraft. The 2026 logs through August are still being reviewed and will be sent\n'
       'as a second installment.\n\n'
       'Thank you,\nKendra\n\nBureau of Human Resources and Administration\n500 East Capitol Avenue | Pierre, SD 57501\n')
b = bnd('017')
ct, body = multipart('mixed', b, [part_text(txt), part_attach(csv.encode(), 'BHRA-26-077 Flight Logs 2025.csv', 'text/csv')])
raw = assemble([('From', 'BHRA Public Records <BHRA.PublicRecords@state.sd.us>'), ('To', plus(7)),
                ('Subject', 'RE: ' + subj(7)), ('Date', d), ('Message-ID', o365_mid('m017', 'NAMP224')),
                ('In-Reply-To', o365_mid('m008', 'NAMP224')), ('References', mid(7) + ' ' + o365_mid('m008', 'NAMP224'))], ct, body)
add('sdbhra-interim-1', d, raw,
    F('REQ-007', 'records_interim', 'first installment (2025 flight logs) with the 2026 logs to follow', 'BHRA-26-077',
      signals=('thread', 'plus', 'tracking')),
    'Rolling release, installment 1, CSV attachment; sent on the SDCL 1-27-37 due date')

# 018  Alaska extension citing volume of e-mails (REQ-002)
d = 'Wed, 23 Sep 2026 16:40:02 -0800'
txt = ('Dana,\n\n'
       'Formal notice on W014502-091026 below.\n\n'
       'Our initial search of the Office of the Governor accounts for January 1 - September 1, 2026 returned\n'
       '6,214 emails and attachments that have to be reviewed before anything can be released. Because of the\n'
       'volume of records, the time to respond to your request is extended by ten working days under\n'
       '2 AAC 96.325(d). We will let you know whether we can release everything by then or will need to send the\n'
       'records in batches.\n\n'
       'Teresa Kalmakoff\nPublic Records Coordinator | Office of the Governor\n907-465-4107\n')
raw = simple([('From', '"Kalmakoff, Teresa (GOV)" <teresa.kalmakoff@alaska.gov>'), ('To', plus(2)),
              ('Subject', 'RE: [EXTERNAL] ' + subj(2)), ('Date', d), ('Message-ID', o365_mid('m018', 'NAMP209')),
              ('In-Reply-To', mid(2)), ('References', mid(2))] + outlook('m018', '[EXTERNAL] ' + subj(2)), txt)
add('akgov-extension-email-volume', d, raw,
    F('REQ-002', 'extension', '2 AAC 96.325(d) extension of ten working days because 6,214 emails must be reviewed; no completion date',
      'W014502-091026', 'extension', signals=('thread', 'plus', 'tracking')),
    'Extension citing the volume of e-mails to review, sent the day before the 10th working day; Alaska regulation extension')

# 019  MS Ethics acknowledgment for REQ-006, plain text, shared mailbox
d = 'Wed, 23 Sep 2026 10:02:14 -0500'
txt = ('Dear Ms. Whitfield:\n\n'
       'The Mississippi Ethics Commission received your public records request on September 21, 2026, for\n'
       'advisory opinion requests and staff correspondence in 2026 concerning the outside employment of\n'
       'members of the Legislature. The request has been assigned Public Records Request No. 26-019.\n\n'
       'The Commission will respond within seven working days as provided by Miss. Code Ann. Section 25-61-5.\n\n'
       'Mississippi Ethics Commission\n')
raw = simple([('From', 'Mississippi Ethics Commission <publicrecords@ethics.ms.gov>'), ('To', plus(6)),
              ('Subject', 'Public records request 26-019'), ('Date', d), ('Message-ID', o365_mid('m019', 'NAMP221')),
              ('In-Reply-To', mid(6)), ('References', mid(6))], txt)
add('msethics-ack-2', d, raw,
    F('REQ-006', 'acknowledgment', 'MS Ethics confirms receipt Sep 21 (= sent) and assigns 26-019; MS 7 working days',
      '26-019', 'received_on_sent_date', signals=('thread', 'plus', 'tracking-new')),
    'Unsigned shared-mailbox acknowledgment with the number in subject and body')

# 020  MS Ethics final release (REQ-005)
d = 'Thu, 24 Sep 2026 14:10:48 -0500'
letter = pdf([
    'MISSISSIPPI ETHICS COMMISSION', 'Jackson, Mississippi', '', 'September 24, 2026', '',
    'Re: Public Records Request No. 26-014', '', 'Dear Ms. Whitfield:', '',
    'Enclosed are the records responsive to your request: (1) a list of the 214 public servants who were sent '
    'notices of failure to file a Statement of Economic Interest for 2025 and 2026, with the date of each notice; '
    'and (2) the 37 final orders assessing civil penalties for late filing entered since January 1, 2025.', '',
    'All responsive records are produced in full. There is no charge for this request. This completes the '
    'Commission\'s response to Request No. 26-014.', '',
    'Sincerely,', 'LaTasha Pruitt', 'Paralegal'], 'Response 26-014')
csv = ('notice_date,filer_name,position,filing_year,status\n2025-05-06,"Redmond, J.",Municipal Alderman,2025,filed late\n'
       '2025-05-06,"Oakes, T.",County Supervisor,2025,penalty order\n2026-05-05,"Gaines, R.",School Board Member,2026,filed late\n')
txt = 'Ms. Whitfield,\n\nPlease see the attached response letter and records.\n\nLaTasha Pruitt\nMississippi Ethics Commission\n'
b = bnd('020')
ct, body = multipart('mixed', b, [part_text(txt), part_attach(letter, '26-014 Response Letter.pdf'),
                                  part_attach(csv.encode(), 'SEI late filer notices 2025-2026.csv', 'text/csv')])
raw = assemble([('From', 'LaTasha Pruitt <lpruitt@ethics.ms.gov>'), ('To', plus(5)),
                ('Subject', 'RE: Public records request - No. 26-014'), ('Date', d), ('Message-ID', o365_mid('m020', 'NAMP221')),
                ('In-Reply-To', o365_mid('m010', 'NAMP221')),
                ('References', mid(5) + ' ' + o365_mid('m004', 'NAMP221') + ' ' + o365_mid('m010', 'NAMP221'))], ct, body)
add('msethics-final-full', d, raw,
    F('REQ-005', 'records_final', 'records produced in full on the extended date, no charge; completes 26-014 (nothing withheld)', '26-014',
      signals=('thread', 'plus', 'tracking')),
    'Final release in full, PDF letter plus CSV; completes the request')

# 021  FEC fee waiver granted (REQ-015)
d = 'Fri, 25 Sep 2026 10:20:37 -0400'
txt = ('Dear Ms. Whitfield:\n\n'
       'This concerns FOIA Request No. 2026-187.\n\n'
       'You asked that fees for processing your request be waived. Under 5 U.S.C. 552(a)(4)(A)(iii) and the\n'
       'Commission\'s regulations at 11 CFR 4.9, fees are waived or reduced where disclosure is in the public\n'
       'interest because it is likely to contribute significantly to public understanding of the operations or\n'
       'activities of the government and is not primarily in the commercial interest of the requester. Based on\n'
       'the information you provided, we have determined that your request meets these criteria. Your request\n'
       'for a fee waiver is therefore granted.\n\n'
       'Your request remains in processing. If you have questions, please contact the FOIA Requester Service\n'
       'Center at (202) 694-1650.\n\n'
       'Sincerely,\n\nFOIA Requester Service Center\nFederal Election Commission\n1050 First Street, NE\nWashington, DC 20463\n')
raw = simple([('From', 'FEC FOIA <FOIA@fec.gov>'), ('To', plus(15)),
              ('Subject', 'FOIA 2026-187 - Fee Waiver Determination'), ('Date', d), ('Message-ID', o365_mid('m021', 'NAMP109'))], txt)
add('fec-fee-waiver-granted', d, raw,
    F('REQ-015', 'other', 'fee waiver granted; processing continues (no fee, no deadline change)', '2026-187',
      signals=('plus', 'tracking', 'subject')),
    'Fee waiver grant letter in the body, citing (a)(4)(A)(iii) public-interest test; not a fee estimate')

# 022  colleague forwards the COPP clarification sent to him (REQ-011)
d = 'Mon, 28 Sep 2026 08:50:19 -0600'
txt = ('Dana - Lyle at COPP sent this to me instead of the desk. I think it\'s our complaints request. Can you\n'
       'answer him? I\'m out till Thursday.\n\nMarcus\n\n'
       '---------- Forwarded message ---------\n'
       'From: Lyle Hanson <lhanson@mt.gov>\n'
       'Date: Fri, Sep 25, 2026 at 3:48 PM\n'
       'Subject: complaint files\n'
       'To: Marcus Bell <mbell@capitolwatch.example.org>\n\n'
       'Marcus,\n\n'
       'Before I pull everything on the legislative complaints: 2026 legislative races have produced 43\n'
       'complaints so far (COPP-2026-CFP-0004 through COPP-2026-CFP-0052, minus a few for other offices). Do\n'
       'you want the full case files (complaint, response, exhibits, correspondence), or just the complaints\n'
       'and the Commissioner\'s sufficiency decisions? The full files run several thousand pages.\n\n'
       'Also, are you limiting this to complaints against the candidates themselves, or do you want the ones\n'
       'filed against PACs and party committees active in those races too?\n\n'
       'I\'ll hold off until I hear from you.\n\n'
       'Lyle Hanson\nCompliance Specialist\nCommissioner of Political Practices\n1209 Eighth Avenue, Helena, MT 59601\n406-444-2942\n')
raw = simple([('From', 'Marcus Bell <mbell@capitolwatch.example.org>'), ('To', INBOX),
              ('Subject', 'Fwd: complaint files'), ('Date', d), ('Message-ID', gmail_mid('m022')),
              ('X-Forwarded-Message-Id', '<%s@mt.gov>' % hexid('m022orig', 32).upper())], txt)
add('fwd-mtcopp-clarification', d, raw,
    F('REQ-011', 'clarification', 'forwarded COPP question: full case files or complaints and decisions only, and whether PAC complaints count; processing on hold',
      None, signals=('subject',)),
    "Colleague's 'Fwd:' of a clarification sent to his own address; complaint numbers (COPP-2026-CFP-...) are decoys, not a request number")

# 023  SD BHRA acknowledgment REQ-008
d = 'Mon, 28 Sep 2026 11:02:57 -0500'
txt = ('Ms. Whitfield,\n\n'
       'We received your written request on September 22, 2026 and have logged it as BHRA-26-081. The Bureau\n'
       'maintains payroll for executive branch agencies, including the Office of the Governor. We are checking\n'
       'which offices hold any separation agreements.\n\n'
       'You can expect a response within ten business days of receipt as provided in SDCL 1-27-37.\n\n'
       'Thank you,\nKendra\n\nBureau of Human Resources and Administration\n500 East Capitol Avenue | Pierre, SD 57501\n')
raw = simple([('From', 'BHRA Public Records <BHRA.PublicRecords@state.sd.us>'), ('To', plus(8)),
              ('Subject', 'RE: ' + subj(8)), ('Date', d), ('Message-ID', o365_mid('m023', 'NAMP224')),
              ('In-Reply-To', mid(8)), ('References', mid(8))], txt)
add('sdbhra-ack-2', d, raw,
    F('REQ-008', 'acknowledgment', 'BHRA logs the salaries request received Sep 22 (= sent) as BHRA-26-081; SD 10 business days',
      'BHRA-26-081', 'received_on_sent_date', signals=('thread', 'plus', 'tracking-new')),
    'Second shared-mailbox acknowledgment from the same SD office')

# 024  Alaska "call me" from iPhone (REQ-001)
d = 'Tue, 29 Sep 2026 12:14:40 -0800'
txt = ('Dana can you give me a call when you have a min? Question on the detail OT piece before I redo the\n'
       'estimate. 907-465-4107 (desk) or this cell 907-723-0551\n\nThx\nTeresa\n\nSent from my iPhone\n')
raw = simple([('From', '"Kalmakoff, Teresa (GOV)" <teresa.kalmakoff@alaska.gov>'), ('To', plus(1)),
              ('Subject', 'Re: [EXTERNAL] RE: ' + subj(1)), ('Date', d), ('Message-ID', o365_mid('m024', 'NAMP209')),
              ('In-Reply-To', '<fu-001.20260921.1@capitolwatch.example.org>'),
              ('References', mid(1) + ' ' + o365_mid('m012', 'NAMP209') + ' <fu-001.20260921.1@capitolwatch.example.org>'),
              ('X-Mailer', 'iPhone Mail (23A341)')], txt, charset='us-ascii')
add('akgov-iphone-call-me', d, raw,
    F('REQ-001', 'other', 'informal phone note asking for a call about the security-detail overtime part before revising the estimate', None,
      signals=('thread', 'plus')),
    "Informal 'call me' note from a staffer's phone ('Sent from my iPhone'), threaded to our reply to the fee notice")

# 025  MS Ethics denial, no threading headers, HTML only (REQ-006)
d = 'Wed, 30 Sep 2026 16:30:25 -0500'
html = html_wrap([
    'Dear Ms. Whitfield:',
    'This responds to Public Records Request No. 26-019, in which you asked for 2026 advisory opinion requests and '
    'Commission staff correspondence concerning the outside employment of members of the Legislature.',
    'The Commission must deny your request. Requests for advisory opinions, the identity of the persons who submit '
    'them, and staff correspondence with those persons are confidential under the Ethics in Government Law, Miss. '
    'Code Ann. Section 25-4-1 et seq., and are exempt from disclosure under Section 25-61-11. To the extent your '
    'request seeks correspondence about particular legislators, confirming or denying the existence of such '
    'correspondence would disclose information the Commission is required to keep confidential.',
    'The Commission\'s advisory opinions themselves are public and are posted, with identifying information '
    'removed, on the Commission\'s website at www.ethics.ms.gov.',
    'Sincerely,<br><br>Carla M. Stringer<br>General Counsel<br>Mississippi Ethics Commission'],
    style='font-family:Times New Roman;font-size:12pt')
raw = simple([('From', 'Carla Stringer <cstringer@ethics.ms.gov>'), ('To', INBOX),
              ('Subject', 'Records request - advisory opinion correspondence'), ('Date', d),
              ('Message-ID', o365_mid('m025', 'NAMP221'))], html, 'text/html')
add('msethics-denial-no-thread', d, raw,
    F('REQ-006', 'denial', 'advisory opinion requests and related correspondence withheld in full as confidential; MS has no appeal days in the table',
      '26-019', adverse=True, signals=('tracking', 'subject')),
    'Denial in full sent as a new HTML message with no threading headers to the bare inbox; number and topic identify it')

# 026  Alaska clarification asking for search terms and custodians, quoting request (REQ-002)
d = 'Fri, 02 Oct 2026 10:11:56 -0800'
txt = ('Dana,\n\n'
       'We have made a first pass through the 6,214 emails on W014502-091026. To get you a response sooner,\n'
       'could you give us:\n\n'
       '1. Search terms you want run (for example "ranked choice", "RCV", "open primary", "repeal",\n'
       '   "ballot measure", "Division of Elections");\n'
       '2. The custodians you want searched. "Office of the Governor staff" covers about 60 accounts. We would\n'
       '   suggest the Chief of Staff, the Legislative Director, the Communications Director and the two policy\n'
       '   advisors who work on elections issues;\n'
       '3. Whether news clips, newsletters and calendar invitations can be left out.\n\n'
       'We will hold the request until we hear back from you.\n\n'
       'Teresa Kalmakoff\nPublic Records Coordinator | Office of the Governor\n907-465-4107\n\n'
       '-----Original Message-----\n'
       'From: Capitol Watch Records Desk <%s>\nSent: Thursday, September 10, 2026 9:02 AM\n'
       'To: GOV Public Records <gov.records@alaska.gov>\nSubject: [EXTERNAL] %s\n\n'
       'Under the Alaska Public Records Act, AS 40.25.110-.125, I request all email between staff of the Office of\n'
       'the Governor and staff of the Division of Elections concerning the 2026 initiative to repeal open\n'
       'primaries and ranked-choice voting, from January 1 through September 1, 2026.\n\n%s\n' % (plus(2), subj(2), SIG_DESK))
raw = simple([('From', '"Kalmakoff, Teresa (GOV)" <teresa.kalmakoff@alaska.gov>'), ('To', plus(2)),
              ('Subject', 'RE: [EXTERNAL] ' + subj(2)), ('Date', d), ('Message-ID', o365_mid('m026', 'NAMP209')),
              ('In-Reply-To', mid(2)), ('References', mid(2) + ' ' + o365_mid('m018', 'NAMP209'))] + outlook('m026', '[EXTERNAL] ' + subj(2)), txt)
add('akgov-clarify-terms-custodians', d, raw,
    F('REQ-002', 'clarification', 'asks for search terms, custodians and exclusions for the 6,214 emails; request held until we answer',
      'W014502-091026', signals=('thread', 'plus', 'tracking')),
    'Clarification asking for search terms and custodians, quoting our request in Outlook style')

# 027  ND AG referral to Secretary of State (REQ-010)
d = 'Mon, 05 Oct 2026 09:40:22 -0500'
txt = ('Good morning,\n\n'
       'We received your open records request on October 1 and assigned it ORR-2026-0131.\n\n'
       'The review of signatures on initiated measure petitions, including sampling and the determination of\n'
       'sufficiency, is done by the Secretary of State under N.D.C.C. chapter 16.1-01, and those records are held\n'
       'by that office. We have forwarded a copy of your request to the Secretary of State at sos@nd.gov, but you\n'
       'may wish to contact that office directly at 701-328-2900.\n\n'
       'This office will search for any records of its own that are responsive to the remainder of your request\n'
       'and will follow up.\n\n'
       'Thank you,\n\nJoanne\nOpen Records Coordinator\nOffice of Attorney General\n')
raw = simple([('From', 'ND Attorney General <ndag@nd.gov>'), ('To', 'Capitol Watch Records Desk <%s>' % plus(10)),
              ('Subject', 'RE: [EXTERNAL] ' + subj(10)), ('Date', d), ('Message-ID', o365_mid('m027', 'NAMP223')),
              ('In-Reply-To', mid(10)), ('References', mid(10)), ('Thread-Topic', '[EXTERNAL] ' + subj(10))], txt)
add('ndag-referral-sos', d, raw,
    F('REQ-010', 'other', 'referral: petition signature review records belong to the Secretary of State; AG will search its own files (ORR-2026-0131 assigned)',
      'ORR-2026-0131', signals=('thread', 'plus', 'tracking-new')),
    'Referral/transfer notice to another office with partial continued processing; assigns a number in passing')

# 028  SD clarification with deemed-withdrawn warning (REQ-008)
d = 'Mon, 05 Oct 2026 14:25:10 -0500'
txt = ('Ms. Whitfield,\n\n'
       'Before we can finish BHRA-26-081 we need two clarifications:\n\n'
       '1. By "constitutional officers," do you mean all of the elected offices (Lieutenant Governor, Attorney\n'
       '   General, Secretary of State, State Treasurer, State Auditor, Commissioner of School and Public Lands\n'
       '   and the Public Utilities Commission)? Some of those offices are outside executive branch payroll.\n'
       '2. By "separation agreements," do you mean settlement agreements signed when an employee left, or should\n'
       '   we also include resignation letters?\n\n'
       'Under SDCL 1-27-37, if we do not receive your response within ten business days, the request will be\n'
       'considered withdrawn.\n\n'
       'Thank you,\nKendra\n\nBureau of Human Resources and Administration\n')
raw = simple([('From', 'BHRA Public Records <BHRA.PublicRecords@state.sd.us>'), ('To', plus(8)),
              ('Subject', 'RE: ' + subj(8)), ('Date', d), ('Message-ID', o365_mid('m028', 'NAMP224')),
              ('In-Reply-To', o365_mid('m023', 'NAMP224')), ('References', mid(8) + ' ' + o365_mid('m023', 'NAMP224'))], txt)
add('sdbhra-clarification', d, raw,
    F('REQ-008', 'clarification', 'BHRA asks which offices and what kind of agreements; SDCL 1-27-37 ten-business-day answer or deemed withdrawn',
      'BHRA-26-081', signals=('thread', 'plus', 'tracking')),
    "Clarification with South Dakota's statutory 'considered withdrawn' warning, from the shared mailbox")

# 029  COPP acknowledgment from shared mailbox, name only in signature (REQ-012)
d = 'Wed, 07 Oct 2026 10:12:33 -0600'
txt = ('Hello,\n\n'
       'We received your request for the Commissioner\'s correspondence with legislators about the amendments\n'
       'to the political committee disclosure rules. We will gather the Commissioner\'s email and the rulemaking\n'
       'file and be in touch with a time estimate, and a cost estimate if one applies.\n\n'
       'Thanks,\nMandy\n\nCommissioner of Political Practices\n1209 Eighth Avenue | PO Box 202401 | Helena, MT 59620\n')
raw = simple([('From', 'Political Practices <politicalpractices@mt.gov>'), ('To', plus(12)),
              ('Subject', 'RE: ' + subj(12)), ('Date', d), ('Message-ID', o365_mid('m029', 'GCCP125')),
              ('In-Reply-To', mid(12)), ('References', mid(12))], txt)
add('mtcopp-ack-shared-mailbox', d, raw,
    F('REQ-012', 'acknowledgment', 'COPP shared mailbox confirms the rule-correspondence request; no number; MT sets no response days',
      None, 'received_on_sent_date', signals=('thread', 'plus', 'subject')),
    "Shared mailbox with only 'Mandy' in the signature; promise of a time/cost estimate (MCA 2-6-1006(2) style)")

# 030  WY SOS internal chain forwarded by mistake, line to us on top (REQ-003)
d = 'Wed, 07 Oct 2026 16:05:48 -0600'
txt = ('Hi Dana,\n\n'
       'Quick update - we\'re still pulling the cancellation files by county and should have everything to you by\n'
       'Friday, October 16. Thanks for your patience.\n\nJenna\n\n'
       'On Tue, Oct 6, 2026 at 4:41 PM Kai Reston <kai.reston@wyo.gov> wrote:\n'
       '> Jenna - hold off on sending anything until Tara has looked at it. I don\'t want the inactive list going\n'
       '> out the same week the canvass gets certified. Tell her mid-October.\n'
       '>\n'
       '> On Tue, Oct 6, 2026 at 2:10 PM Tara Wilcox <tara.wilcox@wyo.gov> wrote:\n'
       '>> The DOB, DL number and last-four SSN columns have to come out of all 23 county files before anything\n'
       '>> goes to the reporter. Natrona and Laramie exported the full WyoReg layout, so those two need to be\n'
       '>> redone. I can look at the cover letter Thursday.\n'
       '>>\n'
       '>> On Tue, Oct 6, 2026 at 11:02 AM Jenna Marsh <jenna.marsh@wyo.gov> wrote:\n'
       '>>> Tara/Kai - the voter cancellation request from Capitol Watch is due Thursday. I have 21 of 23\n'
       '>>> counties. OK to send what I have?\n')
raw = simple([('From', '"\'Jenna Marsh\' via SOS Public Records" <sos-publicrecords@wyo.gov>'), ('To', plus(3)),
              ('Subject', 'Re: ' + subj(3)), ('Date', d), ('Message-ID', gmail_mid('m030')),
              ('In-Reply-To', gmail_mid('m030-kai')),
              ('References', mid(3) + ' ' + gmail_mid('m002') + ' ' + gmail_mid('m030-jenna') + ' ' + gmail_mid('m030-tara') + ' ' + gmail_mid('m030-kai')),
              ('Reply-To', 'Jenna Marsh <jenna.marsh@wyo.gov>'), ('X-Original-Sender', 'jenna.marsh@wyo.gov'),
              ('Precedence', 'list'), ('List-ID', '<sos-publicrecords.wyo.gov>'),
              ('Mailing-list', 'list sos-publicrecords@wyo.gov; contact sos-publicrecords+owners@wyo.gov')], txt)
add('wysos-internal-chain-by-mistake', d, raw,
    F('REQ-003', 'extension', 'top line gives a new date (Oct 16) past the Oct 8 due date; the rest is an internal staff chain sent by mistake; WY has no extension days, so estimated only',
      None, 'extension', estimated='2026-10-16', signals=('thread', 'plus', 'subject')),
    'Reply that forwards an internal e-mail chain by mistake (staff discussing redactions and timing), one line to us on top; via Google Group')

# 031  GovQA message posted (REQ-002)
d = 'Fri, 09 Oct 2026 12:00:14 -0800'
txt = ('A new message has been posted to your public records request W014502-091026.\n\n'
       'To read the message, log in to the State of Alaska Public Records Center:\n'
       'https://alaska.govqa.us/WEBAPP/_rs/supporthome.aspx\n\nPlease do not reply to this message.\n')
raw = simple([('From', 'State of Alaska Public Records Center <alaska@govqa.us>'), ('To', plus(2)),
              ('Subject', 'Public Records Request :: W014502-091026 - New Message'), ('Date', d),
              ('Message-ID', '<%s@alaska.govqa.us>' % hexid('m031', 28)), ('X-Mailer', 'GovQA Mailer 6.2')], txt)
add('akgov-govqa-new-message', d, raw,
    F('REQ-002', 'portal_notice', 'GovQA says a message was posted; the content is only in the portal', 'W014502-091026',
      signals=('plus', 'tracking')),
    'Portal notice with no substantive text')

# 032  SD BHRA final installment with withholding (REQ-007)
d = 'Fri, 09 Oct 2026 15:45:31 -0500'
letter = pdf([
    'STATE OF SOUTH DAKOTA', 'BUREAU OF HUMAN RESOURCES AND ADMINISTRATION', '500 East Capitol Avenue, Pierre, SD 57501', '',
    'October 9, 2026', '', 'Dana Whitfield, Capitol Watch', '', 'RE: BHRA-26-077 - Final response', '',
    'Enclosed is the second and final installment of records responsive to your request: the state aircraft '
    'flight logs for January 1 through August 31, 2026 (41 flights).', '',
    'The names of individual members of the Governor\'s security detail have been redacted from the passenger '
    'column under SDCL 1-27-1.5, because their release could endanger the life or safety of those persons. '
    'The number of security personnel on each flight is shown. No other information was withheld.', '',
    'This completes the Bureau\'s response to your request. If you object to this partial denial, you may, within '
    '90 days, file a written notice of review with the Office of Hearing Examiners or bring an action in circuit '
    'court under SDCL 1-27-38.', '',
    'Bureau of Human Resources and Administration'], 'BHRA-26-077 Final')
txt = 'Ms. Whitfield,\n\nPlease see the attached letter and the 2026 logs. This completes your request.\n\nThank you,\nKendra\n'
csv = ('log_date,aircraft,departure,arrival,purpose,passengers\n'
       '2026-02-10,N731SD,PIR,FSD,Governor - budget address tour,"Governor; 2 staff; 1 security [name redacted]"\n'
       '2026-07-22,N731SD,PIR,DEN,Governor - Western Governors meeting,"Governor; 2 staff; 2 security [names redacted]"\n')
b = bnd('032')
ct, body = multipart('mixed', b, [part_text(txt), part_attach(letter, 'BHRA-26-077 Final Response.pdf'),
                                  part_attach(csv.encode(), 'Flight Logs Jan-Aug 2026.csv', 'text/csv')])
raw = assemble([('From', 'BHRA Public Records <BHRA.PublicRecords@state.sd.us>'), ('To', plus(7)),
                ('Subject', 'RE: ' + subj(7)), ('Date', d), ('Message-ID', o365_mid('m032', 'NAMP224')),
                ('In-Reply-To', o365_mid('m017', 'NAMP224')),
                ('References', mid(7) + ' ' + o365_mid('m008', 'NAMP224') + ' ' + o365_mid('m017', 'NAMP224'))], ct, body)
add('sdbhra-final-partial', d, raw,
    F('REQ-007', 'records_final', 'second and final installment; security-detail names redacted (partial denial); SD review within 90 days',
      'BHRA-26-077', adverse=True, signals=('thread', 'plus', 'tracking', 'tracking-filename')),
    'Final installment with a partial withholding and SDCL 1-27-38 90-day review notice; number in the PDF and file name only')

# 033  WY LSO fee estimate, hedged (REQ-013)
d = 'Wed, 30 Sep 2026 10:40:05 -0600'
txt = ('Ms. Whitfield:\n\n'
       'A question of cost before we go further. The individual reimbursement claims legislators submit include\n'
       'bank account and home address information that has to be redacted. We estimate roughly six hours of\n'
       'staff time to review and redact the claims for the period you asked about. Under the Management\n'
       'Council\'s public records policy the first hour is not charged; the remaining time may be billed at\n'
       '$30.00 per hour, so the cost could be up to about $150.00.\n\n'
       'Alternatively, the payment ledger (legislator, date, meeting, per diem, mileage, lodging and amount paid)\n'
       'can be exported at no charge. Please let us know whether you want the redacted claims, the ledger, or\n'
       'both; we will not start the redaction work until you confirm.\n\n'
       'Rachel Dunmore\nSenior Staff Attorney\nWyoming Legislative Service Office\n')
raw = simple([('From', 'Rachel Dunmore <rachel.dunmore@wyoleg.gov>'), ('To', plus(13)),
              ('Subject', 'RE: ' + subj(13)), ('Date', d), ('Message-ID', gmail_mid('m033')),
              ('In-Reply-To', gmail_mid('m011')), ('References', mid(13) + ' ' + gmail_mid('m011'))], txt)
add('wylso-fee-estimate-hedged', d, raw,
    F('REQ-013', 'fee_estimate', 'hedged estimate (up to about $150 for redaction time after a free first hour); needs our choice before work starts',
      None, signals=('thread', 'plus', 'subject')),
    "Conditional fee wording ('may be billed', 'could be up to') with a free alternative; staff time over a free first hour")

# 034  WY LSO first installment (REQ-013)
d = 'Tue, 13 Oct 2026 13:22:48 -0600'
csv = ('legislator,chamber,meeting_date,meeting,per_diem,mileage,lodging,total\n'
       '"Sen. A. Kessler",Senate,2025-05-20,Joint Revenue Interim Committee,109.00,212.80,0.00,321.80\n'
       '"Rep. D. Tolman",House,2025-06-11,Joint Judiciary Interim Committee,109.00,96.60,118.00,323.60\n')
txt = ('Ms. Whitfield:\n\n'
       'As you asked, we are providing the payment ledger rather than the individual claims. Attached is the\n'
       'ledger for the 2025 interim (January through December 2025). The 2026 interim ledger will follow once the\n'
       'September meeting claims have been posted, likely in early November.\n\n'
       'Rachel Dunmore\nSenior Staff Attorney\nWyoming Legislative Service Office\n')
b = bnd('034', 'gmail')
ct, body = multipart('mixed', b, [part_text(txt), part_attach(csv.encode(), 'Legislator per diem ledger 2025 interim.csv', 'text/csv')])
raw = assemble([('From', 'Rachel Dunmore <rachel.dunmore@wyoleg.gov>'), ('To', plus(13)),
                ('Subject', 'RE: ' + subj(13)), ('Date', d), ('Message-ID', gmail_mid('m034')),
                ('In-Reply-To', '<fu-013.20261001.1@capitolwatch.example.org>'),
                ('References', mid(13) + ' ' + gmail_mid('m033') + ' <fu-013.20261001.1@capitolwatch.example.org>')], ct, body)
add('wylso-interim-ledger', d, raw,
    F('REQ-013', 'records_interim', 'first installment (2025 interim ledger); 2026 ledger to follow', None,
      signals=('thread', 'plus', 'subject')),
    'Rolling release from a legislative office; no tracking number; next installment date only loosely stated')

# 035  FEC acknowledgment quoting the request (REQ-016)
d = 'Wed, 14 Oct 2026 09:30:41 -0400'
txt = ('Dear Ms. Whitfield:\n\n'
       'The Federal Election Commission\'s FOIA Requester Service Center received your request, quoted below, on\n'
       'October 13, 2026. It has been assigned FOIA Request No. 2026-203. We will make a determination within 20\n'
       'working days as required by 5 U.S.C. 552(a)(6)(A), unless unusual circumstances require additional time.\n'
       'Your prior fee waiver determination does not carry over to new requests; based on the information you\n'
       'provided, no fees are expected for this request.\n\n'
       'Anita Greer\nGovernment Information Specialist\nFOIA Requester Service Center\nFederal Election Commission\n\n'
       '-----Original Message-----\n'
       'From: Capitol Watch Records Desk <%s>\nSent: Tuesday, October 13, 2026 10:15 AM\nTo: FOIA <FOIA@fec.gov>\n'
       'Subject: %s\n\n'
       'Under the Freedom of Information Act, 5 U.S.C. 552, I request all correspondence between the Federal\n'
       'Election Commission (including the Office of General Counsel and the Reports Analysis Division) and the\n'
       'state agencies that administer campaign finance or ethics laws in Alaska, Mississippi, Montana, North\n'
       'Dakota, South Dakota and Wyoming, from January 1, 2025 to the date of search.\n\n%s\n' % (plus(16), subj(16), SIG_DESK))
raw = simple([('From', '"Greer, Anita" <agreer@fec.gov>'), ('To', plus(16)), ('Cc', 'FOIA <FOIA@fec.gov>'),
              ('Subject', 'RE: ' + subj(16)), ('Date', d), ('Message-ID', o365_mid('m035', 'NAMP109')),
              ('In-Reply-To', mid(16)), ('References', mid(16))], txt)
add('fec-ack-quoting-request', d, raw,
    F('REQ-016', 'acknowledgment', 'FEC confirms receipt Oct 13 (= sent), No. 2026-203, quoting our request; federal 20 working days',
      '2026-203', 'received_on_sent_date', signals=('thread', 'plus', 'tracking-new')),
    "Federal staff acknowledgment quoting our request below '-----Original Message-----'; mentions six states the other agencies belong to")

# 036  WY SOS first installment via group (REQ-004)
d = 'Wed, 14 Oct 2026 15:10:09 -0600'
letter = pdf([
    'WYOMING SECRETARY OF STATE - ELECTIONS DIVISION', 'Records provided in response to public records request (canvass correspondence)', '',
    'Batch 1 of 2: correspondence with county clerks, August 18 - August 28, 2026', '',
    'From: Kai Reston  To: Albany County Clerk  Date: Aug 19, 2026  Subject: Canvass board timing',
    'From: Park County Clerk  To: Elections Division  Date: Aug 21, 2026  Subject: Provisional ballots cured',
    'From: Elections Division  To: All County Clerks  Date: Aug 24, 2026  Subject: State canvass board schedule',
    'From: Sweetwater County Clerk  To: Kai Reston  Date: Aug 27, 2026  Subject: Recount request HD 48'], 'Batch 1')
txt = ('Dana,\n\nAttached is the first batch of the clerk correspondence (Aug 18-28). The rest, including the HD 48\n'
       'recount emails, is still being reviewed and will follow. County abstracts are on our Elections page.\n\n'
       'Kai\n')
b = bnd('036', 'gmail')
ct, body = multipart('mixed', b, [part_text(txt), part_attach(letter, 'Clerk correspondence batch 1.pdf')])
raw = assemble([('From', '"\'Kai Reston\' via SOS Public Records" <sos-publicrecords@wyo.gov>'), ('To', plus(4)),
                ('Subject', 'Re: ' + subj(4)), ('Date', d), ('Message-ID', gmail_mid('m036')),
                ('In-Reply-To', gmail_mid('m013')), ('References', mid(4) + ' ' + gmail_mid('m013')),
                ('Reply-To', 'Kai Reston <kai.reston@wyo.gov>'), ('X-Original-Sender', 'kai.reston@wyo.gov'),
                ('Precedence', 'list'), ('List-ID', '<sos-publicrecords.wyo.gov>'),
                ('Mailing-list', 'list sos-publicrecords@wyo.gov; contact sos-publicrecords+owners@wyo.gov')], ct, body)
add('wysos-interim-batch1', d, raw,
    F('REQ-004', 'records_interim', 'first batch of clerk correspondence, remainder to follow', None,
      signals=('thread', 'plus', 'subject')),
    'Rolling release through the Google Group, PDF batch, one day before the 30-day date')

# 037  FEC extension with estimated date (REQ-015)
d = 'Thu, 15 Oct 2026 11:00:52 -0400'
txt = ('Dear Ms. Whitfield:\n\n'
       'This concerns FOIA Request No. 2026-187.\n\n'
       'Your request requires the Commission to search for and collect records from the Office of General\n'
       'Counsel, the Office of the Commission Secretary and the Office of Compliance, and to examine a\n'
       'voluminous amount of separate records. These are unusual circumstances under 5 U.S.C. 552(a)(6)(B)(iii).\n'
       'We are therefore extending the time to respond to your request by ten working days. Because we will\n'
       'not be able to complete the request within that time, we estimate that we will complete processing by\n'
       'December 18, 2026, and we expect to make records available on a rolling basis before then.\n\n'
       'You may narrow your request or arrange an alternative time frame by contacting our FOIA Public Liaison\n'
       'at (202) 694-1650. You may also seek dispute resolution services from the Office of Government\n'
       'Information Services (OGIS), National Archives and Records Administration, 8601 Adelphi Road - OGIS,\n'
       'College Park, MD 20740-6001; ogis@nara.gov; (202) 741-5770.\n\n'
       'Sincerely,\n\nFOIA Requester Service Center\nFederal Election Commission\n')
raw = simple([('From', 'FEC FOIA <FOIA@fec.gov>'), ('To', plus(15)),
              ('Subject', 'FOIA Request No. 2026-187 - Extension of Time'), ('Date', d), ('Message-ID', o365_mid('m037', 'NAMP109'))], txt)
add('fec-extension-estimate', d, raw,
    F('REQ-015', 'extension', 'unusual-circumstances extension (+10 working days on the Oct 19 due date); estimated completion Dec 18',
      '2026-187', 'extension', estimated='2026-12-18', signals=('plus', 'tracking', 'subject')),
    'Federal (a)(6)(B) extension letter in the body with an estimated completion date, FOIA Public Liaison and OGIS paragraph')

# 038  Alaska OOO during Alaska Day (REQ-001)
d = 'Fri, 16 Oct 2026 09:14:27 -0800'
txt = ('I am out of the office for the Alaska Day holiday and will return Tuesday, October 20. For public\n'
       'records matters, please contact gov.records@alaska.gov or call 907-465-3500.\n')
raw = simple([('From', '"Kalmakoff, Teresa (GOV)" <teresa.kalmakoff@alaska.gov>'), ('To', plus(1)),
              ('Subject', 'Automatic reply: [EXTERNAL] RE: ' + subj(1)), ('Date', d), ('Message-ID', o365_mid('m038', 'NAMP209')),
              ('In-Reply-To', '<fu-001.20261016.1@capitolwatch.example.org>'),
              ('References', mid(1) + ' <fu-001.20261016.1@capitolwatch.example.org>'),
              ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
              ('X-MS-Exchange-Inbox-Rules-Loop', 'teresa.kalmakoff@alaska.gov')], txt)
add('akgov-ooo-alaska-day', d, raw,
    F('REQ-001', 'auto_reply', "staffer's Outlook automatic reply to our status check (Alaska Day holiday)", None,
      signals=('thread', 'plus')),
    'Out-of-office auto-reply (Auto-Submitted, Automatic reply:) around a state-only holiday')

# 039  WY SOS final for REQ-003 with confidential fields removed
d = 'Fri, 16 Oct 2026 14:30:40 -0600'
txt = ('Hi Dana,\n\n'
       'Attached are the voter list maintenance records for 2025 and 2026: the cancellation reports for all 23\n'
       'counties and the statewide summary of notices mailed. Dates of birth, driver\'s license numbers and\n'
       'partial Social Security numbers have been removed because those fields are confidential. Everything else\n'
       'is provided as exported from WyoReg.\n\n'
       'This completes your request.\n\n'
       'Jenna Marsh\nElections Specialist\nWyoming Secretary of State\'s Office\n')
csv = ('county,voter_id,last_name,first_name,cancel_date,reason\nAlbany,201144,DOE,JANE,2025-11-04,Failure to vote (W.S. 22-3-115)\n'
       'Natrona,884201,ROE,RICHARD,2026-02-12,Moved out of county\n')
b = bnd('039', 'gmail')
ct, body = multipart('mixed', b, [part_text(txt), part_attach(csv.encode(), 'Cancellations_AllCounties_2025-2026.csv', 'text/csv')])
raw = assemble([('From', '"\'Jenna Marsh\' via SOS Public Records" <sos-publicrecords@wyo.gov>'), ('To', plus(3)),
                ('Subject', 'Re: ' + subj(3)), ('Date', d), ('Message-ID', gmail_mid('m039')),
                ('In-Reply-To', gmail_mid('m030')), ('References', mid(3) + ' ' + gmail_mid('m002') + ' ' + gmail_mid('m030')),
                ('Reply-To', 'Jenna Marsh <jenna.marsh@wyo.gov>'), ('X-Original-Sender', 'jenna.marsh@wyo.gov'),
                ('Precedence', 'list'), ('List-ID', '<sos-publicrecords.wyo.gov>'),
                ('Mailing-list', 'list sos-publicrecords@wyo.gov; contact sos-publicrecords+owners@wyo.gov')], ct, body)
add('wysos-final-redacted', d, raw,
    F('REQ-003', 'records_final', 'final release on the promised date; confidential voter fields removed (withholding); WY has no appeal days',
      None, adverse=True, signals=('thread', 'plus', 'subject')),
    'Final release with statutory redactions through the Google Group; completes the request')

# 040  ND AG no records for the remainder (REQ-010)
d = 'Mon, 19 Oct 2026 10:05:13 -0500'
txt = ('Good morning,\n\n'
       'This is the final response to ORR-2026-0131. As explained on October 5, records of the review of\n'
       'initiated measure petition signatures are held by the Secretary of State. This office searched the\n'
       'email of the Attorney General, the Solicitor General and the Bureau of Criminal Investigation for the\n'
       'period you identified and did not locate any records responsive to the remainder of your request. BCI\n'
       'has not opened an investigation concerning the 2026 petitions.\n\n'
       'If you believe this office has violated the open records law, you may request an opinion from the\n'
       'Attorney General under N.D.C.C. 44-04-21.1 within 30 days.\n\n'
       'Thank you,\n\nJoanne\nOpen Records Coordinator\nOffice of Attorney General\n')
raw = simple([('From', 'ND Attorney General <ndag@nd.gov>'), ('To', 'Capitol Watch Records Desk <%s>' % plus(10)),
              ('Subject', 'RE: [EXTERNAL] ' + subj(10) + ' (ORR-2026-0131)'), ('Date', d), ('Message-ID', o365_mid('m040', 'NAMP223')),
              ('In-Reply-To', o365_mid('m027', 'NAMP223')), ('References', mid(10) + ' ' + o365_mid('m027', 'NAMP223'))], txt)
add('ndag-no-records', d, raw,
    F('REQ-010', 'no_records', 'no responsive AG/BCI records for the remainder; ND AG-opinion review within 30 days', 'ORR-2026-0131',
      adverse=True, signals=('thread', 'plus', 'tracking')),
    'No-records letter from the shared mailbox after an earlier partial referral; ND 30-day review window')

# 041  WY LSO denial, no threading headers (REQ-014)
d = 'Tue, 20 Oct 2026 11:48:30 -0600'
txt = ('Dear Ms. Whitfield:\n\n'
       'I am writing about your October 6 request for Management Council records on the retention of\n'
       'legislators\' email.\n\n'
       'The Legislative Service Office is a nonpartisan staff office. The records you describe - communications\n'
       'among legislators and members of the Management Council, and individual legislators\' email - are not\n'
       'public records of this office, and it is the Management Council\'s position that records of the\n'
       'Legislature\'s members are not subject to the Wyoming Public Records Act. In addition, communications\n'
       'between legislators and LSO staff concerning legislation are confidential under W.S. 28-8-107.\n'
       'The Legislative Service Office therefore has no records it can provide in response to your request.\n\n'
       'The Management Council\'s adopted policies, including its records policy, and the minutes of its public\n'
       'meetings are posted on the Legislature\'s website, wyoleg.gov.\n\n'
       'Sincerely,\n\nRachel Dunmore\nSenior Staff Attorney\nWyoming Legislative Service Office\n')
raw = simple([('From', 'Rachel Dunmore <rachel.dunmore@wyoleg.gov>'), ('To', INBOX),
              ('Subject', 'Your request for Management Council email retention records'), ('Date', d),
              ('Message-ID', gmail_mid('m041'))], txt)
add('wylso-denial-not-subject', d, raw,
    F('REQ-014', 'denial', 'LSO says legislators\' records are not public records of the office / not subject to the Act; nothing provided; WY no appeal days',
      None, adverse=True, signals=('subject',)),
    "Denial because the records are not public records of that office (legislative records said to be outside the Act), new message with no threading headers, to the bare inbox")

# 042  ND AG final with withholdings (REQ-009)
d = 'Tue, 20 Oct 2026 15:20:17 -0500'
txt = ('Good afternoon,\n\n'
       'We received your payment of $150.00 on October 2 for ORR-2026-0112. The responsive records are available\n'
       'through the secure link below for 30 days (1,612 pages).\n\n'
       'Some records were withheld or redacted: draft opinions and attorney notes are exempt attorney work\n'
       'product under N.D.C.C. 44-04-19.1, and the personal email addresses and phone numbers of private\n'
       'citizens who wrote to the office have been redacted. All other responsive records are provided. This\n'
       'completes our response.\n\n'
       'If you believe this office has violated the open records law, you may request an Attorney General\'s\n'
       'opinion under N.D.C.C. 44-04-21.1 within 30 days.\n\n'
       'https://ndag.sharefile.com/d-s7e0b1c2a9f44e1b8\n\n'
       'Thank you,\n\nJoanne\nOpen Records Coordinator\nOffice of Attorney General\n')
raw = simple([('From', 'ND Attorney General <ndag@nd.gov>'), ('To', 'Capitol Watch Records Desk <%s>' % plus(9)),
              ('Subject', 'RE: [EXTERNAL] ' + subj(9)), ('Date', d), ('Message-ID', o365_mid('m042', 'NAMP223')),
              ('In-Reply-To', '<fu-009.20260930.1@capitolwatch.example.org>'),
              ('References', mid(9) + ' ' + o365_mid('m014', 'NAMP223') + ' <fu-009.20260930.1@capitolwatch.example.org>')], txt)
add('ndag-final-partial', d, raw,
    F('REQ-009', 'records_final', 'records released by link after payment; drafts/attorney work product withheld and private contact data redacted; ND 30-day review',
      'ORR-2026-0112', adverse=True, signals=('thread', 'plus', 'tracking')),
    'Final release by file-share link with withholdings; ND review window')

# 043  ND AG press release, unrelated (null)
d = 'Thu, 22 Oct 2026 10:00:00 -0500'
html = html_wrap([
    '<p style="font-size:9pt;color:#555">North Dakota Office of Attorney General - News Release</p>',
    '<h2>Attorney General Issues Open Meetings Opinion on Legislative Interim Committee Gathering</h2>',
    'BISMARCK, N.D. - The Attorney General today issued an open meetings opinion finding that a gathering of a '
    'quorum of a legislative interim committee at a private dinner in Minot on July 14 was a meeting subject to '
    'the notice requirements of N.D.C.C. 44-04-20. The opinion directs the committee to prepare minutes of the '
    'discussion and post them within seven days.',
    'Opinions issued by the office are available on the Attorney General\'s website.',
    '<p style="font-size:8pt;color:#777">You are subscribed to News Releases for the North Dakota Office of Attorney General. '
    '<a href="https://public.govdelivery.com/accounts/NDAG/subscriber/edit">Manage Subscriptions</a> | '
    '<a href="https://public.govdelivery.com/accounts/NDAG/subscriber/one_click_unsubscribe">Unsubscribe</a></p>'])
raw = simple([('From', 'North Dakota Attorney General <ndag@public.govdelivery.com>'), ('To', INBOX),
              ('Subject', 'Attorney General Issues Open Meetings Opinion on Legislative Interim Committee Gathering'), ('Date', d),
              ('Message-ID', '<20261022150000.%s@public.govdelivery.com>' % hexid('m043', 12)),
              ('List-Unsubscribe', '<https://public.govdelivery.com/accounts/NDAG/subscriber/one_click_unsubscribe>'),
              ('Precedence', 'bulk'), ('X-Accountcode', 'NDAG')], html, 'text/html')
add('ndag-press-release-null', d, raw,
    F(None, 'other', 'AG news release to a subscriber list; same topic words as REQ-009 but not about our request',
      signals=('none',)),
    'Press release (GovDelivery) sharing the topic words of an open request; request null')

# 044  Alaska final release with security redactions (REQ-001)
d = 'Fri, 23 Oct 2026 13:30:22 -0800'
txt = ('Dana,\n\n'
       'Thanks for the call and for the payment of the revised fee ($262.00, received 10/6). The records for\n'
       'W014418-090226 are attached:\n\n'
       ' - Governor\'s daily schedules, June 1 - August 31, 2026 (92 pages)\n'
       ' - travel authorizations, itineraries and invoices (64 pages)\n'
       ' - security detail overtime and travel cost summary by month (3 pages)\n\n'
       'Security-related information (detail members\' names, advance routes and hotel room details) has been\n'
       'redacted under AS 40.25.120(a)(10). Nothing else was withheld. This completes our response, and the\n'
       'request will be closed in the portal.\n\n'
       'Teresa Kalmakoff\nPublic Records Coordinator | Office of the Governor\n907-465-4107\n')
letter = pdf(['OFFICE OF THE GOVERNOR - Records released for W014418-090226', '',
              'Schedule, 06/02/2026: 9:00 AM Cabinet meeting, Juneau; 1:30 PM [REDACTED - security] travel to Anchorage',
              'Schedule, 07/15/2026: 10:00 AM Alaska Municipal League, Anchorage', '',
              'Security detail overtime summary: June $18,412.55; July $22,905.10; August $19,660.00'], 'Records W014418-090226')
b = bnd('044')
ct, body = multipart('mixed', b, [part_text(txt), part_attach(letter, 'W014418-090226 Responsive Records.pdf')])
raw = assemble([('From', '"Kalmakoff, Teresa (GOV)" <teresa.kalmakoff@alaska.gov>'), ('To', plus(1)),
                ('Subject', 'RE: [EXTERNAL] ' + subj(1)), ('Date', d), ('Message-ID', o365_mid('m044', 'NAMP209')),
                ('In-Reply-To', '<fu-001.20261020.1@capitolwatch.example.org>'),
                ('References', mid(1) + ' ' + o365_mid('m024', 'NAMP209') + ' <fu-001.20261020.1@capitolwatch.example.org>')]
               + outlook('m044', '[EXTERNAL] ' + subj(1), attach=True), ct, body)
add('akgov-final-security-redactions', d, raw,
    F('REQ-001', 'records_final', 'final release after the revised fee; security information redacted (withholding); AK has no appeal days in the table',
      'W014418-090226', adverse=True, signals=('thread', 'plus', 'tracking')),
    'Final release with partial redactions, completes the request; AK regulation has no fixed appeal window in the table')

# 045  GovQA closed (REQ-001)
d = 'Fri, 23 Oct 2026 13:41:05 -0800'
html = html_wrap(['Your public records request <b>W014418-090226</b> has been closed.',
                  'Any records released are available in the Public Records Center. To view them, '
                  '<a href="https://alaska.govqa.us/WEBAPP/_rs/supporthome.aspx">log in</a>.',
                  '<span style="font-size:8pt">Please do not reply to this message.</span>'], style='font-family:Arial;font-size:10pt')
raw = simple([('From', 'State of Alaska Public Records Center <alaska@govqa.us>'), ('To', plus(1)),
              ('Subject', 'Public Records Request :: W014418-090226 - Closed'), ('Date', d),
              ('Message-ID', '<%s@alaska.govqa.us>' % hexid('m045', 28)), ('X-Mailer', 'GovQA Mailer 6.2')], html, 'text/html')
add('akgov-govqa-closed', d, raw,
    F('REQ-001', 'portal_notice', 'GovQA status change to Closed after the staff final release; nothing substantive', 'W014418-090226',
      signals=('plus', 'tracking')),
    'Portal closure notice following a human final response')

# 046  SD BHRA final in full (REQ-008)
d = 'Tue, 27 Oct 2026 10:30:54 -0500'
txt = ('Ms. Whitfield,\n\n'
       'Thank you for your clarification of October 7. Attached for BHRA-26-081 are:\n\n'
       ' - salary and overtime paid in 2025 and 2026 (through pay period ending October 9) to employees of the\n'
       '   Office of the Governor, the Lieutenant Governor, the Secretary of State, the State Treasurer and the\n'
       '   State Auditor;\n'
       ' - the two separation agreements signed by employees of those offices since January 1, 2025.\n\n'
       'The Attorney General\'s office, the Commissioner of School and Public Lands and the Public Utilities\n'
       'Commission keep their own payroll records; you may contact those offices directly.\n\n'
       'The records are provided in full. This completes your request.\n\n'
       'Thank you,\nKendra\n')
csv = ('office,position,annual_salary_2025,overtime_2025,ytd_salary_2026\nGovernor,Chief of Staff,178500.00,0.00,142800.00\n'
       'Secretary of State,Deputy Secretary,98220.00,0.00,78576.00\n')
b = bnd('046')
ct, body = multipart('mixed', b, [part_text(txt), part_attach(csv.encode(), 'Salaries_Constitutional_Offices.csv', 'text/csv')])
raw = assemble([('From', 'BHRA Public Records <BHRA.PublicRecords@state.sd.us>'), ('To', plus(8)),
                ('Subject', 'RE: ' + subj(8)), ('Date', d), ('Message-ID', o365_mid('m046', 'NAMP224')),
                ('In-Reply-To', '<fu-008.20261007.1@capitolwatch.example.org>'),
                ('References', mid(8) + ' ' + o365_mid('m028', 'NAMP224') + ' <fu-008.20261007.1@capitolwatch.example.org>')], ct, body)
add('sdbhra-final-full', d, raw,
    F('REQ-008', 'records_final', 'salary data and two agreements released in full; other offices keep their own payroll (pointer, not a withholding)',
      'BHRA-26-081', signals=('thread', 'plus', 'tracking')),
    'Final release in full after clarification, with a pointer to other custodians')

# 047  FEC weekly digest newsletter (null)
d = 'Fri, 30 Oct 2026 08:00:00 -0400'
html = html_wrap([
    '<h2>FEC Weekly Digest</h2><p style="color:#555">Week of October 26 - 30, 2026</p>',
    '<b>Commission meetings</b><br>The Commission held an open meeting on October 29 and approved Advisory Opinion 2026-11.',
    '<b>Enforcement</b><br>The Commission made public six closed cases, including MUR 8123 and MUR 8131. Closed case '
    'files are available through the Enforcement Query System.',
    '<b>Reporting</b><br>Pre-general reports for the November 3 general election were due October 22; 48-hour notices are '
    'required through November 1.',
    '<p style="font-size:8pt">Federal Election Commission | 1050 First Street, NE | Washington, DC 20463. You received '
    'this message because you subscribed to FEC updates. <a href="https://www.fec.gov/updates/">Unsubscribe</a></p>'])
raw = simple([('From', 'FEC Press Office <press@fec.gov>'), ('To', INBOX),
              ('Subject', 'FEC Weekly Digest: Week of October 26 - 30, 2026'), ('Date', d),
              ('Message-ID', '<%s@fec.gov>' % hexid('m047', 30)), ('Precedence', 'bulk'),
              ('List-Unsubscribe', '<https://www.fec.gov/updates/>')], html, 'text/html')
add('fec-weekly-digest-null', d, raw,
    F(None, 'other', 'FEC newsletter from an fec.gov address; mentions MURs and enforcement but is not about our requests',
      signals=('none',)),
    'Agency newsletter from a known agency domain; request null')

# 048  Alaska first installment of emails (REQ-002)
d = 'Fri, 30 Oct 2026 15:45:38 -0800'
txt = ('Dana,\n\n'
       'Thank you for the search terms and custodian list. Attached is the first installment for\n'
       'W014502-091026: 412 pages of email from the Chief of Staff and Legislative Director accounts using your\n'
       'terms. The Communications Director and policy advisor accounts are still in review and will be sent in\n'
       'a second installment.\n\n'
       'Teresa Kalmakoff\nPublic Records Coordinator | Office of the Governor\n')
letter = pdf(['W014502-091026 - Installment 1 - Bates GOV-000001 to GOV-000412', '',
              'From: [Chief of Staff]  To: [Director, Division of Elections]  Date: 03/04/2026',
              'Subject: RE: RCV repeal initiative - certification timeline',
              'Can you send the timeline for signature review and the ballot language schedule?'], 'Installment 1')
b = bnd('048')
ct, body = multipart('mixed', b, [part_text(txt), part_attach(letter, 'W014502-091026 Installment 1.pdf')])
raw = assemble([('From', '"Kalmakoff, Teresa (GOV)" <teresa.kalmakoff@alaska.gov>'), ('To', plus(2)),
                ('Subject', 'RE: [EXTERNAL] ' + subj(2)), ('Date', d), ('Message-ID', o365_mid('m048', 'NAMP209')),
                ('In-Reply-To', '<fu-002.20261005.1@capitolwatch.example.org>'),
                ('References', mid(2) + ' ' + o365_mid('m026', 'NAMP209') + ' <fu-002.20261005.1@capitolwatch.example.org>')]
               + outlook('m048', '[EXTERNAL] ' + subj(2), attach=True), ct, body)
add('akgov-interim-emails-1', d, raw,
    F('REQ-002', 'records_interim', 'first installment (412 pages, two custodians); more to follow', 'W014502-091026',
      signals=('thread', 'plus', 'tracking')),
    'Installment 1 of a rolling email release after narrowing')

# 049  COPP closure after no answer (REQ-011), time zone now MST
d = 'Mon, 02 Nov 2026 09:20:44 -0700'
txt = ('Dana,\n\n'
       'I sent Marcus a question on September 25 about how you wanted to scope the request for complaint files\n'
       'in the 2026 legislative races, and we have not heard back. Because more than 30 days have passed without\n'
       'a response, we are closing the request as of today (MCA 2-6-1006). Nothing further will be sent.\n\n'
       'You are welcome to submit a new request at any time. The Commissioner\'s sufficiency decisions are\n'
       'posted on our website under Campaign Practice Decisions.\n\n'
       'I am wrapping up here this week; after Friday please use politicalpractices@mt.gov.\n\n'
       'Lyle Hanson\nCompliance Specialist\nCommissioner of Political Practices\n')
raw = simple([('From', 'Lyle Hanson <lhanson@mt.gov>'), ('To', plus(11)), ('Cc', 'Marcus Bell <mbell@capitolwatch.example.org>'),
              ('Subject', 'Closing your request - complaint files'), ('Date', d), ('Message-ID', '<%s@mt.gov>' % hexid('m049', 32).upper())], txt)
add('mtcopp-closure-no-answer', d, raw,
    F('REQ-011', 'denial', 'request closed for no answer to the Sep 25 clarification (MCA 2-6-1006), nothing released; MT has no appeal days',
      None, adverse=True, signals=('plus', 'subject')),
    'Closure after no answer to a clarification (treated as denial); changed subject, no threading headers; Montana 30-day closure rule')

# 050  WY SOS final for REQ-004, in full, via group
d = 'Fri, 06 Nov 2026 14:00:31 -0700'
txt = ('Dana,\n\n'
       'Attached is the second and last batch of county clerk correspondence (Aug 28 - Sept 10), including the\n'
       'House District 48 recount emails. County abstracts are posted at sos.wyo.gov under Election Results, so we\n'
       'have not duplicated them. Nothing was withheld. That completes your request.\n\n'
       'Kai\n')
letter = pdf(['WYOMING SECRETARY OF STATE - ELECTIONS DIVISION', 'Batch 2 of 2: correspondence with county clerks, August 28 - September 10, 2026', '',
              'From: Sweetwater County Clerk  To: Kai Reston  Date: Aug 28, 2026  Subject: RE: Recount request HD 48',
              'From: Elections Division  To: Sweetwater County Clerk  Date: Sep 2, 2026  Subject: Recount board appointment'], 'Batch 2')
b = bnd('050', 'gmail')
ct, body = multipart('mixed', b, [part_text(txt), part_attach(letter, 'Clerk correspondence batch 2.pdf')])
raw = assemble([('From', '"\'Kai Reston\' via SOS Public Records" <sos-publicrecords@wyo.gov>'), ('To', plus(4)),
                ('Subject', 'Re: ' + subj(4)), ('Date', d), ('Message-ID', gmail_mid('m050')),
                ('In-Reply-To', gmail_mid('m036')), ('References', mid(4) + ' ' + gmail_mid('m013') + ' ' + gmail_mid('m036')),
                ('Reply-To', 'Kai Reston <kai.reston@wyo.gov>'), ('X-Original-Sender', 'kai.reston@wyo.gov'),
                ('Precedence', 'list'), ('List-ID', '<sos-publicrecords.wyo.gov>'),
                ('Mailing-list', 'list sos-publicrecords@wyo.gov; contact sos-publicrecords+owners@wyo.gov')], ct, body)
add('wysos-final-batch2', d, raw,
    F('REQ-004', 'records_final', 'second and last batch, nothing withheld; completes the request', None,
      signals=('thread', 'plus', 'subject')),
    'Final installment in full through the Google Group')

# 051  Exchange NDR: our follow-up to the departed COPP staffer (REQ-012)
d = 'Tue, 10 Nov 2026 08:12:19 -0700'
b1, b2 = bnd('051a'), bnd('051b')
alt_ct, alt_body = multipart('alternative', b2, [
    part_text("Your message to lhanson@mt.gov couldn't be delivered.\n\nlhanson wasn't found at mt.gov.\n\n"
              "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n"),
    part_text("<html><body><p><b>Your message to lhanson@mt.gov couldn't be delivered.</b></p><p>lhanson wasn't found at mt.gov.</p>"
              "<p>Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p></body></html>\n",
              'text/html')])
status = ('Reporting-MTA: dns;SA1P110MB0617.NAMP110.PROD.OUTLOOK.COM\nReceived-From-MTA: dns;SA1P110MB0617.NAMP110.PROD.OUTLOOK.COM\n'
          'Arrival-Date: Tue, 10 Nov 2026 15:12:17 +0000\n\n'
          'Final-Recipient: rfc822;lhanson@mt.gov\nAction: failed\nStatus: 5.1.10\n'
          'Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n')
orig = ('From: Capitol Watch Records Desk <records@capitolwatch.example.org>\nTo: Lyle Hanson <lhanson@mt.gov>\n'
        'Subject: RE: %s\nDate: Tue, 10 Nov 2026 08:11:52 -0700\nMessage-ID: <fu-012.20261110.1@capitolwatch.example.org>\n'
        'In-Reply-To: %s\nReferences: %s %s\nMIME-Version: 1.0\nContent-Type: text/plain; charset="utf-8"\n'
        % (subj(12), o365_mid('m029', 'GCCP125'), mid(12), o365_mid('m029', 'GCCP125')))
ct, body = multipart('report', b1, [alt_ct and ('Content-Type: ' + alt_ct + '\n\n' + alt_body),
                                    'Content-Type: message/delivery-status\n\n' + status,
                                    'Content-Type: text/rfc822-headers\n\n' + orig], extra='; report-type=delivery-status')
raw = assemble([('From', 'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@mt.gov>'), ('To', INBOX),
                ('Subject', 'Undeliverable: RE: ' + subj(12)), ('Date', d),
                ('Message-ID', o365_mid('m051', 'NAMP110')), ('Auto-Submitted', 'auto-replied'),
                ('X-MS-Exchange-Message-Is-Ndr', '')], ct, body)
add('bounce-ndr-mtcopp-staffer', d, raw,
    F('REQ-012', 'bounce', "Exchange NDR: our REQ-012 status follow-up to the departed COPP staffer's address bounced (recipient not found)",
      signals=('thread-embedded', 'subject')),
    "Microsoft 365 NDR for our own follow-up; returned headers carry the REQ-012 request Message-ID")

# 052  WY LSO final installment (REQ-013)
d = 'Fri, 13 Nov 2026 11:25:07 -0700'
csv = ('legislator,chamber,meeting_date,meeting,per_diem,mileage,lodging,total\n'
       '"Rep. D. Tolman",House,2026-09-15,Management Council,109.00,96.60,118.00,323.60\n')
txt = ('Ms. Whitfield:\n\nAttached is the 2026 interim ledger (January 1 through October 31, 2026). With the 2025 ledger\n'
       'sent on October 13, this completes our response to your request.\n\nRachel Dunmore\nWyoming Legislative Service Office\n')
b = bnd('052', 'gmail')
ct, body = multipart('mixed', b, [part_text(txt), part_attach(csv.encode(), 'Legislator per diem ledger 2026 interim.csv', 'text/csv')])
raw = assemble([('From', 'Rachel Dunmore <rachel.dunmore@wyoleg.gov>'), ('To', plus(13)),
                ('Subject', 'RE: ' + subj(13)), ('Date', d), ('Message-ID', gmail_mid('m052')),
                ('In-Reply-To', gmail_mid('m034')), ('References', mid(13) + ' ' + gmail_mid('m033') + ' ' + gmail_mid('m034'))], ct, body)
add('wylso-final-ledger', d, raw,
    F('REQ-013', 'records_final', 'final installment (2026 ledger); completes the request, nothing withheld', None,
      signals=('thread', 'plus', 'subject')),
    'Final installment from the legislative office')

# 053  COPP no records (REQ-012)
d = 'Tue, 17 Nov 2026 10:00:36 -0700'
txt = ('Hello,\n\n'
       'We searched the Commissioner\'s email and the rulemaking file for correspondence with members of the\n'
       'Legislature about the amendments to the political committee disclosure rules. We did not find any\n'
       'responsive correspondence. The rulemaking record itself (notice, public comments and hearing summary)\n'
       'is posted with the rule notice on our website and in the Montana Administrative Register.\n\n'
       'Our apologies that your November 10 message bounced; Lyle has left the office. Please use this mailbox.\n\n'
       'Thanks,\nMandy\n\nCommissioner of Political Practices\n')
raw = simple([('From', 'Political Practices <politicalpractices@mt.gov>'), ('To', plus(12)),
              ('Subject', 'RE: ' + subj(12)), ('Date', d), ('Message-ID', o365_mid('m053', 'GCCP125')),
              ('In-Reply-To', o365_mid('m029', 'GCCP125')), ('References', mid(12) + ' ' + o365_mid('m029', 'GCCP125'))], txt)
add('mtcopp-no-records', d, raw,
    F('REQ-012', 'no_records', 'search of the Commissioner\'s email and rule file found no correspondence with legislators; MT has no appeal days',
      None, adverse=True, signals=('thread', 'plus', 'subject')),
    'Informal no-records reply from the shared mailbox, points to the public rulemaking record')

# 054  FEC interim release (REQ-015)
d = 'Fri, 20 Nov 2026 10:40:12 -0500'
letter = pdf([
    'FEDERAL ELECTION COMMISSION', 'Washington, DC 20463', '', 'November 20, 2026', '',
    'Re: FOIA Request No. 2026-187 - First Interim Response', '', 'Dear Ms. Whitfield:', '',
    'This is the first interim response to your request. We have reviewed 318 pages and are releasing 301 pages '
    'in full and 17 pages in part. Portions have been withheld under FOIA Exemption 5, 5 U.S.C. 552(b)(5), '
    '(deliberative process) and Exemption 6, 5 U.S.C. 552(b)(6).', '',
    'We continue to process your request and will make further releases on a rolling basis. Our estimated '
    'completion date remains December 18, 2026. You will be advised of your appeal rights in the final response.', '',
    'Sincerely,', 'FOIA Requester Service Center'], 'FOIA 2026-187 Interim 1')
txt = 'Please see the attached interim response and records for FOIA Request No. 2026-187.\n\nFOIA Requester Service Center\nFederal Election Commission\n'
b = bnd('054')
ct, body = multipart('mixed', b, [part_text(txt), part_attach(letter, 'FOIA 2026-187 Interim Response 1.pdf')])
raw = assemble([('From', 'FEC FOIA <FOIA@fec.gov>'), ('To', plus(15)),
                ('Subject', 'FOIA Request No. 2026-187 - Interim Response'), ('Date', d), ('Message-ID', o365_mid('m054', 'NAMP109'))], ct, body)
add('fec-interim-1', d, raw,
    F('REQ-015', 'records_interim', 'first interim release (301 full, 17 in part); more to follow; appeal rights deferred to the final', '2026-187',
      signals=('plus', 'tracking', 'subject')),
    'Federal rolling release with partial withholdings but not final')

# 055  FEC no records (REQ-016), HTML letter
d = 'Tue, 24 Nov 2026 14:15:48 -0500'
html = html_wrap([
    '<p style="text-align:center"><b>FEDERAL ELECTION COMMISSION</b><br>Washington, DC 20463</p>',
    'November 24, 2026', 'Re: FOIA Request No. 2026-203', 'Dear Ms. Whitfield:',
    'This is the final response to your request for correspondence between the Commission and state agencies that '
    'administer campaign finance or ethics laws in Alaska, Mississippi, Montana, North Dakota, South Dakota and Wyoming '
    'since January 1, 2025.',
    'The Office of General Counsel, the Reports Analysis Division and the Office of the Commission Secretary searched '
    'their electronic files using the names and email domains of the six state agencies. These searches located no '
    'records responsive to your request.',
    'You may contact our FOIA Public Liaison at (202) 694-1650 for further assistance or to discuss any aspect of your '
    'request. You may also contact the Office of Government Information Services (OGIS) at ogis@nara.gov or (877) 684-6448.',
    'If you are not satisfied with this response, you may administratively appeal by writing to the Federal Election '
    'Commission, FOIA Appeals, 1050 First Street, NE, Washington, DC 20463, or FOIA@fec.gov. Your appeal must be '
    'postmarked or electronically transmitted within 90 days of the date of this response.',
    'Sincerely,<br>FOIA Requester Service Center'], style='font-family:Times New Roman;font-size:12pt')
raw = simple([('From', 'FEC FOIA <FOIA@fec.gov>'), ('To', plus(16)),
              ('Subject', 'FOIA Request No. 2026-203 - Final Response'), ('Date', d), ('Message-ID', o365_mid('m055', 'NAMP109'))], html, 'text/html')
add('fec-no-records', d, raw,
    F('REQ-016', 'no_records', 'searches located no responsive records; federal appeal 90 days from Nov 24', '2026-203',
      adverse=True, signals=('plus', 'tracking', 'subject')),
    'Federal no-records letter (HTML) with FOIA Public Liaison, OGIS and 90-day appeal paragraphs')

# 056  Alaska final with deliberative-process withholding of drafts (REQ-002), AKST
d = 'Fri, 04 Dec 2026 11:10:26 -0900'
letter = pdf([
    'OFFICE OF THE GOVERNOR', 'STATE OF ALASKA', '', 'December 4, 2026', '',
    'RE: Public Records Request W014502-091026 - Final Response', '', 'Dear Ms. Whitfield:', '',
    'Enclosed is the second and final installment of records responsive to your request, 1,048 pages of email from '
    'the Communications Director and the two policy advisors, searched with the terms you provided on October 5.', '',
    'Thirty-seven documents (212 pages) have been withheld in full and 19 pages redacted. These are draft talking '
    'points, draft op-eds and draft memoranda to the Governor about the initiative, together with staff comments on '
    'those drafts. They are predecisional and deliberative and are withheld under the deliberative process '
    'privilege recognized in Gwich\'in Steering Committee v. State, Office of the Governor, 10 P.3d 572 (Alaska 2000), '
    'and AS 40.25.120(a)(4). Final versions, where they exist, have been released.', '',
    'This completes the Office of the Governor\'s response. You may appeal this partial denial under 2 AAC 96.340 or '
    'seek review in superior court.', '',
    'Sincerely,', 'Teresa Kalmakoff', 'Public Records Coordinator'], 'Final W014502-091026')
txt = ('Dana,\n\nAttached are the final response letter and the second installment for W014502-091026. The\n'
       'withheld drafts are described in the letter. This closes out the request.\n\nTeresa\n')
b = bnd('056')
ct, body = multipart('mixed', b, [part_text(txt), part_attach(letter, 'W014502-091026 Final Response Letter.pdf')])
raw = assemble([('From', '"Kalmakoff, Teresa (GOV)" <teresa.kalmakoff@alaska.gov>'), ('To', plus(2)),
                ('Subject', 'RE: [EXTERNAL] ' + subj(2)), ('Date', d), ('Message-ID', o365_mid('m056', 'NAMP209')),
                ('In-Reply-To', o365_mid('m048', 'NAMP209')),
                ('References', mid(2) + ' ' + o365_mid('m026', 'NAMP209') + ' ' + o365_mid('m048', 'NAMP209'))]
               + outlook('m056', '[EXTERNAL] ' + subj(2), attach=True), ct, body)
add('akgov-final-deliberative-drafts', d, raw,
    F('REQ-002', 'records_final', 'final installment; 37 drafts withheld under the deliberative process privilege (partial release); AK table has no appeal days',
      'W014502-091026', adverse=True, signals=('thread', 'plus', 'tracking')),
    "Partial release withholding drafts under deliberative process (Gwich'in Steering Committee); appeal mentioned without a day count")

# 057  GovQA closed (REQ-002)
d = 'Fri, 04 Dec 2026 11:18:40 -0900'
txt = ('Your public records request W014502-091026 has been closed.\n\n'
       'Any records released are available in the State of Alaska Public Records Center:\n'
       'https://alaska.govqa.us/WEBAPP/_rs/supporthome.aspx\n\nPlease do not reply to this message.\n')
raw = simple([('From', 'State of Alaska Public Records Center <alaska@govqa.us>'), ('To', plus(2)),
              ('Subject', 'Public Records Request :: W014502-091026 - Closed'), ('Date', d),
              ('Message-ID', '<%s@alaska.govqa.us>' % hexid('m057', 28)), ('X-Mailer', 'GovQA Mailer 6.2')], txt)
add('akgov-govqa-closed-2', d, raw,
    F('REQ-002', 'portal_notice', 'GovQA closure notice after the final response; nothing substantive', 'W014502-091026',
      signals=('plus', 'tracking')),
    'Portal closure notice (plain text)')

# 058  FEC staffer OOO over the holidays (REQ-015), number only in subject
d = 'Mon, 28 Dec 2026 09:05:14 -0500'
txt = ('Thank you for your message. I am out of the office through January 4, 2027 with limited access to email.\n'
       'For FOIA matters, please write to FOIA@fec.gov or call the FOIA Requester Service Center at (202) 694-1650.\n')
raw = simple([('From', '"Greer, Anita" <agreer@fec.gov>'), ('To', plus(15)),
              ('Subject', 'Automatic reply: Status of FOIA 2026-187'), ('Date', d), ('Message-ID', o365_mid('m058', 'NAMP109')),
              ('In-Reply-To', '<fu-015.20261228.1@capitolwatch.example.org>'),
              ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')], txt)
add('fec-ooo-holidays', d, raw,
    F('REQ-015', 'auto_reply', 'staff out-of-office reply to our status check; number only in the subject', '2026-187',
      signals=('plus', 'tracking', 'subject')),
    'Holiday out-of-office auto-reply; In-Reply-To points to a follow-up not in the register')

# 059  FEC final with Exemption 5 drafts (REQ-015)
d = 'Fri, 08 Jan 2027 15:00:09 -0500'
letter = pdf([
    'FEDERAL ELECTION COMMISSION', 'Washington, DC 20463', '', 'January 8, 2027', '', 'VIA ELECTRONIC MAIL', '',
    'Re: FOIA Request No. 2026-187 - Final Response', '', 'Dear Ms. Whitfield:', '',
    'This is the final response to your request for records identifying enforcement, alternative dispute resolution '
    'and administrative fine matters dismissed, held in abeyance or closed while the Commission lacked a quorum. '
    'With this release we have reviewed a total of 1,046 pages. We are releasing 774 pages in full and 203 pages in '
    'part, and withholding 69 pages in full.', '',
    'The withheld material consists of draft General Counsel\'s reports, draft certifications and staff comments on '
    'those drafts, which are predecisional and deliberative and are withheld under Exemption 5, 5 U.S.C. 552(b)(5) '
    '(deliberative process privilege), and names and personal information of respondents in open matters and of '
    'private individuals, withheld under Exemptions 6 and 7(C), 5 U.S.C. 552(b)(6) and (b)(7)(C). We have reasonably '
    'foreseen that disclosure would harm an interest protected by these exemptions and have released all '
    'reasonably segregable information.', '',
    'You may contact our FOIA Public Liaison at (202) 694-1650 for further assistance. You may also contact OGIS at '
    'the National Archives and Records Administration (ogis@nara.gov; 877-684-6448).', '',
    'If you are not satisfied with this response, you may administratively appeal within 90 days of the date of '
    'this letter by writing to FOIA Appeals, Federal Election Commission, 1050 First Street, NE, Washington, DC '
    '20463, or FOIA@fec.gov. Please mark the envelope or subject line "Freedom of Information Act Appeal."', '',
    'Sincerely,', 'FOIA Requester Service Center'], 'FOIA 2026-187 Final')
b = bnd('059')
ct, body = multipart('mixed', b, [part_text('Please see attached.\n', 'text/plain', 'us-ascii', '7bit'),
                                  part_attach(letter, 'FOIA 2026-187 Final Response.pdf')])
raw = assemble([('From', 'FEC FOIA <FOIA@fec.gov>'), ('To', plus(15)),
                ('Subject', 'FOIA Request No. 2026-187 - Final Response'), ('Date', d), ('Message-ID', o365_mid('m059', 'NAMP109'))], ct, body)
add('fec-final-exemption5-drafts', d, raw,
    F('REQ-015', 'records_final', 'final response: drafts withheld under (b)(5) deliberative process plus (b)(6)/(b)(7)(C); federal appeal 90 days from Jan 8',
      '2026-187', adverse=True, signals=('plus', 'tracking', 'subject')),
    'Federal final partial release withholding drafts under Exemption 5, foreseeable-harm sentence, OGIS and appeal paragraphs')

# 060  WY LSO session auto-reply (REQ-014)
d = 'Tue, 12 Jan 2027 08:01:33 -0700'
txt = ('Thank you for your email. The 2027 General Session of the 69th Wyoming Legislature convenes today,\n'
       'January 12. During the session I am staffing committees and floor sessions and my replies will be\n'
       'delayed. For bill information, please visit wyoleg.gov. For urgent matters, call the Legislative Service\n'
       'Office at 307-777-7881.\n\nRachel Dunmore\nSenior Staff Attorney\n')
raw = simple([('From', 'Rachel Dunmore <rachel.dunmore@wyoleg.gov>'), ('To', plus(14)),
              ('Subject', 'Automatic reply: Re: Your request for Management Council email retention records'), ('Date', d),
              ('Message-ID', gmail_mid('m060')),
              ('In-Reply-To', '<fu-014.20270112.1@capitolwatch.example.org>'),
              ('References', mid(14) + ' ' + gmail_mid('m041') + ' <fu-014.20270112.1@capitolwatch.example.org>'),
              ('Auto-Submitted', 'auto-replied'), ('Precedence', 'bulk')], txt)
add('wylso-session-autoreply', d, raw,
    F('REQ-014', 'auto_reply', 'legislative-session auto-reply to our follow-up on the denial', None,
      signals=('thread', 'plus', 'subject')),
    'Auto-reply during the legislative session (2027 General Session convenes Jan 12)')


# ======================================================================================================
def main():
    out = HERE / 'messages'
    out.mkdir(exist_ok=True)
    for p in out.glob('*.eml'):
        p.unlink()
    ms = sorted(M, key=lambda m: email.utils.parsedate_to_datetime(m['date']))
    facts, notes = [], []
    for i, m in enumerate(ms, 1):
        fn = '%03d-%s.eml' % (i, m['slug'])
        (out / fn).write_bytes(m['raw'].encode('utf-8'))
        f = {'file': fn}
        f.update(m['facts'])
        facts.append(f)
        notes.append('- `%s` - %s: %s' % (fn, m['facts']['kind'], m['note']))
    hdr = ('# Per-message facts (hand-written in build_messages.py next to each message) used by compute_labels.py.\n'
           '# clock: received_on_sent_date | received:YYYY-MM-DD (received date the message states) | extension\n'
           '# adverse_determination: denial / no_records / records_final with withholdings (appeal_due where the table has appeal days)\n'
           '# signals: thread, thread-embedded, plus, tracking, tracking-new, tracking-filename, tracking-attachment, subject, none\n')
    (HERE / 'facts.yaml').write_text(hdr + yaml.safe_dump(facts, sort_keys=False, allow_unicode=True, width=1000))
    (HERE / 'NOTES.md').write_text((HERE / 'NOTES.head.md').read_text() + '\n'.join(notes) + '\n')
    print('wrote %d messages' % len(ms))


if __name__ == '__main__':
    main()
