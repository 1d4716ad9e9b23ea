#!/usr/bin/env python3
"""Messages 031-040 (October 26 - November 17, 2026)."""
from common import (INBOX, ORG, ET, CT, PT, dsn, fact, hdate, make_pdf, merge_facts, message, mid_o365, mid_plain,
                    o365_headers, our_headers, plus, req, save, when, wrap)
import pal

F = []

# 031 ---------------------------------------------------------------- R10 coordinator out of office (References chain)
fn = '031-epa-r10-out-of-office.eml'
r = req('REQ-006')
our_reply = '<reply.req-006.20261026.2@%s>' % ORG
clar = mid_o365('027-epa-r10-clarification.eml', 'MW2PR09MB')
t = when(2026, 10, 26, 10, 0, PT)
body = wrap("""
    I am out of the office through Monday, November 2, with no access to email.

    For FOIA matters, please write to r10foia@epa.gov and a member of the Region 10 FOIA team will assist you.
    For questions about Superfund sites, please call the Region 10 Superfund hotline at 800-424-4372.

    Erik Lindqvist
""")
m = message([('From', 'Lindqvist, Erik <Lindqvist.Erik@epa.gov>'), ('To', INBOX),
             ('Subject', 'Automatic reply: RE: EPA-R10-2026-009120 - request for clarification'), ('Date', hdate(t)),
             ('Message-ID', mid_o365(fn, 'MW2PR09MB')), ('In-Reply-To', our_reply),
             ('References', '%s %s %s' % (r['message_id'], clar, our_reply)), ('Auto-Submitted', 'auto-replied'),
             ('X-Auto-Response-Suppress', 'All')] + o365_headers(fn, 'request for clarification', 'MW2PR09MB'), text=body)
save(fn, m)
F.append(fact(fn, 'REQ-006', 'auto_reply', 'EPA-R10-2026-009120', 'out-of-office reply to our narrowing answer; References '
              'carry the REQ-006 request id; subject repeats the number', signals=['thread', 'tracking']))

# 032 ---------------------------------------------------------------- NIH fee estimate letter (PDF)
fn = '032-nih-fee-estimate-pdf.eml'
t = when(2026, 10, 27, 14, 50)
letter = """
DEPARTMENT OF HEALTH & HUMAN SERVICES                     Public Health Service
                                                          National Institutes of Health
                                                          Freedom of Information Act Office
                                                          Building 31, Room 5B35
                                                          Bethesda, Maryland 20892

October 27, 2026

Watch Desk Records Team
foia-desk+req-004@watchdesk.example.org

Re: NIH FOIA Case No. 66318

Dear Requester:

As explained in our letter of October 2, 2026, your request has been placed in the "all other requesters" fee category. The Office of Laboratory Animal Welfare has completed a preliminary search and located approximately 1,350 pages of potentially responsive records. Before we continue, we must advise you of the estimated cost.

  Search:        9.5 hours, less 2 hours without charge = 7.5 hours x $48.00   $360.00
  Duplication:   records will be provided electronically                       $  0.00
  ---------------------------------------------------------------------------------------
  Total estimated fees                                                         $360.00

This is an estimate; actual fees may be higher or lower. Because the estimate is more than $250.00, we require advance payment of the estimated amount before we continue processing your request. Alternatively, you may narrow your request to reduce the cost, for example by limiting it to reports involving animal deaths, or to calendar year 2025.

Please tell us in writing within 30 calendar days of the date of this letter whether you agree to pay, wish to narrow the request, or wish to withdraw it. Your request is on hold until we receive your response. If we do not hear from you within 30 days, we will assume you are no longer interested and close the request.

If you have questions, please contact Daniel Okafor at daniel.okafor@nih.gov or the NIH FOIA Public Liaison at 301-496-5633.

Sincerely,

NIH FOIA Officer
"""
m = message([('From', 'NIH FOIA <nihfoia@od.nih.gov>'), ('To', plus('REQ-004')),
             ('Subject', 'NIH FOIA Case No. 66318 - Fee Estimate'), ('Date', hdate(t)),
             ('Message-ID', mid_o365(fn, 'CH0PR09MB'))] + o365_headers(fn, 'Fee Estimate', 'CH0PR09MB'),
            text='Attached please find a letter regarding your FOIA request. Please respond within 30 calendar days.\n\n'
                 'NIH FOIA Office\n',
            attachments=[('66318 Fee Estimate Letter.pdf', make_pdf(letter, 'Fee Estimate'), 'application/pdf')])
