"""messages 051-060"""
from common import *

# 051 - Google-style DSN for our follow-up to the probation chief
t51 = ("** Address not found **\n\nYour message wasn't delivered to tbrandvold@ohnp.uscourts.gov because the address "
       "couldn't be found, or is unable to receive mail.\n\nThe response from the remote server was:\n550 5.1.1 "
       "<tbrandvold@ohnp.uscourts.gov>: Recipient address rejected: User unknown in local recipient table\n")
save('051-bounce-uspo-followup.eml', """From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: records@records.example.org
Subject: Delivery Status Notification (Failure)
Date: %s
Message-ID: <6543a1f0.050a0220.3c9d1.8e21.GMR@mx.google.com>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; boundary="000000000000b1d7e40621c3aa19"; report-type=delivery-status

--000000000000b1d7e40621c3aa19
Content-Type: text/plain; charset="UTF-8"

%s
--000000000000b1d7e40621c3aa19
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 03 Nov 2026 08:59:41 -0800 (PST)
X-Original-Message-ID: <req-003.followup.20261103@records.example.org>

Final-Recipient: rfc822; tbrandvold@ohnp.uscourts.gov
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.uscourts.gov. (156.119.191.35)
Diagnostic-Code: smtp; 550 5.1.1 <tbrandvold@ohnp.uscourts.gov>: Recipient address rejected: User unknown

--000000000000b1d7e40621c3aa19
Content-Type: text/rfc822-headers

From: Records Desk <records@records.example.org>
To: tbrandvold@ohnp.uscourts.gov
Subject: Re: Response to your correspondence dated September 9, 2026
Date: Tue, 3 Nov 2026 11:59:38 -0500
Message-ID: <req-003.followup.20261103@records.example.org>
In-Reply-To: %s
References: %s
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"

--000000000000b1d7e40621c3aa19--
""" % (D('2026-11-03 12:00', '-0500'), t51, rmid('REQ-003'), rmid('REQ-003')),
     request='REQ-003', kind='bounce', signals=['thread-embedded', 'subject'],
     why='Gmail DSN: our follow-up to the chief probation officer bounced; embedded References name REQ-003')

# 052 - TJJD no responsive records
save('052-tjjd-no-records.eml', build(
    std('TJJD Open Records <openrecords@tjjd.texas.gov>', 'R001342-100526 - Response', D('2026-11-05 10:30', '-0600'),
        mid('052tjjd', 'tjjd.texas.gov'), to=plus('REQ-015')),
    text='Dear Requester:\n\nThe Department has completed its search for information responsive to request '
         'R001342-100526. The risk and needs assessment instrument used by the Department was developed by agency '
         'staff and is not licensed or purchased from a vendor, so there are no contracts for it. No validation study '
         'of the instrument was prepared by or for the Department during the period requested. The Department '
         'therefore has no information responsive to your request.\n\nThe Public Information Act does not require a '
         'governmental body to create new information in response to a request.\n\nLorena Batiste\nAssistant General '
         'Counsel - Open Records\nTexas Juvenile Justice Department'),
    request='REQ-015', kind='no_records', tracking='R001342-100526', adverse_determination=True,
    signals=['plus', 'tracking'],
    why='TX no responsive information (in-house tool, no contract, no validation study); no appeal days')

# 053 - GovQA closed notice
save('053-tjjd-govqa-closed.eml', build(
    std('Texas Juvenile Justice Department <tjjd@govqa.us>', 'Public Information Request R001342-100526 has been closed',
        D('2026-11-05 10:31', '-0600'), mid('053tjjd', 'govqa.us'), to=plus('REQ-015')),
    html='<html><body style="font-family:Tahoma;font-size:10pt"><p>Your request <b>R001342-100526</b> has been '
         'closed.</p><p>Log in to the <a href="https://tjjd.govqa.us/WEBAPP/_rs/supporthome.aspx">Public Information '
         'Center</a> to view the request history.</p></body></html>'),
    request='REQ-015', kind='portal_notice', tracking='R001342-100526', signals=['plus', 'tracking'],
    why='GovQA status change to Closed right after the response; no content')

# 054 - MIDC closes the caseload request for non-response to the clarification
save('054-midc-closed-no-response.eml', build(
    std('Tamsin Okafor <OkaforT@michigan.gov>', 'MIDC-FOIA-2026-038 - Request Closed', D('2026-11-09 09:00', '-0500'),
        mid('054midc', 'CH0PR09MB7730.namprd09.prod.outlook.com'), to=plus('REQ-007'), extra=outlook('MIDC-FOIA-2026-038 closed')),
    text='Dear Requester:\n\nOn October 8, 2026 we asked you to clarify request MIDC-FOIA-2026-038. Because we have not '
         'received a response, the request is considered withdrawn and has been closed without further action. No '
         'records will be provided and no fee is owed.\n\nYou may submit a new request at any time. If you believe '
         'this determination is in error, you may appeal in writing to the head of the public body under MCL '
         '15.240(1)(a), or commence an action in the Court of Claims within 180 days under MCL 15.240(1)(b).\n\n'
         'Tamsin Okafor\nAnalyst, Michigan Indigent Defense Commission'),
    request='REQ-007', kind='denial', tracking='MIDC-FOIA-2026-038', adverse_determination=True,
    signals=['plus', 'tracking'],
    why='closure for non-response to the clarification, with MI appeal rights; request rejected without records (MI 180 days)')

