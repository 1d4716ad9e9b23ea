"""Messages 011-020."""
from common import *

def govqa(fname, dstr, subject, text, seed):
    m = new('Lavaca Hills County Hospital District <lavacahillshd@mycusthelp.net>', 'records@records.example.org',
            subject, dstr, mid(seed, 'mycusthelp.net'))
    m.set_content(text)
    m.add_alternative('<html><body style="font-family:Arial;font-size:10pt"><table width="600"><tr><td style="background:#1d4f7a;color:#fff;padding:8px">'
                      'Lavaca Hills County Hospital District - Public Information Center</td></tr><tr><td style="padding:8px">'
                      + text.replace('&', '&amp;').replace('\n\n', '</p><p>').replace('\n', '<br>') +
                      '</td></tr></table></body></html>', subtype='html')
    return m

# 011 GovQA acknowledgment
t = wrap("""
Dear Records Desk,

Thank you for your interest in public information of the Lavaca Hills County Hospital District. Your request has
been received and is being processed in accordance with Chapter 552 of the Texas Government Code (Public
Information Act). Your request was received on 9/16/2026 and given the reference number R000318-091626 for tracking.

Request details: Management services agreements between the District and any hospital operator or management
company in effect 2022-2026, and monthly indigent health care expenditure reports for FY2025 and FY2026.

You can monitor the progress of your request at the link below and you will receive an email when your request has
been completed.

Public Information Center: https://lavacahillshd.mycusthelp.com/WEBAPP/_rs/(S(x2k4))/supporthome.aspx
""")
m = govqa('011', date('2026-09-16 13:48'), 'Public Information Request :: R000318-091626', t, '011')
save('011-lavacahills-govqa-ack.eml', m, request='REQ-007', kind='acknowledgment', tracking_number='R000318-091626',
     clock='received_on_sent_date', signals=['subject', 'tracking-new'],
     why='GovQA confirms receipt 9/16/2026 (= sent) and assigns R000318-091626; TX 10 business days')

# 012 IL 3(e) extension, plain, threaded
m = new('Prairie Creek PLD FOIA <foia@prairiecreeklibrary.org>', plus('REQ-003'), 'RE: FOIA No. 2026-041',
        date('2026-09-16 16:40'), mid('012', 'CH3PR11MB7741.namprd11.prod.outlook.com'))
thread(m, 'REQ-003', [mid('005', 'CH3PR11MB7741.namprd11.prod.outlook.com')])
outlook_headers(m, '012')
m.set_content(wrap("""
Re: FOIA No. 2026-041

The District is extending the time to respond to your request by five business days as permitted by Section 3(e)
of the Freedom of Information Act (5 ILCS 140/3(e)), for the following reasons:

  (iii) the requested records must be collected from the District's outside counsel, and
  (vi) the records require examination by counsel to determine whether they are exempt in whole or in part.

You may treat a failure to respond within the extended period as a denial. If you wish, you may agree in writing
to a further extension.

Renee Kowalski
FOIA Officer
"""))
save('012-prairiecreek-3e-extension.eml', m, request='REQ-003', kind='extension', tracking_number='2026-041',
     clock='extension', signals=['thread', 'plus', 'tracking'],
     why='IL Section 3(e) extension of five business days for FOIA No. 2026-041, sent before the original due date')

# 013 IL final with redactions - letter and records in PDFs, no threading
m = new('Prairie Creek PLD FOIA <foia@prairiecreeklibrary.org>', plus('REQ-004'), 'FOIA No. 2026-042 - Response',
        date('2026-09-17 11:15'), mid('013', 'CH3PR11MB7741.namprd11.prod.outlook.com'))
outlook_headers(m, '013')
m.set_content("Please find the District's response to FOIA No. 2026-042 and the responsive records attached.\n\n"
              "Renee Kowalski\nFOIA Officer\nPrairie Creek Public Library District\n")