save(fn, m)
F.append(fact(fn, 'REQ-004', 'fee_estimate', '66318', 'NIH estimates $360.00 (search) and requires advance payment before '
              'continuing; request on hold 30 days', signals=['plus', 'tracking']))

# 033 ---------------------------------------------------------------- OGIS newsletter (HTML only), belongs to no request
fn = '033-ogis-newsletter.eml'
t = when(2026, 10, 28, 11, 5)
htm = ('<html><body style="font-family:Arial;font-size:14px;max-width:640px">'
       '<div style="background:#112e51;color:#fff;padding:12px"><b>The FOIA Ombudsman</b> &mdash; Fall 2026</div>'
       '<h3>Three things to know before your next fee dispute</h3>'
       '<p>Agencies must tell you which <b>fee category</b> they placed you in, and a fee waiver decision is '
       'separate from the decision on the records themselves. If an agency denies a fee waiver, you may appeal that '
       'decision even while your request continues to be processed.</p>'
       '<h3>&ldquo;Still interested?&rdquo; letters</h3><p>Agencies sometimes write to ask whether you still want '
       'the records. Answer by the date in the letter: under the Department of Justice&rsquo;s guidance an agency may '
       'close a request administratively if you do not respond, but it must give you a reasonable time (DOJ suggests '
       'no less than 30 working days).</p>'
       '<h3>Mediation</h3><p>OGIS offers free mediation services to resolve disputes between requesters and '
       'Federal agencies. Contact us at ogis@nara.gov or 202-741-5770.</p>'
       '<p style="font-size:11px;color:#666">You are receiving this because you subscribed to OGIS updates from the '
       'National Archives. <a href="https://www.archives.gov/ogis/unsubscribe">Unsubscribe</a></p></body></html>')
m = message([('From', 'Office of Government Information Services <ogis@public.govdelivery.example>'), ('To', INBOX),
             ('Subject', 'The FOIA Ombudsman: fee waivers, "still interested" letters and more'), ('Date', hdate(t)),
             ('Message-ID', mid_plain(fn, 'public.govdelivery.example')), ('Precedence', 'bulk'),
             ('List-Unsubscribe', '<https://www.archives.gov/ogis/unsubscribe>')], html=htm)
save(fn, m)
F.append(fact(fn, None, 'other', None, 'OGIS newsletter (HTML only) about fee waivers and still-interested letters; not about '
              'any of our requests', signals=['none']))

# 034 ---------------------------------------------------------------- NRC specialist clarification, no number
fn = '034-nrc-ffd-clarification-personal.eml'
t = when(2026, 11, 2, 12, 15)
body = wrap("""
    Hi there,

    I'm the FOIA specialist who picked up your fitness-for-duty request. Before I send the search out I wanted
    to check what you're after, because it makes a big difference in what we can give you.

    - The annual fitness-for-duty program performance reports that licensees submit under 10 CFR 26.717 are
      summary statistics (numbers of tests, positives by substance, and so on). Most of those are already
      public in ADAMS and I can pull the accession numbers for you quickly.
    - Individual event reports about particular workers (the 24-hour reports under 26.719) name or describe
      specific people. We would have to withhold most of that under the privacy exemptions, and it would take
      much longer to process.

    Would the annual summaries cover what you need, or do you want us to go after the event reports as well?
    Either answer is fine; I just don't want to have you wait months for pages that come back mostly blacked
    out.

    Thanks,
    Marcus Delgado
    Government Information Specialist
    U.S. Nuclear Regulatory Commission
    301-415-0833
""")
m = message([('From', 'Delgado, Marcus <Marcus.Delgado@nrc.gov>'), ('To', INBOX),
             ('Subject', 'Your fitness-for-duty request'), ('Date', hdate(t)),
             ('Message-ID', mid_o365(fn, 'PH1PR09MB'))] + o365_headers(fn, 'Your fitness-for-duty request', 'PH1PR09MB'),
            text=body)
