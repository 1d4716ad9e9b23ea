"""Messages 051-060 (November 23, 2026 - January 15, 2027)."""
from build_common import *
from build_part4 import via_group, GROUP_FOOTER
from mimekit import text_part, b64_part, multipart, boundary, date_hdr, make_pdf

OUR_UF_REPLY = '<req-012.20261120.2@quadledger.example.org>'


def m051():
    seed = '051'
    txt = """I am out of the office through Monday, November 30, with limited access to
email. For public records matters, please write to publicrecords@ufl.edu and
a member of our team will assist you.

Rita Sandoval
Public Records Coordinator
University of Florida
"""
    hs = via_group('Sandoval, Rita', 'rsandoval@ufl.edu', seed) + [
        ('To', 'Quad Ledger Records Desk <records@quadledger.example.org>'),
        ('Subject', 'Automatic reply: RE: ' + subj('REQ-012') + ' (PRR-1243)'),
        ('Date', 'Mon, 23 Nov 2026 09:14:27 -0500'), ('Message-ID', outlook_mid(seed, 'namprd22')),
        ('In-Reply-To', OUR_UF_REPLY),
        ('References', ' '.join([mid('REQ-012'), outlook_mid('041', 'namprd22'), OUR_UF_REPLY])),
        ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
        ('X-MS-Exchange-Organization-AutoResponse', 'OOF')]
    save('051-uf-ooo-via-group.eml', hs, text_part(txt + GROUP_FOOTER % outlook_mid(seed, 'namprd22').strip('<>')))


def m052():
    plain = """Dear Requestor,

Re: 2026-PIR-01522

Thank you for accepting the estimated charges. Attached is the information
responsive to your request:

  1. Multimedia Rights Agreement between The University of Texas at Austin
     and LoneStar Sports Media, LLC, with Amendments 1-3;
  2. The template Revenue Sharing Agreement used for payments to
     student-athletes for the 2025-26 academic year, and the revised
     template for 2026-27.

For item 3, the University has no agreements with name, image and likeness
collectives, so no information responsive to that item exists.

The third party was notified and did not object to release; the information
is provided in full. The final charge is $63.00, as estimated; an invoice is
attached. This completes the University's response to your request.

Gabriel Ortiz
Public Information Coordinator
Office of the Vice President for Legal Affairs
The University of Texas at Austin
"""
    html = '<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt"><div>' + \
        html_escape_pre(plain) + '</div></body></html>'
    recs = make_pdf(['|THE UNIVERSITY OF TEXAS AT AUSTIN - RELEASE 2026-PIR-01522', '',
                     '|1. Multimedia Rights Agreement, UT Austin / LoneStar Sports Media, LLC (2019), Amendments 1-3',
                     '|2. Revenue Sharing Agreement (template), 2025-26; Revenue Sharing Agreement (template, rev.), 2026-27',
                     '|3. NIL collective agreements: no responsive information', '',
                     '|Invoice: personnel 3.5 hrs x $15.00 = $52.50; overhead $10.50; total due $63.00',
                     '', '|[Stand-in for the 143-page release.]'], title='2026-PIR-01522 release')
    b1, b2 = boundary('052a'), boundary('052b')
    alt = multipart('alternative', [text_part(plain), text_part(html, 'html', force_qp=True)], b2)
    body = multipart('mixed', [alt, b64_part(recs, 'application/pdf', '2026-PIR-01522 Responsive Information.pdf')], b1)
    hs = std('Ortiz, Gabriel <gabriel.ortiz@austin.utexas.edu>', 'records@quadledger.example.org',
             'Tue, 24 Nov 2026 14:20:50 -0600', '2026-PIR-01522 - Responsive Information', outlook_mid('052', 'namprd06'),
             cc='UT Austin Public Information <publicinfo@austin.utexas.edu>',
             extra=outlook_headers('052', '2026-PIR-01522 - Responsive Information', has_attach=True))
    save('052-utaustin-final-athletics.eml', hs, body)


