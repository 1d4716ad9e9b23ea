"""Messages 021-030."""
from gen_common import *

def build():
    out = []
    # 021 TVA extension arriving through our Google Group collaborative inbox
    r = req('REQ-001')
    body = text("""Dear Requester:

Re: FOIA No. 26-0417 - Kingston and Bull Run groundwater monitoring reports

We are writing to let you know that TVA needs additional time to respond to
your request. Unusual circumstances apply under 5 U.S.C. 552(a)(6)(B): the
responsive reports are held by the Kingston and Bull Run plant sites and by
TVA's environmental contractors, and they must be collected from those
locations and reviewed with the contractors before release.

TVA is therefore extending the time to respond by 10 working days. We
currently anticipate completing our response by November 20, 2026, and we
may release records on a rolling basis before then. If you would like to
narrow your request or agree to an alternative time frame, please contact
our FOIA Public Liaison.

You may also contact the Office of Government Information Services (OGIS) at
the National Archives and Records Administration to inquire about the FOIA
mediation services they offer: ogis@nara.gov, 202-741-5770, or 1-877-684-6448.

TVA FOIA Office
""")
    out.append(('021-tva-extension-google-group.eml', finish([
        ('From', "'TVA FOIA' via Records Desk <records@records.example.org>"),
        ('To', 'Records Desk <records@records.example.org>'),
        ('Subject', 'FOIA 26-0417 - Extension of Time'), ('Date', date_hdr('2026-10-06 09:12')),
        ('Message-ID', mid('021', 'tva.gov')), ('Reply-To', 'TVA FOIA <foia@tva.gov>'),
        ('X-Original-Sender', 'foia@tva.gov'), ('X-Original-From', 'TVA FOIA <foia@tva.gov>'),
        ('Mailing-list', 'list records@records.example.org; contact records+owners@records.example.org'),
        ('List-ID', '<records.records.example.org>'), ('Precedence', 'list'),
        ('X-Google-Group-Id', '884120915562'),
        ('List-Post', '<https://groups.google.com/a/records.example.org/group/records/post>, <mailto:records@records.example.org>'),
        ('List-Archive', '<https://groups.google.com/a/records.example.org/group/records/>')], body),
        fact('021-tva-extension-google-group.eml', 'REQ-001', 'extension', '26-0417', clock='extension', estimated='2026-11-20',
             signals=['tracking', 'subject'],
             why='TVA takes the 10-working-day unusual-circumstances extension on 26-0417; anticipates completion Nov 20',
             note='Google Group collaborative inbox rewrite ("via Records Desk", X-Original-Sender, List-ID); extension with a stated date and OGIS paragraph | modeled on TVA extension letters')))

    # 022 GAO clarification
    body = text("""Good morning,

Thank you for your patience with request RR-26-0128. GAO has carried out
more than one body of work on air traffic controller staffing in the last
few years, including a completed report and an engagement that is still
under way for a congressional requester.

Could you please tell us which product you are interested in - for example
by GAO report number (GAO-XX-XXXXXX) or by the date of publication - and
whether you want the engagement's documentation (workpapers) or only
correspondence with the Federal Aviation Administration?

Please be aware that under 4 CFR 81.6, GAO does not release records of work
that is still in progress. We will hold your request until we hear from you.

Records Request Team
U.S. Government Accountability Office
""")
    out.append(('022-gao-clarification.eml', finish([
        ('From', 'GAO Records Request <recordsrequest@gao.gov>'), ('To', plus('REQ-010')),
        ('Subject', 'RR-26-0128: which engagement?'), ('Date', date_hdr('2026-10-07 11:33')),
        ('Message-ID', mid('022', 'gao.gov')), *outlook_hdrs('022', 'RR-26-0128: which engagement?')], body),
        fact('022-gao-clarification.eml', 'REQ-010', 'clarification', 'RR-26-0128', signals=['plus', 'tracking'],
             why='GAO asks which engagement/report and which record types; request held until we answer',
             note='clarification that asks for a report number and warns about in-progress work | modeled on GAO records-request correspondence')))

    # 023 USPS PAL portal notice
    html = """<html><body style="font-family:Arial;font-size:10pt">
<p>The status of your FOIA request <b>2026-FPRO-02716</b> has been updated.</p>
<p>Please log in to the <a href="https://uspsfoia.usps.gov/app/Home.aspx">USPS FOIA Public Access Link</a> to view the details of your request.</p>
<p style="font-size:8pt;color:#666">This is an automated message. Replies to this address are not monitored.</p></body></html>"""
    out.append(('023-usps-pal-updated.eml', finish([
        ('From', 'USPS FOIA Requester Service Center <foia-pal-noreply@usps.gov>'), ('To', plus('REQ-002')),
        ('Subject', 'FOIA Request 2026-FPRO-02716 Updated'), ('Date', date_hdr('2026-10-08 08:00')),
        ('Message-ID', mid('023', 'uspsfoia.usps.gov'))], text(html, 'html')),
        fact('023-usps-pal-updated.eml', 'REQ-002', 'portal_notice', '2026-FPRO-02716', signals=['plus', 'tracking'],
             why='USPS PAL says the request was updated; log in to see; no substantive text',
             note='bare PAL update notice | modeled on FOIAXpress PAL "request updated" emails')))

    # 024 FDIC extension with estimated date; number only in body
    body = text("""Dear Requester:

We are writing regarding your Freedom of Information Act request,
FDIC-FOIA-2026-000912, for supervisory and resolution records concerning
Republic First Bank.

Because your request requires the FDIC to search for, collect and review a
voluminous amount of records held by the Division of Risk Management
Supervision and the Division of Resolutions and Receiverships, and to consult
with another agency having a substantial interest in the records, unusual
circumstances exist under 5 U.S.C. 552(a)(6)(B)(iii). We are extending the
time limit for responding by ten working days. Even with this extension,
we expect that we will need until about December 4, 2026 to complete our
response.

You may narrow your request to speed processing, or contact our FOIA Public
Liaison at 202-898-7021. You also have the right to seek dispute resolution
services from the Office of Government Information Services (OGIS), National
Archives and Records Administration, 8601 Adelphi Road, College Park, MD
20740; ogis@nara.gov.

FDIC FOIA/Privacy Act Group
""")
    out.append(('024-fdic-extension.eml', finish([
        ('From', 'FDIC FOIA <efoia@fdic.gov>'), ('To', plus('REQ-005')),
        ('Subject', 'Your FDIC FOIA Request'), ('Date', date_hdr('2026-10-08 16:40')),
        ('Message-ID', mid('024', 'fdic.gov'))], body),
        fact('024-fdic-extension.eml', 'REQ-005', 'extension', 'FDIC-FOIA-2026-000912', clock='extension', estimated='2026-12-04',
             signals=['plus', 'tracking'],
             why='FDIC invokes the 10-working-day extension and expects to finish about Dec 4',
             note='extension with a hedged estimated date ("about"); number only in the body | modeled on FDIC extension letters')))

    # 025 Amtrak acknowledgment for the APD request, quoting in gmail style
    r = req('REQ-012')
    body = text("""Dear Records Desk,

The Amtrak FOIA Office received your request on October 5, 2026. It has
been assigned number FOIA-2026-00391.

Records of the Amtrak Police Department are maintained by the APD Office of
Professional Responsibility, and we have asked that office to search for
responsive records. Use-of-force reports frequently contain personal
information of officers and members of the public, which may be withheld
under FOIA Exemptions 6 and 7(C).

Thank you,
Amtrak FOIA Office
""" + quoted('REQ-012', style='gmail'))
    out.append(('025-amtrak-ack-apd.eml', finish([
        ('From', 'FOIA Requests <foiarequests@amtrak.com>'), ('To', plus('REQ-012')),
        ('Subject', 'RE: ' + r['subject']), ('Date', date_hdr('2026-10-09 10:05')),
        ('Message-ID', mid('025', 'amtrak.com')), *threaded('REQ-012'), *outlook_hdrs('025', r['subject'])], body),
        fact('025-amtrak-ack-apd.eml', 'REQ-012', 'acknowledgment', 'FOIA-2026-00391', clock='received_on_sent_date',
             signals=['thread', 'plus', 'tracking-new'],
             why='Amtrak acknowledges the APD use-of-force request received Oct 5 (= sent), assigns FOIA-2026-00391',
             note='second open Amtrak request; acknowledgment with exemption preview, quoted request in ">" style | modeled on Amtrak FOIA acknowledgments')))

    # 026 Board extension, no date
    body = text("""Re: FOIA Request No. F-2026-00531

Dear Records Desk:

The Board requires additional time to respond to your request because
unusual circumstances exist: responsive records must be gathered from the
Federal Reserve Bank of Richmond and from more than one Board division, and
the records need consultation with the Reserve Bank. Pursuant to 5 U.S.C.
552(a)(6)(B)(i) and 12 CFR 261.16, the time for responding is extended by 10
working days.

If you wish to discuss narrowing your request or an alternative time frame,
please contact the Board's FOIA Public Liaison at (202) 452-3684. You may also
contact OGIS at ogis@nara.gov.

Freedom of Information Office
Board of Governors of the Federal Reserve System
""")
    out.append(('026-frb-board-extension.eml', finish([
        ('From', 'FOIA Office <foia-requests@frb.gov>'), ('To', plus('REQ-011')),
        ('Subject', 'FOIA Request No. F-2026-00531 - Extension'), ('Date', date_hdr('2026-10-13 13:50')),
        ('Message-ID', mid('026', 'frb.gov'))], body),
        fact('026-frb-board-extension.eml', 'REQ-011', 'extension', 'F-2026-00531', clock='extension',
             signals=['plus', 'tracking'],
             why='Board extends F-2026-00531 by 10 working days (Reserve Bank consultation); no completion date',
             note='extension without a stated date, sent the day after Columbus Day | modeled on Federal Reserve Board extension letters')))

    # 027 TVA fee estimate (hedged)
    body = text("""Hello again,

An update on FOIA 26-0431. The business units have identified roughly 40
large-load agreements and amendments plus related correspondence. Because
you're in the news media category you won't be charged for search or review,
but duplication of the paper files at the local power companies may apply.

Our current estimate is $96.00. That's more than the $25 you said you'd
agree to pay in your request, so I need you to confirm in writing that you're
willing to pay up to that amount (or tell me how you'd like to narrow) before
we go further. The final amount could come in lower. If I don't hear back
within 30 calendar days I'll have to assume you no longer want the records.

Thanks,
Jenna

Jenna Branson
FOIA Specialist | Tennessee Valley Authority
""")
    out.append(('027-tva-fee-estimate.eml', finish([
        ('From', 'Branson, Jenna M <jmbranson@tva.gov>'), ('To', INBOX),
        ('Subject', 'RE: TVA FOIA 26-0431 (data center load agreements)'), ('Date', date_hdr('2026-10-14 09:30')),
        ('Message-ID', mid('027', 'tva.gov')), ('In-Reply-To', mid('009', 'tva.gov')), ('References', mid('009', 'tva.gov')),
        *outlook_hdrs('027', 'TVA FOIA 26-0431 (data center load agreements)')], body),
        fact('027-tva-fee-estimate.eml', 'REQ-007', 'fee_estimate', '26-0431', signals=['tracking', 'subject'],
             why='TVA estimates $96 duplication, above our $25 limit; needs written agreement before continuing',
             note='informal fee estimate from staff, threaded to the agency\'s own earlier mail (not our request) | modeled on TVA fee notifications')))

    # 028 USCP informal note from a staffer, changed subject, no threading
    body = text("""Hi there -

I saw that our General Counsel's office answered your letter about overtime
and the threat case numbers. I know that's not the answer you wanted. Off the
request track: the overtime spending for the Department shows up in the
House's Statement of Disbursements and the Senate's semiannual report, and
the Chief has given threat-case totals for the last few calendar years in
public statements and testimony, which I'm happy to point you to.

If you want to talk through what we can and can't give out, give me a call.

Best,
Tomas Rielly
Public Information Office
United States Capitol Police
202-224-1677
""")
    out.append(('028-uscp-pio-informal.eml', finish([
        ('From', 'Rielly, Tomas <Tomas.Rielly@uscp.gov>'), ('To', INBOX),
        ('Subject', 'overtime numbers'), ('Date', date_hdr('2026-10-14 15:10')),
        ('Message-ID', mid('028', 'uscp.gov'))], body),
        fact('028-uscp-pio-informal.eml', 'REQ-009', 'other', signals=['subject'],
             why='Capitol Police PIO points to published sources and offers a call after the refusal; no new determination',
             note='informal personal-address note with an unrelated-looking subject; agency + topic words place it | modeled on press-office follow-ups')))

    # 029 FDIC PAL acknowledgment for REQ-013, multipart/alternative
    plain = """FDIC FOIA Request FDIC-FOIA-2026-001104

Your Freedom of Information Act request was received by the FDIC on 10/13/2026
and has been assigned the tracking number above.

Description: FDIC Office of Professional Conduct case statistics and tracking
reports, 2024-2026

Processing track: Simple

You may check the status of your request at https://fdicfoia.fdic.gov.
"""
    html = """<html><body><h3>FDIC FOIA Request FDIC-FOIA-2026-001104</h3>
<p>Your Freedom of Information Act request was received by the FDIC on <b>10/13/2026</b> and has been assigned the tracking number above.</p>
<p><b>Description:</b> FDIC Office of Professional Conduct case statistics and tracking reports, 2024-2026</p>
<p><b>Processing track:</b> Simple</p>
<p>You may check the status of your request at <a href="https://fdicfoia.fdic.gov">https://fdicfoia.fdic.gov</a>.</p></body></html>"""
    out.append(('029-fdic-pal-ack-opc.eml', finish([
        ('From', 'FDIC FOIA PAL <foiapal-noreply@fdic.gov>'), ('To', plus('REQ-013')),
        ('Subject', 'FDIC FOIA Request Received: FDIC-FOIA-2026-001104'), ('Date', date_hdr('2026-10-15 11:00')),
        ('Message-ID', mid('029', 'fdicfoia.fdic.gov'))], alt(plain, html)),
        fact('029-fdic-pal-ack-opc.eml', 'REQ-013', 'acknowledgment', 'FDIC-FOIA-2026-001104', clock='received_on_sent_date',
             signals=['plus', 'tracking-new', 'subject'],
             why='FDIC PAL acknowledges the OPC statistics request received 10/13/2026 (= sent), assigns FDIC-FOIA-2026-001104',
             note='PAL acknowledgment for the second FDIC request, multipart/alternative | modeled on FOIAXpress PAL acknowledgments')))

    # 030 AOC out-of-office reply to our follow-up
    body = text("""I am out of the office through Monday, October 26, 2026 with limited access
to email. For records requests, please write to records@aoc.gov. For urgent
matters, please contact the Office of the General Counsel at 202-228-1793.

Karen Oyelaran
Senior Counsel, Office of the General Counsel
Architect of the Capitol
""")
    out.append(('030-aoc-out-of-office.eml', finish([
        ('From', 'Oyelaran, Karen <Karen.Oyelaran@aoc.gov>'), ('To', plus('REQ-006')),
        ('Subject', 'Automatic reply: AOC-RR-26-041 status?'), ('Date', date_hdr('2026-10-19 14:20')),
        ('Message-ID', mid('030', 'aoc.gov')), ('In-Reply-To', '<req-006.20261019.3@records.example.org>'),
        ('References', '<req-006.20260917.1@records.example.org> <req-006.20261019.3@records.example.org>'),
        ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')], body),
        fact('030-aoc-out-of-office.eml', 'REQ-006', 'auto_reply', 'AOC-RR-26-041', signals=['thread', 'plus', 'tracking'],
             why='AOC attorney out-of-office reply to our status inquiry; not an answer',
             note='out-of-office auto-reply whose subject carries the tracking number | modeled on Exchange automatic replies')))
    return out
