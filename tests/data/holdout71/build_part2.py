#!/usr/bin/env python3
"""Messages 011-020 (September 21-29, 2026)."""
from common import *

facts = []
R = REQ
MS365 = [('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''), ('Content-Language', 'en-US'),
         ('X-MS-Exchange-Organization-AuthAs', 'Internal'), ('X-MS-Exchange-Organization-SCL', '-1'),
         ('Thread-Index', 'AQHdLx1k2Vb0r8pZQkSyn1fQ7uXyAg==')]

# 011 GWCCA GovQA fee estimate with timeline --------------------------------------------------------
html = ('<html><body style="font-family:Verdana;font-size:9pt"><p>RE: Open Records Request, reference # R000482-091626</p>'
        '<p>Dear Capitol Wire Records Desk,</p><p>The Georgia World Congress Center Authority has identified records '
        'responsive to your request. Pursuant to O.C.G.A. &sect; 50-18-71(d), we estimate that retrieving, reviewing '
        'and redacting the hosting agreements and payment records will take approximately 6 hours of staff time, '
        'at $29.80 per hour after the first quarter hour, for an estimated total of <b>$171.35</b>. Because the estimate '
        'exceeds $25.00, we will not begin producing records until you agree in writing to pay the estimated cost.</p>'
        '<p>Upon receipt of your agreement, we anticipate completing your request on or before <b>10/5/2026</b>. '
        'Some agreements contain information the event owners have identified as trade secrets; those owners may '
        'be asked to submit an affidavit before release, which could affect this timeline.</p>'
        '<p>Please reply through the Open Records Center to accept the estimate.</p>'
        '<p>GWCCA Open Records Office</p></body></html>')
m = build('GWCCA Open Records Center <noreply@mycusthelp.net>', INBOX,
          'Georgia World Congress Center Authority :: Cost Estimate :: R000482-091626',
          date_hdr('2026-09-21 10:10', '-0400'), mid('011', 'mycusthelp.net'), html=html)
write('011-gwcca-govqa-fee-estimate.eml', m)
facts.append(F('011-gwcca-govqa-fee-estimate.eml', 'REQ-009', 'fee_estimate', 'R000482-091626',
               estimated='2026-10-05', signals=['subject', 'tracking'],
               why='GovQA cost estimate $171.35 needs written agreement (>$25); completion 10/5/2026 once accepted'))

# 012 ISFA extension, plain cp1252 ----------------------------------------------------------------------
r = R['REQ-007']
newdue = bd(D('2026-09-21'), 5, 'IL')
body = ('Good afternoon,\n\nThe Authority needs additional time to respond to your September 14 FOIA request regarding\n'
        'lease and ballpark negotiations with the White Sox. Pursuant to Section 3(e)(ii) and (iv) of the Illinois\n'
        'Freedom of Information Act (5 ILCS 140/3(e)), the time to respond is extended by five business days,\n'
        'to %s. The requested records are stored in part at our outside counsel\u2019s office and require\n'
        'examination to determine whether any exemptions apply.\n\nThank you for your patience.\n\n'
        'Denise Kowalczyk\nFOIA Officer\nIllinois Sports Facilities Authority\n333 W. 35th Street, Chicago, IL 60616\n'
        % long(newdue))
m = build('ISFA FOIA <foia@isfauthority.com>', r['reply_address'], 'FOIA - extension of time',
          date_hdr('2026-09-21 15:45', '-0500'), mid('012', 'isfauthority.com'), text=body, charset='cp1252')
write('012-isfa-extension.eml', m)
facts.append(F('012-isfa-extension.eml', 'REQ-007', 'extension', None, 'extension', estimated=newdue.isoformat(),
               signals=['plus', 'subject'],
               why='ISFA takes the 5-business-day IL extension under 3(e), states new date; subject changed, cp1252'))

# 013 EDA acknowledgment letter only in PDF; number only in attachment name and text ------------------------
r = R['REQ-002']
letter = ['UNITED STATES DEPARTMENT OF COMMERCE', 'Economic Development Administration', 'Washington, D.C. 20230', '',
          'September 22, 2026', '', 'Capitol Wire Records Desk', 'records+req-002@capitolwire.example.org', '',
          'Re: Freedom of Information Act Request No. DOC-EDA-2026-001911', '', 'Dear Requester:',
          'This letter acknowledges receipt of your Freedom of Information Act (FOIA) request dated September 15, '
          '2026, which the Economic Development Administration (EDA) received on September 15, 2026. You requested '
          'records of EDA Tech Hubs Phase 2 award negotiations, 2025-2026, including site-visit reports, scoring '
          'memoranda and correspondence with consortium leads.', '',
          'Your request has been placed in the complex processing track. We will make every effort to respond within '
          'the statutory time limit; however, because your request may require consultation with other Department of '
          'Commerce components and with the submitters of business information, an extension under 5 U.S.C. '
          '552(a)(6)(B) may be needed. We will notify you in writing if so.', '',
          'We have not yet made a decision on your request for a fee waiver or on your fee category.', '',
          'You may contact our FOIA Public Liaison for any further assistance and to discuss any aspect of your '
          'request. Additionally, you may contact the Office of Government Information Services (OGIS) at the '
          'National Archives and Records Administration to inquire about the FOIA mediation services they offer.', '',
          'Sincerely,', '', 'Monica Estrella', 'FOIA Officer', 'Economic Development Administration']
m = build('Estrella, Monica (EDA) <mestrella@eda.gov>', r['reply_address'], 'Your FOIA request',
          date_hdr('2026-09-22 11:30', '-0400'), mid('013', 'eda.gov'),
          text='Good morning,\n\nPlease see the attached acknowledgment letter.\n\nRespectfully,\nMonica Estrella\n'
               'EDA FOIA Officer\n', attachments=[('DOC-EDA-2026-001911_Acknowledgment.pdf', 'application/pdf',
                                                   pdf(letter, 'Acknowledgment'))], extra=MS365)
write('013-eda-ack-pdf.eml', m)
facts.append(F('013-eda-ack-pdf.eml', 'REQ-002', 'acknowledgment', 'DOC-EDA-2026-001911', 'received_on_sent_date',
               signals=['plus', 'tracking-filename', 'tracking-attachment'],
               why='EDA ack letter only in PDF (received 9/15 = sent); hedged "extension may be needed"; number only in attachment'))

# 014 Kansas City NextRequest acknowledgment for the TIF Commission ------------------------------------------
html = ('<html><body style="font-family:Helvetica,Arial"><div style="max-width:600px">'
        '<h3>City of Kansas City, Missouri</h3><p>Your record request <b>#26-4417</b> has been submitted and is being '
        'processed by the City of Kansas City, Missouri. The request was received on September 23, 2026 and assigned '
        'to the department: <b>Tax Increment Financing Commission</b>.</p>'
        '<p><b>Request text:</b> TIF plan amendments for the Crossroads Ballpark District and the developer '
        'reimbursement (certification of costs) requests submitted to the Commission.</p>'
        '<p><a href="https://kcmo.nextrequest.com/requests/26-4417">View request 26-4417</a></p>'
        '<p style="color:#777;font-size:11px">Sent by NextRequest on behalf of the City of Kansas City, MO. '
        'Please do not reply to this email.</p></div></body></html>')
m = build('City of Kansas City, MO <kansascitymo@mail.nextrequest.com>', INBOX,
          '[Records Request] Your record request #26-4417 has been submitted', date_hdr('2026-09-23 14:10', '-0500'),
          mid('014', 'mail.nextrequest.com'), html=html)
write('014-kctif-nextrequest-ack.eml', m)
facts.append(F('014-kctif-nextrequest-ack.eml', 'REQ-013', 'acknowledgment', '26-4417', 'received_on_sent_date',
               signals=['subject', 'tracking-new'],
               why='city NextRequest (unlisted sender) routes to TIF Commission; received 9/23 = sent; MO 3 business days'))

# 015 ESD FOIL acknowledgment, Outlook multipart, received date differs from sent ---------------------------
r = R['REQ-011']
est = bd(D('2026-09-22'), 20, 'NY')
txt = ('Dear Requester:\n\nThis acknowledges receipt of your Freedom of Information Law (FOIL) request, which was received\n'
       'by Empire State Development (ESD) on September 22, 2026 (requests e-mailed after 5:00 p.m. are\n'
       'logged the next business day). Your request has been assigned FOIL 26-0917.\n\n'
       'ESD is reviewing its files to determine whether records responsive to your request exist and, if so,\n'
       'whether they may be disclosed under Public Officers Law \u00a787. ESD expects to grant or deny your\n'
       'request, in whole or in part, within twenty business days, on or about %s.\n\n'
       'Please note that records submitted to ESD by a business enterprise may be subject to the notice\n'
       'procedure of Public Officers Law \u00a789(5).\n\nSincerely,\n\nRecords Access Officer\nEmpire State Development\n'
       '633 Third Avenue, New York, NY 10017\n\n' % long(est)) + our_request_text('REQ-011')
htm = '<html><body><div style="font-family:Calibri;font-size:11pt">' + \
      ''.join('<p>%s</p>' % p.replace('\n', ' ') for p in txt.split('\n\n')) + '</div></body></html>'
m = build('FOIL <foil@esd.ny.gov>', r['reply_address'], 'RE: ' + r['subject'] + ' - FOIL 26-0917',
          date_hdr('2026-09-24 09:05', '-0400'), mid('015', 'esd.ny.gov'), irt=r['message_id'], refs=r['message_id'],
          text=txt, html=htm, extra=MS365)
write('015-esd-ack-outlook.eml', m)
facts.append(F('015-esd-ack-outlook.eml', 'REQ-011', 'acknowledgment', 'FOIL 26-0917', 'received:2026-09-22',
               estimated=est.isoformat(), signals=['thread', 'tracking-new'],
               why='ESD FOIL ack says received Sept 22 (sent Sept 21 after hours); NY 5 business days from 9/22; states 20-business-day date'))

# 016 EDCKC auto-responder, threaded ------------------------------------------------------------------------
r = R['REQ-014']
m = build('EDCKC <info@edckc.com>', r['reply_address'], 'Thank you for contacting EDCKC',
          date_hdr('2026-09-24 16:02', '-0500'), mid('016', 'edckc.com'), irt=r['message_id'], refs=r['message_id'],
          extra=[('Auto-Submitted', 'auto-generated'), ('X-Autoreply', 'yes')],
          text='Thank you for contacting the Economic Development Corporation of Kansas City, Missouri.\n\n'
               'This mailbox is monitored during regular business hours. A member of our team will respond\n'
               'within two business days. For information about incentives administered by the City\'s\n'
               'public bodies (TIF Commission, PIEA, LCRA, Port KC) please visit edckc.com/incentives.\n\nEDCKC\n'
               '300 Wyandotte, Suite 400, Kansas City, MO 64105\n')
write('016-edckc-autoreply.eml', m)
facts.append(F('016-edckc-autoreply.eml', 'REQ-014', 'auto_reply', signals=['thread'],
               why='EDCKC general mailbox auto-responder threaded to our Sunshine request'))

# 017 Texas Governor ack of second request, received next business day, no thread headers -------------------
body = ('Dear Requestor,\n\nThis is to acknowledge that the Office of the Governor received your public information request\n'
        'regarding Texas Semiconductor Innovation Fund applications and nondisclosure agreements.\n\n'
        'Your request arrived after 5:00 p.m. on September 22, 2026, and is therefore considered received on\n'
        'Wednesday, September 23, 2026. It has been assigned tracking number PIR-26-1257.\n\n'
        'You will be contacted if we require clarification, if charges are expected to exceed $40.00, or if we\n'
        'must seek a decision from the Attorney General.\n\nPublic Information Coordinator\nOffice of the Governor\n')
m = build('Public Information <publicinformation@gov.texas.gov>', INBOX, 'PIR-26-1257 Acknowledgment',
          date_hdr('2026-09-25 10:20', '-0500'), mid('017', 'gov.texas.gov'), text=body)
write('017-txgov-ack-2.eml', m)
facts.append(F('017-txgov-ack-2.eml', 'REQ-004', 'acknowledgment', 'PIR-26-1257', 'received:2026-09-23',
               signals=['subject', 'tracking-new'],
               why='second Governor ack, topic words only (TSIF); deems receipt Sept 23 (sent 9/22 after 5 pm); TX 10 business days'))

# 018 NextRequest due-date change (MO has no extension days: estimated only) -----------------------------
html = ('<html><body style="font-family:Helvetica,Arial"><p>Record request #26-4417</p>'
        '<p>The due date for this request was changed to <b>October 23, 2026</b>.</p>'
        '<p><b>Reason:</b> The Commission requires additional time to locate, compile and review the developer '
        'submissions, which are maintained by multiple offices. Pursuant to Section 610.023.3, RSMo, this is the '
        'earliest date and time the records are expected to be available.</p>'
        '<p><a href="https://kcmo.nextrequest.com/requests/26-4417">View request 26-4417</a></p>'
        '<p style="color:#777;font-size:11px">Sent by NextRequest on behalf of the City of Kansas City, MO.</p>'
        '</body></html>')
m = build('City of Kansas City, MO <kansascitymo@mail.nextrequest.com>', INBOX,
          '[Records Request] Record request #26-4417 due date changed', date_hdr('2026-09-28 09:30', '-0500'),
          mid('018', 'mail.nextrequest.com'), html=html)
write('018-kctif-nextrequest-extension.eml', m)
facts.append(F('018-kctif-nextrequest-extension.eml', 'REQ-013', 'extension', '26-4417', estimated='2026-10-23',
               signals=['subject', 'tracking'],
               why='NextRequest due date moved to Oct 23 with 610.023.3 reason; MO table has no extension days so no due'))

# 019 ISFA first rolling production with attachment ---------------------------------------------------------
r = R['REQ-007']
body = ('Attached is the Authority\u2019s first production in response to your FOIA request dated September 14, 2026:\n'
        'board minutes and the public term sheet presented at the July 2026 board meeting (34 pages).\n\n'
        'Email correspondence with the Chicago White Sox and their consultants is still being reviewed by the\n'
        'Authority\u2019s counsel, including for information the team has designated as proprietary. As agreed\n'
        'by phone, we will produce the remaining records on a rolling basis; we expect the next production on\n'
        'or before October 19, 2026.\n\nDenise Kowalczyk\nFOIA Officer\nIllinois Sports Facilities Authority\n')
att = pdf(['ISFA Board of Directors - Minutes - July 16, 2026 (excerpt)', '',
           'Item 4. Presentation of non-binding term sheet for a ballpark lease amendment.', 'Production 1, page 1 of 34'])
m = build('ISFA FOIA <foia@isfauthority.com>', r['reply_address'], 'RE: FOIA - extension of time',
          date_hdr('2026-09-28 16:40', '-0500'), mid('019', 'isfauthority.com'), irt=mid('012', 'isfauthority.com'),
          refs=mid('012', 'isfauthority.com'), text=body,
          attachments=[('ISFA_FOIA_Production_1.pdf', 'application/pdf', att)])
write('019-isfa-interim.eml', m)
facts.append(F('019-isfa-interim.eml', 'REQ-007', 'records_interim', None, estimated='2026-10-19',
               signals=['plus', 'thread'],
               why='first rolling production (minutes, term sheet); team emails still under review; next by Oct 19'))

# 020 EDCKC counsel letter: not a public governmental body (PDF) ---------------------------------------------
r = R['REQ-014']
letter = ['ECONOMIC DEVELOPMENT CORPORATION OF KANSAS CITY, MISSOURI', '300 Wyandotte, Suite 400, Kansas City, MO 64105',
          '', 'September 29, 2026', '', 'Capitol Wire Records Desk', 'Via e-mail', '',
          'Re: Request for records dated September 24, 2026', '',
          'Dear Records Desk:',
          'The Economic Development Corporation of Kansas City, Missouri (EDCKC) is a Missouri nonprofit corporation '
          'organized under Chapter 355, RSMo. It is not a "public governmental body" as defined in Section 610.010(4), '
          'RSMo, and its records are not public records subject to the Missouri Sunshine Law. EDCKC therefore '
          'respectfully declines to produce the nondisclosure agreements and term sheets described in your request.', '',
          'EDCKC provides staff services under contract to several public bodies, including the Tax Increment '
          'Financing Commission of Kansas City. Records of those bodies are maintained by them, and requests for them '
          'should be directed to each body\'s custodian of records. Nothing in this letter waives any position EDCKC '
          'may take concerning the confidentiality of information provided by prospective companies.', '',
          'Very truly yours,', '', 'Heather Lindgren', 'General Counsel']
m = build('Heather Lindgren <hlindgren@edckc.com>', r['reply_address'], 'Your records request',
          date_hdr('2026-09-29 14:00', '-0500'), mid('020', 'edckc.com'),
          text='Please see the attached letter responding to your request of September 24.\n\nHeather Lindgren\n'
               'General Counsel | EDCKC\n', attachments=[('EDCKC Response Letter 09-29-2026.pdf', 'application/pdf',
                                                         pdf(letter, 'EDCKC response'))])
write('020-edckc-not-public-body.eml', m)
facts.append(F('020-edckc-not-public-body.eml', 'REQ-014', 'denial', None, adverse=True, signals=['plus', 'subject'],
               why='EDCKC counsel (PDF) says it is not a public governmental body and declines; MO has no appeal days'))

save_facts(2, facts)
print('part2: %d messages' % len(facts))
