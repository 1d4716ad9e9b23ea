"""Messages 021-030."""
from gen_common import *
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
import email as _em

def build():
    out = []
    # 021 Hinds extension under 25-61-5(1)(b)
    body = text("""RE: PRR 2026-114 (Raymond Detention Center in-custody deaths, 2023-2026)

Records Desk:

Hinds County is unable to produce the requested records within seven working
days of receipt. The records are held by the Sheriff's Office, the Detention
Services administration and the County's contracted medical provider, and
require review for information exempt under Miss. Code Ann. 25-61-12
(investigative reports) and medical confidentiality.

As provided by Miss. Code Ann. 25-61-5(1)(b), the County will produce the
responsive, non-exempt records no later than fourteen (14) working days from
receipt of your request. We expect to release records in more than one
installment.

Office of the Board Attorney
Hinds County Board of Supervisors
""")
    out.append(('021-hinds-extension.eml', finish([
        ('From', 'Hinds County Public Records <publicrecords@hindscountyms.com>'), ('To', plus('REQ-006')),
        ('Subject', 'PRR 2026-114 - Notice of additional time'), ('Date', ct('2026-09-23 16:05')),
        ('Message-ID', mid('021', 'hindscountyms.com')), ('In-Reply-To', mid('011', 'hindscountyms.com')),
        ('References', mid('011', 'hindscountyms.com'))], body),
        fact('021-hinds-extension.eml', 'REQ-006', 'extension', 'PRR 2026-114', clock='extension',
             signals=['plus', 'tracking', 'subject'],
             why='Hinds written explanation under 25-61-5(1)(b): production within 14 working days of receipt (MS +7 working days)',
             note='Mississippi statutory 7-day extension, no date stated | modeled on Mississippi board attorney notices of additional time')))

    # 022 JustFOIA portal notice
    plain = """A new message has been posted to your FOIA request 2026-0488 with the
Charleston County Sheriff's Office.

Log in to view the message:
https://charlestoncountysheriffsc.justfoia.com/publicportal/home/track

Please do not reply to this email.
Powered by JustFOIA
"""
    out.append(('022-charleston-justfoia-message.eml', finish([
        ('From', 'Charleston County Sheriff\'s Office <noreply@justfoia.com>'), ('To', plus('REQ-008')),
        ('Subject', 'New message on FOIA Request 2026-0488'), ('Date', date_hdr('2026-09-24 10:00')),
        ('Message-ID', mid('022', 'justfoia.com'))], text(plain)),
        fact('022-charleston-justfoia-message.eml', 'REQ-008', 'portal_notice', '2026-0488', signals=['plus', 'tracking'],
             why='JustFOIA "new message posted" notice with no content',
             note='portal notice without substance | modeled on JustFOIA message notifications')))

    # 023 Charleston determination + deposit (SC 30-4-30(B))
    lines = ['CHARLESTON COUNTY SHERIFF\'S OFFICE', 'Legal Advisor - Freedom of Information', '3691 Leeds Avenue, North Charleston, SC 29405', '',
             'September 28, 2026', '', 'FOIA Request No. 2026-0488', '',
             'This is the Sheriff\'s Office determination under S.C. Code Ann. 30-4-30(C).', '',
             '1. 287(g) Memorandum of Agreement and any renewal: public; will be released.',
             '2. Steering committee minutes: a search will be conducted; if located, public.',
             '3. Detainer statistics: the Office will compile existing reports; no new records',
             '   will be created.', '',
             'Estimated fees (30-4-30(B)): search and retrieval 5 hours at $25.00 = $125.00.',
             'Copies provided electronically at no charge.', '',
             'The Office requires a deposit of 25% of the estimated fee ($31.25) before it',
             'begins the search. Records will be produced within 30 calendar days after the',
             'deposit is received. If the deposit is not received within 30 days, the request',
             'will be closed.', '', 'Payment may be made by check payable to Charleston County',
             'Sheriff\'s Office, mailed or delivered to the address above.', '',
             'Legal Advisor', 'Charleston County Sheriff\'s Office']
    body = mixed(text("""Please see the attached determination letter and fee estimate for your FOIA
request 2026-0488. A deposit is required before we can begin.

CCSO FOIA
"""), pdf_part('2026-0488 Determination and Fee Estimate.pdf', lines, 'FOIA 2026-0488'))
    out.append(('023-charleston-deposit.eml', finish([
        ('From', 'CCSO FOIA <ccsofoia@charlestoncounty.org>'), ('To', plus('REQ-008')),
        ('Subject', 'FOIA 2026-0488 - Determination / Fee Estimate'), ('Date', date_hdr('2026-09-28 14:20')),
        ('Message-ID', mid('023', 'charlestoncounty.org'))], body),
        fact('023-charleston-deposit.eml', 'REQ-008', 'fee_estimate', '2026-0488', signals=['plus', 'tracking', 'subject'],
             why='SC determination letter: $125 estimate, 25% deposit ($31.25) required before the search begins',
             note='SC 10-day determination with a 25% deposit under 30-4-30(B), letter in PDF | modeled on South Carolina sheriff FOIA determination letters')))

    # 024 Richland: older records, 20 business days (no table extension)
    body = text("""RC-FOIA-26-0522

Dear Records Desk,

The County has determined that a portion of the records responsive to your
request (death investigation and incident records from 2023 and early 2024)
are more than 24 months old. Under S.C. Code Ann. 30-4-30(C), the County will
make its determination on those records within twenty business days of
receipt, on or before October 14, 2026.

The medical services agreement and its amendments are public and will be
provided with that determination.

Office of the County Attorney - FOIA
Richland County
""")
    out.append(('024-richland-extension.eml', finish([
        ('From', 'Richland County FOIA <foia@richlandcountysc.gov>'), ('To', plus('REQ-009')),
        ('Subject', 'RE: ' + req('REQ-009')['subject']), ('Date', date_hdr('2026-09-30 11:40')),
        ('Message-ID', mid('024', 'richlandcountysc.gov')), *threaded('REQ-009'),
        *outlook_hdrs('024', req('REQ-009')['subject'])], body),
        fact('024-richland-extension.eml', 'REQ-009', 'extension', 'RC-FOIA-26-0522', clock='extension', estimated='2026-10-14',
             signals=['thread', 'plus', 'tracking'],
             why='Richland takes the 20-business-day period for records over 24 months old, determination by Oct 14; SC table has no extension days',
             note='SC longer period for older records, stated date | modeled on South Carolina county notices under 30-4-30(C)')))

    # 025 Mobile: records ready, come pick up, pay in person
    lines = ['Oct. 01 2026 10:21AM   MCSO RECORDS   251 574 0000            p.1', '',
             'MOBILE COUNTY SHERIFF\'S OFFICE', 'Records Section', '', 'October 1, 2026', '',
             'TO: Records Desk', '', 'RE: Restraint chair / use of force logs - Metro Jail', '',
             'The records responsive to your request are ready to be picked up at the',
             'Records Section, Mobile County Metro Jail lobby, 510 S. Royal Street.', '',
             '   Restraint chair log sheets, Jan 2025 - Aug 2026 ....... 38 pages', '   Use of force log (Jail Division) ...................... 22 pages',
             '   60 pages @ $0.50 ............................................ $30.00', '',
             'Fees are payable IN PERSON at the time of pick-up, cash or money order',
             'only, payable to Mobile County Sheriff\'s Office. Copies will not be mailed',
             'or emailed. Hours: Monday - Friday, 8:00 a.m. to 4:00 p.m.', '',
             'Records not picked up within 30 days will be destroyed and the request closed.', '',
             'Records Section']
    body = mixed(text("\n"), pdf_part('Scan_20261001_102233.pdf', lines, 'Scan'))
    out.append(('025-mobile-pickup-scan.eml', finish([
        ('From', 'MCSO-RECORDS-MFP <publicrecords@mobileso.com>'), ('To', 'records@records.example.org'),
        ('Subject', 'Scanned from MCSO-RECORDS-MFP'), ('Date', ct('2026-10-01 10:30')),
        ('Message-ID', mid('025', 'mobileso.com')), ('X-Mailer', 'Xerox WorkCentre 7855 Scan to Email')], body),
        fact('025-mobile-pickup-scan.eml', 'REQ-005', 'fee_estimate', signals=['subject'],
             why='scanned letter: restraint chair and use-of-force logs ready for pickup, $30.00 payable in person, cash or money order',
             note='"come pick them up" letter with in-person fee, scanned fax PDF, no number | modeled on Alabama sheriff records pickup letters')))

    # 026 Hinds interim release
    pdf = pdf_part('PRR_2026-114_Release_1.pdf', ['HINDS COUNTY - PRR 2026-114 - RELEASE 1 OF 2', '',
        'Raymond Detention Center - Incident reports, in-custody deaths, calendar year 2023', '',
        '[Redacted incident report narratives, 14 pages - personal identifiers and medical', 'information redacted under Miss. Code Ann. 25-61-12 and HIPAA]'], 'PRR 2026-114 Release 1')
    body = mixed(text("""Records Desk,

Attached is the first installment of records responsive to PRR 2026-114:
incident reports for in-custody deaths at the Raymond Detention Center during
calendar year 2023 (14 pages, redacted).

Records for 2024 through 2026 are still being reviewed and will be sent in a
second installment.

Hinds County Public Records Office
"""), pdf)
    out.append(('026-hinds-interim.eml', finish([
        ('From', 'Hinds County Public Records <publicrecords@hindscountyms.com>'), ('To', plus('REQ-006')),
        ('Subject', 'PRR 2026-114 - Release 1'), ('Date', ct('2026-10-02 14:00')),
        ('Message-ID', mid('026', 'hindscountyms.com'))], body),
        fact('026-hinds-interim.eml', 'REQ-006', 'records_interim', 'PRR 2026-114', signals=['plus', 'tracking'],
             why='first installment (2023 death incident reports); 2024-2026 to follow',
             note='rolling release with a PDF attachment | modeled on Mississippi county installment releases')))

    # 027 Exchange Online NDR for our follow-up to an old EBRSO address
    r = req('REQ-011')
    rep = MIMEMultipart('report', report_type='delivery-status')
    rep.attach(alt("""Your message to recordsdept@ebrso.org couldn't be delivered.

recordsdept wasn't found at ebrso.org.

Records Desk    Office 365    recordsdept
Action Required                Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist.

Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""", """<html><body style="font-family:Segoe UI,sans-serif"><p style="font-size:16px">Your message to <a href="mailto:recordsdept@ebrso.org">recordsdept@ebrso.org</a> couldn't be delivered.</p>
<p style="font-size:20px;color:#c00"><b>recordsdept</b> wasn't found at <b>ebrso.org</b>.</p>
<p>Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p></body></html>"""))
    ds = MIMEBase('message', 'delivery-status')
    ds.set_payload([_em.message_from_string('Reporting-MTA: dns;BN8PR12MB3361.namprd12.prod.outlook.com\nReceived-From-MTA: dns;mx1.records.example.org\nArrival-Date: Fri, 2 Oct 2026 20:39:58 +0000\n'),
                    _em.message_from_string('Final-Recipient: rfc822;recordsdept@ebrso.org\nAction: failed\nStatus: 5.1.10\nDiagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n')])
    rep.attach(ds)
    hd = MIMEBase('text', 'rfc822-headers')
    hd.set_payload(f"From: Records Desk <{r['reply_address']}>\nTo: recordsdept@ebrso.org\nSubject: Re: {r['subject']}\n"
                   f"Date: Fri, 2 Oct 2026 16:39:55 -0400\nMessage-ID: <req-011.20261002.3@records.example.org>\n"
                   f"In-Reply-To: {mid('016', 'ebrso.org')}\nReferences: {r['message_id']} {mid('016', 'ebrso.org')}\n")
    rep.attach(hd)
    out.append(('027-bounce-ebrso-ndr.eml', finish([
        ('From', 'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@ebrso.org>'),
        ('To', r['reply_address']), ('Subject', 'Undeliverable: Re: ' + r['subject']),
        ('Date', date_hdr('2026-10-02 16:40')), ('Message-ID', '<9f1c44e2-7b1a-4d0e-a1c3-5be20d7f6a11@BN8PR12MB3361.namprd12.prod.outlook.com>'),
        ('Auto-Submitted', 'auto-replied'), ('X-MS-Exchange-Message-Is-Ndr', '')], rep),
        fact('027-bounce-ebrso-ndr.eml', 'REQ-011', 'bounce', signals=['thread-embedded', 'subject'],
             why='Exchange Online NDR: our clarification answer to an old EBRSO address (recordsdept@) was not delivered',
             note='Office 365 NDR for our own follow-up; original References embedded | modeled on Exchange Online "Undeliverable:" reports')))

    # 028 ICE ack for REQ-013, received date differs
    r = req('REQ-013')
    body = text("""October 5, 2026

RE: ICE FOIA Case Number 2026-ICFO-63388

This acknowledges receipt of your Freedom of Information Act (FOIA) request to
U.S. Immigration and Customs Enforcement (ICE), dated October 1, 2026, and
received by this office on October 2, 2026. You are seeking 287(g) program
compliance inspections and steering committee records concerning the
Charleston County Sheriff's Office and the Mobile County Sheriff's Office.

ICE processes FOIA requests according to their order of receipt. We have
queried the appropriate program offices, including the Office of Professional
Responsibility and Enforcement and Removal Operations, for responsive records.

Your request has been assigned reference number 2026-ICFO-63388.

Regards,
ICE Freedom of Information Act Office
""")
    out.append(('028-ice-ack-2.eml', finish([
        ('From', 'ICE-FOIA <ice-foia@ice.dhs.gov>'), ('To', plus('REQ-013')),
        ('Subject', 'ICE FOIA Request 2026-ICFO-63388'), ('Date', date_hdr('2026-10-05 09:10')),
        ('Message-ID', mid('028', 'ice.dhs.gov')), *outlook_hdrs('028', 'ICE FOIA Request 2026-ICFO-63388')], body),
        fact('028-ice-ack-2.eml', 'REQ-013', 'acknowledgment', '2026-ICFO-63388', clock='received:2026-10-02',
             signals=['plus', 'tracking-new', 'subject'],
             why='ICE acknowledges the 287(g) inspections request, received Oct 2 (sent Oct 1); 2026-ICFO-63388',
             note='second ICE request (287(g) again) told apart by topic; received date differs from sent | modeled on ICE FOIA acknowledgment letters')))

    # 029 colleague forwards Chatham final note after paying in person
    inner = """---------- Forwarded message ---------
From: Gadsden, Terrence <ccsorecords@chathamcounty.org>
Date: Mon, Oct 5, 2026 at 1:52 PM
Subject: RE: Georgia Open Records Act request: Restraint chair logs and use-of-force reports, Chatham County Detention Center, 2025-2026
To: Marcus Lyle <mlyle@records.example.org>

Payment of $48.78 rec'd, receipt #C-22871. The 214 pp. of restraint chair logs
and use of force reports were released to Mr. Lyle at the window today.

Please note video recordings referenced in 3 of the reports are not included.
They are part of pending investigations and are exempt under O.C.G.A.
50-18-72(a)(4). This completes your request.

Cpl. T. Gadsden
Records Section, CCSO
"""
    body = text("""Picked up the Chatham restraint chair stuff this afternoon - binder is on the
records shelf. Forwarding their note for the log. They held back the video.

Marcus

""" + inner)
    out.append(('029-fwd-chatham-final.eml', finish([
        ('From', 'Marcus Lyle <mlyle@records.example.org>'), ('To', 'records@records.example.org'),
        ('Subject', 'Fwd: RE: ' + req('REQ-003')['subject']), ('Date', date_hdr('2026-10-05 15:30')),
        ('Message-ID', '<CAF8q2x+Lq7mZ0wR1d@mail.gmail.com>')], body),
        fact('029-fwd-chatham-final.eml', 'REQ-003', 'records_final', adverse=True, signals=['subject'],
             why='colleague forwards Chatham note: logs released on payment, videos withheld under 50-18-72(a)(4); request complete',
             note='"Fwd:" from our own staff of an agency final message with a partial withholding | modeled on reporters forwarding clerk emails after in-person pickup')))

    # 030 FCSO ack for REQ-014, received Oct 6
    r = req('REQ-014')
    body = text("""Your request was received October 6, 2026 and has been assigned FCSO ORR 26-1042.
A response will be provided within three business days as required by
O.C.G.A. 50-18-71.

Open Records Unit
Fulton County Sheriff's Office
""")
    out.append(('030-fcso-ack-2.eml', finish([
        ('From', 'FCSO Open Records <openrecords@fcsoga.org>'), ('To', plus('REQ-014')),
        ('Subject', 'RE: ' + r['subject']), ('Date', date_hdr('2026-10-06 10:15')),
        ('Message-ID', mid('030', 'fcsoga.org')), *threaded('REQ-014'), *outlook_hdrs('030', r['subject'])], body),
        fact('030-fcso-ack-2.eml', 'REQ-014', 'acknowledgment', 'FCSO ORR 26-1042', clock='received:2026-10-06',
             signals=['thread', 'plus', 'tracking-new'],
             why='FCSO logs the restraint-chair request as received Oct 6 (sent Monday Oct 5), FCSO ORR 26-1042',
             note='second FCSO request; two-line ack with a received date one day after sending | modeled on sheriff open records unit acknowledgments')))
    return out
