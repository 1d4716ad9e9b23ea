#!/usr/bin/env python3
"""Messages 041-050 (October 20 - November 17, 2026)."""
from common import *

facts = []
R = REQ
GG = [('List-Id', 'Records Desk <records.capitolwire.example.org>'), ('List-Post', '<mailto:records@capitolwire.example.org>'),
      ('Mailing-list', 'list records@capitolwire.example.org; contact records+owners@capitolwire.example.org'),
      ('Precedence', 'list')]

def html_paras(txt, style='font-family:Calibri;font-size:11pt'):
    return '<html><body style="%s">' % style + ''.join('<p>%s</p>' % p.replace('\n', ' ') for p in txt.split('\n\n')) + '</body></html>'

# 041 GWCCA final: remaining agreements released with trade-secret redactions; closed ---------------------------
html = ('<html><body style="font-family:Verdana;font-size:9pt"><p>RE: Open Records Request R000482-091626</p>'
        '<p>Dear Capitol Wire Records Desk,</p><p>The remaining records responsive to your request, the hosting '
        'agreements for 2026 and 2027 events and the schedule of incentive payments, are now available in the Open '
        'Records Center.</p><p>Two event owners submitted affidavits under O.C.G.A. &sect; 50-18-72(a)(34). Pricing '
        'schedules, attendance guarantees and media-rights terms identified in those affidavits have been redacted as '
        'trade secrets. The amounts of all payments made by the Authority are released in full.</p>'
        '<p>Your request is now complete and has been closed. Thank you for using the Open Records Center.</p>'
        '<p>GWCCA Open Records Office</p></body></html>')
m = build('GWCCA Open Records Center <noreply@mycusthelp.net>', INBOX,
          'Georgia World Congress Center Authority :: Request Completed :: R000482-091626',
          date_hdr('2026-10-20 14:15', '-0400'), mid('041', 'mycusthelp.net'), html=html)
write('041-gwcca-govqa-final.eml', m)
facts.append(F('041-gwcca-govqa-final.eml', 'REQ-009', 'records_final', 'R000482-091626', adverse=True,
               signals=['subject', 'tracking'],
               why='rest released with (a)(34) trade-secret redactions after owner affidavits; closed; GA has no appeal days'))

# 042 MEDC portal update from the same shared GovQA sender ---------------------------------------------------------
html = ('<html><body style="font-family:Verdana;font-size:9pt"><p>Your FOIA request <b>F26-0388</b> has been updated.</p>'
        '<p>Log in to the MEDC FOIA Center to view the latest message or documents.</p>'
        '<p><a href="https://medc.mycusthelp.com/WEBAPP/_rs/(S(y2))/supporthome.aspx">MEDC FOIA Center</a></p>'
        '<p>This is an automated message; replies are not monitored.</p></body></html>')
m = build('MEDC FOIA Center <noreply@mycusthelp.net>', INBOX,
          'Michigan Economic Development Corporation :: FOIA Request F26-0388 has been updated',
          date_hdr('2026-10-22 09:00', '-0400'), mid('042', 'mycusthelp.net'), html=html)
write('042-medc-govqa-updated.eml', m)
facts.append(F('042-medc-govqa-updated.eml', 'REQ-005', 'portal_notice', 'F26-0388', signals=['subject', 'tracking'],
               why='GovQA update notice from the same mycusthelp.net sender GWCCA uses; only the number/name tie it to MEDC'))

# 043 NextRequest: documents released, no text ------------------------------------------------------------------------
html = ('<html><body style="font-family:Helvetica,Arial"><p>Record request #26-4417</p>'
        '<p>3 documents have been released for this request.</p>'
        '<p><a href="https://kcmo.nextrequest.com/requests/26-4417">View documents</a></p>'
        '<p style="color:#777;font-size:11px">Sent by NextRequest on behalf of the City of Kansas City, MO.</p></body></html>')
