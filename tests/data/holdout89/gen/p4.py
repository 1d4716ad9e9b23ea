"""Messages 031-040."""
from gen_common import *

def build():
    out = []
    # 031 Amtrak analyst asks for a call about fees -> other
    body = text("""Hi,

I'm following up on the fee letter we sent October 1 on FOIA-2026-00342
(NextGen Acela). Before you decide, it may be worth a quick call - a large
share of the 3,100 pages are daily fleet availability spreadsheets that we
could probably give you as native files for no charge instead of paper.

Are you free Thursday or Friday afternoon? My direct line is below.

Priya Nandakumar
FOIA Analyst | Amtrak Law Department
202-906-3741
""")
    out.append(('031-amtrak-analyst-call.eml', finish([
        ('From', 'Nandakumar, Priya <Priya.Nandakumar@amtrak.com>'), ('To', plus('REQ-003')),
        ('Subject', 'FOIA-2026-00342 - quick call?'), ('Date', date_hdr('2026-10-20 10:10')),
        ('Message-ID', mid('031', 'amtrak.com')), *outlook_hdrs('031', 'FOIA-2026-00342 - quick call?')], body),
        fact('031-amtrak-analyst-call.eml', 'REQ-003', 'other', 'FOIA-2026-00342', signals=['plus', 'tracking'],
             why='Amtrak analyst asks for a phone call about the fee letter; no new determination or estimate',
             note='phone-call request that mentions the earlier fee figure (not a new estimate) | modeled on FOIA analyst follow-up emails')))

    # 032 GAO ack for REQ-014, number only in the subject
    body = text("""Thank you for your request for GAO records, which we received on October 20,
2026 and will process under 4 CFR part 81. We expect that most of the
material you describe - GAO's telework policy, space utilization studies and
the headquarters lease - can be released. We will contact you if we have
questions.

Records Request Team
U.S. Government Accountability Office
""")
    out.append(('032-gao-ack-telework.eml', finish([
        ('From', 'GAO Records Request <recordsrequest@gao.gov>'), ('To', plus('REQ-014')),
        ('Subject', 'GAO Records Request RR-26-0151 Received'), ('Date', date_hdr('2026-10-21 09:45')),
        ('Message-ID', mid('032', 'gao.gov'))], body),
        fact('032-gao-ack-telework.eml', 'REQ-014', 'acknowledgment', 'RR-26-0151', clock='received_on_sent_date',
             signals=['plus', 'tracking-new', 'subject'],
             why='GAO confirms receipt Oct 20 (= sent) of the telework/lease request; RR-26-0151 only in the subject',
             note='tracking number only in the subject line; second open GAO request | modeled on GAO records-request acknowledgments')))

    # 033 Colleague forwards the USPS first interim release
    body = text("""Forwarding for the log - USPS sent this to me because I answered their
clarification questions from my own address. First batch of Palmetto
reports is on the PAL; I downloaded it to the shared drive.

Marisol

---------- Forwarded message ---------
From: Whitmore, Darnell K - Washington, DC <darnell.k.whitmore@usps.gov>
Date: Thu, Oct 22, 2026 at 2:05 PM
Subject: FOIA 2026-FPRO-02716 - Interim Response #1
To: Marisol Ortega <mortega@records.example.org>


Ms. Ortega,

Thank you for clarifying your request on October 2. This is the first
interim response to FOIA request 2026-FPRO-02716.

We have located daily mail condition reports and delayed-mail summaries for
the Atlanta (Palmetto) RPDC for January 2025 through June 2025 (412 pages),
which have been uploaded to your PAL account. Employee names and EINs were
redacted under FOIA Exemption 6. We are continuing to process the reports for
July 2025 forward and the related correspondence, and will make additional
releases as they are completed.

Darnell K. Whitmore
FOIA Analyst, USPS Privacy and Records Management Office
""")
    out.append(('033-fwd-usps-interim.eml', finish([
        ('From', 'Marisol Ortega <mortega@records.example.org>'), ('To', INBOX),
        ('Subject', 'Fwd: FOIA 2026-FPRO-02716 - Interim Response #1'), ('Date', date_hdr('2026-10-22 16:30')),
        ('Message-ID', '<CAJ7fqM2x8kPq0aVbR3nWq9ZkD1w@mail.gmail.com>')], body),
        fact('033-fwd-usps-interim.eml', 'REQ-002', 'records_interim', '2026-FPRO-02716', signals=['tracking', 'subject'],
             why='forwarded USPS interim release #1 (412 pages, Exemption 6 redactions), more to come',
             note='colleague forward ("Fwd:") from our own domain; the agency reply is inside the body | modeled on newsroom forwards of agency mail')))

    # 034 vendor webinar, no request
    html = """<html><body style="font-family:Helvetica"><h2>Webinar: Modernize FOIA intake in 30 days</h2>
<p>Join records officers from federal corporations and state agencies to see how automated intake, deduplication and
redaction queues cut backlog. Thursday, November 5, 2 pm ET.</p>
<p><a href="https://events.example-vendor.com/foia-intake">Register now</a></p>
<p style="font-size:8pt">You received this email because you attended a past event. <a href="https://events.example-vendor.com/unsub">Unsubscribe</a></p></body></html>"""
    out.append(('034-vendor-webinar.eml', finish([
        ('From', 'RecordsCloud Events <events@mail.recordscloud-events.com>'), ('To', INBOX),
        ('Subject', 'Your FOIA request backlog, solved? (Webinar Nov 5)'), ('Date', date_hdr('2026-10-26 12:00')),
        ('Message-ID', mid('034', 'mail.recordscloud-events.com')), ('List-Unsubscribe', '<https://events.example-vendor.com/unsub>'),
        ('Precedence', 'bulk')], text(html, 'html')),
        fact('034-vendor-webinar.eml', None, 'other', why='vendor marketing email using FOIA words; answers no request',
             note='unrelated marketing mail whose subject says "FOIA request" | modeled on govtech vendor promotions')))

    # 035 GAO staffer: cannot be placed (two GAO requests open, nothing identifies which)
    body = text("""Hello,

I'm one of the records specialists here at GAO and I've picked up your
request. I have a question about the scope that would be easier to talk
through than to put in writing - could someone from your team call me
this week? I'm in most days 9 to 4.

Thanks,
Denise Akintola
Information Management, GAO
(202) 512-4418
""")
    out.append(('035-gao-staff-call-ambiguous.eml', finish([
        ('From', 'Akintola, Denise <AkintolaD@gao.gov>'), ('To', INBOX),
        ('Subject', 'Your request'), ('Date', date_hdr('2026-10-27 10:20')),
        ('Message-ID', mid('035', 'gao.gov'))], body),
        fact('035-gao-staff-call-ambiguous.eml', None, 'other', signals=['none'],
             why='GAO staffer asks for a call about "your request" while two GAO requests (REQ-010, REQ-014) are open; nothing says which',
             note='message a careful human cannot place: agency known, request not | modeled on informal staff call requests')))

    # 036 AOC final response, letter in PDF, number only in file name
    lines = ['ARCHITECT OF THE CAPITOL', 'Office of the General Counsel', 'Washington, DC 20515', '',
             'October 28, 2026', '', 'Records Desk', 'records.example.org', '',
             'Dear Requester:', '',
             'This responds to your September 17, 2026 request for records concerning the Cannon House Office',
             'Building renewal project, specifically records of project cost, schedule and change orders.', '',
             'As we explained, the Architect of the Capitol is not subject to the Freedom of Information Act.',
             'Consistent with AOC practice, we have reviewed your request and are providing the following',
             'records, which are enclosed or available at the links below:', '',
             '  1. Quarterly Cannon Renewal project status summaries, FY2024 - FY2026 (38 pages)',
             '  2. Change order log summary, Phases 2 and 3, with amounts (12 pages)',
             '  3. AOC testimony and budget justifications discussing the project (public links)', '',
             'We are not providing construction drawings, phasing plans that show security features, or',
             'contractor proposal pricing. Release of those records could compromise the security of the',
             'Capitol complex or the AOC\'s contracting process.', '',
             'This completes the AOC\'s response to your request.', '',
             'Sincerely,', '', 'Office of the General Counsel', 'Architect of the Capitol']
    body = mixed(text("Please find attached the AOC's response to your records request, with enclosures.\n\nAOC Office of the General Counsel\n"),
                 pdf_part('AOC-RR-26-041_Response.pdf', lines, 'Response'),
                 pdf_part('Cannon_Renewal_Status_Summaries_FY24-FY26.pdf',
                          ['Cannon House Office Building Renewal - Quarterly Status Summary', 'FY2024 Q1 through FY2026 Q4', '',
                           'Phase 2 (West wing) substantially complete; Phase 3 (South wing) under construction.',
                           'Estimated total project cost at completion: see table on following pages.'], 'Status summaries'))
    r = req('REQ-006')
    out.append(('036-aoc-final-pdf.eml', finish([
        ('From', 'AOC Records Requests <records@aoc.gov>'), ('To', plus('REQ-006')),
        ('Subject', 'AOC response to your records request'), ('Date', date_hdr('2026-10-28 15:00')),
        ('Message-ID', mid('036', 'aoc.gov'))], body),
        fact('036-aoc-final-pdf.eml', 'REQ-006', 'records_final', 'AOC-RR-26-041', adverse=True,
             signals=['plus', 'tracking-filename'],
             why='AOC completes its voluntary response: releases status summaries and change-order log, withholds drawings and pricing',
             note='final response with withholdings from a body not subject to FOIA; number only in the PDF file name; US appeal rule applied mechanically | modeled on AOC records responses')))

    # 037 USPS PAL correspondence notice for REQ-008
    html = """<html><body style="font-family:Arial;font-size:10pt"><p>New correspondence has been added to your FOIA request <b>2026-FPRO-02904</b>.</p>
<p>Log in to the <a href="https://uspsfoia.usps.gov/app/Home.aspx">Public Access Link</a> to read it.</p>
<p style="font-size:8pt;color:#666">Do not reply to this message.</p></body></html>"""
    out.append(('037-usps-pal-correspondence.eml', finish([
        ('From', 'USPS FOIA Requester Service Center <foia-pal-noreply@usps.gov>'), ('To', plus('REQ-008')),
        ('Subject', 'Correspondence Added - 2026-FPRO-02904'), ('Date', date_hdr('2026-10-30 09:00')),
        ('Message-ID', mid('037', 'uspsfoia.usps.gov'))], text(html, 'html')),
        fact('037-usps-pal-correspondence.eml', 'REQ-008', 'portal_notice', '2026-FPRO-02904', signals=['plus', 'tracking'],
             why='USPS PAL says correspondence was added; content only in the portal',
             note='PAL notice with no substantive text | modeled on FOIAXpress PAL correspondence notices')))

    # 038 GAO extension with estimated date
    body = text("""Records Desk,

Thank you for confirming on October 9 that request RR-26-0128 concerns the
completed report on air traffic controller staffing (GAO-25-107120) and its
documentation.

The documentation for that engagement is extensive and includes material
obtained from the Federal Aviation Administration that we must review with
the agency before deciding what can be made available. We will need more
time than usual and now expect to respond by December 11, 2026.

Records Request Team
U.S. Government Accountability Office
""")
    out.append(('038-gao-extension.eml', finish([
        ('From', 'GAO Records Request <recordsrequest@gao.gov>'), ('To', plus('REQ-010')),
        ('Subject', 'RE: RR-26-0128: which engagement?'), ('Date', date_hdr('2026-11-02 14:40')),
        ('Message-ID', mid('038', 'gao.gov')), ('In-Reply-To', '<req-010.20261009.2@records.example.org>'),
        ('References', mid('022', 'gao.gov') + ' <req-010.20261009.2@records.example.org>')], body),
        fact('038-gao-extension.eml', 'REQ-010', 'extension', 'RR-26-0128', clock='extension', estimated='2026-12-11',
             signals=['thread', 'plus', 'tracking'],
             why='GAO needs more time (agency consultation) and expects to respond by Dec 11; treated as a federal extension',
             note='extension worded without statute, with a new date; subject still reads like a clarification thread | modeled on GAO correspondence')))

    # 039 USPS interim release with 410(c)(2) withholdings
    body = text("""Dear Records Desk:

This is the first interim response to your Freedom of Information Act request
2026-FPRO-02904 for Next Generation Delivery Vehicle (NGDV) charging
infrastructure contracts and task orders.

We are releasing 214 pages, available in your PAL account. Portions have been
withheld under FOIA Exemption 3, 5 U.S.C. 552(b)(3), in conjunction with 39
U.S.C. 410(c)(2), which exempts information of a commercial nature, including
trade secrets, whether or not obtained from a person outside the Postal
Service, which under good business practice would not be publicly disclosed.
This includes unit pricing, site-level installation schedules and supplier
rate tables. Additional portions were withheld under Exemption 4.

We are continuing to review the remaining task orders and will send another
release when that review is complete. Appeal rights will be provided with our
final response.

USPS FOIA Requester Service Center
""")
    out.append(('039-usps-interim-410c.eml', finish([
        ('From', 'USPS FOIA <foia@usps.gov>'), ('To', plus('REQ-008')),
        ('Subject', 'Interim Response - FOIA 2026-FPRO-02904'), ('Date', date_hdr('2026-11-04 11:15')),
        ('Message-ID', mid('039', 'usps.gov'))], body),
        fact('039-usps-interim-410c.eml', 'REQ-008', 'records_interim', '2026-FPRO-02904', signals=['plus', 'tracking'],
             why='USPS first release of NGDV charging records with 39 U.S.C. 410(c)(2)/Exemption 3 and Exemption 4 withholdings; more to come',
             note='interim release citing the Postal Service-specific 410(c)(2) exemption | modeled on USPS FOIA interim letters')))

    # 040 Amtrak extension for APD request, stated date
    body = text("""Re: FOIA-2026-00391

Dear Records Desk:

Amtrak needs additional time to respond to your request for Amtrak Police
Department use-of-force reports. The APD must retrieve reports from field
offices in several states, and each report must be reviewed line by line to
protect officers' and subjects' privacy. Under 5 U.S.C. 552(a)(6)(B) we are
extending the response time by 10 working days, and we estimate that we will
complete processing by January 15, 2027.

If you would like to limit the request - for example to reports involving
the use of a weapon, or to one calendar year - we may be able to respond
sooner. You may contact our FOIA Public Liaison or OGIS (ogis@nara.gov) for
help resolving any disputes.

Amtrak FOIA Office
""")
    out.append(('040-amtrak-extension-apd.eml', finish([
        ('From', 'FOIA Requests <foiarequests@amtrak.com>'), ('To', plus('REQ-012')),
        ('Subject', 'FOIA-2026-00391 Extension Notice'), ('Date', date_hdr('2026-11-09 13:00')),
        ('Message-ID', mid('040', 'amtrak.com'))], body),
        fact('040-amtrak-extension-apd.eml', 'REQ-012', 'extension', 'FOIA-2026-00391', clock='extension', estimated='2027-01-15',
             signals=['plus', 'tracking'],
             why='Amtrak extends FOIA-2026-00391 by 10 working days and estimates completion Jan 15, 2027',
             note='extension with a stated completion date far past the statutory extension | modeled on Amtrak extension notices')))
    return out
