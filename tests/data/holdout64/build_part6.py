#!/usr/bin/env python3
"""Messages 051-060 (December 14, 2026 - January 27, 2027)."""
from common import (INBOX, ORG, ET, CT, PT, dsn, fact, hdate, make_pdf, merge_facts, message, mid_o365, mid_plain,
                    o365_headers, our_headers, plus, req, save, when, wrap)
import pal

F = []

# 051 ---------------------------------------------------------------- Region 5 staffer wants a call; which request?
fn = '051-epa-r5-call-request-unplaceable.eml'
t = when(2026, 12, 14, 13, 45, CT)
body = wrap("""
    Hi,

    I've been assigned as the point of contact for your FOIA request with Region 5. I'd like to set up a quick
    call this week to talk through the scope and timing. Could you send me a good number and a couple of times
    that work for you?

    Thanks,
    Kevin Tran
    Government Information Specialist
    U.S. EPA Region 5
    312-353-6021
""")
m = message([('From', 'Tran, Kevin <Tran.Kevin@epa.gov>'), ('To', INBOX), ('Subject', 'Your Region 5 FOIA request'),
             ('Date', hdate(t)), ('Message-ID', mid_o365(fn, 'CY8PR09MB'))] +
            o365_headers(fn, 'Your Region 5 FOIA request', 'CY8PR09MB'), text=body)
save(fn, m)
F.append(fact(fn, 'REQ-014', 'other', None, 'new Region 5 point of contact asks for a call; no number or topic and two Region 5 '
              'requests are open (REQ-005, REQ-014): a reader cannot place it; the truth is REQ-014 (Benton Harbor)',
              signals=['none']))

# 052 ---------------------------------------------------------------- EPA R10 no records (PDF letter)
fn = '052-epa-r10-no-records-pdf.eml'
t = when(2026, 12, 18, 15, 30, PT)
letter = """
UNITED STATES ENVIRONMENTAL PROTECTION AGENCY
REGION 10
1200 Sixth Avenue, Suite 155
Seattle, WA 98101-3144

December 18, 2026

Watch Desk Records Team
foia-desk+req-006@watchdesk.example.org

Re: Freedom of Information Act Request EPA-R10-2026-009120

Dear Requester:

This is the final response to your Freedom of Information Act request for correspondence concerning the five-year review of the Duwamish Reach Superfund site. On October 26, 2026, you narrowed the request to correspondence between EPA and outside parties (the State of Washington, tribes, local governments and potentially responsible parties) from January 1, 2025 through October 1, 2026.

The Superfund and Emergency Management Division searched the email accounts and electronic files of the remedial project managers, the section manager and the community involvement coordinator for the site, using the terms "five-year review," "FYR," and "Duwamish Reach." The search located no records responsive to your narrowed request. Staff advised that the five-year review for the site has not yet begun; it is scheduled to start in 2027, and no correspondence with outside parties about it has taken place.

You may appeal this response to the National FOIA Office, U.S. EPA, FOIA and Privacy Branch, 1200 Pennsylvania Avenue, N.W. (2822T), Washington, DC 20460, or through the FOIA Public Access Link. Your appeal must be made in writing and received within 90 calendar days from the date of this letter. Appeals received after 5:00 p.m. Eastern Time are considered received the next business day.

You may also seek dispute resolution services from EPA's FOIA Public Liaison at hq.foia@epa.gov or (202) 566-1667, or from the Office of Government Information Services (OGIS) at ogis@nara.gov.

Sincerely,

Regional FOIA Officer
U.S. EPA Region 10
"""
m = message([('From', 'R10 FOIA <r10foia@epa.gov>'), ('To', plus('REQ-006')),
             ('Subject', 'Final Response - EPA-R10-2026-009120'), ('Date', hdate(t)),
             ('Message-ID', mid_o365(fn, 'MW2PR09MB'))] + o365_headers(fn, 'Final Response', 'MW2PR09MB'),
            text='Please see the attached final response letter.\n\nRegion 10 FOIA Office\n',
            attachments=[('EPA-R10-2026-009120 Final Response.pdf', make_pdf(letter, 'Final Response'), 'application/pdf')])
save(fn, m)
F.append(fact(fn, 'REQ-006', 'no_records', 'EPA-R10-2026-009120', 'Region 10 final (PDF): no records for the narrowed request; '
              '90-day appeal', adverse=True, signals=['plus', 'tracking']))

