"""Messages 041-050 (October 26 - November 20, 2026)."""
from build_common import *
from build_part4 import via_group, GROUP_FOOTER
from mimekit import text_part, b64_part, multipart, boundary, date_hdr, make_pdf


def m041():
    seed = '041'
    txt = """Good morning,

I'm writing about your public records request PRR-1243 for email between the
Chair of the Board of Trustees and the Interim President concerning the 2026
presidential search (June 1 - September 25, 2026).

An initial search returned about 1,150 messages. Because of the volume, a
special service charge may apply under section 119.07(4)(d), Florida
Statutes, for the extensive clerical and supervisory assistance needed to
review them. We estimate 6 hours of review by a paralegal in the Office of
the General Counsel at $31.15 per hour, for a total of $186.90. Some
information in presidential search records is exempt under section
1004.098, Florida Statutes (identifying information of applicants), and will
be redacted.

If you would like us to proceed, please confirm and submit a deposit of
$186.90. If the actual time is less, we will refund the difference. We will
not begin the review until we hear from you.

Rita Sandoval
Public Records Coordinator
Office of the Vice President and General Counsel
University of Florida
352-392-1358
""" + quote_outlook('REQ-012', 'UF Public Records <publicrecords@ufl.edu>')
    b = boundary(seed)
    html = '<html><body style="font-family:Calibri,sans-serif;font-size:11pt"><div>' + \
        html_escape_pre(txt) + '</div></body></html>'
    body = multipart('alternative', [text_part(txt + GROUP_FOOTER % outlook_mid(seed, 'namprd22').strip('<>')),
                                     text_part(html, 'html', force_qp=True)], b)
    hs = via_group('Sandoval, Rita', 'rsandoval@ufl.edu', seed) + [
        ('To', 'Quad Ledger Records Desk <records+req-012@quadledger.example.org>'),
        ('Cc', 'UF Public Records <publicrecords@ufl.edu>'),
        ('Subject', 'RE: ' + subj('REQ-012') + ' (PRR-1243)'),
        ('Date', 'Mon, 26 Oct 2026 10:02:55 -0400'), ('Message-ID', outlook_mid(seed, 'namprd22')),
        ('In-Reply-To', mid('REQ-012')), ('References', mid('REQ-012'))]
    save('041-uf-special-service-charge-via-group.eml', hs, body)


def m042():
    letter = [
        '|UNITED STATES DEPARTMENT OF EDUCATION',
        '|FOIA Service Center',
        '|400 Maryland Avenue, SW, Washington, DC 20202',
        '',
        '|October 30, 2026',
        '',
        '|Teresa Quintanilla, The Quad Ledger',
        '|records@quadledger.example.org',
        '',
        '|Re: FOIA Request No. 27-00041-F',
        '',
        'Dear Ms. Quintanilla:',
        '',
        'This is the final response to your Freedom of Information Act (FOIA) request to the U.S. Department of '
        'Education (Department), received on October 5, 2026, for correspondence between Department officials '
        'and the University of Florida or its Board of Trustees concerning the University\'s accreditation or '
        'change of accreditor, or the 2026 presidential search, from January 1, 2026 to the date of your request.',
        '',
        'The Office of Postsecondary Education, the Office of the Secretary, the Office of the Deputy Secretary and '
        'the Office of the General Counsel searched their electronic mail and correspondence tracking systems using '
        'the names of the University, its President and Interim President, and its Board of Trustees, together with '
        'the terms "accreditation", "accreditor" and "presidential search". No records responsive to your request '
        'were located.',
        '',
        'Although this response does not withhold any records, you have the right to appeal the adequacy of the '
        'search. Your appeal must be received within 90 calendar days of the date of this letter. You may submit it '
        'by email to EDFOIAAppeals@ed.gov, through the FOIA Public Access Link, or by mail to the Office of the '
        'General Counsel, U.S. Department of Education, 400 Maryland Avenue, SW, Washington, DC 20202. Please mark '
        'it "Freedom of Information Act Appeal" and include the request number above.',
        '',
        'You may also seek dispute resolution services from the Department\'s FOIA Public Liaison at (202) 401-8365, '
        'or from the Office of Government Information Services (OGIS), National Archives and Records '
        'Administration, 8601 Adelphi Road-OGIS, College Park, MD 20740-6001; ogis@nara.gov; 1-877-684-6448.',
        '',
        'Sincerely,',
        '',
        '|Maureen Castellanos',
        '|Director, FOIA Service Center',
    ]
    pdf = make_pdf(letter, title='27-00041-F Final Response', producer='FOIAXpress 11.2')
    b = boundary('042')
    body = multipart('mixed', [text_part('Please see the attached letter regarding your FOIA request 27-00041-F.\n\n'
                                         'FOIA Service Center\nU.S. Department of Education\n'),
                               b64_part(pdf, 'application/pdf', '27-00041-F Final Response Letter.pdf')], b)
    hs = std('EDFOIAManager <EDFOIAManager@ed.gov>', 'records@quadledger.example.org',
             'Fri, 30 Oct 2026 14:25:10 -0400', 'FOIA Request 27-00041-F - Final Response',
             outlook_mid('042', 'namprd09'),
             extra=outlook_headers('042', 'FOIA Request 27-00041-F - Final Response', has_attach=True))
    save('042-ed-no-records-uf-correspondence.eml', hs, body)


