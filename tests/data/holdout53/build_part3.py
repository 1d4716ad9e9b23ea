"""Messages 021-030 (September 25 - October 2, 2026)."""
from build_common import *
from mimekit import text_part, b64_part, multipart, boundary, date_hdr, make_pdf


def m021():
    # A U-M FOIA specialist asks for a call; no number, no topic, no threading. Two U-M requests are open.
    txt = """Good morning,

I'm a FOIA specialist with the University of Michigan FOIA Office. Would
someone from your desk be able to give me a call about your FOIA request?
There are a couple of things I'd rather talk through by phone than by
email.

I'm at 734-764-2168, most days 9 to 4.

Thanks,
Karen

Karen Obuya
FOIA Specialist
University of Michigan
"""
    hs = std('Karen Obuya <kobuya@umich.edu>', 'records@quadledger.example.org',
             'Fri, 25 Sep 2026 10:12:03 -0400', 'FOIA request', gmail_mid('021'))
    save('021-umich-call-request-unplaceable.eml', hs, text_part(txt))


def m022():
    txt = """Hello,

We received your Open Records Act request on Tuesday, September 22, for
email of the Vice President for Research about research security reviews,
foreign talent program disclosures and federal research security program
requirements, January 1 - August 31, 2026.

The Office of Research ran a search of the Vice President's mailbox using
your terms. It returned roughly 2,300 messages, many with attachments, that
will need to be reviewed before release (some will involve students,
export-controlled projects, or pending proposals).

Estimated cost: $342.75
  - Search and retrieval, Office of Research: 4.25 hours
  - Review and redaction, Office of Legal Affairs: 11.0 hours
  - 15.25 hours, less the first quarter hour at no charge, = 15.0 hours at
    $22.85/hour (lowest-paid full-time employee qualified to do the work)
  - No copy charges for electronic records

Because the estimate is more than $25, we need your written agreement to pay
it before we continue (O.C.G.A. 50-18-71(d)). Prepayment is not required
since the amount is under $500. Once we have your agreement, we expect to
produce records in batches over about 30 business days. You are also
welcome to narrow the request to reduce the cost - for example, to messages
with the Office of Research Security, or to a shorter period.

Thank you,

Whitney Callahan
Open Records Manager
University of Georgia
706-542-8090
""" + quote_outlook('REQ-010')
    hs = std('Whitney Callahan <ugaopenrecordsrequest@uga.edu>', 'Quad Ledger Records Desk <records+req-010@quadledger.example.org>',
             'Fri, 25 Sep 2026 15:30:26 +0000', 'RE: ' + subj('REQ-010'), outlook_mid('022', 'namprd02'),
             irt=mid('REQ-010'), refs=mid('REQ-010'), extra=outlook_headers('022', subj('REQ-010')))
    save('022-uga-fee-estimate-vpr-emails.eml', hs, text_part(txt))