m = build('City of Kansas City, MO <kansascitymo@mail.nextrequest.com>', INBOX,
          '[Records Request] Documents released for record request #26-4417', date_hdr('2026-10-23 15:30', '-0500'),
          mid('043', 'mail.nextrequest.com'), html=html)
write('043-kctif-nextrequest-docs-released.eml', m)
facts.append(F('043-kctif-nextrequest-docs-released.eml', 'REQ-013', 'portal_notice', '26-4417',
               signals=['subject', 'tracking'], why='NextRequest "documents released" notice, no staff message'))

# 044 ESD acknowledgment of the NDA request --------------------------------------------------------------------------
r = R['REQ-012']
est = bd(D('2026-10-20'), 20, 'NY')
txt = ('Dear Requester:\n\nEmpire State Development acknowledges receipt on October 20, 2026 of your request under the Freedom\n'
       'of Information Law for nondisclosure agreements and site-selection consultant correspondence. Your\n'
       'request has been assigned FOIL 26-1045.\n\nESD is conducting a diligent search for responsive records. We '
       'expect to respond to your request\nwithin twenty business days of this acknowledgment; we estimate a determination '
       'on or about\n%s. If circumstances prevent a response by that date, we will notify you in writing.\n\n'
       'Records Access Officer\nEmpire State Development\n' % long(est))
m = build('FOIL <foil@esd.ny.gov>', INBOX, 'FOIL 26-1045 Acknowledgement', date_hdr('2026-10-26 10:05', '-0400'),
          mid('044', 'esd.ny.gov'), text=txt, html=html_paras(txt), extra=[('Content-Language', 'en-US')])
write('044-esd-ack-2.eml', m)
facts.append(F('044-esd-ack-2.eml', 'REQ-012', 'acknowledgment', 'FOIL 26-1045', 'received_on_sent_date',
               estimated=est.isoformat(), signals=['subject', 'tracking-new'],
               why='ESD ack of NDA request received Oct 20 (= sent), no thread headers; NY 5 business days; estimate stated'))

# 045 IEDC "more time" note via the Google Group (IN has no extension days: estimated only) ---------------------------
body = ('Hello,\n\nAn update on PRR-2026-0512. We have collected the EDGE and READI agreements for Project Cardinal, but\n'
        'several exhibits were submitted by the company and may contain confidential financial information\n'
        '(IC 5-14-3-4(a)(4)) or information relating to ongoing negotiations (IC 5-14-3-4(b)(5)). We have asked\n'
        'the company to identify any information it considers confidential. We now anticipate completing our\n'
        'response by November 20, 2026.\n\nIEDC Public Records\n')
m = build("'IEDC Public Records' via Records Desk <records@capitolwire.example.org>", INBOX,
          'Update - PRR-2026-0512', date_hdr('2026-10-27 13:30', '-0400'), mid('045', 'iedc.in.gov'),
          reply_to='IEDC Public Records <publicrecords@iedc.in.gov>', text=body,
          extra=[('X-Original-Sender', 'publicrecords@iedc.in.gov'),
                 ('X-Original-From', 'IEDC Public Records <publicrecords@iedc.in.gov>')] + GG)
write('045-iedc-more-time-googlegroup.eml', m)
facts.append(F('045-iedc-more-time-googlegroup.eml', 'REQ-015', 'extension', 'PRR-2026-0512', estimated='2026-11-20',
               signals=['tracking'],
               why='IEDC (via Google Group) needs more time for company confidentiality review; new date only, IN has no extension rule'))

# 046 GovQA acknowledgment for a request that is not ours -----------------------------------------------------------------
html = ('<html><body style="font-family:Verdana;font-size:9pt"><p>Dear Capitol Wire Records Desk,</p>'
        '<p>Thank you for your interest in public records of the <b>Georgia World Congress Center Authority</b>. '
        'Your request was received in this office on 10/27/2026 and given the reference number <b>R000530-102726</b> '
        'for tracking purposes.</p><p><b>Records Requested:</b> Parking revenue-sharing contracts for events at '
        'Centennial Olympic Park, 2024-2026.</p><p>You will receive an email when your request has been completed.</p>'
        '</body></html>')