def m043():
    html = """<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<table width="600" style="border:1px solid #c0c0c0"><tr><td style="background:#112e51;color:#fff;padding:8px">
<b>U.S. Department of Education &ndash; FOIA Public Access Link</b></td></tr>
<tr><td style="padding:10px">
<p>This is an automated message. Please do not reply.</p>
<p>The status of request <b>26-02311-F</b> has changed.</p>
<p>Current status: <b>In Process &ndash; Records Review</b></p>
<p>To see the details of your request, log in to the FOIA Public Access Link.</p>
</td></tr></table></body></html>"""
    hs = std('ED FOIA PAL <foiapal-noreply@ed.gov>', 'records@quadledger.example.org',
             'Mon, 2 Nov 2026 07:12:33 -0500', 'Request 26-02311-F - Status Update',
             '<PAL.26-02311-F.20261102071233.8841@foiapal.ed.gov>', extra=[('Auto-Submitted', 'auto-generated')])
    save('043-ed-pal-status-update.eml', hs, text_part(html, 'html', force_qp=True))


def m044():
    inner = """<p>Dear Quad Ledger Records Desk:</p>
<p>The Office of Public Records has posted a response to public records request <b>R002987-091626</b>.</p>
<p style="border-left:3px solid #ba0c2f;padding-left:8px">As revised on October 20, 2026, your request seeks University
Police incident reports carrying the offense code for hazing (R.C. 2903.31) on any campus from August 1, 2025 through
September 16, 2026.<br><br>
University Police searched its records management system for all campuses (Columbus, Lima, Mansfield, Marion and
Newark) and located no incident reports with that offense code during the period. The University therefore has no
records responsive to your revised request.<br><br>
Findings of hazing violations by student organizations are published in the University's hazing transparency report
under R.C. 3345.19, available on the Student Life website.<br><br>
This request is now closed.</p>
<p>Office of Public Records<br>The Ohio State University</p>"""
    hs = std(OSU_PORTAL_FROM, 'records@quadledger.example.org', 'Thu, 5 Nov 2026 14:05:02 -0500',
             'Public Records Request :: R002987-091626 - Response Posted', '<3e77f2a9c05b4d8e9a1b6c42d8e0f513@govqa.us>',
             extra=[('X-Mailer', 'GovQA Notification Service')])
    save('044-osu-govqa-no-records-hazing.eml', hs, text_part(osu_portal_html(inner), 'html', force_qp=True))