save(fn, m)
F.append(fact(fn, 'REQ-008', 'clarification', None, 'NRC specialist from a personal .gov address asks whether summaries or '
              'event reports are wanted; no number, two NRC requests open, the fitness-for-duty topic decides',
              signals=['subject']))

# 035 ---------------------------------------------------------------- CDC referral of GSA-originated records
fn = '035-cdc-referral-gsa.eml'
t = when(2026, 11, 3, 10, 45)
body = wrap("""
    Dear Requester:

    This is an update on your Freedom of Information Act request #27-00077-FOIA for National Wastewater
    Surveillance System vendor contracts and communications.

    Our search located 37 pages of task order documents that were issued under a contract vehicle administered
    by the U.S. General Services Administration (GSA) and that originated with GSA. In accordance with the HHS
    FOIA regulations at 45 CFR 5.23, we have referred those pages to GSA for a release determination and direct
    response to you. You may contact the GSA FOIA office at gsa.foia@gsa.gov about the referred pages.

    We are continuing to process the remainder of your request.

    Sincerely,
    CDC/ATSDR FOIA Office
""")
m = message([('From', 'CDC FOIA Requests <FOIARequests@cdc.gov>'), ('To', INBOX),
             ('Subject', '#27-00077-FOIA - Referral Notice'), ('Date', hdate(t)),
             ('Message-ID', mid_o365(fn, 'DM6PR09MB'))] + o365_headers(fn, 'Referral Notice', 'DM6PR09MB'), text=body)
save(fn, m)
F.append(fact(fn, 'REQ-013', 'other', '27-00077-FOIA', 'CDC refers 37 GSA-originated pages to GSA; processing of the rest '
              'continues (referral notice)', signals=['tracking']))

# 036 ---------------------------------------------------------------- NHTSA fee estimate, hedged
fn = '036-nhtsa-fee-estimate.eml'
t = when(2026, 11, 4, 13, 30)
body = wrap("""
    Hello again,

    A fee update on NHTSA-2026-01187. Because you are in the news media category you are not charged for
    search or review, only for duplication beyond the first 100 pages. The documents themselves will go out
    electronically at no charge.

    The crash videos are a different matter. About 60 of the reports include camera footage, and the files
    have to be exported and redacted by our contractor before release. We estimate the duplication cost for
    that portion at $186.00, although the final amount may be lower if some of the footage is withheld.

    Please confirm in writing that you are willing to pay up to $186.00 for the video portion, or tell us
    that you want the documents only. We will keep working on the documents in the meantime, but we will not
    start on the video portion until we hear from you. If we have no reply within 20 working days we will treat
    the video portion as withdrawn.

    Darnell Hughes
    FOIA Specialist, Office of the Chief Counsel
    National Highway Traffic Safety Administration
""")
m = message([('From', 'Hughes, Darnell (NHTSA) <darnell.hughes@dot.gov>'), ('To', plus('REQ-011')),
             ('Subject', 'NHTSA-2026-01187 fee estimate'), ('Date', hdate(t)),
             ('Message-ID', mid_o365(fn, 'BN0PR09MB'))] + o365_headers(fn, 'fee estimate', 'BN0PR09MB'), text=body)
save(fn, m)
F.append(fact(fn, 'REQ-011', 'fee_estimate', 'NHTSA-2026-01187', 'NHTSA asks us to agree to pay up to $186.00 for the video '
              'portion before work on it starts; amount hedged ("may be lower")', signals=['plus', 'tracking']))