m = build('GWCCA Open Records Center <noreply@mycusthelp.net>', INBOX,
          'Georgia World Congress Center Authority :: Open Records Request :: R000530-102726',
          date_hdr('2026-10-28 11:11', '-0400'), mid('046', 'mycusthelp.net'), html=html)
write('046-gwcca-govqa-ack-not-ours.eml', m)
facts.append(F('046-gwcca-govqa-ack-not-ours.eml', None, 'acknowledgment', 'R000530-102726', signals=['none'],
               why='GovQA ack for a parking-contracts request not in our register (filed by someone using the desk address)'))

# 047 colleague forwards the Foundation fee estimate sent to her directly -------------------------------------------------
fwd = ('---------- Forwarded message ---------\nFrom: Kessling, Andrea <akessling@iedc.in.gov>\n'
       'Date: Mon, Nov 2, 2026 at 3:12 PM\nSubject: Foundation records - estimate\nTo: Priya Raman <praman@capitolwire.example.org>\n\n'
       'Ms. Raman,\n\nFollowing up on the Capitol Wire request to the Indiana Economic Development Foundation. The\n'
       'Foundation has identified approximately 1,150 pages of expenditure records and donor correspondence\n'
       'for 2025-2026. Under IC 5-14-3-8, the Foundation may charge $0.10 per page for copies, for an\n'
       'estimated $115.00. The Foundation may require payment in advance of providing the copies. Please let\n'
       'me know whether you would like to proceed, or whether electronic copies of a narrower set would suffice.\n\n'
       'Andrea Kessling\nDeputy General Counsel, IEDC\n')
body = 'Hi desk - the IEDC lawyer sent this to me rather than to records@. Forwarding so it gets logged.\n\nPriya\n\n' + fwd
m = build('Priya Raman <praman@capitolwire.example.org>', INBOX, 'Fwd: Foundation records - estimate',
          date_hdr('2026-11-02 17:40', '-0500'), mid('047', 'capitolwire.example.org'), text=body)
write('047-fwd-iedf-fee-estimate.eml', m)
facts.append(F('047-fwd-iedf-fee-estimate.eml', 'REQ-016', 'fee_estimate', signals=['subject'],
               why='colleague forwards IEDC counsel\'s Foundation copy-fee estimate ($115, "may" require prepayment)'))

# 048 NextRequest closure with partial withholding (Missouri: no appeal days) ----------------------------------------------
html = ('<html><body style="font-family:Helvetica,Arial"><p>Record request #26-4417 has been closed.</p>'
        '<p><b>Closure message:</b> The Tax Increment Financing Commission has released the plan amendments for the '
        'Crossroads Ballpark District and the certifications of reimbursable project costs. Developer financial '
        'statements and pro forma projections attached to the certification requests are closed records pursuant to '
        'Section 610.021(14), RSMo, and have been withheld. Invoices supporting the requests are maintained by the '
        'City\'s Finance Department, as previously explained.</p>'
        '<p><a href="https://kcmo.nextrequest.com/requests/26-4417">View request 26-4417</a></p></body></html>')
m = build('City of Kansas City, MO <kansascitymo@mail.nextrequest.com>', INBOX,
          '[Records Request] Record request #26-4417 has been closed', date_hdr('2026-11-13 10:00', '-0600'),
          mid('048', 'mail.nextrequest.com'), html=html)
write('048-kctif-nextrequest-closed.eml', m)
facts.append(F('048-kctif-nextrequest-closed.eml', 'REQ-013', 'records_final', '26-4417', adverse=True,
               signals=['subject', 'tracking'],
               why='closure with release and developer financials closed under 610.021(14); MO has no appeal days'))