# 055 - PSA administrative closure after no fee agreement, with appeal rights
save('055-psa-admin-closure.eml', build(
    std('PSA FOIA <foia@psa.gov>', 'Administrative Closure - PSA-FOIA-2026-0112', D('2026-11-10 14:00', '-0500'),
        mid('055psa', 'psa.gov')),
    text='November 10, 2026\n\nRe: FOIA Request No. PSA-FOIA-2026-0112\n\nDear Requester:\n\nBy letter dated September '
         '28, 2026, we asked you to agree in writing to pay estimated duplication fees of $48.50 or to narrow your '
         'request for risk assessment validation studies and scoring guides. We have not received a response within '
         'the 30 days provided. Accordingly, your request has been administratively closed and no records will be '
         'released.\n\nYou may appeal this determination by writing to the Director, Pretrial Services Agency, 633 '
         'Indiana Avenue, N.W., Washington, DC 20004, or foia@psa.gov, within 90 days of the date of this letter. '
         'Please mark the envelope or subject line "Freedom of Information Act Appeal." You may also seek dispute '
         'resolution services from our FOIA Public Liaison or from the Office of Government Information Services '
         '(OGIS), ogis@nara.gov, 202-741-5770.\n\nSincerely,\nDenise Hollis\nGovernment Information Specialist'),
    request='REQ-001', kind='denial', tracking='PSA-FOIA-2026-0112', adverse_determination=True,
    signals=['tracking', 'subject'],
    why='federal administrative closure for no fee agreement, with 90-day appeal rights; no records released')

# 056 - PSA final response, partial withholding, appeal rights (letter in PDF + body summary)
L56 = ['PRETRIAL SERVICES AGENCY FOR THE DISTRICT OF COLUMBIA', 'FOIA/Privacy Act Unit', '', 'November 16, 2026', '',
       'Re: FOIA Request No. PSA-FOIA-2026-0119 - Final Response', '', 'Dear Requester:', '',
       'This is the final response to your request for contracts, task orders and invoices for GPS and electronic '
       'monitoring services, FY2022-FY2026. In addition to the 198 pages released on October 15, 2026, we reviewed '
       '341 pages of invoices. We are releasing 341 pages in part. Unit prices and monthly device counts were '
       'withheld under Exemption 4, 5 U.S.C. 552(b)(4), and the names of supervised defendants appearing in invoice '
       'detail were withheld under Exemptions 6 and 7(C), 5 U.S.C. 552(b)(6) and (b)(7)(C).',
       '', 'You may appeal this determination by writing to the Director, Pretrial Services Agency, 633 Indiana Avenue, '
       'N.W., Washington, DC 20004, or foia@psa.gov, within 90 days of the date of this letter.',
       '', 'You may contact our FOIA Public Liaison at (202) 555-0190 for further assistance, or the Office of '
       'Government Information Services (OGIS), National Archives and Records Administration, 8601 Adelphi Road-OGIS, '
       'College Park, MD 20740-6001; ogis@nara.gov; 202-741-5770; toll free 1-877-684-6448.', '', 'Sincerely,', '',
       'FOIA Officer']
save('056-psa-final-partial.eml', build(
    std('PSA FOIA <foia@psa.gov>', 'PSA-FOIA-2026-0119 - Final Response', D('2026-11-16 15:20', '-0500'),
        mid('056psa', 'psa.gov'), to=plus('REQ-002')),
    text='Attached are the final response letter and the released invoices (341 pages, redacted) for '
         'PSA-FOIA-2026-0119.\n\nFOIA/Privacy Act Unit\n',
    attachments=[('PSA-FOIA-2026-0119 Final Response.pdf', 'application/pdf', pdf(L56, 'Final Response'))]),
    request='REQ-002', kind='records_final', tracking='PSA-FOIA-2026-0119', adverse_determination=True,
    signals=['plus', 'tracking'],
    why='federal final release in part, (b)(4), (b)(6), (b)(7)(C); 90-day appeal')

# 057 - NYC OpenRecords closure, fulfilled in part with appeal rights
t57 = ('Your FOIL request FOIL-2026-781-00452 has been closed by the Department of Probation (DOP).\n\nClosing reason: '
       'Request fulfilled in part.\n\nAgency message: The Department has released annual probation officer caseload '
       'ratio reports and counts of adults and juveniles by supervision level for 2022-2026 (4 files). Officer-level '
       'caseload lists have been withheld because disclosure would constitute an unwarranted invasion of personal '
       'privacy, Public Officers Law § 87(2)(b).\n\nYou may appeal this determination within 30 days by writing to '
       'the FOIL Appeals Officer, NYC Department of Probation, 33 Beaver Street, New York, NY 10004, or by submitting '
       'an appeal through NYC OpenRecords.\n\nView your request: https://a860-openrecords.nyc.gov/request/view/'
       'FOIL-2026-781-00452\n\nNYC OpenRecords')
