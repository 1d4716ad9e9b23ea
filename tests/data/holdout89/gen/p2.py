"""Messages 011-020."""
from gen_common import *

def build():
    out = []
    # 011 USPS PAL ack, HTML only
    html = """<html><body style="font-family:Arial;font-size:10pt">
<table width="100%" cellpadding="6"><tr><td style="background:#333366;color:#fff"><b>United States Postal Service - FOIA Public Access Link</b></td></tr></table>
<p>Dear Records Desk,</p>
<p>This is to acknowledge that your Freedom of Information Act request was received on <b>09/21/2026</b> and has been assigned
request number <b>2026-FPRO-02904</b>.</p>
<p><b>Description:</b> Next Generation Delivery Vehicle charging infrastructure contracts and task orders</p>
<p>Portions of Postal Service contract files may be protected from disclosure under 39 U.S.C. 410(c) and FOIA Exemption 3.
A FOIA analyst will contact you if clarification or fee agreement is needed. Fees, if any, will be assessed under 39 CFR 265.9.</p>
<p>USPS FOIA Requester Service Center</p>
<p style="font-size:8pt;color:#666">This is an automated message from the USPS FOIA PAL. Replies to this address are not monitored.</p>
</body></html>"""
    out.append(('011-usps-pal-ack-ngdv.eml', finish([
        ('From', 'USPS FOIA Requester Service Center <foia-pal-noreply@usps.gov>'), ('To', plus('REQ-008')),
        ('Subject', 'Acknowledgment of FOIA Request 2026-FPRO-02904'), ('Date', date_hdr('2026-09-21 16:44')),
        ('Message-ID', mid('011', 'uspsfoia.usps.gov'))], text(html, 'html')),
        fact('011-usps-pal-ack-ngdv.eml', 'REQ-008', 'acknowledgment', '2026-FPRO-02904', clock='received_on_sent_date',
             signals=['plus', 'tracking-new', 'subject'],
             why='USPS PAL acknowledges the NGDV charging request received 09/21/2026 (= sent), assigns 2026-FPRO-02904',
             note='HTML-only PAL acknowledgment; second open USPS request; mentions 39 U.S.C. 410(c) and fees only as possibilities | modeled on USPS PAL acknowledgments')))

    # 012 Richmond Fed: not an agency, forwarded to the Board (referral) -> other
    body = text("""Dear Records Desk:

Thank you for your September 16 email to the Federal Reserve Bank of Richmond
requesting records concerning the consolidation of the Baltimore Branch's cash
operations.

The Federal Reserve Banks are not federal agencies and are not subject to the
Freedom of Information Act. Under the Board of Governors' Rules Regarding
Availability of Information (12 CFR 261.2), however, certain records that a
Reserve Bank holds in performing functions delegated by the Board are
considered Board records, and requests for those records are handled by the
Board's FOIA Office.

Accordingly, we have forwarded your request today to the Board's Freedom of
Information Office, which will respond to you directly and will assign its
own request number. To the extent your request seeks records that are not
Board records, the Bank will consider it under its Policy on Public Access to
Records and will write to you separately if it has anything to add.

Sincerely,

Legal Department - Public Records
Federal Reserve Bank of Richmond
P.O. Box 27622
Richmond, VA 23261
""")
    r = req('REQ-004')
    out.append(('012-frbrich-referral-to-board.eml', finish([
        ('From', 'Public Records <publicrecords@rich.frb.org>'), ('To', plus('REQ-004')),
        ('Subject', 'RE: ' + r['subject']), ('Date', date_hdr('2026-09-22 11:20')),
        ('Message-ID', mid('012', 'rich.frb.org')),
        ('In-Reply-To', '<req-004.20260916.2@records.example.org>'),
        ('References', r['message_id'] + ' <req-004.20260916.2@records.example.org>')], body),
        fact('012-frbrich-referral-to-board.eml', 'REQ-004', 'other', signals=['thread', 'plus', 'subject'],
             why='Reserve Bank says it is not a FOIA agency and has forwarded the request to the Board (referral notice)',
             note='Reserve Bank referral to the Board under 12 CFR 261.2; replies to our resend (References carries the original) | modeled on Reserve Bank public-records replies')))

    # 013 Exchange NDR for USCP
    human = """Delivery has failed to these recipients or groups:

foia@uscp.gov
The email address you entered couldn't be found. Please check the recipient's
email address and try to resend the message. If the problem continues, please
contact your helpdesk.

Diagnostic information for administrators:

Generating server: DM6PR09MB4411.namprd09.prod.outlook.com

foia@uscp.gov
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
"""
    body = dsn('013', 'Tue, 22 Sep 2026 16:02:12 -0400', 'DM6PR09MB4411.namprd09.prod.outlook.com', 'foia@uscp.gov',
               '5.1.10', '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
               'REQ-009', 'foia@uscp.gov', human=human)
    r = req('REQ-009')
    out.append(('013-bounce-uscp-ndr.eml', finish([
        ('From', 'Microsoft Outlook <postmaster@uscp.onmicrosoft.com>'), ('To', plus('REQ-009')),
        ('Subject', 'Undeliverable: ' + r['subject']), ('Date', date_hdr('2026-09-22 16:03')),
        ('Message-ID', mid('013', 'DM6PR09MB4411.namprd09.prod.outlook.com')),
        ('In-Reply-To', r['message_id']), ('References', r['message_id']),
        ('X-MS-Exchange-Message-Is-Ndr', ''), ('Auto-Submitted', 'auto-replied')], body),
        fact('013-bounce-uscp-ndr.eml', 'REQ-009', 'bounce', signals=['thread', 'thread-embedded', 'plus'],
             why='Exchange Online NDR: foia@uscp.gov does not exist; our Capitol Police request was not delivered',
             note='Microsoft 365 NDR (RecipientNotFound) for our own request | modeled on Exchange Online non-delivery reports')))

    # 014 GAO acknowledgment (Outlook)
    r = req('REQ-010')
    body = text("""Records Desk,

GAO received your request for records on September 23, 2026. It has been
assigned request number RR-26-0128.

GAO is a legislative branch agency and is not subject to the Freedom of
Information Act. We make our records available to the public under our own
access regulation, 4 CFR part 81, which follows the spirit of FOIA consistent
with our duties to the Congress. Under that regulation GAO does not disclose
records relating to work that is still in progress, and certain other
categories of records are exempt from disclosure (4 CFR 81.6).

We will be in touch once we have identified the engagement your request
concerns.

Records Request Team
U.S. Government Accountability Office
441 G Street NW, Washington, DC 20548
""")
    out.append(('014-gao-ack.eml', finish([
        ('From', 'GAO Records Request <recordsrequest@gao.gov>'), ('To', plus('REQ-010')),
        ('Subject', 'RE: ' + r['subject']), ('Date', date_hdr('2026-09-24 09:40')),
        ('Message-ID', mid('014', 'gao.gov')), *threaded('REQ-010'), *outlook_hdrs('014', r['subject'])], body),
        fact('014-gao-ack.eml', 'REQ-010', 'acknowledgment', 'RR-26-0128', clock='received_on_sent_date',
             signals=['thread', 'plus', 'tracking-new'],
             why='GAO confirms receipt Sep 23 (= sent) under 4 CFR part 81 and assigns RR-26-0128',
             note='GAO acknowledgment under its own access regulation rather than FOIA | modeled on GAO records-request replies')))

    # 015 FDIC PAL status notice
    html = """<html><body><p>Request <b>FDIC-FOIA-2026-000912</b> status has been changed to <b>Assigned for Processing</b>.</p>
<p>To check the status of your request, log in to the <a href="https://fdicfoia.fdic.gov/app/Home.aspx">FDIC FOIA Public Access Link</a>.</p>
<p>Please do not reply to this automated message.</p></body></html>"""
    out.append(('015-fdic-pal-status.eml', finish([
        ('From', 'FDIC FOIA PAL <foiapal-noreply@fdic.gov>'), ('To', INBOX),
        ('Subject', 'FDIC-FOIA-2026-000912 Status Update'), ('Date', date_hdr('2026-09-25 06:12')),
        ('Message-ID', mid('015', 'fdicfoia.fdic.gov'))], text(html, 'html')),
        fact('015-fdic-pal-status.eml', 'REQ-005', 'portal_notice', 'FDIC-FOIA-2026-000912', signals=['tracking'],
             why='FDIC PAL status change to Assigned for Processing; nothing substantive',
             note='portal status notice to the bare inbox; only the tracking number links it | modeled on FOIAXpress PAL status emails')))

    # 016 Board acknowledgment (REQ-011)
    body = text("""Records Desk
records.example.org

Re: Freedom of Information Act Request No. F-2026-00531

This acknowledges receipt on September 24, 2026 of your request under the
Freedom of Information Act, 5 U.S.C. 552, for reports and memoranda of the
Board's Division of Reserve Bank Operations and Payment Systems reviewing the
Federal Reserve Bank of Richmond, 2024 to the present.

Your request has been assigned number F-2026-00531 and placed in the complex
queue. The Board processes requests under 12 CFR part 261. Because you
requested news media status, you will be charged only for duplication beyond
the first 100 pages, if any.

Freedom of Information Office
Board of Governors of the Federal Reserve System
Washington, DC 20551
""")
    r = req('REQ-011')
    out.append(('016-frb-board-ack.eml', finish([
        ('From', 'FOIA Office <foia-requests@frb.gov>'), ('To', plus('REQ-011')),
        ('Subject', 'Acknowledgment - FOIA Request No. F-2026-00531'), ('Date', date_hdr('2026-09-28 14:02')),
        ('Message-ID', mid('016', 'frb.gov')), *threaded('REQ-011')], body),
        fact('016-frb-board-ack.eml', 'REQ-011', 'acknowledgment', 'F-2026-00531', clock='received_on_sent_date',
             signals=['thread', 'plus', 'tracking-new'],
             why='Board acknowledges the RBOPS-review request received Sep 24 (= sent), assigns F-2026-00531',
             note='Board of Governors FOIA acknowledgment, plain letter in the body | modeled on Federal Reserve Board FOIA acknowledgments')))

    # 017 USPS clarification from a named analyst
    body = text("""Good morning,

I am the analyst handling FOIA request 2026-FPRO-02716. Before I task the
search, I need you to clarify the scope:

1. By "mail processing delay records" do you mean the daily operating reports
   for the Atlanta (Palmetto) RPDC (e.g., delayed-mail counts and mail
   condition reports), or correspondence and memoranda discussing the delays,
   or both?
2. Is 2025-2026 meant as calendar years January 1, 2025 to the present?

Please note that your request will be placed on hold until we receive your
response. If we do not hear from you within 30 calendar days, we will assume
you are no longer interested and will close the request.

Respectfully,

Darnell K. Whitmore
FOIA Analyst, USPS Privacy and Records Management Office
""")
    out.append(('017-usps-clarification.eml', finish([
        ('From', 'Whitmore, Darnell K - Washington, DC <darnell.k.whitmore@usps.gov>'), ('To', plus('REQ-002')),
        ('Subject', 'FOIA 2026-FPRO-02716 - Clarification Needed'), ('Date', date_hdr('2026-09-29 10:30')),
        ('Message-ID', mid('017', 'usps.gov')), *outlook_hdrs('017', 'FOIA 2026-FPRO-02716 - Clarification Needed')], body),
        fact('017-usps-clarification.eml', 'REQ-002', 'clarification', '2026-FPRO-02716', signals=['plus', 'tracking'],
             why='USPS analyst asks which records and date range are meant; request on hold until we answer',
             note='clarification with numbered questions and a 30-day close warning | modeled on USPS FOIA analyst emails')))

    # 018 Board acknowledges the request referred by the Richmond Fed (REQ-004), not REQ-011
    body = text("""Records Desk
records.example.org

Re: Freedom of Information Act Request No. F-2026-00547

On September 22, 2026, the Federal Reserve Bank of Richmond referred to the
Board your request for records concerning the consolidation of the Baltimore
Branch's cash operations. The Board received the referral on that date and
is treating it as a request under the Freedom of Information Act, 5 U.S.C.
552, and the Board's rules at 12 CFR part 261.

Your request has been assigned number F-2026-00547. Please note that this
number is different from the number assigned to any other request you may
have pending with the Board.

Freedom of Information Office
Board of Governors of the Federal Reserve System
""")
    out.append(('018-frb-board-ack-referred.eml', finish([
        ('From', 'FOIA Office <foia-requests@frb.gov>'), ('To', INBOX),
        ('Subject', 'Acknowledgment - FOIA Request No. F-2026-00547'), ('Date', date_hdr('2026-09-30 15:25')),
        ('Message-ID', mid('018', 'frb.gov'))], body),
        fact('018-frb-board-ack-referred.eml', 'REQ-004', 'acknowledgment', 'F-2026-00547', clock='received:2026-09-22',
             signals=['subject', 'tracking-new'],
             why='Board acknowledges the Baltimore cash request referred by the Richmond Fed, received Sep 22 (sent Sep 15); new number F-2026-00547',
             note='acknowledgment from a different body (the Board) than the one we wrote to; same sender as REQ-011, only the topic places it | modeled on Board referral acknowledgments')))

    # 019 Amtrak fee estimate, threaded, quotes request
    r = req('REQ-003')
    body = text("""Hello,

Regarding FOIA request FOIA-2026-00342:

Amtrak has granted your request for placement in the news media fee
category, so you will not be charged search or review fees and the first 100
pages of duplication are free. Your fee waiver request is denied because the
records mostly concern commercial warranty matters with the equipment
manufacturer.

Our Mechanical department has located approximately 3,115 pages of
potentially responsive records. At $0.10 per page after the first 100 pages,
the estimated fee is $301.50. The actual charge may be lower if records are
released electronically or found to be duplicative.

Under 49 CFR part 701 we cannot continue processing until you agree in
writing to pay the estimated fee or narrow your request. If we do not
receive a response within 20 business days, we will consider the request
withdrawn.

Amtrak FOIA Office
""" + quoted('REQ-003', 'FOIA Requests <foiarequests@amtrak.com>'))
    out.append(('019-amtrak-fee-estimate.eml', finish([
        ('From', 'FOIA Requests <foiarequests@amtrak.com>'), ('To', 'Records Desk <' + plus('REQ-003') + '>'),
        ('Subject', 'RE: ' + r['subject'] + ' [FOIA-2026-00342]'), ('Date', date_hdr('2026-10-01 12:00')),
        ('Message-ID', mid('019', 'amtrak.com')), *threaded('REQ-003'),
        *outlook_hdrs('019', r['subject'])], body),
        fact('019-amtrak-fee-estimate.eml', 'REQ-003', 'fee_estimate', 'FOIA-2026-00342', signals=['thread', 'plus', 'tracking'],
             why='Amtrak estimates $301.50 duplication and will not continue until we agree to pay or narrow',
             note='fee estimate with fee-waiver denial, withdrawal warning, quoted request | modeled on Amtrak FOIA fee letters')))

    # 020 USCP denial, PDF letter attached
    lines = ['UNITED STATES CAPITOL POLICE', 'Office of the General Counsel', '119 D Street NE, Washington, DC 20510', '',
             'October 2, 2026', '', 'Records Desk', 'records.example.org', '',
             'Re: Your request for overtime and threat assessment statistics', '',
             'Dear Requester:', '',
             'This responds to your September 23, 2026 email requesting records of United States Capitol Police',
             '(USCP) overtime hours and threat assessment case statistics for fiscal years 2024 through 2026.', '',
             'The USCP is an entity of the legislative branch. The Freedom of Information Act applies to',
             'agencies of the executive branch and does not apply to the USCP. In addition, information the',
             'USCP holds about the security of the Capitol complex is protected security information under',
             '2 U.S.C. 1979, which may be released only in accordance with rules of the Capitol Police Board.', '',
             'For these reasons, the USCP respectfully declines your request. Information about USCP',
             'finances is published in the semiannual Statement of Disbursements of the House and in the',
             'Report of the Secretary of the Senate, and the USCP Office of Inspector General posts its',
             'reports on its website.', '',
             'Sincerely,', '', 'Office of the General Counsel', 'United States Capitol Police']
    body = mixed(text("Good afternoon,\n\nPlease see the attached letter responding to your request.\n\nUSCP Office of the General Counsel\n"),
                 pdf_part('USCP_Response_Letter_10-02-2026.pdf', lines, 'USCP response'))
    r = req('REQ-009')
    out.append(('020-uscp-denial-pdf.eml', finish([
        ('From', 'USCP General Counsel <generalcounsel@uscp.gov>'), ('To', plus('REQ-009')),
        ('Subject', 'RE: ' + r['subject']), ('Date', date_hdr('2026-10-02 17:05')),
        ('Message-ID', mid('020', 'uscp.gov')),
        ('In-Reply-To', '<req-009.20260923.2@records.example.org>'),
        ('References', r['message_id'] + ' <req-009.20260923.2@records.example.org>'),
        *outlook_hdrs('020', r['subject'])], body),
        fact('020-uscp-denial-pdf.eml', 'REQ-009', 'denial', adverse=True, signals=['thread', 'plus', 'subject'],
             why='Capitol Police decline the request outright: legislative branch, FOIA does not apply, 2 U.S.C. 1979 security information',
             note='refusal because FOIA does not reach the body; letter only in PDF; US appeal rule applied mechanically | modeled on USCP General Counsel letters')))
    return out