# 049 MEDC final response: granted in part, 15.243(1)(f) redactions, 180-day appeal --------------------------------------
r = R['REQ-005']
letter = ['MICHIGAN ECONOMIC DEVELOPMENT CORPORATION', 'November 13, 2026', '',
          'RE: FOIA Request F26-0388 - FINAL RESPONSE: GRANTED IN PART / DENIED IN PART', '',
          'Enclosed are 286 pages responsive to your request. Portions of the milestone reports and of Exhibit C to the '
          'grant agreement are redacted under MCL 15.243(1)(f), as trade secrets or commercial or financial information '
          'voluntarily provided for use in developing governmental policy under a promise of confidentiality recorded '
          'at the time of submission. Employee personal information is redacted under MCL 15.243(1)(a).', '',
          'You may appeal this denial in writing to the President and CEO of the MEDC, or commence an action in the '
          'Court of Claims within 180 days after the date of this final determination (MCL 15.240). If you prevail '
          'in court you may be awarded attorney fees and damages.', '',
          'Final fee: $188.10. Deposit received: $97.12. Balance due: $90.98.', '', 'MEDC FOIA Coordinator']
m = build('MEDC FOIA <foia@michigan.org>', INBOX, 'FOIA F26-0388 - Final Response', date_hdr('2026-11-13 15:30', '-0500'),
          mid('049', 'michigan.org'), text='Attached is the MEDC\'s final response to FOIA request F26-0388, with the '
          'responsive records.\n\nMEDC FOIA Coordinator\n',
          attachments=[('F26-0388 Final Response.pdf', 'application/pdf', pdf(letter, 'Final Response')),
                       ('F26-0388 Records (redacted).pdf', 'application/pdf',
                        pdf(['Milestone Report Q2 2026 - Northwood Cells LLC', 'Capital investment to date: [REDACTED (1)(f)]']))])
write('049-medc-final-redacted.eml', m)
facts.append(F('049-medc-final-redacted.eml', 'REQ-005', 'records_final', 'F26-0388', adverse=True,
               signals=['subject', 'tracking'],
               why='final response granted in part, (1)(f) commercial-info and (1)(a) redactions; MI appeal 180 days'))

# 050 EDA first interim release, letter only in PDF ------------------------------------------------------------------------
r = R['REQ-001']
letter = ['UNITED STATES DEPARTMENT OF COMMERCE', 'Economic Development Administration', '', 'November 17, 2026', '',
          'Re: FOIA Request No. DOC-EDA-2026-001842 - First Interim Response', '', 'Dear Requester:',
          'We have completed review of 418 pages responsive to your request. We are releasing 301 pages in full and '
          '92 pages in part; 25 pages are withheld in full. Information is withheld under Exemption 4, 5 U.S.C. '
          '552(b)(4), which protects commercial or financial information obtained from a person that is privileged or '
          'confidential, and Exemption 6, 5 U.S.C. 552(b)(6), which protects personal privacy.', '',
          'The grant recipient was given the opportunity to object to disclosure under Executive Order 12600 and '
          'the Department\'s regulations at 15 CFR 4.9. We continue to process the remaining records and will send '
          'further releases as they are completed. Your appeal rights will be described in our final response.', '',
          'Sincerely,', 'Gerald Pinkney', 'Government Information Specialist']
m = build('EDA FOIA Office <foia@eda.gov>', r['reply_address'], 'Interim Response',
          date_hdr('2026-11-17 14:00', '-0500'), mid('050', 'eda.gov'), text='Please see attached.\n',
          attachments=[('DOC-EDA-2026-001842 Interim Response 1.pdf', 'application/pdf', pdf(letter, 'Interim 1')),
                       ('Release 1 - Bates EDA-0001-0418.pdf', 'application/pdf',
                        pdf(['EDA-0001', 'Application for Federal Assistance (SF-424)', '(b)(4) (b)(4) (b)(4)']))])
write('050-eda-interim-pdf.eml', m)
facts.append(F('050-eda-interim-pdf.eml', 'REQ-001', 'records_interim', 'DOC-EDA-2026-001842',
               signals=['plus', 'tracking-filename', 'tracking-attachment'],
               why='first interim release with b(4)/b(6) withholdings; more to come; letter only in PDF'))

save_facts(5, facts)
print('part5: %d messages' % len(facts))