attach_pdf(m, '2026-042 Response Letter.pdf', [
    'PRAIRIE CREEK PUBLIC LIBRARY DISTRICT', '411 W. Locust Street, Prairie Creek, Illinois 60950', '', 'September 17, 2026', '',
    'Re: FOIA No. 2026-042', '',
    'The District has completed its response to your request for requests for reconsideration of library materials '
    'filed from 2023 through 2026 and the decisions on them. Nine reconsideration forms and the Director\'s and Board\'s '
    'written decisions are enclosed (31 pages).',
    '',
    'The names, addresses, telephone numbers, email addresses and library card numbers of the patrons who filed the '
    'forms have been redacted under Section 7(1)(c) of FOIA (unwarranted invasion of personal privacy), Section 7(1)(b) '
    '(private information), and Section 7(1)(a) together with the Library Records Confidentiality Act, 75 ILCS 70/1, which '
    'protects records identifying a patron of the library.',
    '',
    'You have a right to have this denial reviewed by the Public Access Counselor (PAC) of the Office of the Illinois Attorney '
    'General, 500 S. Second Street, Springfield, Illinois 62701, (877) 299-3642, public.access@ilag.gov. You may file a request '
    'for review with the PAC within 60 days after the date of this letter (5 ILCS 140/9.5(a)). You also have the right to '
    'seek judicial review under Section 11 of FOIA.',
    '', 'Renee Kowalski, FOIA Officer'], 'FOIA 2026-042')
attach_pdf(m, 'Reconsideration forms 2023-2026 (redacted).pdf', [
    'REQUEST FOR RECONSIDERATION OF LIBRARY MATERIAL', 'Form 1 of 9', 'Name: [REDACTED 7(1)(c)]  Card No.: [REDACTED 75 ILCS 70]',
    'Title: (picture book) - Format: Book - Date received: 03/14/2023', 'Decision of Director: retain in collection (04/02/2023)',
    '...', 'Form 9 of 9', 'Title: (young adult novel) - Date received: 06/30/2026', 'Board decision: retain, relocate to teen section (08/18/2026)'],
    'Reconsideration forms')
save('013-prairiecreek-final-redacted-pdf.eml', m, request='REQ-004', kind='records_final', tracking_number='2026-042',
     adverse_determination=True, signals=['plus', 'tracking'],
     why='final release in PDFs with patron identities redacted (7(1)(b),(c), 75 ILCS 70); PAC review 60 days')

# 014 Ohio township fiscal officer asks to clarify, quoting our request (gmail)
req8 = """Under Ohio Revised Code 149.43, we request copies of:

1. Zoning violation files opened by the Township from January 1, 2024
   to date, including notices of violation and resolutions.
2. Emails of the Board of Trustees concerning the fire levy.

Electronic copies are fine. Our reference is REQ-008.

Records Desk"""
m = new('Linda Sowers <pleasantruntwp.fiscal@gmail.com>', plus('REQ-008'), 'Re: ' + REQS['REQ-008']['subject'],
        date('2026-09-17 14:03', 'ET'), mid('014', 'mail.gmail.com'))
thread(m, 'REQ-008')
t = wrap("""
Hello,

I got your records request. Zoning files are kept by our zoning inspector (Jim Pratt) and I've asked him to pull
them, there aren't many.

On #2 I need more to go on. We have three trustees and there have been levies in 2021, 2023 and the one on the
ballot this November. Which trustees, what dates, and are you looking for emails with certain people (the fire chief,
the prosecutor's office, the Board of Elections)? The township doesn't have its own email server, the trustees use
their own accounts, so the narrower the better. Under 149.43(B)(2) I can ask you to revise a request that is too
broad or unclear, so please let me know and I'll get it going.

Thanks,
Linda Sowers
Fiscal Officer, Pleasant Run Township
""") + quote_request('REQ-008', 'Thu, Sep 17, 2026 at 9:12 AM', req8)
m.set_content(t)
m.add_alternative('<div dir="ltr">' + t.split('\n\nOn Thu')[0].replace('\n\n', '<br><br>').replace('\n', ' ') +
                  '</div><br><div class="gmail_quote"><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
                  + req8.replace('\n', '<br>') + '</blockquote></div>', subtype='html')
save('014-pleasantrun-clarify-gmail.eml', m, request='REQ-008', kind='clarification', signals=['thread', 'plus'],
     why='fiscal officer asks which trustees/dates/correspondents for the levy emails, citing R.C. 149.43(B)(2); quotes our request')