def m023():
    txt = """Hello,

Attached are the University of Georgia Police Department incident reports
responsive to your request (UGAPD calls to Milledge Avenue and South Milledge
Avenue chapter houses, August 15 - September 5, 2026): 11 reports, 38 pages.

Redactions:
  - Social Security numbers, dates of birth, home addresses and personal
    phone numbers are redacted under O.C.G.A. 50-18-72(a)(20)(A).
  - For reports 2026-08811 and 2026-09042, the investigations are still
    pending. The initial incident report information is released, as
    O.C.G.A. 50-18-72(a)(4) requires, but the supplemental narratives are
    withheld under that subsection until the investigations conclude.

The cost is $18.40, as estimated. An invoice is attached; you can pay by
check payable to the University of Georgia or by card using the link on the
invoice.

This completes our response to your request.

Whitney

Whitney Callahan
Open Records Manager
University of Georgia
706-542-8090
"""
    rep = make_pdf(['|UNIVERSITY OF GEORGIA POLICE DEPARTMENT', '|Incident Reports - Open Records Release (redacted)', '',
                    '|Case 2026-08614  08/16/2026 01:12  S Milledge Ave  Noise complaint / party  Closed',
                    '|Case 2026-08702  08/22/2026 23:47  Milledge Ave  Underage possession of alcohol  Closed - citation',
                    '|Case 2026-08811  08/27/2026 02:30  Milledge Ave  Battery  OPEN - supplemental narrative withheld',
                    '|Case 2026-08850  08/29/2026 00:15  S Milledge Ave  Medical assist (alcohol)  Closed',
                    '|Case 2026-09042  09/04/2026 22:58  Milledge Ave  Hazing complaint  OPEN - supplemental narrative withheld',
                    '', '|[Remaining pages of the release omitted from this stand-in.]'],
                   title='UGAPD Milledge incident reports', producer='Adobe Acrobat Pro 24')
    inv = make_pdf(['|UNIVERSITY OF GEORGIA - OPEN RECORDS INVOICE', '', '|Requester: Quad Ledger Records Desk',
                    '|Request: UGAPD incident reports, Milledge Ave chapter houses, 8/15-9/5/2026',
                    '|Search, retrieval and redaction: 1.25 hrs less 0.25 hr free = 1.00 hr @ $18.40',
                    '|Amount due: $18.40', '|Pay by check to the University of Georgia, or online: https://pay.uga.edu/openrecords'],
                   title='Open Records Invoice', producer='Microsoft: Print To PDF')
    b = boundary('023')
    body = multipart('mixed', [text_part(txt),
                               b64_part(rep, 'application/pdf', 'UGAPD_Milledge_Incident_Reports_redacted.pdf'),
                               b64_part(inv, 'application/pdf', 'Open_Records_Invoice_0925.pdf')], b)
    hs = std('Whitney Callahan <ugaopenrecordsrequest@uga.edu>', 'Quad Ledger Records Desk <records+req-009@quadledger.example.org>',
             'Fri, 25 Sep 2026 21:10:02 +0000', 'RE: ' + subj('REQ-009'), outlook_mid('023', 'namprd02'),
             irt=outlook_mid('013', 'namprd02'),
             refs=' '.join([mid('REQ-009'), outlook_mid('006', 'namprd02'), outlook_mid('013', 'namprd02')]),
             extra=outlook_headers('023', subj('REQ-009'), has_attach=True))
    save('023-uga-police-reports-final.eml', hs, body)


def m024():
    txt = """OSU's records attorney emailed me Friday afternoon after I called about
our hazing request. Forwarding so it gets logged - she wants us to revise.
I'd suggest we limit it to reports with the hazing offense code (2903.31)
and keep the regional campuses in. Can the desk reply through the portal?

Marcus

---------- Forwarded message ---------
From: Cho, Danielle <cho.4121@osu.edu>
Date: Fri, Sep 25, 2026 at 4:18 PM
Subject: Your public records request - hazing reports
To: Marcus Bell <mbell@quadledger.example.org>


Mr. Bell,

Thank you for your call this afternoon about public records request
R002987-091626 (University Police incident reports involving alleged hazing,
August 1, 2025 to present, all campuses).

University Police does not classify incident reports by whether hazing was
alleged. As written, the request would require us to read every report
taken during the period, roughly 9,400 across the five campuses. Under R.C.
149.43(B)(2), a public office may deny a request that is ambiguous or overly
broad, but must give the requester an opportunity to revise it, and we
would rather work with you on a version we can fulfill.

Could you revise the request to identify the records more specifically? For
example: reports carrying the offense code for hazing (R.C. 2903.31); reports
involving a named student organization; or specific dates or addresses.
Records Management can search by offense code across all campuses.

You can reply through the Public Records Center or to me directly. We will
keep the request open pending your revision.

Danielle Cho
Senior Associate General Counsel, Public Records
Office of Legal Affairs
The Ohio State University
"""
    hs = std('Marcus Bell <mbell@quadledger.example.org>', 'records@quadledger.example.org',
             'Mon, 28 Sep 2026 09:40:17 -0400', 'Fwd: Your public records request - hazing reports', gmail_mid('024'))
    save('024-fwd-osu-clarification-hazing.eml', hs, text_part(txt))