# 037 ---------------------------------------------------------------- FERC denial (CEII), PDF letter
fn = '037-ferc-denial-ceii.eml'
t = when(2026, 11, 5, 15, 0)
letter = """
FEDERAL ENERGY REGULATORY COMMISSION
Washington, D.C. 20426

November 5, 2026

Watch Desk Records Team
foia-desk+req-009@watchdesk.example.org

Re: Freedom of Information Act Request, FOIA No. FY26-112

Dear Requester:

This letter responds to your Freedom of Information Act (FOIA) request, received on September 17, 2026, for Part 12D independent consultant safety inspection reports, Potential Failure Mode Analyses and related dam safety correspondence for high-hazard potential dams in Michigan, January 1, 2020 to present.

Staff of the Division of Dam Safety and Inspections identified 41 responsive documents totaling 1,162 pages. After considering the comments of the three submitters, I have determined that these documents are Critical Energy/Electric Infrastructure Information (CEII) as defined in 18 CFR 388.113(c). They contain detailed engineering information about the design and vulnerabilities of dams whose failure would endanger life and property downstream.

The documents are exempt from disclosure under FOIA Exemption 3, 5 U.S.C. 552(b)(3), which incorporates section 215A(d)(1) of the Federal Power Act, 16 U.S.C. 824o-1(d)(1), and under Exemption 7(F), 5 U.S.C. 552(b)(7)(F). The exempt material is so intertwined with the remainder of each document that no reasonably segregable, non-exempt portion remains. The documents are therefore withheld in their entirety.

You may seek access to CEII by filing a CEII request under 18 CFR 388.113(g) and, if your request is granted, signing a non-disclosure agreement.

Any appeal from this determination must be filed within 90 days of the date of this letter, as provided in 18 CFR 388.110(a)(1). The appeal must be in writing, addressed to the General Counsel of the Federal Energy Regulatory Commission, and clearly marked "Freedom of Information Act Appeal." Please send a copy to the Associate General Counsel, General and Administrative Law.

You may also contact the Commission's FOIA Public Liaison at 202-502-6088, or the Office of Government Information Services (OGIS), which offers mediation services as a non-exclusive alternative to litigation (ogis@nara.gov; 202-741-5770).

Sincerely,

Lorraine M. Castellanos
Director, Office of External Affairs
"""
m = message([('From', 'FOIA-CEII <foia-ceii@ferc.gov>'), ('To', plus('REQ-009')),
             ('Subject', 'FOIA No. FY26-112 - Final Response'), ('Date', hdate(t)),
             ('Message-ID', mid_o365(fn, 'SN4PR09MB'))] + o365_headers(fn, 'Final Response', 'SN4PR09MB'),
            text='Attached is the Commission\'s response to your FOIA request.\n\nFOIA/CEII Team\n',
            attachments=[('FY26-112 Response Letter.pdf', make_pdf(letter, 'FOIA Response'), 'application/pdf')])
save(fn, m)
F.append(fact(fn, 'REQ-009', 'denial', 'FY26-112', 'FERC withholds all 1,162 pages as CEII under (b)(3)/FAST Act and (b)(7)(F); '
              'points to the CEII process; 90-day appeal', adverse=True, signals=['plus', 'tracking']))

# 038 ---------------------------------------------------------------- Gmail DSN: our fee acceptance to NHTSA bounced
fn = '038-bounce-gmail-mailbox-full.eml'
t_sent = when(2026, 11, 9, 9, 12)
t = when(2026, 11, 9, 9, 30)
human = wrap("""
    ** Message not delivered **

    Your message couldn't be delivered to darnell.hughes@dot.gov because the remote server's mailbox for that
    recipient is full. Google tried to deliver your message for 15 minutes and gave up.

    The response was:

    552 5.2.2 <darnell.hughes@dot.gov>: Recipient address rejected: Mailbox full
""")
status = ('Reporting-MTA: dns; googlemail.com\n'
          'Arrival-Date: Mon, 09 Nov 2026 06:12:04 -0800 (PST)\n'
          'X-Original-Message-ID: <reply.req-011.20261109.1@watchdesk.example.org>\n\n'
          'Final-Recipient: rfc822; darnell.hughes@dot.gov\n'
          'Action: failed\n'
          'Status: 5.2.2\n'
          'Remote-MTA: dns; mx1.dot.gov. (192.0.2.41, the server for the domain dot.gov.)\n'
          'Diagnostic-Code: smtp; 552 5.2.2 <darnell.hughes@dot.gov>: Recipient address rejected: Mailbox full\n'
          'Last-Attempt-Date: Mon, 09 Nov 2026 06:30:11 -0800 (PST)\n')