def m045():
    txt = """Hello,

Re: PRR #26-4437 - first installment

Attached is the first installment of records responsive to your request for
UCLA Police Department use-of-force reports for January - June 2026: the
case files for four incidents that resulted in great bodily injury and are
therefore disclosable under Penal Code section 832.7(b)(1)(A)(ii).

Redactions were made as Penal Code section 832.7(b)(6) permits: personal
data and information such as home addresses and telephone numbers, the names
and identifying information of civilian witnesses and of the persons
involved, and confidential medical information.

The department's use-of-force log for the period and the remaining files are
being reviewed. We anticipate providing the second and final installment by
December 18, 2026.

Regards,

Denise Okafor
Public Records Analyst
Records Management & Information Practices
UCLA
"""
    pdf = make_pdf(['|UCLA POLICE DEPARTMENT - USE OF FORCE CASE FILES (PRR #26-4437, INSTALLMENT 1)', '',
                    '|UCPD 26-00418   02/07/2026   Westwood Plaza        Taser deployment; subject hospitalized',
                    '|UCPD 26-00977   03/21/2026   Sunset Canyon Rec.   Takedown; fracture',
                    '|UCPD 26-01502   05/02/2026   Parking Structure 8   Control hold; dislocation',
                    '|UCPD 26-01733   06/14/2026   Ackerman Union        Baton strike; laceration requiring surgery',
                    '', '|Redactions under Penal Code 832.7(b)(6). [Stand-in for the 214-page release.]'],
                   title='PRR 26-4437 installment 1')
    b = boundary('045')
    body = multipart('mixed', [text_part(txt),
                               b64_part(pdf, 'application/pdf', 'PRR 26-4437 Installment 1.pdf')], b)
    hs = std('UCLA Public Records <publicrecords@finance.ucla.edu>', 'records+req-002@quadledger.example.org',
             'Fri, 6 Nov 2026 15:30:27 -0800', 'RE: PRR #26-4437 - Acknowledgment of Request', outlook_mid('045'),
             irt=outlook_mid('015'), refs=mid('REQ-002') + ' ' + outlook_mid('015'),
             extra=outlook_headers('045', 'PRR #26-4437 - Acknowledgment of Request', has_attach=True))
    save('045-ucla-ucpd-interim-installment-1.eml', hs, body)


def m046():
    txt = """Ms. Quintanilla,

On October 15 I wrote to ask you to clarify the scope of FOIA request
27-00012-F (OCR Title VI resolution agreements and case-closure letters for
public universities). We have not received a response.

Please reply to this email by November 30, 2026. If we do not hear from you
by then, we will close the request administratively. You are of course free
to submit a new request at any time.

Jamal Reese
Government Information Specialist
FOIA Service Center, U.S. Department of Education
(202) 453-6027

________________________________
From: Reese, Jamal
Sent: Thursday, October 15, 2026 2:10 PM
To: records+req-015@quadledger.example.org
Subject: FOIA 27-00012-F - clarification needed

Good afternoon Ms. Quintanilla,

I'm the specialist assigned to your request 27-00012-F for OCR Title VI
resolution agreements and case-closure letters involving public
universities (January 1, 2025 to October 1, 2026).
[...]
"""
    hs = std('Reese, Jamal <Jamal.Reese@ed.gov>', 'records+req-015@quadledger.example.org',
             'Thu, 12 Nov 2026 10:30:44 -0500', 'FOIA 27-00012-F - second request for clarification',
             outlook_mid('046', 'namprd09'), irt=outlook_mid('033', 'namprd09'), refs=outlook_mid('033', 'namprd09'),
             extra=outlook_headers('046', 'FOIA 27-00012-F - clarification needed'))
    save('046-ed-clarification-reminder.eml', hs, text_part(txt))