# 053 ---------------------------------------------------------------- PAL "request updated" with nothing to place it by
fn = '053-pal-generic-update-unplaceable.eml'
t = when(2026, 12, 21, 10, 0)
m = pal.pal_message(fn, t, 'Your FOIA request has been updated', None, [],
                    ['There has been an update to one of your requests. Please sign in to the FOIA Public Access Link '
                     'to view the details.'])
save(fn, m)
F.append(fact(fn, 'REQ-012', 'portal_notice', None, 'shared PAL "request updated" notice with no number and no agency; four '
              'requests use this PAL sender: a reader cannot place it; the truth is REQ-012 (DOL/OSHA)', signals=['none']))

# 054 ---------------------------------------------------------------- Postfix bounce from NRC: staffer gone
fn = '054-bounce-nrc-user-unknown.eml'
r = req('REQ-007')
t_sent = when(2026, 12, 22, 11, 31)
t = when(2026, 12, 22, 11, 40)
human = ("This is the mail system at host mx2.nrc.gov.\n\n"
         "I'm sorry to have to inform you that your message could not\n"
         "be delivered to one or more recipients. It's attached below.\n\n"
         "For further assistance, please send mail to postmaster.\n\n"
         "If you do so, please include this problem report. You can\n"
         "delete your own text from the attached returned message.\n\n"
         "                   The mail system\n\n"
         "<stephanie.blaylock@nrc.gov>: host exch-hub1.nrc.gov[10.40.2.17] said: 550 5.1.1\n"
         "    <stephanie.blaylock@nrc.gov>: Recipient address rejected: User unknown in\n"
         "    virtual mailbox table (in reply to RCPT TO command)\n")
status = ('Reporting-MTA: dns; mx2.nrc.gov\n'
          'X-Postfix-Queue-ID: 4Q9xK21mZ3z7Lw\n'
          'X-Postfix-Sender: rfc822; foia-desk@watchdesk.example.org\n'
          'Arrival-Date: Tue, 22 Dec 2026 11:31:44 -0500 (EST)\n\n'
          'Final-Recipient: rfc822; stephanie.blaylock@nrc.gov\n'
          'Original-Recipient: rfc822;stephanie.blaylock@nrc.gov\n'
          'Action: failed\n'
          'Status: 5.1.1\n'
          'Remote-MTA: dns; exch-hub1.nrc.gov\n'
          'Diagnostic-Code: smtp; 550 5.1.1 <stephanie.blaylock@nrc.gov>: Recipient address rejected: User unknown\n')
m = dsn([('From', 'Mail Delivery System <MAILER-DAEMON@mx2.nrc.gov>'), ('To', INBOX),
         ('Subject', 'Undelivered Mail Returned to Sender'), ('Date', hdate(t)),
         ('Message-ID', '<20261222164012.7A1C3E0442@mx2.nrc.gov>'), ('Auto-Submitted', 'auto-replied')],
        human, status,
        our_headers('REQ-007', 'stephanie.blaylock@nrc.gov', t_sent, subject='Re: NRC-2026-000412 Interim Response 1',
                    extra_msgid='<followup.req-007.20261222.1@%s>' % ORG))
save(fn, m)
F.append(fact(fn, 'REQ-007', 'bounce', None, 'Postfix bounce from the NRC gateway: our follow-up to the specialist who signed '
              'the interim response bounced (user unknown); returned headers thread to REQ-007',
              signals=['thread-embedded', 'tracking']))

# 055 ---------------------------------------------------------------- FDA administrative closure for non-response
fn = '055-fda-administrative-closure.eml'
t = when(2027, 1, 6, 9, 10)
body = wrap("""
    Dear Requester:

    This letter concerns your Freedom of Information Act request, FOI Request 2026-7219, for recall
    correspondence and adverse event records concerning over-the-counter eye drop products.

    On October 20, 2026, we asked you to clarify the scope of your request, and on November 30, 2026, we wrote
    to ask whether you were still interested in it. We did not receive a response to either letter by the
    December 30, 2026 date stated in our second letter. We have therefore administratively closed your request.
    No records will be released under this request number.

    If you still want these records, you may submit a new request at any time. It will be placed in the queue
    as of the date it is received.

    If you believe this closure was in error, you may appeal it. Your appeal must be postmarked or
    electronically submitted within 90 days of the date of this letter, to the Deputy Agency Chief FOIA
    Officer, U.S. Department of Health and Human Services. You may also contact the FDA FOIA Public Liaison
    or the Office of Government Information Services (OGIS) for assistance.

    Sincerely,
    Division of Freedom of Information
    U.S. Food and Drug Administration
""")
m = message([('From', 'FDA FOIA <FDAFOIA@fda.hhs.gov>'), ('To', INBOX),
             ('Subject', 'FOI Request 2026-7219 - Administrative Closure'), ('Date', hdate(t)),
             ('Message-ID', mid_o365(fn, 'BY5PR09MB'))] + o365_headers(fn, 'Administrative Closure', 'BY5PR09MB'),
            text=body)