def m025():
    html = """<html><body style="font-family:Georgia,serif;font-size:11pt;color:#00274c">
<p>Dear Quad Ledger Records Desk:</p>
<p>Please see the attached response to your Freedom of Information Act request, FOIA #2026-0987.</p>
<p>Sincerely,<br>FOIA Office<br>University of Michigan</p>
</body></html>"""
    letter = [
        '|UNIVERSITY OF MICHIGAN',
        '|Freedom of Information Act Office',
        '|2025 Fleming Administration Building, 503 Thompson Street, Ann Arbor, MI 48109-1340',
        '',
        '|September 29, 2026',
        '',
        '|Quad Ledger Records Desk',
        '|records@quadledger.example.org',
        '',
        '|Re: FOIA #2026-0987',
        '',
        'Dear Requester:',
        '',
        'This letter responds to your request under the Michigan Freedom of Information Act, considered received '
        'on September 22, 2026, for the final investigation reports and final institutional decision letters in '
        'every research misconduct proceeding at the University of Michigan that concluded with a finding of '
        'research misconduct between January 1, 2021 and the date of your request.',
        '',
        'Your request is denied. The records you describe are exempt from disclosure under the following '
        'sections of the Act:',
        '',
        '- MCL 15.243(1)(d), records or information specifically described and exempted from disclosure by '
        'statute: federal regulations require institutions to limit disclosure of the identity of respondents and '
        'complainants in research misconduct proceedings (42 CFR 93.106), and the University\'s reports are made '
        'under those regulations;',
        '- MCL 15.243(1)(a), information of a personal nature the public disclosure of which would constitute a '
        'clearly unwarranted invasion of an individual\'s privacy; and',
        '- MCL 15.243(1)(m), communications and notes within the University of an advisory nature, to the extent '
        'the reports contain preliminary findings and recommendations.',
        '',
        'Findings of research misconduct that the federal Office of Research Integrity has published are available '
        'from that office.',
        '',
        'Under MCL 15.240, you may do one of the following: (1) submit to the President of the University a written '
        'appeal that specifically states the word "appeal" and identifies the reason or reasons for reversal of '
        'the denial; or (2) commence a civil action in the Court of Claims to compel disclosure within 180 days '
        'after the University\'s final determination to deny your request. If you prevail in such an action, you '
        'may be awarded reasonable attorney fees, costs and disbursements, and possibly damages, as provided in '
        'MCL 15.240(6) and (7).',
        '',
        'Sincerely,',
        '',
        '|Ana Gutierrez-Moll',
        '|FOIA Coordinator',
    ]
    pdf = make_pdf(letter, title='FOIA 2026-0987 Response', compress=True, producer='Microsoft Word for Microsoft 365')
    b = boundary('025')
    body = multipart('mixed', [text_part(html, 'html', force_qp=True),
                               b64_part(pdf, 'application/pdf', 'FOIA 2026-0987 Response.pdf')], b)
    hs = std('U-M FOIA Office <foia-email@umich.edu>', 'records+req-006@quadledger.example.org',
             'Tue, 29 Sep 2026 16:00:44 -0400', 'FOIA #2026-0987 - Response', gmail_mid('025'))
    save('025-umich-denial-research-misconduct.eml', hs, body)


def m026():
    txt = """Re: Public Information Request 2026-PIR-01522

Dear Requestor,

Under section 552.221(d) of the Texas Government Code, the University
certifies that it cannot produce the requested information within ten
business days of receiving your request. The agreements must be retrieved
from the Department of Intercollegiate Athletics, and some of them contain
information in which third parties may have a proprietary interest, which
the University is reviewing.

The University will make the information available to you on or before
5:00 p.m. on October 20, 2026. If the University determines that it must
ask the Attorney General for a decision on any portion, you will receive a
copy of that request.

Public Information Office
Office of the Vice President for Legal Affairs
The University of Texas at Austin
"""
    hs = std('UT Austin Public Information <publicinfo@austin.utexas.edu>', 'records@quadledger.example.org',
             'Tue, 29 Sep 2026 15:45:09 -0500', '2026-PIR-01522 - Certification of Delay', outlook_mid('026', 'namprd06'),
             extra=outlook_headers('026', '2026-PIR-01522 - Certification of Delay'))
    save('026-utaustin-552-221d-certification.eml', hs, text_part(txt))