# 015 LA fee estimate with a hedged extra charge
m = new('"Dr. Paul Thibodeaux" <director@btmad.org>', plus('REQ-005'), 'RE: ' + REQS['REQ-005']['subject'],
        date('2026-09-17 16:55'), mid('015', 'btmad.org'))
thread(m, 'REQ-005', [mid('009', 'btmad.org')])
m.set_content(wrap("""
Follow up on your request.

The ground application logs for January through August come to about 240 pages. Our board-adopted fee is $0.25 per
page, so roughly $60.00. The aerial contract and the three amendments are 38 pages ($9.50).

The aerial flight logs and GPS spray-line files are held by our contractor. If we have to have them pulled from the
contractor's system there may be an additional charge for that, I won't know until I hear back from them.

Please confirm you want us to go ahead at the $69.50 before we start copying. Checks to BTMAD, or we can take a card
at the office.

Paul
"""))
save('015-bayouteche-fee-estimate-hedged.eml', m, request='REQ-005', kind='fee_estimate', signals=['thread', 'plus'],
     why='$69.50 copy estimate plus a possible extra contractor charge; asks confirmation before copying')

# 016 portal vendor webinar marketing - no request
m = new('Granicus Events <events@granicus.com>', 'records@records.example.org',
        'Webinar: Records requests for small towns and special districts', date('2026-09-18 10:30'),
        mid('016', 'mkto.granicus.com'), Precedence='bulk',
        List_Unsubscribe='<https://go.granicus.com/unsubscribe?mkt_tok=ODg3LVhEUi0zNzAAAAGc>')
m.set_content(wrap("""
Join us Thursday, October 8 at 1 p.m. ET for a 45-minute session on handling public records requests when your
whole staff is a clerk and a part-time deputy.

We'll cover intake, tracking deadlines, redaction and publishing responses, with a case study from a rural water
district.

Register: https://go.granicus.com/small-gov-records-webinar

Granicus | 1999 Broadway, Suite 3600, Denver, CO 80202
Unsubscribe: https://go.granicus.com/unsubscribe
"""))
m.add_alternative('<html><body><h2>Records requests for small towns and special districts</h2><p>Thursday, October 8, 1 p.m. ET</p>'
                  '<p><a href="https://go.granicus.com/small-gov-records-webinar">Register now</a></p></body></html>', subtype='html')
save('016-granicus-webinar-null.eml', m, request=None, kind='other', signals=['none'],
     why='records-portal vendor marketing webinar; no request')

# 017 clerk on phone, generic subject, no threading: the run reports request
m = new('Kathy Renner <cedarforkfpd.clerk@gmail.com>', 'records@records.example.org', 'records',
        date('2026-09-22 07:12'), mid('017', 'mail.gmail.com'))
m.set_content("Kathy here from Cedar Fork. Got your 2nd request, the run reports one. Chief is at fire school til "
              "Thursday and he's the one that keeps those. Will get back to you\n\nSent from my iPhone\n")
save('017-cedarfork-iphone-second-ack.eml', m, request='REQ-009', kind='acknowledgment', clock='received_on_sent_date',
     signals=['subject'], why='terse unthreaded iPhone note: clerk has the 2nd (run reports) request; MO 3 business days from Sep 21')

# 018 Gmail/Google DSN: township clerk mailbox full
r = REQS['REQ-010']
m = new('Mail Delivery Subsystem <mailer-daemon@googlemail.com>', 'records+req-010@records.example.org',
        'Delivery Status Notification (Failure)', date('2026-09-22 09:03', 'ET'), mid('018', 'mx.google.com'),
        Auto_Submitted='auto-replied')