def m053():
    txt = """Hello,

Attached are the records responsive to your request for email of the Vice
President for Research about research security reviews, foreign talent
program disclosures and federal research security program requirements
(January 1 - August 31, 2026): 1,012 pages.

A word about the redactions, since you will see a number of them:

Student information (FERPA). Some messages discuss individual graduate
students and student research assistants - for example their appointments
on particular projects or their own disclosure forms. The names and other
personally identifiable information of those students are redacted under the
Family Educational Rights and Privacy Act, 20 U.S.C. 1232g, which the Open
Records Act recognizes through O.C.G.A. 50-18-72(a)(1). Only the student-
identifying details are removed; the rest of each message is released. This
is not a denial of your request, and no message was withheld in full for
this reason.

Unpublished research. A few attachments are grant proposals or technical
reports that have not been published. Their research content is redacted
under O.C.G.A. 50-18-72(a)(35); the cover emails are released.

The final cost is $331.33 (14.5 hours, slightly under the estimate of
$342.75). An invoice is attached.

This completes our response.

Whitney

Whitney Callahan
Open Records Manager
University of Georgia
706-542-8090
"""
    recs = make_pdf(['|UNIVERSITY OF GEORGIA - OPEN RECORDS RELEASE', '|Vice President for Research - email, 01/01/2026-08/31/2026',
                     '|Terms: research security; foreign talent; disclosure; research security program', '',
                     '|Page 14: "...the review of [STUDENT NAME REDACTED - FERPA] appointment on the DOE subaward..."',
                     '|Page 233: attachment "Proposal narrative" [REDACTED - O.C.G.A. 50-18-72(a)(35)]', '',
                     '|Invoice: 14.75 hrs less 0.25 free = 14.50 hrs @ $22.85 = $331.33',
                     '', '|[Stand-in for the 1,012-page release.]'], title='VPR email release')
    b = boundary('053')
    body = multipart('mixed', [text_part(txt),
                               b64_part(recs, 'application/pdf', 'VPR_Research_Security_Email_2026_redacted.pdf')], b)
    hs = std('Whitney Callahan <ugaopenrecordsrequest@uga.edu>', 'Quad Ledger Records Desk <records+req-010@quadledger.example.org>',
             'Wed, 25 Nov 2026 16:45:19 +0000', 'RE: ' + subj('REQ-010'), outlook_mid('053', 'namprd02'),
             irt=outlook_mid('022', 'namprd02'), refs=mid('REQ-010') + ' ' + outlook_mid('022', 'namprd02'),
             extra=outlook_headers('053', subj('REQ-010'), has_attach=True))
    save('053-uga-final-ferpa-redactions.eml', hs, body)


def m054():
    # Gmail bounce of our own status question to a wrong UF address.
    our = '<req-012.20261202.3@quadledger.example.org>'
    b1, b2 = boundary('054a'), boundary('054b')
    plain = """
** Address not found **

Your message wasn't delivered to bot-liaison@ufl.edu because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

550 5.4.1 Recipient address rejected: Access denied. [BN2PEPF000044A9.namprd22.prod.outlook.com]
"""
    html = """<html><body><table><tr><td style="font-family:Google Sans,Roboto,Arial;font-size:24px">Address not found</td></tr>
<tr><td style="font-family:Roboto,Arial;font-size:14px">Your message wasn't delivered to <a style="color:#212121">bot-liaison@ufl.edu</a>
because the address couldn't be found, or is unable to receive mail.</td></tr>
<tr><td style="font-family:monospace;font-size:12px">550 5.4.1 Recipient address rejected: Access denied.
[BN2PEPF000044A9.namprd22.prod.outlook.com]</td></tr></table></body></html>"""
    status = """Reporting-MTA: dns; googlemail.com
Arrived-Date: Wed, 02 Dec 2026 07:04:51 -0800 (PST)
X-Original-Message-ID: %s

Final-Recipient: rfc822; bot-liaison@ufl.edu
Action: failed
Status: 5.4.1
Remote-MTA: dns; ufl-edu.mail.protection.outlook.com. (52.101.8.44, the server for the domain ufl.edu.)
Diagnostic-Code: smtp; 550 5.4.1 Recipient address rejected: Access denied.
Last-Attempt-Date: Wed, 02 Dec 2026 07:04:53 -0800 (PST)
""" % our
    orig = """From: Quad Ledger Records Desk <records@quadledger.example.org>
Reply-To: records+req-012@quadledger.example.org
To: bot-liaison@ufl.edu
Cc: UF Public Records <publicrecords@ufl.edu>
Subject: Re: PRR-1243 - presidential search emails - status?
Date: Wed, 2 Dec 2026 10:04:48 -0500
Message-ID: %s
In-Reply-To: %s
References: %s %s %s
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
""" % (our, OUR_UF_REPLY, mid('REQ-012'), outlook_mid('041', 'namprd22'), OUR_UF_REPLY)
    alt = multipart('alternative', [text_part(plain), text_part(html, 'html', force_qp=True)], b2)
    body = multipart('report', [alt, 'Content-Type: message/delivery-status\n\n' + status,
                                'Content-Type: text/rfc822-headers\n\n' + orig], b1,
                     params='; report-type=delivery-status')
    hs = std('Mail Delivery Subsystem <mailer-daemon@googlemail.com>', 'records@quadledger.example.org',
             'Wed, 02 Dec 2026 07:04:53 -0800 (PST)', 'Delivery Status Notification (Failure)',
             '<6759b1f5.170a0220.3c9e1.5a21.GMR@mx.google.com>', extra=[('Auto-Submitted', 'auto-replied')])
    save('054-gmail-dsn-uf-trustees-address.eml', hs, body)