def m027():
    txt = """Dear Requester:

This is the District's response to FOIA No. 26-212. We apologize for the
delay.

Attached is the Security Services Agreement between the Board of Trustees of
Community College District No. 508 and Lakeshore Protective Services, Inc.
(Contract No. 2023-0417), together with Amendments 1 through 4, which cover
contract security guard services at the seven colleges and the District
Office for fiscal years 2024 through 2026.

The invoices you requested are voluminous (approximately 1,400 pages across
36 months and eight locations) and are being compiled by the Office of
Procurement Services. The District will produce them on a rolling basis and
anticipates completing production by October 16, 2026.

Sincerely,

Marisol Ferreira
FOIA Officer
Office of the General Counsel
City Colleges of Chicago
"""
    pdf = make_pdf(['|SECURITY SERVICES AGREEMENT - CONTRACT NO. 2023-0417',
                    '|Board of Trustees of Community College District No. 508 (City Colleges of Chicago)',
                    '|and Lakeshore Protective Services, Inc.', '',
                    'Term: July 1, 2023 through June 30, 2026, with two one-year renewal options. Services: unarmed '
                    'contract security officers at Daley, Kennedy-King, Malcolm X, Olive-Harvey, Truman, Harold '
                    'Washington and Wright colleges and the District Office.',
                    '', '|Amendment 1 (03/2024): rate adjustment.  Amendment 2 (08/2024): added posts at Malcolm X.',
                    '|Amendment 3 (06/2025): first renewal option exercised.  Amendment 4 (01/2026): overtime cap.',
                    '', '|[Stand-in for the 86-page release.]'], title='26-212 Contract and Amendments')
    b = boundary('027')
    body = multipart('mixed', [text_part(txt),
                               b64_part(pdf, 'application/pdf', 'FOIA 26-212 Contract 2023-0417 and Amendments 1-4.pdf')], b)
    hs = std('FOIA <foia@ccc.edu>', 'Quad Ledger Records Desk <records+req-013@quadledger.example.org>',
             'Tue, 29 Sep 2026 16:10:31 -0500', 'RE: ' + subj('REQ-013'), outlook_mid('027', 'namprd17'),
             irt=outlook_mid('012', 'namprd17'), refs=mid('REQ-013') + ' ' + outlook_mid('012', 'namprd17'),
             extra=outlook_headers('027', subj('REQ-013'), has_attach=True))
    save('027-ccc-interim-contracts.eml', hs, body)


def m028():
    txt = """October 2, 2026

Re: FOIA Request No. 27-00012-F

Dear Ms. Quintanilla:

This letter acknowledges receipt of your Freedom of Information Act (FOIA)
request to the U.S. Department of Education, dated and received in this
office on October 1, 2026, for resolution agreements and case-closure letters
issued by the Office for Civil Rights (OCR) in Title VI investigations of
public universities resolved between January 1, 2025 and the date of your
request.

Your request has been assigned the number above. Please use it in all future
communications with our office. We have placed you in the news media fee
category.

Your request has been forwarded to OCR for a search. The FOIA provides 20
working days to respond; we will contact you if we need to clarify your
request or if unusual circumstances require more time.

If you have questions, please contact the FOIA Service Center at (202)
401-8365 or EDFOIAManager@ed.gov. You may also seek assistance from the
Department's FOIA Public Liaison or from the Office of Government
Information Services (OGIS) at the National Archives (ogis@nara.gov;
1-877-684-6448).

Sincerely,

FOIA Service Center
U.S. Department of Education
"""
    hs = std('EDFOIAManager <EDFOIAManager@ed.gov>', 'records+req-015@quadledger.example.org',
             'Fri, 2 Oct 2026 13:30:40 +0000', 'RE: ' + subj('REQ-015') + ' [27-00012-F]',
             outlook_mid('028', 'namprd09'), irt=mid('REQ-015'), refs=mid('REQ-015'),
             extra=outlook_headers('028', subj('REQ-015')))
    save('028-ed-ack-ocr-27-00012-F.eml', hs, text_part(txt))