save(fn, m)
F.append(fact(fn, 'REQ-002', 'denial', '2026-7219', 'administrative closure after no answer to the clarification and still-'
              'interested letters; request closed without records, appeal rights given: labeled denial with appeal_due',
              adverse=True, signals=['tracking']))

# 056 ---------------------------------------------------------------- EPA R5 final response via PAL with PDF letter
fn = '056-epa-r5-pal-final-letter.eml'
t = when(2027, 1, 8, 14, 20)
letter = """
UNITED STATES ENVIRONMENTAL PROTECTION AGENCY
REGION 5
77 West Jackson Boulevard, Chicago, IL 60604-3590

January 8, 2027

Re: Freedom of Information Act Request EPA-R5-2026-007713

Dear Requester:

This is the final response to your request for inspection reports, ethylene oxide monitoring data and enforcement records for commercial sterilizers in Region 5. An interim release of 312 pages was made on November 19, 2026.

With this response Region 5 is releasing an additional 1,088 pages, available in the FOIA Public Access Link. Forty-six pages are withheld in full and portions of 203 pages are redacted.

Exemption 4 (5 U.S.C. 552(b)(4)): Under 40 CFR part 2, subpart B, the three companies were given the opportunity to substantiate their claims of business confidentiality. EPA has determined that sterilant usage rates, process parameters and the design details of emission control equipment are entitled to confidential treatment. Emission data are not eligible for confidential treatment and have been released.

Exemption 6 (5 U.S.C. 552(b)(6)): Personal telephone numbers and email addresses of facility employees have been withheld.

You may appeal this determination to the National FOIA Office through the FOIA Public Access Link or by mail to U.S. EPA, FOIA and Privacy Branch, 1200 Pennsylvania Avenue, N.W. (2822T), Washington, DC 20460. Your appeal must be made in writing and received within 90 calendar days from the date of this letter. You may also contact the EPA FOIA Public Liaison or the Office of Government Information Services (OGIS).

Sincerely,

Regional FOIA Officer
U.S. EPA Region 5
"""
rows = [('Request Number', 'EPA-R5-2026-007713'), ('Current Status', 'Closed'), ('Release', 'Final Release')]
paras = ['A final response has been issued on your request. The response letter is attached, and the released '
         'documents are available when you sign in to PAL.']
m = pal.pal_message(fn, t, 'FOIA Request EPA-R5-2026-007713 - Final Response Issued', 'U.S. Environmental Protection Agency',
                    rows, paras, attachments=[('EPA-R5-2026-007713_Final_Response_Letter.pdf',
                                               make_pdf(letter, 'Final Response'), 'application/pdf')])
save(fn, m)
F.append(fact(fn, 'REQ-005', 'records_final', 'EPA-R5-2026-007713', 'final release through PAL with the letter in PDF: 1,088 pages, '
              '46 withheld in full and redactions under (b)(4)/(b)(6); 90-day appeal', adverse=True, signals=['tracking']))