def m055():
    txt = """December 3, 2026

Re: FOIA Request No. 27-00012-F

Dear Ms. Quintanilla:

On October 15 and again on November 12, 2026, this office asked you to
clarify the scope of your Freedom of Information Act request for Office for
Civil Rights Title VI resolution agreements and case-closure letters
involving public universities. As of today we have not received a response.

Accordingly, we have administratively closed your request. This closure is
not a decision to withhold any records. If you remain interested in these
records, you may submit a new request at any time; please refer to request
27-00012-F so that we can use the search work already done.

Sincerely,

FOIA Service Center
U.S. Department of Education
"""
    hs = std('EDFOIAManager <EDFOIAManager@ed.gov>', 'records@quadledger.example.org',
             'Thu, 3 Dec 2026 09:40:12 -0500', 'FOIA Request 27-00012-F - Administrative Closure',
             outlook_mid('055', 'namprd09'), extra=outlook_headers('055', 'FOIA Request 27-00012-F - Administrative Closure'))
    save('055-ed-closure-no-response.eml', hs, text_part(txt))


def m056():
    ruling = make_pdf([
        '|OFFICE OF THE ATTORNEY GENERAL - STATE OF TEXAS', '|Open Records Division', '',
        '|December 4, 2026', '',
        '|Ms. Rebecca Tran Stoddard, Deputy General Counsel, The University of Texas at Austin', '',
        '|OR2026-031877', '',
        'You ask whether certain information is subject to required public disclosure under the Public Information '
        'Act, chapter 552 of the Government Code. Your request was assigned ID# 2026-118342 (UT Austin tracking no. '
        '2026-PIR-01473).', '',
        'The University received a request for email of the President and the Provost concerning Senate Bill 37 and '
        'curriculum review. You claim the submitted information is excepted from disclosure under sections 552.101, '
        '552.107 and 552.111. We have considered the exceptions you claim and reviewed the submitted representative '
        'sample of information.', '',
        'Based on your representations and our review, the University may withhold the information you have marked '
        'under section 552.107(1) of the Government Code. The University may withhold the remaining information '
        'under section 552.111. As our ruling is dispositive, we need not address your remaining argument.', '',
        'This ruling must not be relied upon as a previous determination regarding any other information or any '
        'other circumstances.', '', '|Open Records Division', '',
        '|cc: Requestor, Quad Ledger Records Desk'],
        title='OR2026-031877', producer='OAG ORD')
    txt = """UT sent this to me - I think because my name is on the cc line of the AG
letter. Looks like a full no on the SB 37 emails. Logging it here.

Priya

---------- Forwarded message ---------
From: Hollis, Mariah <mariah.hollis@austin.utexas.edu>
Date: Wed, Dec 9, 2026 at 3:32 PM
Subject: 2026-PIR-01473 - Attorney General Ruling and Final Response
To: Priya Raman <praman@quadledger.example.org>


Dear Requestor,

Attached is the Attorney General's ruling, OR2026-031877, dated December 4,
2026, on the University's request for a decision regarding your public
information request 2026-PIR-01473.

In accordance with the ruling, the University will withhold the requested
information in its entirety under sections 552.107(1) and 552.111 of the
Government Code. The University has no other information responsive to your
request. This concludes the University's response to 2026-PIR-01473.

Mariah Hollis
Paralegal, Office of the Vice President for Legal Affairs
The University of Texas at Austin
"""
    b = boundary('056')
    body = multipart('mixed', [text_part(txt), b64_part(ruling, 'application/pdf', 'OR2026-031877.pdf')], b)
    hs = std('Priya Raman <praman@quadledger.example.org>', 'records@quadledger.example.org',
             'Thu, 10 Dec 2026 08:55:31 -0500', 'Fwd: 2026-PIR-01473 - Attorney General Ruling and Final Response',
             gmail_mid('056'))
    save('056-fwd-utaustin-ag-ruling-denial.eml', hs, body)


