"""Messages 011-020."""
from gen_common import *

def build():
    out = []
    # 011 Hinds County ack, hedged fee
    r = req('REQ-006')
    body = text("""Records Desk:

Hinds County acknowledges receipt on September 14, 2026 of your public records
request for in-custody death records at the Raymond Detention Center,
2023-2026. The request is logged as PRR 2026-114.

Under Miss. Code Ann. 25-61-5, the County will produce the records or deny the
request within seven (7) working days, or will tell you in writing why it
cannot and when the records will be produced.

A fee may be charged for the actual cost of searching, reviewing and copying
under 25-61-7 and the Hinds County public records policy. If charges are
expected to exceed $25.00 you will receive an estimate before any work is
done.

Hinds County Public Records Office
316 S. President Street, Jackson, MS 39201
""")
    out.append(('011-hinds-ack.eml', finish([
        ('From', 'Hinds County Public Records <publicrecords@hindscountyms.com>'), ('To', plus('REQ-006')),
        ('Subject', 'PRR 2026-114 - Acknowledgment'), ('Date', ct('2026-09-15 14:10')),
        ('Message-ID', mid('011', 'hindscountyms.com'))], body),
        fact('011-hinds-ack.eml', 'REQ-006', 'acknowledgment', 'PRR 2026-114', clock='received_on_sent_date',
             signals=['plus', 'tracking-new', 'subject'],
             why='Hinds County acknowledges the RDC death-records request received Sept 14 (= sent) as PRR 2026-114; fee "may" apply',
             note='Mississippi 7-working-day ack with a hedged fee, new subject, no threading | modeled on Mississippi county public records office letters')))

    # 012 Chatham: records ready, come pick up, pay in person
    body = text("""Mr./Ms. Desk,

The records you requested (restraint chair logs and use of force reports,
Chatham County Detention Center, January 2025 - August 2026) are ready.

  Copies: 214 pages @ $0.10 ............ $21.40
  Search/retrieval: 1.5 hrs @ $18.25 ... $27.38
  (first quarter hour no charge)
  TOTAL DUE ............................ $48.78

Records will be released on payment. Payment must be made in person at the
Records window, 1050 Carl Griffin Drive, Mon-Fri 8:00 a.m. - 4:00 p.m. Cash
(exact change) or money order payable to Chatham County Sheriff's Office. No
personal checks or cards. We do not mail or email copies until payment is
received.

Cpl. T. Gadsden
Records Section, CCSO
""")
    out.append(('012-chatham-pickup-fee.eml', finish([
        ('From', 'Gadsden, Terrence <ccsorecords@chathamcounty.org>'), ('To', plus('REQ-003')),
        ('Subject', 'RE: ' + req('REQ-003')['subject']), ('Date', date_hdr('2026-09-16 09:40')),
        ('Message-ID', mid('012', 'chathamcounty.org')), ('In-Reply-To', mid('006', 'chathamcounty.org')),
        ('References', '<req-003.20260909.2@records.example.org> ' + mid('006', 'chathamcounty.org')),
        *outlook_hdrs('012', req('REQ-003')['subject'])], body),
        fact('012-chatham-pickup-fee.eml', 'REQ-003', 'fee_estimate', signals=['plus', 'subject'],
             why='records ready for pickup, $48.78 payable in person (cash/money order); released only on payment',
             note='"records are ready, come pick them up" with fee payable at the window | modeled on Georgia sheriff records sections that release copies only on in-person payment')))

    # 013 Charleston CSO JustFOIA acknowledgment
    plain = """Charleston County Sheriff's Office - FOIA Request Received

Request Number: 2026-0488
Date Received: 09/15/2026
Requester: Records Desk

Description: 287(g) agreement, steering committee minutes and detainer
statistics, Al Cannon Detention Center

Your request has been received by the Charleston County Sheriff's Office. In
accordance with S.C. Code Ann. 30-4-30(C), a determination will be made within
ten (10) business days of receipt, excepting Saturdays, Sundays and legal
holidays. If the records are more than twenty-four months old, the
determination period is twenty (20) business days.

Track your request: https://charlestoncountysheriffsc.justfoia.com/publicportal/home/track

Powered by JustFOIA
"""
    html = """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">
<div style="background:#0b2a4a;color:#fff;padding:10px 14px;font-size:16px">Charleston County Sheriff's Office - FOIA Request Received</div>
<table cellpadding="6" style="font-size:14px"><tr><td><b>Request Number:</b></td><td>2026-0488</td></tr>
<tr><td><b>Date Received:</b></td><td>09/15/2026</td></tr><tr><td><b>Requester:</b></td><td>Records Desk</td></tr>
<tr><td><b>Description:</b></td><td>287(g) agreement, steering committee minutes and detainer statistics, Al Cannon Detention Center</td></tr></table>
<p>Your request has been received by the Charleston County Sheriff's Office. In accordance with S.C. Code Ann. 30-4-30(C), a determination will be made within ten (10) business days of receipt, excepting Saturdays, Sundays and legal holidays. If the records are more than twenty-four months old, the determination period is twenty (20) business days.</p>
<p><a href="https://charlestoncountysheriffsc.justfoia.com/publicportal/home/track">Track your request</a></p>
<p style="font-size:11px;color:#999">Powered by JustFOIA</p></body></html>"""
    out.append(('013-charleston-justfoia-ack.eml', finish([
        ('From', 'Charleston County Sheriff\'s Office <noreply@justfoia.com>'), ('To', plus('REQ-008')),
        ('Subject', 'FOIA Request 2026-0488 Received'), ('Date', date_hdr('2026-09-16 10:02')),
        ('Message-ID', mid('013', 'justfoia.com'))], alt(plain, html)),
        fact('013-charleston-justfoia-ack.eml', 'REQ-008', 'acknowledgment', '2026-0488', clock='received_on_sent_date',
             signals=['plus', 'tracking-new', 'subject'],
             why='JustFOIA receipt for the Charleston CSO 287(g) request, received 09/15/2026 (= sent), number 2026-0488; SC 10 business days',
             note='JustFOIA acknowledgment from noreply@justfoia.com (portal domain, not the agency) | modeled on JustFOIA request-received emails of South Carolina sheriffs')))

    # 014 Richland County ack, received date differs
    body = text("""Dear Records Desk,

Richland County received your Freedom of Information Act request on
Wednesday, September 16, 2026 (your email arrived after close of business on
September 15). Your request number is RC-FOIA-26-0522.

Your request seeks records of inmate deaths at the Alvin S. Glenn Detention
Center and the Center's medical services contract. Please note that the
Detention Center is operated by Richland County, not by the Richland County
Sheriff's Department; this office is the correct custodian.

Pursuant to S.C. Code Ann. 30-4-30(C), the County will notify you of its
determination within ten business days. If some responsive records are more
than 24 months old, the County may need up to twenty business days for those
records.

Office of the County Attorney - FOIA
Richland County Government
2020 Hampton Street, Columbia, SC 29204
""")
    out.append(('014-richland-ack.eml', finish([
        ('From', 'Richland County FOIA <foia@richlandcountysc.gov>'), ('To', plus('REQ-009')),
        ('Subject', 'RE: ' + req('REQ-009')['subject']), ('Date', date_hdr('2026-09-17 09:12')),
        ('Message-ID', mid('014', 'richlandcountysc.gov')), *threaded('REQ-009'),
        *outlook_hdrs('014', req('REQ-009')['subject'])], body),
        fact('014-richland-ack.eml', 'REQ-009', 'acknowledgment', 'RC-FOIA-26-0522', clock='received:2026-09-16',
             signals=['thread', 'plus', 'tracking-new'],
             why='Richland County logs the request as received Sept 16 (sent Sept 15 after hours), RC-FOIA-26-0522; SC clock from Sept 16',
             note='received date differs from sent; hedged 20-day period for older records | modeled on South Carolina county attorney FOIA acknowledgments')))

    # 015 OPSO 3-day certification letter in PDF only
    lines = ['ORLEANS PARISH SHERIFF\'S OFFICE', 'Office of the General Counsel - Public Records',
             '2800 Perdido Street, New Orleans, Louisiana 70119', '', 'September 17, 2026', '',
             'Via email: records+req-010@records.example.org', '',
             'Re: Public Records Request PRR #26-0733', '    In-custody deaths; medical provider contract, Orleans Justice Center', '',
             'Dear Requester:', '',
             'The Orleans Parish Sheriff\'s Office received your public records request on',
             'September 16, 2026. Pursuant to La. R.S. 44:33(B)(1), this letter certifies that',
             'the records you seek are not immediately available because they are in active',
             'use and must be retrieved from the Office of the Inspector General, the Medical',
             'Unit and the Contracts Office, and reviewed for exempt material, including',
             'records of pending criminal investigations (La. R.S. 44:3(A)(1)) and protected',
             'health information.', '',
             'We anticipate that responsive, non-exempt records will be available on or before',
             'October 16, 2026. Fees of $1.00 per page may apply to paper copies; electronic',
             'copies are provided without charge where possible.', '',
             'Sincerely,', '', 'Associate General Counsel', 'Orleans Parish Sheriff\'s Office']
    body = mixed(text('Please see the attached correspondence regarding your public records request.\n\nOPSO Public Records\n'),
                 pdf_part('PRR 26-0733 Certification Letter.pdf', lines, 'PRR 26-0733'))
    out.append(('015-opso-certification-pdf.eml', finish([
        ('From', 'OPSO Public Records <publicrecords@opso.us>'), ('To', plus('REQ-010')),
        ('Subject', 'Public Records Request'), ('Date', ct('2026-09-17 15:30')),
        ('Message-ID', mid('015', 'opso.us'))], body),
        fact('015-opso-certification-pdf.eml', 'REQ-010', 'acknowledgment', 'PRR #26-0733', clock='received_on_sent_date',
             estimated='2026-10-16', signals=['plus', 'tracking-attachment', 'tracking-filename'],
             why='OPSO 44:33(B) certification letter (PDF): received Sept 16 (= sent), PRR #26-0733, records expected by Oct 16',
             note='generic subject, letter only in PDF; Louisiana 3-day certification with an estimated date | modeled on OPSO general counsel public records letters')))

    # 016 EBRSO clarification, Gmail-style quote
    r = req('REQ-011')
    body = text("""Good morning,

Before we can respond to your request we need a little more information:

1. The Sheriff's Office has had inmate telephone service agreements with more
   than one provider. Do you want only the current Securus Technologies
   agreement, or also the prior agreement(s) and their amendments?
2. For "commission payments", please give the time period you want (fiscal
   years or months). Monthly commission statements go back to 2014.

Your request will be held until we hear from you.

Thank you,
Legal Services Division
East Baton Rouge Parish Sheriff's Office
""" + quoted('REQ-011', style='gmail'))
    out.append(('016-ebrso-clarification.eml', finish([
        ('From', 'EBRSO Legal <legal@ebrso.org>'), ('To', plus('REQ-011')),
        ('Subject', 'Re: ' + r['subject']), ('Date', ct('2026-09-18 10:20')),
        ('Message-ID', mid('016', 'ebrso.org')), *threaded('REQ-011')], body),
        fact('016-ebrso-clarification.eml', 'REQ-011', 'clarification', signals=['thread', 'plus'],
             why='EBRSO legal asks which phone provider agreements and what period of commission statements; request held',
             note='clarification quoting our request Gmail-style | modeled on Louisiana sheriff legal division replies')))

    # 017 ICE acknowledgment, hedged unusual circumstances
    r = req('REQ-012')
    body = text("""September 18, 2026

Records Desk
records+req-012@records.example.org

RE: ICE FOIA Case Number 2026-ICFO-61207

This acknowledges receipt of your Freedom of Information Act (FOIA) request to
U.S. Immigration and Customs Enforcement (ICE), dated September 17, 2026, and
received by this office on September 17, 2026. You are seeking 287(g)
Memoranda of Agreement and renewals with sheriffs in Georgia, Alabama,
Mississippi, South Carolina and Louisiana.

Due to the increasing number of FOIA requests received by this office, we may
encounter some delay in processing your request. Per Section 5.5(a) of the DHS
FOIA regulations, 6 C.F.R. Part 5, ICE processes FOIA requests according to
their order of receipt. Your request may also require consultation with
another agency or a search of more than one office, in which case ICE may
invoke a 10-day extension under 6 C.F.R. 5.5(c).

We have queried the appropriate program offices for responsive records. If
any responsive records are located, they will be reviewed for determination
of releasability.

Your request has been assigned reference number 2026-ICFO-61207. Please refer
to this identifier in any future correspondence. You may check the status of
your request at https://www.dhs.gov/foia-status.

Regards,

ICE Freedom of Information Act Office
U.S. Immigration and Customs Enforcement
500 12th Street SW, Stop 5009, Washington, D.C. 20536-5009
""")
    out.append(('017-ice-ack.eml', finish([
        ('From', 'ICE-FOIA <ice-foia@ice.dhs.gov>'), ('To', plus('REQ-012')),
        ('Subject', 'ICE FOIA Request 2026-ICFO-61207'), ('Date', date_hdr('2026-09-18 13:45')),
        ('Message-ID', mid('017', 'ice.dhs.gov')), *outlook_hdrs('017', 'ICE FOIA Request 2026-ICFO-61207')], body),
        fact('017-ice-ack.eml', 'REQ-012', 'acknowledgment', '2026-ICFO-61207', clock='received_on_sent_date',
             signals=['plus', 'tracking-new', 'subject'],
             why='ICE acknowledges the 287(g) MOA request received Sept 17 (= sent), 2026-ICFO-61207; extension only "may" be invoked',
             note='federal ack with hedged extension wording | modeled on ICE FOIA Office acknowledgment letters')))

    # 018 Harrison County: not the custodian, forwarded to Board attorney
    body = text("""Good morning. I'm back in the office and saw your request.

The Sheriff's Department does not hold the commissary contract. Contracts for
the Adult Detention Center are approved by the Harrison County Board of
Supervisors and kept by the Chancery Clerk. I have forwarded your email to the
Board Attorney's office (boardattorney@co.harrison.ms.us), which handles public
records requests for the Board. They will respond to you directly.

Commission statements from the commissary vendor go to the County
Administrator's office, so those should be covered by the same request.

Sheila Breaux
Harrison County Sheriff's Department
""" + quoted('REQ-007', 'records@harrisoncountysheriff.com'))
    out.append(('018-harrison-referral.eml', finish([
        ('From', 'Sheila Breaux <records@harrisoncountysheriff.com>'), ('To', plus('REQ-007')),
        ('Cc', 'boardattorney@co.harrison.ms.us'),
        ('Subject', 'RE: ' + req('REQ-007')['subject']), ('Date', ct('2026-09-21 09:30')),
        ('Message-ID', mid('018', 'harrisoncountysheriff.com')), *threaded('REQ-007')], body),
        fact('018-harrison-referral.eml', 'REQ-007', 'other', signals=['thread', 'plus'],
             why='Harrison SO is not the custodian; forwards the commissary request to the Board of Supervisors attorney',
             note='transfer/referral notice within the county | modeled on Mississippi sheriff staff redirecting contract requests to the Board of Supervisors')))

    # 019 Georgia First Amendment Foundation newsletter (null)
    html = """<html><body style="font-family:Georgia,serif;font-size:15px;max-width:640px">
<h2 style="color:#7a1f1f">Open Government Update - September 2026</h2>
<p><b>Sunshine Week planning begins.</b> Our annual survey of open records response times at Georgia sheriffs' offices
found that most counties met the three-business-day deadline for a first response, but fewer than half produced jail
incident reports within 30 days.</p>
<p><b>Legislative watch:</b> a study committee will look at fees for body-camera video and jail records.</p>
<p><b>Training:</b> "Open Records for Jail Administrators" - October 20, Macon. Register on our website.</p>
<p style="font-size:12px;color:#777">You are receiving this because you subscribed at an open government workshop.
<a href="https://gfaf.example.net/unsubscribe">Unsubscribe</a></p></body></html>"""
    out.append(('019-newsletter-gfaf.eml', finish([
        ('From', 'Georgia First Amendment Foundation <news@gfaf.example.net>'), ('To', 'records@records.example.org'),
        ('Subject', 'Open Government Update: jail records response times'), ('Date', date_hdr('2026-09-21 13:00')),
        ('Message-ID', mid('019', 'gfaf.example.net')), ('List-Unsubscribe', '<https://gfaf.example.net/unsubscribe>'),
        ('Precedence', 'bulk')], text(html, 'html')),
        fact('019-newsletter-gfaf.eml', None, 'other', signals=['none'],
             why='advocacy newsletter about Georgia jail records; not a reply to any request',
             note='newsletter that mentions sheriffs, jail records and the three-day rule (topic-word trap) | modeled on open government foundation newsletters')))

    # 020 JCSO clarification: residency proof and period
    body = text("""Re: JCSO 26-311

Before we can process your request please provide the following:

- Proof of Alabama residency for the requester (copy of an Alabama driver's
  license or other document), as permitted by Ala. Code 36-12-40 and our
  written procedure. If you are a news organization, a letter on company
  letterhead giving your Alabama address is acceptable.
- The period for the commission reports. The current inmate communications
  agreement began in 2021. Please tell us whether you want all quarterly
  commission reports since then or a shorter period.

The request is on hold until we receive this information.

Sgt. Renita Oglesby
Records Division, JCSO
""")
    out.append(('020-jcso-clarification.eml', finish([
        ('From', 'Records Division <records@jeffcosheriff.net>'), ('To', plus('REQ-004')),
        ('Subject', 'JCSO 26-311 - information needed'), ('Date', ct('2026-09-22 11:10')),
        ('Message-ID', mid('020', 'jeffcosheriff.net')), ('In-Reply-To', mid('007', 'jeffcosheriff.net')),
        ('References', req('REQ-004')['message_id'] + ' ' + mid('007', 'jeffcosheriff.net')),
        *outlook_hdrs('020', 'JCSO 26-311 - information needed')], body),
        fact('020-jcso-clarification.eml', 'REQ-004', 'clarification', 'JCSO 26-311',
             signals=['thread', 'plus', 'tracking'],
             why='JCSO asks for proof of Alabama residency and the period of commission reports; request on hold',
             note='Alabama residency-proof clarification | modeled on Alabama custodians requiring residency under the 2024 Act procedures')))
    return out