m = dsn([('From', 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>'), ('To', INBOX),
         ('Subject', 'Delivery Status Notification (Failure)'), ('Date', hdate(t)),
         ('Message-ID', '<6722f1a4.5d0a0220.3c1b2.%s.GMR@mx.google.com>' % fn[:3]), ('Auto-Submitted', 'auto-replied')],
        human, status,
        our_headers('REQ-011', 'darnell.hughes@dot.gov', t_sent, subject='RE: NHTSA-2026-01187 fee estimate',
                    extra_msgid='<reply.req-011.20261109.1@watchdesk.example.org>'))
save(fn, m)
F.append(fact(fn, 'REQ-011', 'bounce', None, 'Gmail DSN: our reply agreeing to the NHTSA fee bounced (mailbox full); returned '
              'headers carry the REQ-011 thread and the number in the subject', signals=['thread-embedded', 'tracking']))

# 039 ---------------------------------------------------------------- PAL status change (CPSC)
fn = '039-cpsc-pal-status-6b.eml'
t = when(2026, 11, 12, 11, 0)
m = pal.status_change(fn, t, 'U.S. Consumer Product Safety Commission', 'S26-0231', 'In Process',
                      'In Process - Submitter Review')
save(fn, m)
F.append(fact(fn, 'REQ-010', 'portal_notice', 'S26-0231', 'PAL status change to "In Process - Submitter Review"; nothing '
              'substantive', signals=['tracking']))

# 040 ---------------------------------------------------------------- EPA R5 fee estimate (second R5 request)
fn = '040-epa-r5-fee-estimate.eml'
t = when(2026, 11, 17, 10, 20, CT)
body = wrap("""
    RE: FOIA Request EPA-R5-2026-008544 - Fee Estimate

    Dear Requester:

    Region 5 has located the records responsive to your request for lead service line replacement oversight
    records for Benton Harbor. Most of the electronic records can be released without charge. However, the
    field inspection notes and contractor compliance binders (about 4,800 pages) exist only on paper at the
    Benton Harbor field office and must be scanned.

    You are in the news media fee category, so you are not charged for search or review. Duplication is
    charged at $0.15 per page after the first 100 pages:

        4,800 pages - 100 pages without charge = 4,700 pages x $0.15 = $705.00

    Because the estimated fee exceeds $250.00, EPA requires advance payment or a written assurance of payment
    before processing continues (40 CFR 2.107). Please reply within 20 working days with your agreement to pay,
    or tell us if you would like to narrow the request (for example, to the electronic records only, which
    would carry no fee). If we do not receive a response, your request will be closed.

    Region 5 FOIA Office
    U.S. Environmental Protection Agency
    r5foia@epa.gov | 312-886-2000
""")
m = message([('From', 'R5 FOIA <r5foia@epa.gov>'), ('To', INBOX),
             ('Subject', 'Fee Estimate - FOIA Request EPA-R5-2026-008544'), ('Date', hdate(t)),
             ('Message-ID', mid_o365(fn, 'CY8PR09MB'))] + o365_headers(fn, 'Fee Estimate', 'CY8PR09MB'), text=body)
save(fn, m)
F.append(fact(fn, 'REQ-014', 'fee_estimate', 'EPA-R5-2026-008544', 'Region 5 requires advance payment or assurance of $705.00 '
              'for scanning paper records before continuing', signals=['tracking']))

merge_facts(F)
print('part4: %d messages' % len(F))