# 057 ---------------------------------------------------------------- FDA final response letter in PDF
fn = '057-fda-final-response-pdf.eml'
t = when(2027, 1, 12, 10, 30)
letter = """
DEPARTMENT OF HEALTH AND HUMAN SERVICES
Food and Drug Administration
Division of Freedom of Information
5630 Fishers Lane, Room 1035
Rockville, MD 20857

January 12, 2027

Watch Desk Records Team
foia-desk@watchdesk.example.org

Re: FOI Request 2026-6841

Dear Requester:

This is the final response to your Freedom of Information Act request for Forms FDA 483 and establishment inspection reports for domestic infant formula manufacturing facilities, January 2023 to present. We sent you an interim release of 240 pages on December 3, 2026.

With this letter we are releasing the remaining 912 pages, available for download at https://sft.fda.example/w/Rp4d8Ln2VqA until February 11, 2027. Thirty-six pages are withheld in full.

We have withheld information under the following exemptions:

  Exemption 4, 5 U.S.C. 552(b)(4): trade secrets and confidential commercial information, including
  formulations, process and equipment parameters, and supplier identities (see also 21 CFR 20.61).
  Exemption 6, 5 U.S.C. 552(b)(6): names and personal details of non-supervisory firm employees and of
  consumers named in complaint records.

This completes our response to your request. There is no charge for this response.

You may appeal this determination within 90 days of the date of this letter to the Deputy Agency Chief FOIA Officer, U.S. Department of Health and Human Services, Hubert H. Humphrey Building, 200 Independence Avenue SW, Washington, DC 20201, or through the HHS FOIA appeal portal. Please mark your appeal "Freedom of Information Act Appeal." You may also contact the FDA FOIA Public Liaison or the Office of Government Information Services (OGIS), which offers mediation services (ogis@nara.gov; 202-741-5770).

Sincerely,

Sarah B. Kimura
Director, Division of Freedom of Information
"""
m = message([('From', 'FDA FOIA <FDAFOIA@fda.hhs.gov>'), ('To', INBOX),
             ('Subject', 'FOI Request 2026-6841 - Final Response'), ('Date', hdate(t)),
             ('Message-ID', mid_o365(fn, 'BY5PR09MB'))] + o365_headers(fn, 'Final Response', 'BY5PR09MB'),
            text='Please find attached FDA\'s final response letter. The link to the records is in the letter.\n\n'
                 'Division of Freedom of Information\n',
            attachments=[('2026-6841 Final Response Letter.pdf', make_pdf(letter, 'Final Response'), 'application/pdf')])
save(fn, m)
F.append(fact(fn, 'REQ-001', 'records_final', '2026-6841', 'FDA final (PDF): remaining 912 pages by download link, 36 withheld in '
              'full, (b)(4)/(b)(6); 90-day appeal', adverse=True, signals=['tracking']))

# 058 ---------------------------------------------------------------- CPSC final via PAL with PDF letter
fn = '058-cpsc-pal-final-letter.eml'
t = when(2027, 1, 13, 15, 0)
letter = """
U.S. CONSUMER PRODUCT SAFETY COMMISSION
4330 East West Highway
Bethesda, MD 20814

January 13, 2027

Re: Freedom of Information Act Request S26-0231

Dear Requester:

This is the final response to your request for incident reports and Section 6(b) correspondence concerning infant loungers and inclined infant sleep products. We released 611 pages on December 9, 2026. The Section 6(b) process has now closed for the remaining four firms, and we are releasing 388 additional pages.

Consumer names, addresses, telephone numbers and medical information have been withheld under FOIA Exemption 6, 5 U.S.C. 552(b)(6). In addition, 52 pages of information that firms reported to the Commission under Section 15(b) of the Consumer Product Safety Act have been withheld under FOIA Exemption 3, 5 U.S.C. 552(b)(3), in conjunction with Section 6(b)(5) of the CPSA, 15 U.S.C. 2055(b)(5).

The firms' comments under Section 6(b) are released with the records to which they relate, except where the comments themselves contain Section 15(b) information.

You may appeal this decision by writing to the Executive Director, U.S. Consumer Product Safety Commission, at the address above or cpscfoiaappeals@cpsc.gov, within 90 days of the date of this letter. You may also contact the CPSC FOIA Public Liaison at 301-504-7923 or the Office of Government Information Services (OGIS).

Sincerely,

Alberta E. Mills
Secretary, U.S. Consumer Product Safety Commission
"""
rows = [('Request Number', 'S26-0231'), ('Current Status', 'Closed'), ('Release', 'Final Release')]
paras = ['A final response has been issued on your request. The response letter is attached, and the released '
         'documents are available when you sign in to PAL.']
m = pal.pal_message(fn, t, 'FOIA Request S26-0231 - Final Response Issued', 'U.S. Consumer Product Safety Commission',
                    rows, paras, attachments=[('S26-0231_Final_Response_Letter.pdf', make_pdf(letter, 'Final Response'),
                                               'application/pdf')])
save(fn, m)
F.append(fact(fn, 'REQ-010', 'records_final', 'S26-0231', 'CPSC final through PAL, letter in PDF: 388 pages with (b)(6) redactions '
              'and 52 pages withheld under (b)(3)/CPSA 6(b)(5); 90-day appeal', adverse=True, signals=['tracking']))