def m047():
    # Final response with the request number only in the attachment's file name; no threading headers.
    txt = """Dear Requester,

Attached please find the University's final response to your request for
UCLA Athletics agreements, together with the responsive records.

Thank you,

UCLA Records Management & Information Practices
"""
    letter = make_pdf([
        '|UNIVERSITY OF CALIFORNIA, LOS ANGELES',
        '|Records Management & Information Practices',
        '', '|November 13, 2026', '',
        '|Quad Ledger Records Desk', '|records@quadledger.example.org', '',
        'Re: Your California Public Records Act request of September 8, 2026 (coach employment agreements and '
        'multimedia rights agreement)', '',
        'Dear Requester:', '',
        'On October 2, 2026 the University provided the head coach employment agreements responsive to item 1 of '
        'your request. This letter completes the University\'s response by providing the multimedia rights '
        'agreement between The Regents of the University of California, on behalf of UCLA Athletics, and '
        'Westbound Sports Properties, LLC, with its two amendments (item 2).',
        '',
        'Portions of the agreement have been redacted: the schedule of revenue-share percentages above the '
        'guaranteed annual rights fee, and the rights holder\'s sponsor-category pricing. The rights holder has '
        'shown that this information is a trade secret, and it is withheld under Government Code section 7927.705 '
        'in conjunction with Evidence Code section 1060. The guaranteed rights fees, term and all other provisions '
        'are released.', '',
        'This concludes the University\'s response to your request.', '',
        'Sincerely,', '', '|Denise Okafor', '|Public Records Analyst'],
        title='Final Response', producer='Microsoft Word for Microsoft 365')
    agr = make_pdf(['|MULTIMEDIA RIGHTS AGREEMENT', '|The Regents of the University of California (UCLA Athletics)',
                    '|and Westbound Sports Properties, LLC', '',
                    '|Term: July 1, 2024 - June 30, 2034.  Guaranteed annual rights fee: Year 1 $11,250,000, escalating 3%.',
                    '|Revenue share above guarantee: [REDACTED - Gov. Code 7927.705 / Evid. Code 1060]',
                    '|Amendment 1 (08/2024), Amendment 2 (07/2025).', '', '|[Stand-in for the 64-page release.]'],
                   title='MMR agreement redacted')
    b = boundary('047')
    body = multipart('mixed', [text_part(txt),
                               b64_part(letter, 'application/pdf', 'PRR 26-4410 Final Response.pdf'),
                               b64_part(agr, 'application/pdf', 'UCLA Multimedia Rights Agreement - redacted.pdf')], b)
    hs = std('UCLA Public Records <publicrecords@finance.ucla.edu>', 'records@quadledger.example.org',
             'Fri, 13 Nov 2026 16:10:39 -0800', 'Public Records Request - Final Response', outlook_mid('047'),
             extra=outlook_headers('047', 'Public Records Request - Final Response', has_attach=True))
    save('047-ucla-final-tracking-in-filename.eml', hs, body)


def m048():
    inner = """<p>Dear Quad Ledger Records Desk:</p>
<p>The Office of Public Records has posted a response to public records request <b>R002915-090926</b>.</p>
<p style="border-left:3px solid #ba0c2f;padding-left:8px">Attached is the all-sports apparel and equipment agreement
between The Ohio State University and Cardinal Athletic Brands, Inc., with Amendments 1 and 2.<br><br>
Certain product pricing, allotment schedules and marketing-plan terms have been redacted. The outfitter has
established that this information is a trade secret under R.C. 1333.61, and its release is prohibited by state law
(R.C. 149.43(A)(1)(v)). All other terms, including cash compensation, term and termination provisions, are
released.<br><br>
With this release, the University has provided all records responsive to your request, and the request will be
closed.</p>
<p>Office of Public Records<br>The Ohio State University</p>"""
    pdf = make_pdf(['|ALL-SPORTS APPAREL, FOOTWEAR AND EQUIPMENT AGREEMENT',
                    '|The Ohio State University and Cardinal Athletic Brands, Inc.', '',
                    '|Term: August 1, 2024 - July 31, 2036.  Annual cash compensation: see Section 5 (released).',
                    '|Product allotment schedule (Exhibit C): [REDACTED - R.C. 1333.61; 149.43(A)(1)(v)]',
                    '|Amendment 1 (05/2025), Amendment 2 (06/2026).', '', '|[Stand-in for the 71-page release.]'],
                   title='Apparel agreement redacted')
    b = boundary('048')
    body = multipart('mixed', [text_part(osu_portal_html(inner), 'html', force_qp=True),
                               b64_part(pdf, 'application/pdf', 'Apparel Agreement and Amendments - redacted.pdf')], b)
    hs = std(OSU_PORTAL_FROM, 'records@quadledger.example.org', 'Wed, 18 Nov 2026 15:40:13 -0500',
             'Public Records Request :: R002915-090926 - Response Posted', '<ab29f0e6571d4c0fb1e38d26c94a7f20@govqa.us>',
             extra=[('X-Mailer', 'GovQA Notification Service')])
    save('048-osu-govqa-final-apparel.eml', hs, body)


def m049():
    inner = """<p>Dear Quad Ledger Records Desk:</p>
<p>Public records request <b>R002915-090926</b> has been closed.</p>
<p>Thank you for using the Public Records Center. We would appreciate a minute of your time for a short
<a href="https://osu.govqa.us/WEBAPP/_rs/(S(x4q1m))/Survey.aspx?rid=2915">satisfaction survey</a>.</p>"""
    hs = std(OSU_PORTAL_FROM, 'records@quadledger.example.org', 'Thu, 19 Nov 2026 06:02:48 -0500',
             'Public Records Request :: R002915-090926 has been closed', '<71d0c4b2e98a4f6c8d53a0b9e2f41c77@govqa.us>',
             extra=[('X-Mailer', 'GovQA Notification Service'), ('Auto-Submitted', 'auto-generated')])
    save('049-osu-govqa-closed.eml', hs, text_part(osu_portal_html(inner), 'html', force_qp=True))