def m057():
    txt = """Dear Requester:

Attached is the third and final batch of invoices responsive to FOIA No.
26-212 (Lakeshore Protective Services, Inc., Contract No. 2023-0417, July
2025 - June 2026). Batches 1 and 2 were sent to you on October 16 and
November 13, 2026. This completes the District's response to your request.

Some information has been redacted from the invoices:
  - bank account and routing numbers on the vendor's remittance pages, which
    are private information exempt under Section 7(1)(b) of the Act; and
  - the names of individual security officers on the attached timesheets,
    exempt under Section 7(1)(c) as an unwarranted invasion of personal
    privacy. Post locations, hours and rates are released.

You have a right to seek review of these redactions by the Public Access
Counselor, Office of the Illinois Attorney General, 500 South Second Street,
Springfield, Illinois 62701, (877) 299-3642, publicaccess@ilag.gov. A request
for review must be made within 60 days after the date of this response (5
ILCS 140/9.5(a)). You also have the right to seek judicial review under
Section 11 of the Act.

Sincerely,

Marisol Ferreira
FOIA Officer
Office of the General Counsel
City Colleges of Chicago
"""
    pdf = make_pdf(['|LAKESHORE PROTECTIVE SERVICES, INC. - INVOICES TO CITY COLLEGES OF CHICAGO',
                    '|Contract 2023-0417   Batch 3 of 3: July 2025 - June 2026', '',
                    '|Remit to: account [REDACTED 7(1)(b)]   Officer names on timesheets: [REDACTED 7(1)(c)]',
                    '', '|[Stand-in for the 471-page batch.]'], title='Invoices batch 3')
    b = boundary('057')
    body = multipart('mixed', [text_part(txt),
                               b64_part(pdf, 'application/pdf', 'FOIA 26-212 Invoices Batch 3 (final).pdf')], b)
    hs = std('FOIA <foia@ccc.edu>', 'Quad Ledger Records Desk <records+req-013@quadledger.example.org>',
             'Wed, 16 Dec 2026 15:20:09 -0600', 'FOIA 26-212 - Final Response', outlook_mid('057', 'namprd17'),
             irt=outlook_mid('027', 'namprd17'),
             refs=' '.join([mid('REQ-013'), outlook_mid('012', 'namprd17'), outlook_mid('027', 'namprd17')]),
             extra=outlook_headers('057', subj('REQ-013'), has_attach=True))
    save('057-ccc-final-invoices.eml', hs, body)


def m058():
    seed = '058'
    txt = """Good morning,

Attached are the records responsive to public records request PRR-1243:
email between the Chair of the Board of Trustees and the Interim President
concerning the 2026 presidential search, June 1 - September 25, 2026 (1,146
messages).

Information identifying applicants for the presidency who were not included
in the final group of applicants has been redacted as exempt under section
1004.098, Florida Statutes. No other information was redacted.

The review took 5.5 hours, so the special service charge is $171.33. We will
refund the $15.57 difference from your deposit of $186.90.

This completes our response to your request.

UF Public Records
Office of the Vice President and General Counsel
University of Florida
"""
    recs = make_pdf(['|UNIVERSITY OF FLORIDA - PUBLIC RECORDS RELEASE PRR-1243',
                     '|Board of Trustees Chair / Interim President - presidential search email, 06/01-09/25/2026', '',
                     '|08/14/2026  Re: search committee timeline  "...the consultant has [APPLICANT NAME REDACTED - s. 1004.098, F.S.]..."',
                     '', '|[Stand-in for the 2,388-page release.]'], title='PRR-1243 release')
    b1, b2 = boundary('058a'), boundary('058b')
    html = '<html><body style="font-family:Calibri,sans-serif;font-size:11pt"><div>' + html_escape_pre(txt) + '</div></body></html>'
    alt = multipart('alternative', [text_part(txt + GROUP_FOOTER % outlook_mid(seed, 'namprd22').strip('<>')),
                                    text_part(html, 'html', force_qp=True)], b2)
    body = multipart('mixed', [alt, b64_part(recs, 'application/pdf', 'PRR-1243 Responsive Records.pdf')], b1)
    hs = via_group('UF Public Records', 'publicrecords@ufl.edu', seed) + [
        ('To', 'Quad Ledger Records Desk <records@quadledger.example.org>'),
        ('Subject', 'PRR-1243 - Responsive Records'),
        ('Date', 'Fri, 8 Jan 2027 11:30:16 -0500'), ('Message-ID', outlook_mid(seed, 'namprd22'))]
    save('058-uf-final-presidential-search-via-group.eml', hs, body)