save('057-nycdop-closed-partial.eml', build(
    std('NYC OpenRecords <openrecords@records.nyc.gov>', 'Request FOIL-2026-781-00452 Closed', D('2026-11-19 11:10', '-0500'),
        mid('057nyc', 'records.nyc.gov'), to=plus('REQ-013')),
    text=t57, html='<html><body>' + ''.join('<p>%s</p>' % p for p in t57.split('\n\n')) + '</body></html>'),
    request='REQ-013', kind='records_final', tracking='FOIL-2026-781-00452', adverse_determination=True,
    signals=['plus', 'tracking'],
    why='NY closure "fulfilled in part": ratios released, officer-level lists withheld 87(2)(b); 30-day appeal')

# 058 - MIDC part 2: final, partial denial of personal financial data, appeal rights
save('058-midc-final-part2.eml', build(
    std('"Roush, Kendra (LARA)" <RoushK@michigan.gov>', 'MIDC-FOIA-2026-031 - Records (Part 2 of 2) and Final Response',
        D('2026-12-01 10:00', '-0500'), mid('058midc', 'CH0PR09MB8812.namprd09.prod.outlook.com'), to=plus('REQ-006'),
        extra=outlook('MIDC-FOIA-2026-031 Part 2')),
    text='Dear Requester:\n\nThis is Part 2 and the final response to MIDC-FOIA-2026-031: assigned counsel contracts from '
         'the remaining 79 local funding units, at the link below.\n\nThis response is a partial denial. Attorneys\' '
         'Social Security and bank account numbers that appear in some contracts were redacted as information of a '
         'personal nature under MCL 15.243(1)(a). Under MCL 15.240 you may appeal in writing to the head of the public '
         'body, or file an action in the Court of Claims within 180 days.\n\nThe balance due is $204.42; an invoice '
         'is attached.\n\nhttps://stateofmichigan.sharepoint.com/:f:/s/MIDC-FOIA/part2\n\nKendra Roush\nFOIA Coordinator',
    attachments=[('Invoice MIDC-FOIA-2026-031.pdf', 'application/pdf',
                  pdf(['STATE OF MICHIGAN - INVOICE', 'MIDC-FOIA-2026-031', 'Estimated cost $408.85',
                       'Deposit received $204.43', 'BALANCE DUE $204.42'], 'Invoice'))]),
    request='REQ-006', kind='records_final', tracking='MIDC-FOIA-2026-031', adverse_determination=True,
    signals=['plus', 'tracking'],
    why='MI final part 2, partial denial (MCL 15.243(1)(a) redactions) with 180-day appeal; balance invoice')

# 059 - phishing lure with theme words; no request
save('059-phish-docusign-null.eml', build(
    std('"DocuSign via Sign" <dse@docusign-notice.net>', 'Completed: Indigent Defense Contract Review - please sign',
        D('2026-12-14 08:30', '-0500'), mid('059phish', 'docusign-notice.net')),
    html='<html><body style="font-family:Arial"><p>Records Desk,</p><p>A document "Public Defender Panel Contract FY2027" '
         'has been sent to you for review and signature.</p><p><a href="http://docusign-notice.net/r/0x7a1">REVIEW '
         'DOCUMENT</a></p><p>Do not share this email. This message was sent by DocuSign Electronic Signature '
         'Service.</p></body></html>'),
    request=None, kind='other', signals=['none'],
    why='phishing lure using defender-contract words; belongs to no request')

# 060 - MDOPD second and final production, personal financial data redacted
save('060-mdopd-final-panel.eml', build(
    std('Jamal Whitcomb <jamal.whitcomb@maryland.gov>', 'PIA-2026-0233 - final production', D('2027-01-08 11:00', '-0500'),
        mid('060mdopd', 'SA1PR09MB10342.namprd09.prod.outlook.com'), to=plus('REQ-005'), extra=outlook('PIA-2026-0233 final')),
    text='Good morning,\n\nAs discussed with Ms. Ferreira by phone in November, here is the second and final production '
         'for PIA-2026-0233: signed panel attorney agreements from all twelve districts, 2023-2026 (link below). The '
         'Office has waived the fee for this portion.\n\nAttorneys\' Social Security numbers, tax identification '
         'numbers and bank routing information have been redacted as personal financial information under GP § 4-336 '
         'and § 4-330. You may contact the Public Access Ombudsman or seek review under GP § 4-362 if you disagree '
         'with the redactions.\n\nThis completes our response.\n\nhttps://mdopd.sharefile.com/d-panel2026\n\n'
         'Jamal Whitcomb\nFiscal Division, Maryland Office of the Public Defender'),
    request='REQ-005', kind='records_final', tracking='PIA-2026-0233', adverse_determination=True,
    signals=['plus', 'tracking'],
    why='MD final production of panel agreements with financial redactions; fee waived; MD no appeal days')