# 059 ---------------------------------------------------------------- NHTSA interim release by download link
fn = '059-nhtsa-interim-download.eml'
t = when(2027, 1, 20, 11, 0)
body = wrap("""
    Good morning,

    Apologies for the bounce you got in November; my mailbox had filled up while I was out. Our front office
    passed along your note agreeing to pay up to $186.00 for the video portion of NHTSA-2026-01187, so that
    portion is now with our contractor.

    Here is the first release: 412 Standing General Order crash reports from six manufacturers, with the
    manufacturer correspondence that goes with them (1,275 pages). Information for which NHTSA granted
    confidential treatment under Part 512 is redacted under Exemption 4, and the names of drivers and
    witnesses under Exemption 6.

    Download: https://secure.dot.example/nhtsa/foia/dl/9f3k2w
    The link will stay active for 21 days.

    The reports from the remaining five manufacturers and the video files will follow. We still expect to
    complete the request by February 19, 2027.

    Darnell Hughes
    FOIA Specialist, Office of the Chief Counsel
    National Highway Traffic Safety Administration
""")
m = message([('From', 'Hughes, Darnell (NHTSA) <darnell.hughes@dot.gov>'), ('To', plus('REQ-011')),
             ('Subject', 'NHTSA-2026-01187 - first release'), ('Date', hdate(t)),
             ('Message-ID', mid_o365(fn, 'BN0PR09MB'))] + o365_headers(fn, 'first release', 'BN0PR09MB'), text=body)
save(fn, m)
F.append(fact(fn, 'REQ-011', 'records_interim', 'NHTSA-2026-01187', 'first release by download link (1,275 pages, (b)(4)/(b)(6)); '
              'rest to follow, completion still expected Feb 19, 2027', estimated='2027-02-19',
              signals=['plus', 'tracking']))

# 060 ---------------------------------------------------------------- CDC final response letter (PDF), release in part
fn = '060-cdc-final-response-pdf.eml'
t = when(2027, 1, 27, 16, 0)
letter = """
DEPARTMENT OF HEALTH & HUMAN SERVICES                      Public Health Service
                                     Centers for Disease Control and Prevention (CDC)
                                     Atlanta GA 30329-4027

January 27, 2027

Watch Desk Records Team
Via email: foia-desk+req-003@watchdesk.example.org

Dear Requester:

This is the final response to your Freedom of Information Act request of September 10, 2026, #26-01942-FOIA, for Epi-Aid reports and correspondence concerning Legionnaires' disease outbreak investigations.

The National Center for Immunization and Respiratory Diseases and the National Center for Environmental Health located 640 pages of responsive records. After consultation with two state health departments, we are releasing 428 pages in full and 197 pages in part. Fifteen pages are withheld in full.

We are withholding portions of the records under the following exemptions:

  5 U.S.C. 552(b)(5): draft Epi-Aid reports and internal recommendations that are predecisional and
  deliberative.
  5 U.S.C. 552(b)(6): names, addresses, dates of birth and clinical details of case-patients and of
  employees of affected facilities.

The records are available for download at https://cdc.sharefile.example/d-26-01942 for 30 days.

If you are not satisfied with our response, you may administratively appeal to the Deputy Agency Chief FOIA Officer, U.S. Department of Health and Human Services, through the HHS FOIA appeals portal. Your appeal must be postmarked or electronically submitted within 90 days of the date of this response. You may also contact our FOIA Public Liaison at 770-488-6246 or the Office of Government Information Services (OGIS).

Sincerely,

Roger L. Andrada
Director, CDC/ATSDR FOIA Office
Office of the Chief Operating Officer
"""
m = message([('From', 'CDC FOIA Requests <FOIARequests@cdc.gov>'), ('To', plus('REQ-003')),
             ('Subject', 'Final Response Letter'), ('Date', hdate(t)),
             ('Message-ID', mid_o365(fn, 'DM6PR09MB'))] + o365_headers(fn, 'Final Response Letter', 'DM6PR09MB'),
            text='Please see the attached final response to your Freedom of Information Act request.\n\n'
                 'CDC/ATSDR FOIA Office\n',
            attachments=[('26-01942-FOIA Final Response.pdf', make_pdf(letter, 'Final Response'), 'application/pdf')])
save(fn, m)
F.append(fact(fn, 'REQ-003', 'records_final', '26-01942-FOIA', 'CDC final (PDF only; number in attachment name and letter): 428 '
              'pages in full, 197 in part, 15 withheld under (b)(5)/(b)(6); 90-day appeal', adverse=True,
              signals=['plus', 'tracking-filename', 'tracking-attachment']))

merge_facts(F)
print('part6: %d messages' % len(F))