def m029():
    html = """<html><body style="font-family:Georgia,serif;font-size:11pt;color:#00274c">
<div style="border-bottom:3px solid #ffcb05;padding-bottom:6px;margin-bottom:12px"><b>UNIVERSITY OF MICHIGAN</b>
&nbsp;|&nbsp; Freedom of Information Act Office</div>
<p>Dear Quad Ledger Records Desk:</p>
<p>This responds to your request, FOIA #2026-0934, for contracts, purchase orders, statements of work and amendments
with automated license plate reader vendors, January 1, 2023 to the present.</p>
<p>Your request is <b>granted</b>, subject to any exemptions that apply to portions of the records, which will be
identified when the records are provided.</p>
<p>The University estimates the cost of processing your request at <b>$212.48</b>. A detailed itemization is
attached. Because the estimated fee exceeds $50, the University requires a good-faith deposit of
<b>$106.24</b> (50 percent of the estimate) before it processes your request, as permitted by MCL 15.234(8).
Payment instructions are on the itemization form.</p>
<p>The University's best-efforts, non-binding estimate is that the records will be provided within 20 business days
after the deposit is received. If the deposit is not received within 48 days of the date of this notice, the request
will be considered abandoned.</p>
<p>Sincerely,<br>Ana Gutierrez-Moll<br>FOIA Coordinator<br>University of Michigan</p>
</body></html>"""
    item = make_pdf([
        '|UNIVERSITY OF MICHIGAN - DETAILED COST ITEMIZATION (MCL 15.234)',
        '|FOIA #2026-0934   Date: 10/02/2026', '',
        '|1. Labor - search, locate and examine: 3.50 hrs x $28.61 (lowest-paid capable employee) = $100.14',
        '|2. Labor - separate and delete exempt information: 2.25 hrs x $28.61 = $64.37',
        '|3. Fringe benefits (up to 50% of labor) on lines 1-2, at 29.16% = $47.97',
        '|4. Copies / non-paper media: electronic delivery = $0.00',
        '|5. Mailing: $0.00', '', '|TOTAL ESTIMATED COST: $212.48',
        '|GOOD-FAITH DEPOSIT REQUIRED (50%): $106.24', '',
        '|Pay by check payable to "University of Michigan" to the FOIA Office, 2025 Fleming Administration Building,',
        '|or by card at https://foia.vpcomm.umich.edu/pay (reference 2026-0934).'],
        title='Detailed Cost Itemization', producer='Microsoft Excel for Microsoft 365')
    b = boundary('029')
    body = multipart('mixed', [text_part(html, 'html', force_qp=True),
                               b64_part(item, 'application/pdf', 'FOIA 2026-0934 Detailed Itemization.pdf')], b)
    hs = std('U-M FOIA Office <foia-email@umich.edu>', 'records+req-005@quadledger.example.org',
             'Fri, 2 Oct 2026 15:20:18 -0400', 'FOIA #2026-0934 - Response and Deposit Request', gmail_mid('029'))
    save('029-umich-fee-deposit-2026-0934.eml', hs, body)


def m030():
    txt = """Hello,

Re: PRR #26-4410 - determination and first installment

The University has determined that it has disclosable records responsive to
your request.

Item 1 (head coach employment agreements): attached are the employment
agreements, amendments and addenda for the head coaches of football, men's
basketball and women's basketball in effect at any time since January 1,
2023. They are released in full.

Item 2 (multimedia rights agreement): the agreement is disclosable, but the
rights holder has asked for an opportunity to identify information it
considers a trade secret. We anticipate producing the agreement, with any
redactions explained, by November 13, 2026.

Best,

Denise Okafor
Public Records Analyst
Records Management & Information Practices
UCLA
"""
    pdf = make_pdf(['|UCLA ATHLETICS - HEAD COACH EMPLOYMENT AGREEMENTS (RELEASE, PRR #26-4410, INSTALLMENT 1)', '',
                    '|Football: Employment Agreement dated 12/2022; First Amendment 02/2024; Second Amendment 01/2026',
                    '|Men\'s Basketball: Employment Agreement dated 06/2021; Amendment 04/2024',
                    '|Women\'s Basketball: Employment Agreement dated 05/2023; Retention Addendum 03/2025', '',
                    '|[Stand-in for the 112-page release.]'], title='PRR 26-4410 Installment 1')
    b = boundary('030')
    body = multipart('mixed', [text_part(txt),
                               b64_part(pdf, 'application/pdf', 'PRR 26-4410 Installment 1 - Coach Agreements.pdf')], b)
    hs = std('Okafor, Denise <dokafor@finance.ucla.edu>', 'Quad Ledger Records Desk <records+req-001@quadledger.example.org>',
             'Fri, 2 Oct 2026 16:45:55 -0700', 'RE: ' + subj('REQ-001'), outlook_mid('030'),
             irt=outlook_mid('018'), refs=' '.join([mid('REQ-001'), outlook_mid('004'), outlook_mid('018')]),
             cc='UCLA Public Records <publicrecords@finance.ucla.edu>',
             extra=outlook_headers('030', subj('REQ-001'), has_attach=True))
    save('030-ucla-interim-coach-agreements.eml', hs, body)


def build():
    for f in (m021, m022, m023, m024, m025, m026, m027, m028, m029, m030):
        f()


if __name__ == '__main__':
    build()