def m059():
    plain = """OPEN RECORDS ACADEMY - Live webinar

Getting athletics contracts out of public universities
Thursday, January 28, 2027, 2:00 p.m. ET

Coaches' contracts, media-rights deals, apparel agreements and the new
revenue-sharing templates: what state laws say, how Texas PIA rulings and
Ohio trade-secret claims play out, and how to write a request that avoids a
"too broad" letter.

Register: https://openrecordsacademy.org/events/athletics-contracts

You are receiving this because you attended a previous Open Records Academy
event. Manage preferences: https://openrecordsacademy.org/prefs
"""
    html = '<html><body style="font-family:Arial,sans-serif">' + \
        ''.join('<p>%s</p>' % p.replace('\n', ' ') for p in plain.strip().split('\n\n')) + '</body></html>'
    b = boundary('059')
    body = multipart('alternative', [text_part(plain), text_part(html, 'html', force_qp=True)], b)
    hs = std('Open Records Academy <events@openrecordsacademy.org>', 'records@quadledger.example.org',
             'Thu, 14 Jan 2027 12:00:05 -0500', 'Webinar Jan 28: Getting athletics contracts out of public universities',
             '<em.20270114170005.33a1@send.openrecordsacademy.org>',
             extra=[('List-Unsubscribe', '<https://openrecordsacademy.org/prefs>'), ('Precedence', 'bulk')])
    save('059-webinar-invite-null.eml', hs, body)


def m060():
    letter = [
        '|UNITED STATES DEPARTMENT OF EDUCATION', '|FOIA Service Center', '',
        '|January 15, 2027', '',
        '|Re: FOIA Request No. 26-02311-F', '',
        'Dear Ms. Quintanilla:', '',
        'This is the final response to your Freedom of Information Act (FOIA) request, received on September 9, '
        '2026, for contract modifications issued in 2025 and 2026 to the Federal Student Aid (FSA) loan servicer '
        'contracts and FSA servicer performance scorecards for the same period.', '',
        'FSA located 1,284 pages of responsive records. We are releasing 1,102 pages in full and 176 pages in part, '
        'and withholding 6 pages in full, under the following FOIA exemptions:', '',
        '- Exemption 4, 5 U.S.C. 552(b)(4): the servicers\' unit pricing, staffing and cost data, which are '
        'commercial or financial information obtained from a person and privileged or confidential;',
        '- Exemption 5, 5 U.S.C. 552(b)(5): draft scorecard methodology memoranda (the six pages withheld in '
        'full), which are pre-decisional and deliberative; and',
        '- Exemption 6, 5 U.S.C. 552(b)(6): names and contact information of servicer employees below the level '
        'of program manager.', '',
        'You may appeal this determination. Your appeal must be received within 90 calendar days of the date of '
        'this letter, by email to EDFOIAAppeals@ed.gov, through the FOIA Public Access Link, or by mail to the Office '
        'of the General Counsel, U.S. Department of Education, 400 Maryland Avenue, SW, Washington, DC 20202.', '',
        'You may also contact the Department\'s FOIA Public Liaison at (202) 401-8365, or the Office of Government '
        'Information Services (OGIS), National Archives and Records Administration, 8601 Adelphi Road-OGIS, '
        'College Park, MD 20740-6001; ogis@nara.gov; 202-741-5770; toll free 1-877-684-6448.', '',
        'Sincerely,', '', '|Lydia Harrington', '|Government Information Specialist']
    pdf = make_pdf(letter, title='26-02311-F Final Response', producer='FOIAXpress 11.2')
    txt = """Ms. Quintanilla,

The final response letter for FOIA request 26-02311-F is attached. The
released records (1,278 pages) are available for download from the secure
link below for 30 days:

https://foiarelease.ed.gov/s/9fKq2ZtWm4

Lydia Harrington
Government Information Specialist
FOIA Service Center, U.S. Department of Education
"""
    b = boundary('060')
    body = multipart('mixed', [text_part(txt), b64_part(pdf, 'application/pdf', '26-02311-F Final Response.pdf')], b)
    hs = std('Harrington, Lydia <Lydia.Harrington@ed.gov>', 'records@quadledger.example.org',
             'Fri, 15 Jan 2027 16:05:44 -0500', '26-02311-F - Final Response and Records',
             outlook_mid('060', 'namprd09'), cc='EDFOIAManager <EDFOIAManager@ed.gov>',
             extra=outlook_headers('060', '26-02311-F - Final Response and Records', has_attach=True))
    save('060-ed-final-fsa-servicers.eml', hs, body)


def build():
    for f in (m051, m052, m053, m054, m055, m056, m057, m058, m059, m060):
        f()


if __name__ == '__main__':
    build()