m.set_content(wrap("""
** Address not found **

Your message wasn't delivered to clerk@sauktrailtwp.org because the recipient's mailbox is full.

The response from the remote server was:
552 5.2.2 <clerk@sauktrailtwp.org>: Mailbox full / over quota
"""))
m.add_alternative('<html><body><table><tr><td><h2 style="font-family:Google Sans,Roboto,sans-serif">Address not found</h2>'
                  '<p>Your message wasn\'t delivered to <b>clerk@sauktrailtwp.org</b> because the recipient\'s mailbox is full.</p>'
                  '<p>The response from the remote server was:<br>552 5.2.2 &lt;clerk@sauktrailtwp.org&gt;: Mailbox full / over quota</p>'
                  '</td></tr></table></body></html>', subtype='html')
m.add_attachment((f"Return-Path: <records+req-010@records.example.org>\r\nFrom: Records Desk <records@records.example.org>\r\n"
                  f"Reply-To: {r['reply_address']}\r\nTo: clerk@sauktrailtwp.org\r\nSubject: {r['subject']}\r\n"
                  f"Date: Tue, 22 Sep 2026 08:58:41 -0400\r\nMessage-ID: {r['message_id']}\r\n").encode(),
                 maintype='text', subtype='rfc822-headers', disposition='inline')
save('018-sauktrail-gmail-dsn-mailbox-full.eml', m, request='REQ-010', kind='bounce', signals=['thread-embedded', 'plus'],
     why='Google DSN: township clerk mailbox full (552 5.2.2); original Message-ID in the returned headers')

# 019 JustFOIA ack for Sauk Trail (shared notifications address), received date after resubmission
def justfoia(seed, dstr, subject, text, agency_line):
    m = new('JustFOIA <notifications@justfoia.com>', 'records@records.example.org', subject, dstr, mid(seed, 'justfoia.com'))
    m.set_content(text)
    m.add_alternative('<html><body style="font-family:Segoe UI,Arial"><div style="border-bottom:3px solid #0a6ebd;padding:6px">'
                      f'<b>{agency_line}</b></div><div style="padding:10px">' +
                      text.replace('&', '&amp;').replace('\n\n', '</p><p>').replace('\n', '<br>') +
                      '</div><div style="font-size:9px;color:#888">Powered by JustFOIA</div></body></html>', subtype='html')
    return m

m = justfoia('019', date('2026-09-23 10:41', 'ET'), 'Sauk Trail Township - Request 26-0117 Received', wrap("""
Request 26-0117 has been received.

Dear Records Desk,

Sauk Trail Township has received your request under the Michigan Freedom of Information Act, submitted through the
Township's records center on 9/23/2026. Your request will be processed within five business days as required by MCL
15.235, unless the Township issues a notice extending the response period.

Request summary: Invoices, pay applications and change orders of contractors for the 2025 Sanitary Sewer Special
Assessment District.

To view your request, visit https://sauktrailtwpmi.justfoia.com/publicportal/home/track
"""), 'Sauk Trail Township, Hillsdale County')
save('019-sauktrail-justfoia-ack.eml', m, request='REQ-010', kind='acknowledgment', tracking_number='26-0117',
     clock='received:2026-09-23', signals=['subject', 'tracking-new'],
     why='JustFOIA (shared sender) ack: resubmitted via portal after the bounce, received 9/23/2026; MI 5 business days from that date')

# 020 JustFOIA ack for the Indiana sewer district from the same sender
m = justfoia('020', date('2026-09-24 09:15', 'ET'), 'Request 2026-RSD-0042 has been received', wrap("""
Thank you for your public records request to the Tippecanoe Creek Regional Sewer District.

Your request was received on 9/23/2026 and assigned number 2026-RSD-0042. Under the Indiana Access to Public
Records Act (IC 5-14-3), the District will respond to a request received by email or through this portal within
seven (7) days of receipt.

Description: Sanitary sewer overflow (SSO) reports 2024-2026 and correspondence with IDEM.

Track your request: https://tcrsd.justfoia.com/publicportal/home/track
"""), 'Tippecanoe Creek Regional Sewer District')
save('020-tippecanoe-justfoia-ack.eml', m, request='REQ-011', kind='acknowledgment', tracking_number='2026-RSD-0042',
     clock='received_on_sent_date', signals=['subject', 'tracking-new'],
     why='JustFOIA ack from the same shared sender as 019; received 9/23/2026 (= sent); IN 7 calendar days')

write_facts('part2')