def m050():
    html = """<html><body style="font-family:Georgia,serif;font-size:11pt;color:#00274c">
<div style="border-bottom:3px solid #ffcb05;padding-bottom:6px;margin-bottom:12px"><b>UNIVERSITY OF MICHIGAN</b>
&nbsp;|&nbsp; Freedom of Information Act Office</div>
<p>Dear Quad Ledger Records Desk:</p>
<p>The University received your good-faith deposit on October 9, 2026. Attached are the records responsive to FOIA
#2026-0934 (automated license plate reader vendor contracts, January 1, 2023 to present), with the University's
response letter.</p>
<p>Your request is <b>granted in part and denied in part</b>, as explained in the letter. The actual cost of
processing was $198.02; after your deposit of $106.24, a balance of <b>$91.78</b> is due.</p>
<p>Sincerely,<br>Ana Gutierrez-Moll<br>FOIA Coordinator<br>University of Michigan</p>
</body></html>"""
    letter = make_pdf([
        '|UNIVERSITY OF MICHIGAN - FREEDOM OF INFORMATION ACT OFFICE', '', '|November 20, 2026', '',
        '|Re: FOIA #2026-0934', '',
        'Dear Requester:', '',
        'Your request is granted in part and denied in part. The University is providing 61 pages: the master '
        'services agreement and three statements of work with Vantage Plate Analytics, Inc. (Division of Public '
        'Safety and Security, Ann Arbor campus), and two purchase orders issued by the Dearborn campus. Michigan '
        'Medicine and the Flint campus located no responsive records.', '',
        'Portions of the records are redacted: (1) camera locations, network architecture and system access '
        'credentials, under MCL 15.243(1)(y), because their release would impair the University\'s ability to '
        'protect the security or safety of persons or property; and (2) the vendor\'s unit pricing schedule, '
        'submitted in confidence, under MCL 15.243(1)(f).', '',
        'Under MCL 15.240 you may submit a written appeal of the denial to the President of the University, '
        'stating the word "appeal" and the reasons for reversal, or commence an action in the Court of Claims '
        'within 180 days after this final determination. Under MCL 15.240a you may also appeal the fee to the '
        'President if you believe it exceeds the amount permitted by the University\'s procedures and guidelines.', '',
        'Sincerely,', '|Ana Gutierrez-Moll, FOIA Coordinator'],
        title='FOIA 2026-0934 Response', compress=True, producer='Microsoft Word for Microsoft 365')
    recs = make_pdf(['|MASTER SERVICES AGREEMENT - VANTAGE PLATE ANALYTICS, INC. / THE REGENTS OF THE UNIVERSITY OF MICHIGAN',
                     '|Effective 04/01/2024; SOW-1 (fixed cameras), SOW-2 (cloud retention 30 days), SOW-3 (Dearborn expansion)',
                     '|Camera locations: [REDACTED MCL 15.243(1)(y)]   Unit pricing: [REDACTED MCL 15.243(1)(f)]',
                     '', '|[Stand-in for the 61-page release.]'], title='ALPR records')
    b = boundary('050')
    body = multipart('mixed', [text_part(html, 'html', force_qp=True),
                               b64_part(letter, 'application/pdf', 'FOIA 2026-0934 Response Letter.pdf'),
                               b64_part(recs, 'application/pdf', 'FOIA 2026-0934 Records.pdf')], b)
    hs = std('U-M FOIA Office <foia-email@umich.edu>', 'records+req-005@quadledger.example.org',
             'Fri, 20 Nov 2026 13:10:05 -0500', 'FOIA #2026-0934 - Final Response', gmail_mid('050'))
    save('050-umich-final-alpr-partial.eml', hs, body)


def build():
    for f in (m041, m042, m043, m044, m045, m046, m047, m048, m049, m050):
        f()


if __name__ == '__main__':
    build()
