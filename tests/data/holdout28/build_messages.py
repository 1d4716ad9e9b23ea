#!/usr/bin/env python3
"""Writes messages/*.eml for this set. All people, numbers, facilities and letters are invented.

    python build_messages.py
"""
import yaml
from mklib import *  # noqa
import mklib

for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']:
    mklib.REQ_SUBJ[r['id']] = r['subject']
    mklib.REQ_SENT[r['id']] = str(r['sent'])
S = mklib.REQ_SUBJ
DESK = 'Records Desk <records@records.example.org>'

MSGS = []


def msg(fn):
    MSGS.append(fn)
    return fn


# ---------------------------------------------------------------- 001 IDEM mailbox auto-reply (REQ-007)
@msg
def m001():
    m = new('IDEM Public Records Office <publicrecords@idem.in.gov>', plus('REQ-007'),
            'Automatic reply: ' + S['REQ-007'], when('2026-09-08 11:02', 'EDT'),
            '<%s@IN0PR09MB7741.namprd09.prod.outlook.com>' % hx('m001', 30).upper(),
            irt=req_mid('REQ-007'), refs=req_mid('REQ-007'),
            extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
                   ('X-MS-Exchange-Inbox-Rules-Loop', 'publicrecords@idem.in.gov')])
    m.set_content(dedent('''
        Thank you for writing to the Indiana Department of Environmental Management
        (IDEM) Public Records Office.

        This is an automated reply. It only confirms that your message reached this
        mailbox. It is not the agency's response to a request under IC 5-14-3-9; a
        member of our staff will contact you about your request.

        Before you wait on a request, please search IDEM's Virtual File Cabinet (VFC)
        at https://vfc.idem.in.gov. Most permits, inspection reports, compliance
        reports and enforcement documents are posted there and can be viewed and
        downloaded at no cost.

        Public Records Office hours: Monday - Friday, 8:15 a.m. to 4:45 p.m. Eastern
        Indiana Government Center North, Room 1201
        100 N. Senate Ave., Indianapolis, IN 46204
        '''))
    return m


# ---------------------------------------------------------------- 002 EPA PAL ack (REQ-001)
@msg
def m002():
    m = new('EPA FOIA Public Access Link <noreply@foiapublicaccessportal.epa.gov>', plus('REQ-001'),
            'EPA FOIA Request EPA-R5-2026-007412 - Request Received', when('2026-09-08 16:47', 'EDT'),
            '<%s@foiapublicaccessportal.epa.gov>' % hx('m002', 32))
    txt = dedent('''
        Dear Records Desk,

        Thank you for submitting your Freedom of Information Act (FOIA) request to the
        U.S. Environmental Protection Agency. Your request has been received and
        entered in the FOIA Public Access Link (PAL).

        Request Number:     EPA-R5-2026-007412
        Received Date:      09/08/2026
        Assigned To:        Region 5 - Chicago (Regional FOIA Office)
        Requester Category: News Media
        Request Track:      Complex

        Request Description:
        Risk Management Program (RMP) inspection reports, findings letters, notices
        of violation, consent agreements and final orders for RMP-regulated chemical
        facilities located in Indiana, January 1, 2022 to the date of search.

        Please refer to the request number above when contacting EPA about this
        request. You can follow its progress by signing in to PAL at
        https://foiapublicaccessportal.epa.gov.

        This is an automated message. Replies to this address are not monitored.
        ''')
    m.set_content(txt)
    m.add_alternative(dedent('''
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px">
        <p>Dear Records Desk,</p>
        <p>Thank you for submitting your Freedom of Information Act (FOIA) request to the U.S. Environmental Protection Agency. Your request has been received and entered in the FOIA Public Access Link (PAL).</p>
        <table cellpadding="4" cellspacing="0" style="font-size:13px">
        <tr><td><b>Request Number:</b></td><td>EPA-R5-2026-007412</td></tr>
        <tr><td><b>Received Date:</b></td><td>09/08/2026</td></tr>
        <tr><td><b>Assigned To:</b></td><td>Region 5 &ndash; Chicago (Regional FOIA Office)</td></tr>
        <tr><td><b>Requester Category:</b></td><td>News Media</td></tr>
        <tr><td><b>Request Track:</b></td><td>Complex</td></tr>
        </table>
        <p><b>Request Description:</b><br>Risk Management Program (RMP) inspection reports, findings letters, notices of violation, consent agreements and final orders for RMP-regulated chemical facilities located in Indiana, January 1, 2022 to the date of search.</p>
        <p>Please refer to the request number above when contacting EPA about this request. You can follow its progress by signing in to <a href="https://foiapublicaccessportal.epa.gov">PAL</a>.</p>
        <p style="color:#777">This is an automated message. Replies to this address are not monitored.</p>
        </body></html>
        '''), subtype='html')
    return m


# ---------------------------------------------------------------- 003 IDEM ack (REQ-007)
@msg
def m003():
    m = new('Kara Lindholm <KLindholm@idem.IN.gov>', plus('REQ-007'), 'RE: ' + S['REQ-007'],
            when('2026-09-09 10:05', 'EDT'), '<%s@IN0PR09MB7741.namprd09.prod.outlook.com>' % hx('m003', 30).upper(),
            irt=req_mid('REQ-007'), refs=req_mid('REQ-007'),
            extra=outlook_headers('m003', S['REQ-007'], 'idem.in.gov'))
    m.set_content(dedent('''
        Good morning,

        IDEM\u2019s Public Records Office received your records request on Tuesday,
        September 8, 2026. It has been logged as request 26-PR-0551.

        I have routed it to the Office of Land Quality, which oversees the coal
        combustion residuals (CCR) groundwater program at Wabash Bend Generating
        Station. Many of the semiannual groundwater monitoring reports are already in
        the Virtual File Cabinet under Agency Interest ID 18834 \u2013 I will let you
        know which items are not posted there and whether anything has to go through a
        confidentiality review before release.

        Documents already in the VFC are free to download. Paper copies, if you want
        them, are $0.10 per page.

        Thanks,

        Kara Lindholm
        Public Records Coordinator
        Office of Legal Counsel \u2013 Public Records
        Indiana Department of Environmental Management
        (317) 232-8603
        '''), cte='quoted-printable')
    return m


# ---------------------------------------------------------------- 004 NLRB ack quoting whole request (REQ-005)
REQ005_TEXT = '''Good morning,

Pursuant to the Freedom of Information Act, 5 U.S.C. 552, the Records Desk
requests copies of the following records of the National Labor Relations Board:

1. Unfair labor practice charges (Forms NLRB-501 and NLRB-508) filed from
   January 1, 2023 to the date of search against employers that manufacture
   motor vehicle parts at facilities located in Alabama;
2. Informal and formal settlement agreements, and any complaints issued, in
   those cases;
3. Case closing letters and dismissal letters in those cases.

We are a news organization and request placement in the news media fee
category. We agree to pay fees up to $50.00; please contact us before
incurring any charges above that amount. We prefer electronic copies.

If any portion of these records is withheld, please identify the exemption
claimed and release all reasonably segregable portions.

Thank you,

Daniel Okafor
Records Editor, Records Desk
records@records.example.org'''


@msg
def m004():
    m = new('NLRB FOIA Branch <FOIA@nlrb.gov>', plus('REQ-005'), 'RE: ' + S['REQ-005'],
            when('2026-09-10 14:22', 'EDT'), outlook_mid('m004'), irt=req_mid('REQ-005'), refs=req_mid('REQ-005'),
            extra=outlook_headers('m004', S['REQ-005'], 'nlrb.gov'))
    quoted = '\n'.join(REQ005_TEXT.split('\n'))
    m.set_content(dedent('''
        Dear Mr. Okafor:

        This acknowledges receipt of your Freedom of Information Act (FOIA) request,
        which this office received on September 10, 2026. Your request has been
        assigned tracking number NLRB-2026-001204. Please cite this number in any
        future communication about this request.

        Your request has been placed in the complex processing track. The Agency will
        make every effort to respond within the 20 working days provided by the FOIA.
        Should an extension become necessary under 5 U.S.C. 552(a)(6)(B), we will
        notify you in writing.

        Based on your stated status as a representative of the news media, you will
        not be charged search or review fees. Duplication fees may apply if paper
        copies beyond the first 100 pages are required; we will contact you before
        incurring any charges above the $50.00 you agreed to pay.

        If you have any questions about your request, you may contact the FOIA
        Branch at (202) 273-0902 or the Agency's FOIA Public Liaison. You may also
        contact the Office of Government Information Services (OGIS) at the National
        Archives and Records Administration, which offers mediation services to
        resolve disputes between FOIA requesters and federal agencies
        (ogis@nara.gov; 202-741-5770; toll free 1-877-684-6448).

        Sincerely,

        Ana Lucia Ferreira
        Government Information Specialist
        FOIA Branch
        National Labor Relations Board
        1015 Half Street SE, Washington, DC 20570

        ________________________________
        From: Records Desk <records@records.example.org>
        Sent: Thursday, September 10, 2026 9:14 AM
        To: FOIA <FOIA@nlrb.gov>
        Subject: ''') + S['REQ-005'] + '\n\n' + quoted + '\n')
    return m


# ---------------------------------------------------------------- 005 OSHA ack, received date differs (REQ-003)
@msg
def m005():
    m = new('Baker, Tamika - OSHA <Baker.Tamika@dol.gov>', plus('REQ-003'),
            'FOIA Request No. 2026-F-11873 - Acknowledgment', when('2026-09-11 09:40', 'EDT'), outlook_mid('m005'),
            extra=outlook_headers('m005', 'FOIA Request No. 2026-F-11873 - Acknowledgment', 'dol.gov'))
    m.set_content(dedent('''
        Dear Requester:

        The Occupational Safety and Health Administration (OSHA) National Office FOIA
        Office received your Freedom of Information Act request on September 10, 2026,
        by referral from the Department of Labor's central FOIA mailbox. Your request
        has been assigned FOIA tracking number 2026-F-11873.

        You asked for: inspection case files, including heat-related citations and
        hazard alert letters issued under Section 5(a)(1) of the OSH Act, for
        warehousing and distribution employers in OSHA Region IV, January 1, 2023 to
        the present.

        Because the responsive case files are maintained by the Area Offices in
        Region IV, your request has been assigned to the Atlanta Regional Office for
        search and review. You will receive further correspondence from that office
        or from this office.

        The Department's FOIA regulations are published at 29 CFR Part 70. Please
        refer to the tracking number above in any inquiry about this request.

        Respectfully,

        Tamika Baker
        FOIA Specialist
        OSHA Office of Communications - Disclosure
        U.S. Department of Labor
        200 Constitution Ave. NW, Room N-3647
        Washington, DC 20210
        '''))
    return m


# ---------------------------------------------------------------- 006 FWS ack via Google Group (REQ-006)
@msg
def m006():
    orig = 'FWS HQ FOIA <fwhq_foia@fws.gov>'
    m = new('"\'FWS HQ FOIA\' via Records Desk" <records@records.example.org>', DESK, 'RE: ' + S['REQ-006'],
            when('2026-09-14 11:03', 'EDT'), outlook_mid('m006'), irt=req_mid('REQ-006'), refs=req_mid('REQ-006'),
            extra=group_headers(orig, 'fwhq_foia@fws.gov', 'm006') + outlook_headers('m006', S['REQ-006'], 'fws.gov'))
    m.set_content(dedent('''
        Dear Mr. Okafor:

        We are writing to acknowledge receipt of your Freedom of Information Act
        (FOIA) request, dated and received in the U.S. Fish and Wildlife Service (FWS)
        FOIA Office on September 11, 2026. Your request has been assigned control
        number FWS-2026-01563. Please cite this number in all future correspondence
        concerning your request.

        You asked for: biological opinions, letters of concurrence, incidental take
        statements and related correspondence from Endangered Species Act section 7
        consultations for liquefied natural gas (LNG) export terminals in Cameron and
        Calcasieu Parishes, Louisiana, from January 1, 2022 to the present.

        We have classified you as a representative of the news media for fee
        purposes (43 CFR 2.38). You will be charged only for duplication beyond the
        first 100 pages. Your request has been placed in the complex processing
        track; responsive records are held by the Louisiana Ecological Services
        Field Office in Lafayette and by the Southeast Regional Office.

        We will make every effort to respond within the time limits of the FOIA. If
        unusual circumstances require more time, we will notify you in writing and
        give you an opportunity to limit the scope of your request.

        You may contact our FOIA Public Liaison for assistance with any aspect of
        your request, or the Office of Government Information Services (OGIS).

        Sincerely,

        FWS FOIA Office
        U.S. Fish and Wildlife Service
        5275 Leesburg Pike, MS: IRTM
        Falls Church, VA 22041

        --
        You received this message because you are subscribed to the Google Groups "Records Desk" group.
        To unsubscribe from this group and stop receiving emails from it, send an email to records+unsubscribe@records.example.org.
        '''))
    return m


# ---------------------------------------------------------------- 007 EPA PAL ack HQ, plain inbox (REQ-002)
@msg
def m007():
    m = new('EPA FOIA Public Access Link <noreply@foiapublicaccessportal.epa.gov>', DESK,
            'EPA FOIA Request EPA-HQ-2026-009877 - Request Received', when('2026-09-14 16:20', 'EDT'),
            '<%s@foiapublicaccessportal.epa.gov>' % hx('m007', 32))
    m.set_content(dedent('''
        Dear Records Desk,

        Your Freedom of Information Act request has been received by the U.S.
        Environmental Protection Agency and entered in the FOIA Public Access Link.

          Request Number ......... EPA-HQ-2026-009877
          Received Date .......... 09/14/2026
          Assigned Office ........ Office of Chemical Safety and Pollution Prevention
          Fee Category ........... News Media
          Request Description .... Copies of reports submitted under TSCA section
                                   8(a)(7) (PFAS reporting) by Bayou Fluorochem LLC,
                                   Sabine Specialty Chemicals Inc. and Port Arthur
                                   Polymers LP, and any CBI claims and substantiation
                                   submitted with them.

        Fees: Based on the information you provided, fees may apply to this request.
        You have indicated that you are willing to pay up to $25.00. If the estimated
        fees exceed that amount, EPA will contact you before further work is done.

        Sign in to https://foiapublicaccessportal.epa.gov to check the status of
        your request or to download released records.

        Please do not reply to this email.
        '''))
    return m


# ---------------------------------------------------------------- 008 ADOL ack, number only in subject (REQ-009)
@msg
def m008():
    m = new('ADOL Public Records <publicrecords@labor.alabama.gov>', plus('REQ-009'),
            'Public Records Request ADOL-PRR-2026-0193 - Acknowledgment', when('2026-09-17 08:55', 'CDT'),
            outlook_mid('m008'), extra=outlook_headers('m008', 'Public Records Request - Acknowledgment', 'labor.alabama.gov'))
    m.set_content(dedent('''
        Dear Requestor:

        The Alabama Department of Labor acknowledges receipt of your public records
        request submitted on September 15, 2026, for child labor inspection reports,
        citations and civil money penalty assessments issued from January 1, 2023 to
        the present.

        As provided in Ala. Code Section 36-12-44, the Department will provide a
        substantive response to your request within fifteen (15) business days of
        this acknowledgment, or will notify you in writing if your request is
        time-intensive and requires additional time.

        The Department may charge a reasonable fee for staff time and copies.
        Payment is required in advance of production; you will be notified of any
        costs before work begins.

        Please use the reference number in the subject line of this email in all
        correspondence about this request.

        Office of General Counsel - Public Records
        Alabama Department of Labor
        649 Monroe Street
        Montgomery, AL 36131
        '''))
    return m


# ---------------------------------------------------------------- 009 Gmail DSN for REQ-004 original
@msg
def m009():
    b1 = '000000000000%s' % hx('m009a', 12)
    b2 = '000000000000%s' % hx('m009b', 12)
    raw = dedent('''
        Delivered-To: records@records.example.org
        Return-Path: <>
        From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
        To: records@records.example.org
        Auto-Submitted: auto-replied
        Subject: Delivery Status Notification (Failure)
        References: {mid}
        In-Reply-To: {mid}
        X-Failed-Recipients: whd-foia@dol.gov
        Message-ID: <66f9a2c1.170a0220.{h}.9c41.GMR@mx.google.com>
        Date: Thu, 17 Sep 2026 10:31:22 -0700 (PDT)
        MIME-Version: 1.0
        Content-Type: multipart/report; boundary="{b1}"; report-type=delivery-status

        --{b1}
        Content-Type: multipart/related; boundary="{b2}"

        --{b2}
        Content-Type: text/plain; charset="UTF-8"


        ** Address not found **

        Your message wasn't delivered to whd-foia@dol.gov because the address couldn't be found, or is unable to receive mail.

        The response from the remote server was:
        550 5.1.1 <whd-foia@dol.gov>: Recipient address rejected: User unknown in relay recipient table

        --{b2}--

        --{b1}
        Content-Type: message/delivery-status

        Reporting-MTA: dns; googlemail.com
        Received-From-MTA: dns; records@records.example.org
        Arrival-Date: Thu, 17 Sep 2026 10:31:19 -0700 (PDT)
        X-Original-Message-ID: {mid}

        Final-Recipient: rfc822; whd-foia@dol.gov
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx1.dol.gov. (52.0.14.77, the server for the domain dol.gov.)
        Diagnostic-Code: smtp; 550 5.1.1 <whd-foia@dol.gov>: Recipient address rejected: User unknown in relay recipient table
        Last-Attempt-Date: Thu, 17 Sep 2026 10:31:22 -0700 (PDT)

        --{b1}
        Content-Type: message/rfc822

        From: Records Desk <records@records.example.org>
        Reply-To: {plus}
        To: whd-foia@dol.gov
        Subject: {subj}
        Date: Thu, 17 Sep 2026 13:31:15 -0400
        Message-ID: {mid}
        MIME-Version: 1.0
        Content-Type: text/plain; charset="UTF-8"

        To the Wage and Hour Division FOIA Officer:

        Pursuant to the Freedom of Information Act, the Records Desk requests records
        of any child labor investigation by the Wage and Hour Division of Gulf Coast
        Sanitation Services LLC (also doing business as GCSS), a sanitation contractor
        at poultry processing plants in Alabama and Mississippi, from January 1, 2023
        to the present, including ...

        --{b1}--
        ''').format(mid=req_mid('REQ-004'), plus=plus('REQ-004'), subj=S['REQ-004'], b1=b1, b2=b2, h=hx('m009', 5))
    return raw


# ---------------------------------------------------------------- 010 vendor mail (null)
@msg
def m010():
    m = new('Nadia Brooks <nadia.brooks@mail.casetrackgov.com>', DESK,
            'Records Desk, never miss a FOIA deadline again (live demo Sept 24)', when('2026-09-18 10:15', 'CDT'),
            '<%s.%s@mail.casetrackgov.com>' % (hx('m010', 16), hx('m010b', 8)),
            extra=[('List-Unsubscribe', '<https://mail.casetrackgov.com/unsub/%s>' % hx('m010u', 20)),
                   ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
                   ('X-Mailer', 'CaseTrack Outreach 4.2')])
    m.set_content(dedent('''
        Hi Records Desk team,

        How many open records requests is your newsroom tracking right now? Ten?
        A hundred? Across how many spreadsheets?

        CaseTrack Gov helps reporters and records editors:

          * log every FOIA and state open-records request in one place
          * get reminders before statutory deadlines (20 business days, 10 days,
            "promptly" - we know them all)
          * file appeals from templates when an agency goes quiet

        Join our live 30-minute demo on Thursday, September 24 at 1 p.m. Central:
        https://casetrackgov.com/demo?src=newsroom

        Cheers,
        Nadia Brooks
        Account Executive, CaseTrack Gov

        You are receiving this because your address was listed publicly as a
        records contact. Unsubscribe: https://mail.casetrackgov.com/unsub
        '''))
    m.add_alternative(dedent('''
        <html><body style="font-family:Helvetica,Arial,sans-serif">
        <p>Hi Records Desk team,</p>
        <p>How many open records requests is your newsroom tracking right now? Ten? A hundred? Across how many spreadsheets?</p>
        <p><b>CaseTrack Gov</b> helps reporters and records editors:</p>
        <ul><li>log every FOIA and state open-records request in one place</li>
        <li>get reminders before statutory deadlines (20 business days, 10 days, &ldquo;promptly&rdquo; &ndash; we know them all)</li>
        <li>file appeals from templates when an agency goes quiet</li></ul>
        <p><a href="https://casetrackgov.com/demo?src=newsroom">Join our live 30-minute demo</a> on Thursday, September 24 at 1 p.m. Central.</p>
        <p>Cheers,<br>Nadia Brooks<br>Account Executive, CaseTrack Gov</p>
        <p style="font-size:11px;color:#888">You are receiving this because your address was listed publicly as a records contact. <a href="https://mail.casetrackgov.com/unsub">Unsubscribe</a></p>
        </body></html>
        '''), subtype='html')
    return m


# ---------------------------------------------------------------- 011 DOL central ack for re-sent REQ-004
@msg
def m011():
    resend = '<req-004.20260918.2@records.example.org>'
    m = new('DOL FOIA Requests <foiarequests@dol.gov>', plus('REQ-004'),
            'RE: ' + S['REQ-004'] + ' [2026-F-12240]', when('2026-09-21 09:02', 'EDT'), outlook_mid('m011'),
            irt=resend, refs=req_mid('REQ-004') + ' ' + resend,
            extra=outlook_headers('m011', S['REQ-004'], 'dol.gov'))
    m.set_content(dedent('''
        Good morning,

        Your Freedom of Information Act request was received by the U.S. Department
        of Labor on September 18, 2026 and has been assigned FOIA request number
        2026-F-12240.

        Your request has been referred to the Wage and Hour Division (WHD), the DOL
        component that maintains the records you described. WHD will respond to you
        directly. Please include the request number in any correspondence.

        For future requests, please note that the Department accepts FOIA requests
        by email only at foiarequests@dol.gov (29 CFR 70.19), or through the
        National FOIA Portal at FOIA.gov.

        Office of Information Services
        Office of the Solicitor
        U.S. Department of Labor
        '''))
    return m


# ---------------------------------------------------------------- 012 MDEQ ack with no threading headers (REQ-011)
@msg
def m012():
    m = new('Curtis Pham <CPham@mdeq.ms.gov>', DESK, 'Records request - poultry plant wastewater enforcement',
            when('2026-09-22 15:45', 'CDT'), outlook_mid('m012'),
            extra=outlook_headers('m012', 'Records request - poultry plant wastewater enforcement', 'mdeq.ms.gov'))
    txt = dedent('''
        Mr. Okafor,

        I'm confirming that MDEQ received your public records request today,
        September 22, for wastewater enforcement orders and NPDES violation records
        for poultry processing facilities from 2022 to the present.

        I've sent it to the Environmental Compliance and Enforcement Division in the
        Office of Pollution Control so they can pull the orders. A good deal of this
        is already in ensearch, our online database, but I'll gather what's
        responsive for you. If there will be a charge for staff time I'll let you
        know before we start.

        Thanks,
        Curtis

        Curtis Pham
        Public Records
        Mississippi Department of Environmental Quality
        515 E. Amite Street | Jackson, MS 39201
        601-961-5171
        ''')
    m.set_content(txt)
    m.add_alternative('<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">' +
                      ''.join('<p>%s</p>' % p.replace('\n', '<br>') for p in txt.strip().split('\n\n')) +
                      '</div></body></html>\n', subtype='html')
    return m


# ---------------------------------------------------------------- 013 IDEM ack with estimated date (REQ-008)
@msg
def m013():
    m = new('Jonah Whitcomb <JWhitcomb@idem.IN.gov>', plus('REQ-008'),
            'APRA request 26-PR-0589 - Calumet Harbor Coke Works', when('2026-09-23 10:30', 'EDT'), outlook_mid('m013'),
            extra=outlook_headers('m013', 'APRA request 26-PR-0589 - Calumet Harbor Coke Works', 'idem.in.gov'))
    m.set_content(dedent('''
        Dear Mr. Okafor,

        This email acknowledges that IDEM received your request under the Access to
        Public Records Act (IC 5-14-3) on September 21, 2026. Your request number is
        26-PR-0589.

        Your request covers inspection reports, notices of violation, agreed orders
        and related correspondence for Calumet Harbor Coke Works (East Chicago, Lake
        County) from 2022 to the present. The responsive files sit with both the
        Office of Air Quality and the Office of Water Quality, and some of the
        company's submittals were filed with a claim of confidentiality under
        IC 13-14-11-3 that must be reviewed before release.

        We anticipate completing our response by November 13, 2026. Where records
        are already public in the Virtual File Cabinet we will send you the document
        numbers rather than copies.

        Regards,

        Jonah Whitcomb
        Public Records Specialist
        Indiana Department of Environmental Management
        '''))
    return m


# ---------------------------------------------------------------- 014 MDEQ denial, letter only in PDF, body "see attached" (REQ-010)
@msg
def m014():
    m = new('Renee Dubose <RDubose@mdeq.ms.gov>', plus('REQ-010'), 'RE: ' + S['REQ-010'],
            when('2026-09-24 15:05', 'CDT'), outlook_mid('m014'), irt=req_mid('REQ-010'), refs=req_mid('REQ-010'),
            extra=outlook_headers('m014', S['REQ-010'], 'mdeq.ms.gov'))
    m.set_content('Please see attached.\n')
    pdf = make_pdf([
        'MISSISSIPPI DEPARTMENT OF ENVIRONMENTAL QUALITY',
        'Office of Legal Counsel - Public Records',
        'Post Office Box 2261, Jackson, Mississippi 39225',
        '',
        'September 24, 2026',
        '',
        'Daniel Okafor, Records Desk',
        'records@records.example.org',
        '',
        'Re: Public Records Request - Delta Polymer Solutions, LLC (Vicksburg, Warren County)',
        '    Air permit application materials',
        '',
        'Dear Mr. Okafor:',
        '',
        'The Mississippi Department of Environmental Quality (MDEQ) received your request under the '
        'Mississippi Public Records Act of 1983 on September 16, 2026. You asked for the complete air '
        'permit application submitted by Delta Polymer Solutions, LLC for its Vicksburg facility, including '
        'process descriptions, raw material and chemical inventories, and emission calculations.',
        '',
        'The responsive records were submitted to MDEQ by Delta Polymer Solutions, LLC with a written claim '
        'that they contain trade secrets and confidential commercial and financial information. Under '
        'Miss. Code Ann. Section 25-61-9 and Section 49-17-39, records furnished to a public body that contain '
        'trade secrets or confidential commercial or financial information are exempt from public disclosure. '
        'As provided in Section 25-61-9(1), MDEQ gave the company notice of your request. The company has '
        'objected to disclosure and has advised MDEQ that it has sought a protective order in the Chancery '
        'Court of Hinds County.',
        '',
        'MDEQ therefore must deny your request in its entirety. No portion of the application is being '
        'released at this time. The company has not submitted a redacted public version of the application. '
        'If a court order or a public version is later provided, you may renew your request.',
        '',
        'Sincerely,',
        '',
        'Renee Dubose',
        'Public Records Coordinator',
        'Mississippi Department of Environmental Quality',
    ], title='MDEQ Public Records Response')
    m.add_attachment(pdf, maintype='application', subtype='pdf', filename='MDEQ Response - Delta Polymer Solutions.pdf')
    return m


# ---------------------------------------------------------------- 015 LDEQ ack (REQ-012)
@msg
def m015():
    m = new('LDEQ Public Records <publicrecords@la.gov>', plus('REQ-012'),
            'LDEQ Public Records Request PRR 23871 - Received', when('2026-09-24 16:40', 'CDT'),
            '<%s@edms.deq.louisiana.gov>' % hx('m015', 28))
    m.set_content(dedent('''
        LOUISIANA DEPARTMENT OF ENVIRONMENTAL QUALITY
        Public Records Center

        Your public records request has been received.

        Request Number:   PRR 23871
        Date Received:    09/23/2026
        Requestor:        Daniel Okafor, Records Desk
        Records Sought:   Unauthorized discharge notifications, incident reports
                          and flaring event reports for facilities located in
                          St. James Parish, 01/01/2024 to present.
        Delivery:         Electronic

        A Public Records Center staff member will review your request. If there are
        costs associated with it, you will receive a Notice of Estimated Costs before
        any records are copied. Advance payment is required (LAC 33:I.2305).

        Many LDEQ records can be viewed online at no charge in the Electronic
        Document Management System (EDMS).

        Louisiana Department of Environmental Quality
        Public Records Center
        602 N. Fifth Street, Baton Rouge, LA 70802
        '''))
    return m


# ---------------------------------------------------------------- 016 FOIAXpress PAL status notice from vendor host (REQ-001)
@msg
def m016():
    m = new('FOIAXpress PAL <do-not-reply@notify.foiaxpress.net>', DESK,
            'Request EPA-R5-2026-007412 - Status Changed', when('2026-09-25 07:12', 'EDT'),
            '<%s@notify.foiaxpress.net>' % hx('m016', 30),
            extra=[('X-Mailer', 'FOIAXpress Notification Service')])
    m.set_content(dedent('''
        Dear Records Desk,

        The status of your request has changed.

        Request Number: EPA-R5-2026-007412
        New Status:     Assigned for Processing
        Updated On:     09/25/2026

        To view the details of your request, please sign in to the Public Access
        Link at https://foiapublicaccessportal.epa.gov/app/CheckStatus.aspx

        Thank you.

        ------------------------------------------------------------
        National FOIA Office | U.S. Environmental Protection Agency
        1200 Pennsylvania Avenue NW (2822T) | Washington, DC 20460
        This is a system-generated message. Please do not reply.
        '''))
    return m


# ---------------------------------------------------------------- 017 NLRB clarification (REQ-005)
@msg
def m017():
    m = new('Ferreira, Ana Lucia <Ana.Ferreira@nlrb.gov>', plus('REQ-005'),
            'RE: FOIA Request NLRB-2026-001204 - Clarification Needed', when('2026-09-28 13:50', 'EDT'),
            outlook_mid('m017'), irt=outlook_mid('m004'), refs=req_mid('REQ-005') + ' ' + outlook_mid('m004'),
            extra=outlook_headers('m017', 'FOIA Request NLRB-2026-001204', 'nlrb.gov'))
    m.set_content(dedent('''
        Mr. Okafor,

        I am working on your request NLRB-2026-001204 and need your help defining its
        scope.

        Your request asks for unfair labor practice charges and related documents for
        "employers that manufacture motor vehicle parts at facilities located in
        Alabama." The Agency's case management system does not classify charged
        parties by industry, so I cannot run a reliable search on that description.
        Could you do one of the following:

          1. Provide the names of the employers you are interested in; or
          2. Provide case numbers, if you have them; or
          3. Agree to a search limited to cases handled by Region 10 (including the
             Birmingham Resident Office) and Region 15, in which the charged party's
             NAICS code was recorded as 3363 (Motor Vehicle Parts Manufacturing).

        Please note that many documents in these cases - charges, complaints, Board
        decisions and settlement agreements in closed cases - are available without a
        FOIA request through the Case Search function at www.nlrb.gov.

        Your request will be placed on hold until we receive your response, as
        permitted by 5 U.S.C. 552(a)(6)(A)(ii)(I). If we do not hear from you within
        20 working days, we will assume you are no longer interested and close the
        request.

        Thank you,

        Ana Lucia Ferreira
        Government Information Specialist | FOIA Branch
        National Labor Relations Board
        (202) 273-0902
        '''))
    return m


# ---------------------------------------------------------------- 018 LDEQ: records public online in EDMS (REQ-012)
@msg
def m018():
    m = new('Tamara Guidry <Tamara.Guidry@la.gov>', DESK, 'PRR 23871 - Records Available Online (EDMS)',
            when('2026-09-29 10:20', 'CDT'), outlook_mid('m018', 'gcc.prod.outlook.com'),
            extra=outlook_headers('m018', 'PRR 23871 - Records Available Online (EDMS)', 'la.gov'))
    txt = dedent('''
        Good morning Mr. Okafor,

        I am writing regarding your public records request PRR 23871 for
        unauthorized discharge notifications, incident reports and flaring event
        reports for St. James Parish facilities from January 2024 to the present.

        The records you requested are public and are already available online,
        free of charge, in LDEQ's Electronic Document Management System (EDMS):
        https://edms.deq.louisiana.gov/app/doc/querydef.aspx

        To find them, search by Agency Interest (AI) number and choose the document
        types "Incident Report" and "Unauthorized Discharge Notification":

          AI 2418    - Riverbend Ammonia Plant, Convent
          AI 19372   - St. James Terminal Complex
          AI 150221  - Vacherie Methanol, LLC
          AI 163008  - Grand Anse Polymers (Welcome)

        Because the records are available online, LDEQ will not be making copies,
        and no charge applies. Your request is complete and has been closed. If
        you cannot locate a specific document in EDMS, please submit a new request
        identifying it and we will be glad to help.

        Tamara Guidry
        Public Records Center
        Louisiana Department of Environmental Quality
        (225) 219-3168
        ''')
    m.set_content(txt)
    m.add_alternative('<html><body style="font-family:Calibri,Arial;font-size:11pt">' +
                      ''.join('<p>%s</p>' % p.replace('\n', '<br>\n') for p in txt.strip().split('\n\n')) +
                      '</body></html>\n', subtype='html')
    return m


# ---------------------------------------------------------------- 019 ADOL time-intensive notice (extension, est. date) (REQ-009)
@msg
def m019():
    m = new('Lynn Tatum <Lynn.Tatum@labor.alabama.gov>', plus('REQ-009'),
            'RE: Public Records Request ADOL-PRR-2026-0193 - Acknowledgment', when('2026-09-29 14:00', 'CDT'),
            outlook_mid('m019'), irt=outlook_mid('m008'), refs=outlook_mid('m008'),
            extra=outlook_headers('m019', 'Public Records Request - Acknowledgment', 'labor.alabama.gov'))
    m.set_content(dedent('''
        Dear Mr. Okafor,

        I am following up on your request ADOL-PRR-2026-0193 for child labor
        inspection reports, citations and civil money penalty assessments.

        After an initial review, the Department has determined that your request is
        \u201ctime-intensive\u201d under Ala. Code \u00a7 36-12-44: locating the inspection files
        and redacting the names, birth dates and other identifying information of
        minors will take more than eight hours of staff time. For that reason, the
        Department will need additional time to respond. We expect to provide a
        substantive response on or before October 30, 2026.

        A fee estimate will be sent to you separately. Apart from the initial
        search, no work will proceed until any required prepayment is received.

        Sincerely,

        Lynn Tatum
        Associate Counsel
        Office of General Counsel
        Alabama Department of Labor
        '''), charset='windows-1252', cte='quoted-printable')
    return m


# ---------------------------------------------------------------- 020 EPA R5 clarification (REQ-001)
@msg
def m020():
    m = new('Hollis, Devon <Hollis.Devon@epa.gov>', plus('REQ-001'), 'EPA-R5-2026-007412 - clarification needed',
            when('2026-09-30 11:30', 'CDT'), outlook_mid('m020'),
            extra=outlook_headers('m020', 'EPA-R5-2026-007412 - clarification needed', 'epa.gov'))
    m.set_content(dedent('''
        Hello,

        I am the FOIA coordinator in Region 5's Enforcement and Compliance Assurance
        Division assigned to your request EPA-R5-2026-007412.

        Your request seeks RMP inspection and enforcement records for "RMP-regulated
        chemical facilities located in Indiana." Region 5 has roughly 310 RMP
        facilities in Indiana, and most of them are not chemical manufacturers -
        they include water and wastewater treatment plants, ammonia refrigeration
        warehouses and agricultural fertilizer retailers.

        Could you please clarify whether you want:

          (a) only facilities in NAICS 325 (chemical manufacturing), about 60
              facilities; or
          (b) a specific list of facilities (name and city); or
          (c) all RMP facilities in Indiana, which will take considerably longer.

        Please respond within 10 working days. Your request will be on hold until we
        hear from you; if we do not receive a response, we may close it.

        Thank you,

        Devon Hollis
        FOIA Coordinator, Enforcement and Compliance Assurance Division
        U.S. EPA Region 5
        77 W. Jackson Blvd., Chicago, IL 60604
        '''))
    return m


# ---------------------------------------------------------------- 021 MDEQ written explanation + production date (extension) (REQ-011)
@msg
def m021():
    ours = '<%s@records.example.org>' % hx('m021-ours', 20)
    m = new('Curtis Pham <CPham@mdeq.ms.gov>', DESK, 'RE: Records request - poultry plant wastewater enforcement',
            when('2026-10-01 15:10', 'CDT'), outlook_mid('m021'), irt=ours, refs=outlook_mid('m012') + ' ' + ours,
            extra=outlook_headers('m021', 'Records request - poultry plant wastewater enforcement', 'mdeq.ms.gov'))
    m.set_content(dedent('''
        Mr. Okafor,

        Thanks for the list of facility names - that helps.

        We will not be able to produce the records within seven working days. Under
        Miss. Code Ann. Section 25-61-5(1)(b), this is our written explanation: the
        Enforcement Division is still pulling the 2022 and early 2023 agreed orders
        from archived files, and several of the orders have attachments that have
        to be scanned. We will produce the records to you no later than Monday,
        October 12, 2026.

        Curtis Pham
        Public Records
        Mississippi Department of Environmental Quality

        -----Original Message-----
        From: Records Desk <records@records.example.org>
        Sent: Wednesday, September 30, 2026 4:02 PM
        To: Curtis Pham <CPham@mdeq.ms.gov>
        Subject: RE: Records request - poultry plant wastewater enforcement

        Curtis - thanks. To speed things up: the plants we care most about are in
        Scott, Leake and Jones counties (Forest, Carthage, Laurel). Anything for
        those first would be great.

        Daniel
        '''))
    return m


# ---------------------------------------------------------------- 022 SCDES ack, HTML-only, message in tables (REQ-014)
@msg
def m022():
    m = new('SC Department of Environmental Services <noreply@des.sc.gov>', plus('REQ-014'),
            'Freedom of Information Request Received', when('2026-10-01 16:32', 'EDT'),
            '<%s.JavaMail.foicenter@des.sc.gov>' % hx('m022', 18))
    html = dedent('''
        <!DOCTYPE html>
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>FOI Request</title></head>
        <body style="margin:0;padding:0;background:#eef1f4">
        <table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#eef1f4"><tr><td align="center">
        <table width="640" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
        <tr><td bgcolor="#00467f" style="padding:14px 20px;color:#ffffff;font-size:18px"><b>SCDES</b> &nbsp;|&nbsp; FOI Center</td></tr>
        <tr><td style="padding:20px">
        <table width="100%" cellpadding="0" cellspacing="0" border="0">
        <tr><td style="padding-bottom:12px">Dear Daniel Okafor,</td></tr>
        <tr><td style="padding-bottom:12px">The South Carolina Department of Environmental Services has received your Freedom of Information Act request. Your request details are below.</td></tr>
        </table>
        <table width="100%" cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#c8cfd6;font-size:13px">
        <tr><td width="34%" bgcolor="#f4f6f8"><b>Reference No.</b></td><td>FOI-2026-04417</td></tr>
        <tr><td bgcolor="#f4f6f8"><b>Date Received</b></td><td>10/1/2026</td></tr>
        <tr><td bgcolor="#f4f6f8"><b>Program Area</b></td><td>Bureau of Water &ndash; Land Application / Biosolids</td></tr>
        <tr><td bgcolor="#f4f6f8"><b>Records Requested</b></td><td>PFAS sampling results for biosolids land-applied in Anderson, Greenville and Spartanburg counties; related complaints and inspection reports; January 2023 &ndash; present</td></tr>
        <tr><td bgcolor="#f4f6f8"><b>Status</b></td><td>Open &ndash; Under Review</td></tr>
        </table>
        <table width="100%" cellpadding="0" cellspacing="0" border="0">
        <tr><td style="padding-top:14px">Under S.C. Code Ann. &sect; 30-4-30(C), the Department will notify you of its determination on your request within the time provided by law. If fees apply, you will receive an estimate, and a deposit may be required before work begins.</td></tr>
        <tr><td style="padding-top:12px">To check the status of your request, log in to the <a href="https://scdes.govqa.us/WEBAPP/_rs/supporthome.aspx">SCDES FOI Center</a>.</td></tr>
        <tr><td style="padding-top:12px;font-size:12px;color:#666">This mailbox is not monitored. Please do not reply to this message.</td></tr>
        </table>
        </td></tr>
        <tr><td bgcolor="#f4f6f8" style="padding:10px 20px;font-size:11px;color:#666">South Carolina Department of Environmental Services &middot; 2600 Bull Street &middot; Columbia, SC 29201</td></tr>
        </table>
        </td></tr></table>
        </body></html>
        ''')
    m.set_content(html, subtype='html', cte='quoted-printable')
    return m


# ---------------------------------------------------------------- 023 FWS fee estimate via Google Group (REQ-006)
@msg
def m023():
    orig = 'Oberle, Grant <grant_oberle@fws.gov>'
    m = new('"\'Oberle, Grant\' via Records Desk" <records@records.example.org>', DESK,
            'FWS-2026-01563 - Fee estimate', when('2026-10-02 12:10', 'EDT'), outlook_mid('m023'),
            extra=group_headers(orig, 'grant_oberle@fws.gov', 'm023') + outlook_headers('m023', 'FWS-2026-01563 - Fee estimate', 'fws.gov'))
    m.set_content(dedent('''
        Mr. Okafor,

        I am the FOIA specialist handling your request FWS-2026-01563 (ESA section 7
        consultations for LNG terminals in Cameron and Calcasieu Parishes).

        Our preliminary search located about 3,380 pages of older consultation files
        at the Lafayette field office that exist only on paper, in addition to
        electronic records. As a news media requester you are charged only for
        duplication beyond the first 100 pages. Scanning the paper files to provide
        them electronically is charged as duplication at $0.15 per page:

            3,380 pages - 100 free pages = 3,280 pages x $0.15 = $492.00

        Because the estimated fee exceeds the $50.00 you agreed to pay, we need your
        written agreement to pay up to $492.00 before we can continue (43 CFR 2.50).
        Alternatively, you may narrow the request - for example to the electronic
        records only, which would involve no fee. Actual fees may be lower than the
        estimate.

        Processing of your request is suspended until we hear from you. If we do not
        receive a response within 20 workdays, we will presume you are no longer
        interested and close the request.

        Regards,

        Grant Oberle
        Government Information Specialist
        U.S. Fish and Wildlife Service, FOIA Office
        (703) 358-2504

        --
        You received this message because you are subscribed to the Google Groups "Records Desk" group.
        To unsubscribe from this group and stop receiving emails from it, send an email to records+unsubscribe@records.example.org.
        '''))
    return m


# ---------------------------------------------------------------- 024 LDEQ transfer to LDH (REQ-013)
@msg
def m024():
    m = new('LDEQ Public Records <publicrecords@la.gov>', plus('REQ-013'), 'PRR 23940 - Request Transferred',
            when('2026-10-02 14:25', 'CDT'), '<%s@edms.deq.louisiana.gov>' % hx('m024', 28))
    m.set_content(dedent('''
        LOUISIANA DEPARTMENT OF ENVIRONMENTAL QUALITY
        Public Records Center

        Request Number: PRR 23940
        Date Received:  09/28/2026

        Dear Daniel Okafor:

        LDEQ has reviewed your request for lead and copper rule compliance sampling
        results, public notices and sanitary survey records for community water
        systems in St. John the Baptist Parish.

        The public drinking water supervision program in Louisiana is administered
        by the Louisiana Department of Health (LDH), Office of Public Health, Safe
        Drinking Water Program - not by LDEQ. LDEQ does not maintain the records you
        described. As a courtesy, we have transferred your request to the LDH public
        records custodian, who will contact you directly.

        LDEQ's file for PRR 23940 is now closed. No charges apply.

        Public Records Center
        Louisiana Department of Environmental Quality
        602 N. Fifth Street, Baton Rouge, LA 70802
        '''))
    return m


# ---------------------------------------------------------------- 025 EPA HQ unusual circumstances, "late February" (REQ-002)
@msg
def m025():
    m = new('Gallo, Teresa <Gallo.Teresa@epa.gov>', DESK, 'EPA-HQ-2026-009877 - Notice of Unusual Circumstances',
            when('2026-10-05 10:40', 'EDT'), outlook_mid('m025'),
            extra=outlook_headers('m025', 'EPA-HQ-2026-009877 - Notice of Unusual Circumstances', 'epa.gov'))
    m.set_content(dedent('''
        Dear Mr. Okafor:

        This letter concerns your Freedom of Information Act request EPA-HQ-2026-009877
        for TSCA section 8(a)(7) PFAS reports submitted by three chemical
        manufacturers, with any associated confidential business information (CBI)
        claims.

        Unusual circumstances apply to your request under 5 U.S.C. 552(a)(6)(B)(i):
        the records must be collected from more than one office within the Office of
        Chemical Safety and Pollution Prevention, and EPA must give each submitter an
        opportunity to comment on the release of information claimed as CBI (40 CFR
        2.204). EPA is therefore extending the time limit for responding to your
        request by ten working days.

        We do not expect to complete the submitter notice process within that
        period. Based on current workload, we expect to complete processing of your
        request by late February 2027.

        You may contact me to discuss limiting the scope of your request or an
        alternative time frame for processing. You may also seek assistance from
        EPA's FOIA Public Liaison (hq.foia@epa.gov, 202-566-1667) or from the Office
        of Government Information Services (OGIS) at ogis@nara.gov.

        Sincerely,

        Teresa Gallo
        Government Information Specialist
        National FOIA Office
        U.S. Environmental Protection Agency
        '''))
    return m


# ---------------------------------------------------------------- 026 colleague forwards OSHA extension (REQ-003)
@msg
def m026():
    m = new('Marisol Vega <mvega@records.example.org>', DESK, 'Fwd: FOIA 2026-F-11873 - Extension of Time',
            when('2026-10-06 09:12', 'EDT'), '<CAK%s@mail.gmail.com>' % hx('m026', 34))
    m.set_content(dedent('''
        Atlanta sent this to me directly since my name is on the heat request. Adding
        it to the log - they now say mid-December. Can we push back on that?

        -M

        ---------- Forwarded message ---------
        From: Reyes, Gabriel - OSHA <Reyes.Gabriel@dol.gov>
        Date: Mon, Oct 5, 2026 at 4:18 PM
        Subject: FOIA 2026-F-11873 - Extension of Time
        To: Marisol Vega <mvega@records.example.org>


        Dear Ms. Vega:

        This is in regard to Freedom of Information Act request 2026-F-11873 for
        heat-related inspection files and hazard alert letters for warehouse
        employers in OSHA Region IV.

        Unusual circumstances exist because we must search for and collect case
        files from eleven Area Offices that are separate from the Regional Office
        processing the request. We are therefore extending the time limit for a
        response by ten working days, as permitted by 5 U.S.C. 552(a)(6)(B)(i).

        Given the number of case files involved (approximately 140), we anticipate
        sending you a response by December 18, 2026. If you would like to narrow
        your request - for example, to closed inspections with citations only - it
        may be processed sooner. You may contact the DOL FOIA Public Liaison or the
        Office of Government Information Services (OGIS) for assistance.

        Sincerely,

        Gabriel Reyes
        Regional FOIA Coordinator
        OSHA Region IV, Atlanta
        U.S. Department of Labor
        '''))
    return m


# ---------------------------------------------------------------- 027 Kentucky residency clarification (REQ-015)
@msg
def m027():
    subj = 'RE: ' + S['REQ-015'] + ' [LC-ORR-2026-118]'
    m = new('Whitaker, Eleanor (LABOR) <Eleanor.Whitaker@ky.gov>', plus('REQ-015'), subj,
            when('2026-10-07 11:15', 'EDT'), outlook_mid('m027'), irt=req_mid('REQ-015'), refs=req_mid('REQ-015'),
            extra=outlook_headers('m027', S['REQ-015'], 'ky.gov'))
    m.set_content(dedent('''
        Mr. Okafor,

        The Labor Cabinet received your open records request on October 5, 2026. It
        has been logged as LC-ORR-2026-118.

        Under KRS 61.872(2)(a), a public agency may require a requester to state in
        writing that he or she is a resident of the Commonwealth as defined in
        KRS 61.870(10). Your request does not include that statement. Please reply
        with a short statement of the basis on which you qualify - for example, as
        a news-gathering organization, as a business entity with a location in
        Kentucky, or as a person authorized to act on behalf of a resident.

        Once we receive your statement, the Cabinet will process your request, and
        the five-business-day response period in KRS 61.880(1) will run from that
        date.

        Respectfully,

        Eleanor Whitaker
        Paralegal, Office of General Counsel
        Kentucky Labor Cabinet
        500 Mero Street, 3rd Floor
        Frankfort, KY 40601
        '''))
    return m


# ---------------------------------------------------------------- 028 LDH acknowledges the transferred request (REQ-013)
@msg
def m028():
    m = new('LDH Public Records <ldh.publicrecords@la.gov>', DESK,
            'Public Records Request - St. John the Baptist Parish Lead and Copper (transferred from LDEQ PRR 23940)',
            when('2026-10-07 15:30', 'CDT'), outlook_mid('m028', 'gcc.prod.outlook.com'),
            extra=outlook_headers('m028', 'Public Records Request - transferred from LDEQ', 'la.gov'))
    m.set_content(dedent('''
        Good afternoon,

        The Louisiana Department of Health received your public records request on
        October 5, 2026 by transfer from the Louisiana Department of Environmental
        Quality (LDEQ reference PRR 23940).

        The Office of Public Health, Safe Drinking Water Program, will search for
        lead and copper compliance sampling results, public notices and sanitary
        surveys for community water systems in St. John the Baptist Parish. Under
        La. R.S. 44:33, if the records are not immediately available we will let you
        know the date and time they will be available.

        Please note that monitoring results for public water systems are also
        available on Louisiana Drinking Water Watch at https://sdw.ldh.la.gov/DWW/.

        LDH Public Records
        Office of the Secretary, Bureau of Legal Services
        Louisiana Department of Health
        628 N. 4th Street, Baton Rouge, LA 70802
        '''))
    return m


# ---------------------------------------------------------------- 029 MDEQ production (REQ-011)
@msg
def m029():
    m = new('Curtis Pham <CPham@mdeq.ms.gov>', DESK, 'RE: Records request - poultry plant wastewater enforcement',
            when('2026-10-12 10:05', 'CDT'), outlook_mid('m029'), irt=outlook_mid('m021'),
            refs=outlook_mid('m012') + ' ' + outlook_mid('m021'),
            extra=outlook_headers('m029', 'Records request - poultry plant wastewater enforcement', 'mdeq.ms.gov'))
    m.set_content(dedent('''
        Mr. Okafor,

        The records responsive to your request are ready. You can download them here
        (the link expires in 30 days):

        https://mdeq.sharefile.com/d-s8f3c1a2b7e94d0c9

        The folder contains 14 agreed orders and 6 notices of violation issued to
        poultry processing facilities from January 2022 through September 2026,
        with the NPDES permit numbers in each file name, plus the Enforcement
        Division's penalty summary spreadsheet. Nothing was withheld.

        There is no charge for this request. This completes our response.

        Curtis Pham
        Public Records
        Mississippi Department of Environmental Quality
        '''))
    return m


# ---------------------------------------------------------------- 030 SCDES deposit request (REQ-014)
@msg
def m030():
    m = new('Whitney Caldwell <CaldweWL@des.sc.gov>', plus('REQ-014'),
            'FOI-2026-04417 Fee Estimate and Deposit Request', when('2026-10-13 11:20', 'EDT'), outlook_mid('m030'),
            extra=outlook_headers('m030', 'FOI-2026-04417 Fee Estimate and Deposit Request', 'des.sc.gov'))
    txt = dedent('''
        Dear Mr. Okafor:

        Re: Freedom of Information Act Request FOI-2026-04417

        The Department has determined that records responsive to your request are
        available for release, subject to redaction of information exempt under
        S.C. Code Ann. Section 30-4-40. As allowed by Section 30-4-30(B), the
        Department charges for the actual cost of searching for, retrieving and
        redacting records, according to its posted fee schedule.

          Search, retrieval and redaction: 22 hours x $27.20/hour   $598.40
          Electronic copies                                          $0.00
          Estimated total                                          $598.40

        Before work begins, a deposit of 25 percent of the estimated total,
        $149.60, is required. You may pay online at
        https://des.sc.gov/foi/payments (reference FOI-2026-04417) or by check
        payable to "SC Department of Environmental Services" mailed to the FOI
        Office, 2600 Bull Street, Columbia, SC 29201.

        Once the deposit is received, the records will be provided within thirty
        calendar days, or thirty-five calendar days for records more than
        twenty-four months old. The balance will be due before the records are
        released. If the deposit is not received, your request may be closed.

        Sincerely,

        Whitney Caldwell
        FOI Coordinator
        South Carolina Department of Environmental Services
        ''')
    m.set_content(txt)
    return m


# ---------------------------------------------------------------- 031 Kentucky KRS 61.872(5) delay with earliest date (REQ-015)
@msg
def m031():
    ours = '<%s@records.example.org>' % hx('m031-ours', 20)
    m = new('Whitaker, Eleanor (LABOR) <Eleanor.Whitaker@ky.gov>', plus('REQ-015'),
            'RE: ' + S['REQ-015'] + ' [LC-ORR-2026-118]', when('2026-10-14 09:45', 'EDT'), outlook_mid('m031'),
            irt=ours, refs=req_mid('REQ-015') + ' ' + outlook_mid('m027') + ' ' + ours,
            extra=outlook_headers('m031', S['REQ-015'], 'ky.gov'))
    m.set_content(dedent('''
        Mr. Okafor,

        Thank you for the residency statement we received on October 8, 2026.

        The Labor Cabinet has identified nine Kentucky OSH Program fatality
        investigation files at warehouse and distribution facilities for 2024
        through the present. Several of these files are in active use by the
        Division of OSH Compliance, and the closed files are in off-site storage.

        Pursuant to KRS 61.872(5), the records are not immediately available. The
        earliest date on which they will be available, after review and redaction,
        is November 20, 2026. We will send them to you electronically on or before
        that date.

        Respectfully,

        Eleanor Whitaker
        Paralegal, Office of General Counsel
        Kentucky Labor Cabinet

        LC-ORR-2026-118
        '''))
    return m


# ---------------------------------------------------------------- 032 Exchange NDR for our follow-up to MDEQ (REQ-011)
@msg
def m032():
    b1 = '_002_%s_' % hx('m032a', 20)
    b2 = '_001_%s_' % hx('m032b', 20)
    ours = '<%s@records.example.org>' % hx('m032-ours', 20)
    raw = dedent('''
        From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@mdeq.ms.gov>
        To: records@records.example.org
        Subject: Undeliverable: RE: Records request - poultry plant wastewater enforcement
        Date: Wed, 14 Oct 2026 16:05:12 -0500
        Message-ID: {ndrid}
        Auto-Submitted: auto-replied
        X-MS-Exchange-Message-Is-Ndr: 
        Content-Language: en-US
        MIME-Version: 1.0
        Content-Type: multipart/report; report-type=delivery-status;
        \tboundary="{b1}"

        --{b1}
        Content-Type: multipart/alternative;
        \tboundary="{b2}"

        --{b2}
        Content-Type: text/plain; charset="us-ascii"
        Content-Transfer-Encoding: 7bit

        Your message to jmcbride@mdeq.ms.gov couldn't be delivered.
        jmcbride wasn't found at mdeq.ms.gov.

        records          Office 365          jmcbride
        Action Required                      Recipient

        Unknown To address

        How to Fix It
        The address may be misspelled or may not exist. Try one or more of the following:
        - Retype the recipient's address, then resend the message.
        - If the address is correct, contact the recipient by phone and ask for a new address.

        Diagnostic information for administrators:
        Generating server: SA1PR09MB8812.namprd09.prod.outlook.com
        jmcbride@mdeq.ms.gov
        Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

        --{b2}
        Content-Type: text/html; charset="us-ascii"
        Content-Transfer-Encoding: 7bit

        <html><body><p><b><font color="#000066" size="3">Your message to jmcbride@mdeq.ms.gov couldn't be delivered.</font></b></p>
        <p>jmcbride wasn't found at mdeq.ms.gov.</p>
        <table><tr><td>records</td><td>Office 365</td><td>jmcbride</td></tr><tr><td>Action Required</td><td></td><td>Recipient</td></tr></table>
        <p><b>Unknown To address</b></p>
        <p>Diagnostic information for administrators:<br>Generating server: SA1PR09MB8812.namprd09.prod.outlook.com<br>jmcbride@mdeq.ms.gov<br>Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p>
        </body></html>

        --{b2}--

        --{b1}
        Content-Type: message/delivery-status

        Reporting-MTA: dns;SA1PR09MB8812.namprd09.prod.outlook.com
        Received-From-MTA: dns;mail-yw1-f171.google.com
        Arrival-Date: Wed, 14 Oct 2026 21:05:09 +0000

        Final-Recipient: rfc822;jmcbride@mdeq.ms.gov
        Action: failed
        Status: 5.1.10
        Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

        --{b1}
        Content-Type: text/rfc822-headers

        From: Records Desk <records@records.example.org>
        Reply-To: {plus}
        To: Curtis Pham <CPham@mdeq.ms.gov>
        Cc: Jerry McBride <jmcbride@mdeq.ms.gov>
        Subject: RE: Records request - poultry plant wastewater enforcement
        Date: Wed, 14 Oct 2026 16:04:51 -0500
        Message-ID: {ours}
        In-Reply-To: {m029}
        References: {m012} {m021} {m029}
        MIME-Version: 1.0
        Content-Type: text/plain; charset="UTF-8"

        --{b1}--
        ''').format(b1=b1, b2=b2, ours=ours, plus=plus('REQ-011'), m012=outlook_mid('m012'),
                    m021=outlook_mid('m021'), m029=outlook_mid('m029'), ndrid=outlook_mid('m032'))
    return raw.replace('X-MS-Exchange-Message-Is-Ndr: \n', 'X-MS-Exchange-Message-Is-Ndr: true\n')


# ---------------------------------------------------------------- 033 EPA R5 first rolling release (REQ-001)
@msg
def m033():
    m = new('Hollis, Devon <Hollis.Devon@epa.gov>', plus('REQ-001'), 'EPA-R5-2026-007412 - First Interim Release',
            when('2026-10-15 14:10', 'CDT'), outlook_mid('m033'),
            extra=outlook_headers('m033', 'EPA-R5-2026-007412 - First Interim Release', 'epa.gov'))
    m.set_content(dedent('''
        Hello,

        Thank you for clarifying on October 2 that you want RMP records only for
        facilities in NAICS 325 (chemical manufacturing).

        Region 5 is processing your request EPA-R5-2026-007412 on a rolling basis.
        This first interim release consists of 143 pages - RMP inspection reports
        and findings letters for six facilities - released in full. The records have
        been posted to your request in the Public Access Link
        (https://foiapublicaccessportal.epa.gov) under "Documents".

        We are continuing to review the remaining records, including enforcement
        case files that contain information the facilities have claimed as
        confidential, and will make further releases as they are completed. This is
        not a final response.

        Devon Hollis
        FOIA Coordinator, Enforcement and Compliance Assurance Division
        U.S. EPA Region 5
        '''))
    return m


# ---------------------------------------------------------------- 034 NLRB rolling release via Google Group (REQ-005)
@msg
def m034():
    orig = 'Ferreira, Ana Lucia <Ana.Ferreira@nlrb.gov>'
    m = new('"\'Ferreira, Ana Lucia\' via Records Desk" <records@records.example.org>', DESK,
            'FOIA Request NLRB-2026-001204 - First Interim Response', when('2026-10-19 10:30', 'EDT'),
            outlook_mid('m034'),
            extra=group_headers(orig, 'Ana.Ferreira@nlrb.gov', 'm034') + outlook_headers('m034', 'FOIA Request NLRB-2026-001204', 'nlrb.gov'))
    m.set_content(dedent('''
        Mr. Okafor,

        Thank you for agreeing on October 1 to limit your request NLRB-2026-001204 to
        Region 10 and Region 15 cases in which the charged party's NAICS code is
        3363.

        We are releasing records to you on a rolling basis. This first interim
        response covers 37 closed cases: charges, settlement agreements, complaints
        and closing letters, 412 pages in all. Personal information of individuals
        other than the parties (home addresses, telephone numbers, and the names of
        employee witnesses) has been redacted under Exemptions 6 and 7(C),
        5 U.S.C. 552(b)(6) and (b)(7)(C). The records are available for download at:

        https://nlrb.box.com/s/7kq2w0c9ht1x4vbn

        We are continuing to review the files of the remaining cases, several of
        which are open, and will send a further response when that review is
        complete. Your appeal rights will be described in our final response.

        Ana Lucia Ferreira
        Government Information Specialist | FOIA Branch
        National Labor Relations Board

        --
        You received this message because you are subscribed to the Google Groups "Records Desk" group.
        To unsubscribe from this group and stop receiving emails from it, send an email to records+unsubscribe@records.example.org.
        '''))
    return m


# ---------------------------------------------------------------- 035 SCDES portal update notice (REQ-014)
@msg
def m035():
    m = new('SC Department of Environmental Services <noreply@des.sc.gov>', DESK,
            'FOI Request FOI-2026-04417 has been updated', when('2026-10-20 08:05', 'EDT'),
            '<%s.JavaMail.foicenter@des.sc.gov>' % hx('m035', 18))
    m.set_content(dedent('''
        Your Freedom of Information request FOI-2026-04417 has been updated.

        To view the update, log in to the SCDES FOI Center:
        https://scdes.govqa.us/WEBAPP/_rs/supporthome.aspx

        Please do not reply to this message. This mailbox is not monitored.
        '''))
    return m


# ---------------------------------------------------------------- 036 Kentucky staff out-of-office (REQ-015)
@msg
def m036():
    ours = '<%s@records.example.org>' % hx('m036-ours', 20)
    m = new('Whitaker, Eleanor (LABOR) <Eleanor.Whitaker@ky.gov>', DESK,
            'Automatic reply: Re: ' + S['REQ-015'], when('2026-10-21 07:30', 'EDT'), outlook_mid('m036'),
            irt=ours, refs=req_mid('REQ-015') + ' ' + ours,
            extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')] +
            outlook_headers('m036', S['REQ-015'], 'ky.gov'))
    m.set_content(dedent('''
        I am out of the office through Monday, October 26, with limited access to
        email. For open records matters, please write to labor.openrecords@ky.gov.
        For anything urgent, call the Office of General Counsel at (502) 564-3070.

        Thank you,
        Eleanor Whitaker
        '''))
    return m


# ---------------------------------------------------------------- 037 Kentucky no-records letter, number only in attachment name (REQ-016)
@msg
def m037():
    m = new('Kentucky Labor Cabinet Open Records <labor.openrecords@ky.gov>', plus('REQ-016'),
            'Open Records Response', when('2026-10-22 15:20', 'EDT'), outlook_mid('m037'),
            extra=outlook_headers('m037', 'Open Records Response', 'ky.gov'))
    m.set_content(dedent('''
        Please find attached the Labor Cabinet's response to your open records
        request.

        Office of General Counsel
        Kentucky Labor Cabinet
        '''))
    pdf = make_pdf([
        'COMMONWEALTH OF KENTUCKY',
        'LABOR CABINET',
        'Office of General Counsel',
        '500 Mero Street, Frankfort, Kentucky 40601',
        '',
        'October 22, 2026',
        '',
        'Daniel Okafor',
        'Records Desk',
        'Via email: records@records.example.org',
        '',
        'Re: Open Records Request received October 19, 2026',
        '',
        'Dear Mr. Okafor:',
        '',
        'The Labor Cabinet received your request under the Kentucky Open Records Act, KRS 61.870 to 61.884, '
        'for records of child labor violations and civil penalties assessed against operators of restaurant '
        'franchises from January 1, 2024 to the present, including the franchise brands listed in your request.',
        '',
        'The Division of Wages and Hours searched its enforcement database and case files by employer name, '
        'including every franchise operator name and brand listed in your request, and by the child labor '
        'violation codes used by the Division. The search located no citations, penalty assessments or '
        'investigation files responsive to your request. The Cabinet therefore has no records responsive to '
        'your request. The Cabinet cannot produce records that do not exist.',
        '',
        'Pursuant to KRS 61.880(1), you have the right to seek review of this response by the Attorney '
        'General by forwarding a copy of your request and this response to the Office of the Attorney '
        'General, 1024 Capital Center Drive, Suite 200, Frankfort, Kentucky 40601.',
        '',
        'Sincerely,',
        '',
        'Office of General Counsel',
        'Kentucky Labor Cabinet',
    ], title='Open Records Response')
    m.add_attachment(pdf, maintype='application', subtype='pdf', filename='LC-ORR-2026-131 Response.pdf')
    return m


# ---------------------------------------------------------------- 038 EPA PAL HTML "new correspondence" (REQ-002)
@msg
def m038():
    m = new('EPA FOIA Public Access Link <noreply@foiapublicaccessportal.epa.gov>', DESK,
            'EPA-HQ-2026-009877: New Correspondence Available', when('2026-10-23 06:02', 'EDT'),
            '<%s@foiapublicaccessportal.epa.gov>' % hx('m038', 32))
    m.set_content(dedent('''
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px">
        <p>Dear Records Desk,</p>
        <p>New correspondence has been added to your FOIA request <b>EPA&#8209;HQ&#8209;2026&#8209;009877</b>.</p>
        <p>Please <a href="https://foiapublicaccessportal.epa.gov/app/Home.aspx">sign in to the Public Access Link</a> and open the request to view it.</p>
        <p style="color:#777;font-size:11px">This is an automated message from the EPA FOIA Public Access Link. Replies to this address are not monitored. Request reference: EPA-HQ-2026-009877</p>
        </body></html>
        '''), subtype='html')
    return m


# ---------------------------------------------------------------- 039 ADOL invoice with payment link (REQ-009)
@msg
def m039():
    m = new('ADOL Billing <noreply-billing@labor.alabama.gov>', plus('REQ-009'),
            'Invoice 26-0193-1 for Public Records Request ADOL-PRR-2026-0193', when('2026-10-26 10:12', 'CDT'),
            '<%s@billing.labor.alabama.gov>' % hx('m039', 26))
    txt = dedent('''
        ALABAMA DEPARTMENT OF LABOR - INVOICE

        Invoice No.:      26-0193-1
        Invoice Date:     10/26/2026
        Request:          ADOL-PRR-2026-0193
        Bill To:          Daniel Okafor, Records Desk

        Description                                   Qty      Rate      Amount
        Staff time - search and retrieval             1.5    $19.50      $29.25
        Staff time - redaction of minors' information 1.5    $19.50      $29.25
        Electronic delivery                             1     $0.00       $0.00
                                                             TOTAL DUE   $58.50

        Pay online: https://epay.labor.alabama.gov/records/invoice/26-0193-1

        Records will be released once payment is received. Invoices that remain
        unpaid after 30 days will be cancelled and the request closed.

        This mailbox does not accept replies. Questions: publicrecords@labor.alabama.gov
        ''')
    m.set_content(txt)
    m.add_alternative(dedent('''
        <html><body style="font-family:Arial,sans-serif;font-size:13px">
        <h3 style="margin:0">ALABAMA DEPARTMENT OF LABOR &ndash; INVOICE</h3>
        <table cellpadding="3" style="font-size:13px;margin-top:8px">
        <tr><td>Invoice No.:</td><td>26-0193-1</td></tr>
        <tr><td>Invoice Date:</td><td>10/26/2026</td></tr>
        <tr><td>Request:</td><td>ADOL-PRR-2026-0193</td></tr>
        <tr><td>Bill To:</td><td>Daniel Okafor, Records Desk</td></tr>
        </table>
        <table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:13px;margin-top:10px">
        <tr><th>Description</th><th>Qty</th><th>Rate</th><th>Amount</th></tr>
        <tr><td>Staff time &ndash; search and retrieval</td><td>1.5</td><td>$19.50</td><td>$29.25</td></tr>
        <tr><td>Staff time &ndash; redaction of minors&rsquo; information</td><td>1.5</td><td>$19.50</td><td>$29.25</td></tr>
        <tr><td>Electronic delivery</td><td>1</td><td>$0.00</td><td>$0.00</td></tr>
        <tr><td colspan="3" align="right"><b>TOTAL DUE</b></td><td><b>$58.50</b></td></tr>
        </table>
        <p><a href="https://epay.labor.alabama.gov/records/invoice/26-0193-1" style="background:#1d4f91;color:#fff;padding:8px 14px;text-decoration:none">Pay Now</a></p>
        <p>Records will be released once payment is received. Invoices that remain unpaid after 30 days will be cancelled and the request closed.</p>
        <p style="font-size:11px;color:#777">This mailbox does not accept replies. Questions: publicrecords@labor.alabama.gov</p>
        </body></html>
        '''), subtype='html')
    return m


# ---------------------------------------------------------------- 040 NDR: our reply to the no-reply billing address (REQ-009)
@msg
def m040():
    b1 = '_004_%s_' % hx('m040a', 20)
    ours = '<%s@records.example.org>' % hx('m040-ours', 20)
    m039id = '<%s@billing.labor.alabama.gov>' % hx('m039', 26)
    raw = dedent('''
        From: postmaster@labor.alabama.gov
        To: records@records.example.org
        Subject: Undeliverable: RE: Invoice 26-0193-1 for Public Records Request ADOL-PRR-2026-0193
        Date: Mon, 26 Oct 2026 10:47:33 -0500
        Message-ID: {ndrid}
        Auto-Submitted: auto-replied
        MIME-Version: 1.0
        Content-Type: multipart/report; report-type=delivery-status;
        \tboundary="{b1}"

        --{b1}
        Content-Type: text/plain; charset="us-ascii"
        Content-Transfer-Encoding: 7bit

        Delivery has failed to these recipients or groups:

        noreply-billing@labor.alabama.gov
        This mailbox is configured to send messages only and does not accept
        incoming mail. Your message wasn't delivered.

        Diagnostic information for administrators:

        Generating server: EXCH02.labor.alabama.gov

        noreply-billing@labor.alabama.gov
        Remote Server returned '550 5.7.129 RESOLVER.RST.RestrictedToRecipientsPermission; not authorized to send to this recipient'

        --{b1}
        Content-Type: message/delivery-status

        Reporting-MTA: dns;EXCH02.labor.alabama.gov
        Received-From-MTA: dns;mail-qt1-f180.google.com
        Arrival-Date: Mon, 26 Oct 2026 15:47:30 +0000

        Final-Recipient: rfc822;noreply-billing@labor.alabama.gov
        Action: failed
        Status: 5.7.129
        Diagnostic-Code: smtp;550 5.7.129 RESOLVER.RST.RestrictedToRecipientsPermission; not authorized to send to this recipient

        --{b1}
        Content-Type: message/rfc822

        From: Records Desk <records@records.example.org>
        To: ADOL Billing <noreply-billing@labor.alabama.gov>
        Subject: RE: Invoice 26-0193-1 for Public Records Request ADOL-PRR-2026-0193
        Date: Mon, 26 Oct 2026 10:47:10 -0500
        Message-ID: {ours}
        In-Reply-To: {m039}
        References: {m039}
        MIME-Version: 1.0
        Content-Type: text/plain; charset="UTF-8"

        Hello - the payment link gives an error ("invoice not found"). Can you
        resend it, or tell us how to pay by check? We'd like to get this paid
        today.

        Thanks,
        Daniel Okafor, Records Desk

        --{b1}--
        ''').format(b1=b1, ours=ours, m039=m039id, ndrid='<%s@EXCH02.labor.alabama.gov>' % hx('m040', 30))
    return raw


# ---------------------------------------------------------------- 041 FWS specialist out-of-office via Google Group (REQ-006)
@msg
def m041():
    orig = 'Oberle, Grant <grant_oberle@fws.gov>'
    ours = '<%s@records.example.org>' % hx('m041-ours', 20)
    m = new('"\'Oberle, Grant\' via Records Desk" <records@records.example.org>', DESK,
            'Automatic reply: RE: FWS-2026-01563 - Fee estimate', when('2026-10-28 09:00', 'EDT'), outlook_mid('m041'),
            irt=ours, refs=outlook_mid('m023') + ' ' + ours,
            extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')] +
            group_headers(orig, 'grant_oberle@fws.gov', 'm041'))
    m.set_content(dedent('''
        I am on field assignment from October 28 through November 6 with limited
        access to email. For FOIA matters that cannot wait, please write to
        fwhq_foia@fws.gov and a member of the FOIA team will assist you.

        Grant Oberle
        U.S. Fish and Wildlife Service

        --
        You received this message because you are subscribed to the Google Groups "Records Desk" group.
        To unsubscribe from this group and stop receiving emails from it, send an email to records+unsubscribe@records.example.org.
        '''))
    return m


# ---------------------------------------------------------------- 042 OSHA full denial, Exemption 7(A) (REQ-018)
@msg
def m042():
    m = new('Reyes, Gabriel - OSHA <Reyes.Gabriel@dol.gov>', plus('REQ-018'),
            'FOIA Request 2026-F-13502 - Final Response', when('2026-10-29 11:00', 'EDT'), outlook_mid('m042'),
            extra=outlook_headers('m042', 'FOIA Request 2026-F-13502 - Final Response', 'dol.gov'))
    m.set_content(dedent('''
        Dear Mr. Okafor:

        This is the final response to your Freedom of Information Act (FOIA) request
        dated October 8, 2026, which was assigned tracking number 2026-F-13502. You
        requested the OSHA inspection case file concerning the August 2026 fatality
        at Black Warrior Grain Terminal in Tuscaloosa, Alabama (Inspection
        No. 1798841).

        The inspection is open. OSHA has not issued citations, and the case file is
        part of an active enforcement investigation being conducted by the
        Birmingham Area Office. Release of the file at this time could reasonably be
        expected to interfere with enforcement proceedings. The responsive records,
        approximately 380 pages, are therefore withheld in full under Exemption 7(A)
        of the FOIA, 5 U.S.C. 552(b)(7)(A). We considered whether any portion could
        be released without harm and determined that none can at this stage.

        After the inspection is closed you may submit a new request, and much of the
        file will likely be releasable at that time.

        You may appeal this determination. Your appeal must be received within 90
        days of the date of this letter. Send it to the Solicitor of Labor,
        U.S. Department of Labor, Attn: FOIA Appeals Unit, 200 Constitution Ave. NW,
        Room N-2428, Washington, DC 20210, or by email to foiaappeals@dol.gov, and
        mark it "Freedom of Information Act Appeal."

        You may also contact the DOL FOIA Public Liaison or the Office of Government
        Information Services (OGIS), National Archives and Records Administration,
        8601 Adelphi Road, College Park, MD 20740; ogis@nara.gov; 202-741-5770.

        Sincerely,

        Gabriel Reyes
        Regional FOIA Coordinator
        OSHA Region IV, Atlanta
        '''))
    return m


# ---------------------------------------------------------------- 043 WHD "still processing", no new date (REQ-004)
@msg
def m043():
    ours = '<%s@records.example.org>' % hx('m043-ours', 20)
    m = new('Nguyen, Linh - WHD <Nguyen.Linh@dol.gov>', plus('REQ-004'), 'RE: Status of FOIA 2026-F-12240',
            when('2026-10-30 14:45', 'EDT'), outlook_mid('m043'), irt=ours, refs=ours,
            extra=outlook_headers('m043', 'Status of FOIA 2026-F-12240', 'dol.gov'))
    m.set_content(dedent('''
        Good afternoon Mr. Okafor,

        Thank you for checking on request 2026-F-12240. It is still being processed.
        We are searching WHD's case management system and the Southeast Region's
        files for the employer you named and its d/b/a names.

        I am not able to give you a completion date yet, but I will update you as
        soon as the search is finished.

        Linh Nguyen
        FOIA Specialist
        Wage and Hour Division
        U.S. Department of Labor

        -----Original Message-----
        From: Records Desk <records@records.example.org>
        Sent: Thursday, October 29, 2026 10:03 AM
        To: Nguyen, Linh - WHD <Nguyen.Linh@dol.gov>
        Subject: Status of FOIA 2026-F-12240

        Hello - could you tell us where this request stands and when we might expect
        a response? The statutory deadline passed on October 19.

        Daniel Okafor, Records Desk
        '''))
    return m


# ---------------------------------------------------------------- 044 ADOL no-records (REQ-017)
@msg
def m044():
    m = new('Lynn Tatum <Lynn.Tatum@labor.alabama.gov>', plus('REQ-017'),
            'ADOL-PRR-2026-0221 - Response to Public Records Request', when('2026-11-02 13:30', 'CST'),
            outlook_mid('m044'), extra=outlook_headers('m044', 'ADOL-PRR-2026-0221 - Response to Public Records Request', 'labor.alabama.gov'))
    m.set_content(dedent('''
        Dear Mr. Okafor,

        Re: Public Records Request ADOL-PRR-2026-0221

        You asked for state mine safety inspection reports for the Bluff Creek No. 2
        Mine in Walker County from January 1, 2025 to the present.

        The Department's Mine Safety and Inspection Division searched its inspection
        records by mine name, by operator, and by the mine's state permit number.
        The Division has no inspection reports for Bluff Creek No. 2 for that period:
        the mine was permitted in 2025 but its operator reported no production, and
        no state inspections of the mine were conducted. Accordingly, the Department
        has no records responsive to your request.

        Federal inspections of coal mines are conducted by the U.S. Mine Safety and
        Health Administration (MSHA). MSHA inspection and violation data are
        available through its Mine Data Retrieval System.

        Sincerely,

        Lynn Tatum
        Associate Counsel
        Office of General Counsel
        Alabama Department of Labor
        '''))
    return m


# ---------------------------------------------------------------- 045 ADOL final release with redactions (REQ-009)
@msg
def m045():
    m = new('Lynn Tatum <Lynn.Tatum@labor.alabama.gov>', DESK, 'ADOL-PRR-2026-0193 - Records Response',
            when('2026-11-04 10:10', 'CST'), outlook_mid('m045'),
            extra=outlook_headers('m045', 'ADOL-PRR-2026-0193 - Records Response', 'labor.alabama.gov'))
    m.set_content(dedent('''
        Dear Mr. Okafor,

        Payment for invoice 26-0193-1 was received on October 27, 2026. Thank you.

        The records responsive to request ADOL-PRR-2026-0193 are available for
        download at https://labor.alabama.gov/sharedfiles/prr/26-0193/ (password
        sent separately). They consist of:

          - 64 child labor inspection reports (2023 - 2026)
          - 41 civil money penalty assessment letters
          - the Child Labor Division's penalty log for the same period

        The names, dates of birth, addresses and other identifying information of
        minors have been redacted. The Department has determined that disclosure of
        that information would be an unwarranted invasion of the minors' personal
        privacy and is not subject to public inspection under Ala. Code
        Section 36-12-40. No other information was withheld.

        This completes the Department's response to your request.

        Sincerely,

        Lynn Tatum
        Associate Counsel
        Office of General Counsel
        Alabama Department of Labor
        '''))
    return m


# ---------------------------------------------------------------- 046 FWS first partial release, rolling (REQ-006)
@msg
def m046():
    m = new('Oberle, Grant <grant_oberle@fws.gov>', plus('REQ-006'), 'FWS-2026-01563 - First Partial Release',
            when('2026-11-09 15:00', 'EST'), outlook_mid('m046'),
            extra=outlook_headers('m046', 'FWS-2026-01563 - First Partial Release', 'fws.gov'))
    m.set_content(dedent('''
        Dear Mr. Okafor:

        Thank you for agreeing on October 28 to pay fees of up to $492.00 for request
        FWS-2026-01563.

        We will be releasing records to you on a rolling basis, with a release
        approximately every month until processing is complete. This first partial
        release contains 612 pages from the Louisiana Ecological Services Field
        Office: 580 pages are released in full and 32 pages are released in part.
        Personal phone numbers and email addresses of private individuals have been
        withheld under Exemption 6, 5 U.S.C. 552(b)(6). The records can be
        downloaded from:

        https://doimspp.sharepoint.com/:f:/s/FWS-FOIA/EhX2mQ01563rel1

        Fees will be billed when processing is complete. We will explain your appeal
        rights in our final response.

        Sincerely,

        Grant Oberle
        Government Information Specialist
        U.S. Fish and Wildlife Service, FOIA Office
        '''))
    return m


# ---------------------------------------------------------------- 047 IDEM final, nothing withheld (REQ-007)
@msg
def m047():
    m = new('Kara Lindholm <KLindholm@idem.IN.gov>', plus('REQ-007'), 'RE: ' + S['REQ-007'],
            when('2026-11-12 11:30', 'EST'), outlook_mid('m047'), irt=outlook_mid('m003'),
            refs=req_mid('REQ-007') + ' ' + '<%s@IN0PR09MB7741.namprd09.prod.outlook.com>' % hx('m003', 30).upper(),
            extra=outlook_headers('m047', S['REQ-007'], 'idem.in.gov'))
    m.set_content(dedent('''
        Hello again,

        The Office of Land Quality has finished pulling records for your request
        26-PR-0551 (Wabash Bend Generating Station, CCR groundwater).

        Everything responsive is now posted in the Virtual File Cabinet under
        Agency Interest ID 18834. The newly posted items are:

          VFC 83615220  2023 Annual Groundwater Monitoring and Corrective Action Report
          VFC 83615227  2024 Annual Groundwater Monitoring and Corrective Action Report
          VFC 83615231  2025 Annual Groundwater Monitoring and Corrective Action Report
          VFC 83615244  Assessment of Corrective Measures (March 2024)
          VFC 83615258  IDEM OLQ comment letters, 2022-2026 (11 letters)
          VFC 83615262  Alternate source demonstration and IDEM response (2025)

        No records were withheld. There is no charge, and this completes your
        request.

        Kara Lindholm
        Public Records Coordinator
        Indiana Department of Environmental Management
        '''))
    return m


# ---------------------------------------------------------------- 048 IDEM final with trade-secret withholding (REQ-008)
@msg
def m048():
    m = new('Jonah Whitcomb <JWhitcomb@idem.IN.gov>', DESK, 'APRA request 26-PR-0589 - final response',
            when('2026-11-13 16:15', 'EST'), outlook_mid('m048'),
            extra=outlook_headers('m048', 'APRA request 26-PR-0589 - final response', 'idem.in.gov'))
    m.set_content(dedent('''
        Dear Mr. Okafor,

        This is IDEM's final response to your request 26-PR-0589 for records about
        Calumet Harbor Coke Works, 2022 to the present.

        Released: 48 inspection reports, 11 notices of violation, 2 agreed orders
        (Cause Nos. 2023-30117-A and 2025-31844-A), and related correspondence. These
        are posted in the Virtual File Cabinet; a list of the 87 VFC document
        numbers is attached to this email as a spreadsheet.

        Withheld in part: the company's 2024 stack test protocol and the process
        flow diagrams for its by-products plant contain information the
        Commissioner has determined to be trade secrets under IC 13-14-11-1(b).
        Those portions are confidential under IC 5-14-3-4(a)(4) and have been
        redacted from the public versions posted in the VFC. Emission data were not
        withheld.

        If you believe this denial violates the Access to Public Records Act, you
        may file a formal complaint with the Indiana Public Access Counselor within
        30 days of the denial, as provided in IC 5-14-5-7.

        Regards,

        Jonah Whitcomb
        Public Records Specialist
        Indiana Department of Environmental Management
        '''))
    csv = ('vfc_document,date,program,type\n' +
           ''.join('%d,2026-%02d-%02d,%s,%s\n' % (83590000 + i * 37, 1 + i % 9, 1 + i % 27,
                                                   'OAQ' if i % 3 else 'OWQ',
                                                   ['Inspection Report', 'Notice of Violation', 'Correspondence'][i % 3])
                   for i in range(12)))
    m.add_attachment(csv.encode(), maintype='text', subtype='csv', filename='26-PR-0589 VFC list.csv')
    return m


# ---------------------------------------------------------------- 049 SCDES deposit reminder (REQ-014)
@msg
def m049():
    m = new('Whitney Caldwell <CaldweWL@des.sc.gov>', plus('REQ-014'),
            'RE: FOI-2026-04417 Fee Estimate and Deposit Request', when('2026-11-16 09:20', 'EST'), outlook_mid('m049'),
            irt=outlook_mid('m030'), refs=outlook_mid('m030'),
            extra=outlook_headers('m049', 'FOI-2026-04417 Fee Estimate and Deposit Request', 'des.sc.gov'))
    m.set_content(dedent('''
        Dear Mr. Okafor:

        Our records show that the deposit of $149.60 requested on October 13 for FOI
        request FOI-2026-04417 has not been received. Work on your request remains
        on hold.

        If the deposit is not received by November 30, 2026, your request will be
        closed. You may pay online at https://des.sc.gov/foi/payments or by check as
        described in our earlier letter.

        Sincerely,

        Whitney Caldwell
        FOI Coordinator
        South Carolina Department of Environmental Services
        '''))
    return m


# ---------------------------------------------------------------- 050 Kentucky final with redactions, base64 body (REQ-015)
@msg
def m050():
    m = new('Whitaker, Eleanor (LABOR) <Eleanor.Whitaker@ky.gov>', plus('REQ-015'),
            'LC-ORR-2026-118 - Records Response', when('2026-11-19 14:40', 'EST'), outlook_mid('m050'),
            extra=outlook_headers('m050', 'LC-ORR-2026-118 - Records Response', 'ky.gov'))
    m.set_content(dedent('''
        Mr. Okafor,

        The records responsive to your request LC-ORR-2026-118 are now available:
        nine Kentucky OSH Program fatality investigation files for warehouse and
        distribution facilities, 2024 to the present (1,140 pages). Download link:
        https://kygov.sharepoint.com/:f:/s/LaborOGC/ORR-2026-118

        Redactions:
          - Home addresses, dates of birth, Social Security numbers and medical
            information of employees and witnesses, under KRS 61.878(1)(a);
          - Witness statements in the two files that remain open in contested
            proceedings before the Kentucky OSH Review Commission, under
            KRS 61.878(1)(h), until those proceedings are final.

        Pursuant to KRS 61.880(1), you have the right to seek review of this
        decision by the Attorney General by forwarding a copy of your request and
        this response to the Office of the Attorney General.

        Respectfully,

        Eleanor Whitaker
        Paralegal, Office of General Counsel
        Kentucky Labor Cabinet
        '''), cte='base64')
    return m


# ---------------------------------------------------------------- 051 EPA R5 final, partial withholding (REQ-001)
@msg
def m051():
    m = new('Hollis, Devon <Hollis.Devon@epa.gov>', DESK, 'EPA-R5-2026-007412 - Final Response',
            when('2026-11-20 15:55', 'CST'), outlook_mid('m051'),
            extra=outlook_headers('m051', 'EPA-R5-2026-007412 - Final Response', 'epa.gov'))
    m.set_content(dedent('''
        Dear Mr. Okafor:

        This is the final response to your Freedom of Information Act request
        EPA-R5-2026-007412, as clarified on October 2, 2026, for Risk Management
        Program inspection and enforcement records for chemical manufacturing
        facilities (NAICS 325) in Indiana, 2022 to the present.

        With this release, EPA Region 5 has located 1,382 pages of responsive
        records. In addition to the 143 pages released on October 15, EPA is
        releasing 1,018 pages in full and 221 pages in part. EPA is withholding:

          - information that the facilities claimed as confidential business
            information, which EPA has determined is entitled to confidential
            treatment, under Exemption 4, 5 U.S.C. 552(b)(4);
          - names and contact information of facility employees interviewed during
            inspections, under Exemption 6, 5 U.S.C. 552(b)(6).

        The records are posted to your request in the Public Access Link.

        You may appeal this response by submitting it through the Public Access Link
        or by email to hq.foia@epa.gov. Your appeal must be submitted within 90
        calendar days of the date of this letter. You may also seek dispute
        resolution services from EPA's FOIA Public Liaison or from the Office of
        Government Information Services (OGIS).

        Sincerely,

        Devon Hollis
        FOIA Coordinator, Enforcement and Compliance Assurance Division
        U.S. EPA Region 5
        '''))
    return m


# ---------------------------------------------------------------- 052 NLRB final, partial (REQ-005)
@msg
def m052():
    m = new('NLRB FOIA Branch <FOIA@nlrb.gov>', plus('REQ-005'),
            'FOIA Request NLRB-2026-001204 - Final Response', when('2026-11-23 12:05', 'EST'), outlook_mid('m052'),
            extra=outlook_headers('m052', 'FOIA Request NLRB-2026-001204 - Final Response', 'nlrb.gov'))
    m.set_content(dedent('''
        Dear Mr. Okafor:

        This is the final response to your FOIA request NLRB-2026-001204, as
        narrowed on October 1, 2026, for records of unfair labor practice cases in
        Regions 10 and 15 involving motor vehicle parts manufacturers.

        Our first interim response of October 19, 2026 released records from 37
        closed cases. We have now reviewed the files of the remaining 14 cases, all
        of which are open.

        For those open cases, we are releasing the charges and any complaints
        issued (61 pages), with the personal information of individuals other than
        the parties redacted under Exemptions 6 and 7(C). The remainder of the
        open-case files - investigative affidavits, evidence and internal
        memoranda, approximately 2,300 pages - is withheld in full under
        Exemption 7(A), 5 U.S.C. 552(b)(7)(A), because disclosure could reasonably
        be expected to interfere with enforcement proceedings, and portions are
        also withheld under Exemption 5.

        You may appeal this determination to the Division of Legal Counsel, National
        Labor Relations Board, 1015 Half Street SE, Washington, DC 20570, or by
        email to FOIAAppeal@nlrb.gov. Your appeal must be postmarked or
        electronically transmitted within 90 days of the date of this letter.

        You may also contact the Agency's FOIA Public Liaison or the Office of
        Government Information Services (OGIS) for dispute resolution services.

        Sincerely,

        Ana Lucia Ferreira
        Government Information Specialist
        FOIA Branch, National Labor Relations Board
        '''))
    return m


# ---------------------------------------------------------------- 053 SCDES closure, deposit not received (REQ-014)
@msg
def m053():
    m = new('Whitney Caldwell <CaldweWL@des.sc.gov>', plus('REQ-014'),
            'FOI-2026-04417 - Request Closed', when('2026-12-01 10:00', 'EST'), outlook_mid('m053'),
            extra=outlook_headers('m053', 'FOI-2026-04417 - Request Closed', 'des.sc.gov'))
    m.set_content(dedent('''
        Dear Mr. Okafor:

        On October 13, 2026, the Department asked for a deposit of $149.60 before
        beginning work on your Freedom of Information Act request FOI-2026-04417,
        and on November 16 we reminded you that the request would be closed if the
        deposit was not received by November 30, 2026.

        As of today the deposit has not been received. Your request has therefore
        been closed, and no further work will be done on it.

        If you are still interested in these records, you may submit a new request
        through the SCDES FOI Center.

        Sincerely,

        Whitney Caldwell
        FOI Coordinator
        South Carolina Department of Environmental Services
        '''))
    return m


# ---------------------------------------------------------------- 054 WHD no-records letter (REQ-004)
@msg
def m054():
    m = new('Nguyen, Linh - WHD <Nguyen.Linh@dol.gov>', plus('REQ-004'),
            'FOIA 2026-F-12240 - Final Response', when('2026-12-02 13:25', 'EST'), outlook_mid('m054'),
            extra=outlook_headers('m054', 'FOIA 2026-F-12240 - Final Response', 'dol.gov'))
    m.set_content(dedent('''
        Dear Mr. Okafor:

        This is the final response of the Wage and Hour Division (WHD) to your
        Freedom of Information Act request 2026-F-12240 for records of child labor
        investigations of Gulf Coast Sanitation Services LLC from January 1, 2023 to
        the present.

        WHD searched its case management system nationwide, and the Southeast
        Region searched its district office files, using the company's name, the
        d/b/a names "GCSS" and "Gulf Coast Sanitation," and the employer
        identification number you provided. These searches located no records of
        any WHD investigation of this employer during the period you specified.
        We therefore have no records responsive to your request.

        Although our search did not locate responsive records, you may consider
        this response an adverse determination. You may appeal it within 90 days of
        the date of this letter to the Solicitor of Labor, Attn: FOIA Appeals Unit,
        U.S. Department of Labor, 200 Constitution Ave. NW, Room N-2428, Washington,
        DC 20210, or by email to foiaappeals@dol.gov.

        You may also contact the DOL FOIA Public Liaison or the Office of Government
        Information Services (OGIS) at ogis@nara.gov for assistance.

        Sincerely,

        Linh Nguyen
        FOIA Specialist
        Wage and Hour Division
        U.S. Department of Labor
        '''))
    return m


# ---------------------------------------------------------------- 055 voicemail transcript nobody can place (null)
@msg
def m055():
    m = new('Desk Voicemail <voicemail@records.example.org>', DESK,
            'New voicemail from (833) 555-0142 (0:41)', when('2026-12-09 11:48', 'EST'),
            '<vm.%s@voice.records.example.org>' % hx('m055', 20),
            extra=[('X-Voicemail-Caller', '8335550142')])
    m.set_content(dedent('''
        You received a new voicemail.

        From: (833) 555-0142
        Received: Wed, Dec 9, 2026 11:47 AM
        Length: 0:41

        Transcript (automatically generated, may contain errors):
        "Hi, this is a message for whoever handles the records requests over there.
        This is Pat, calling about the request you sent us. We had a question about
        the date range you put on it, and whether you want the attachments too. If
        you could give me a call back at eight three three, five five five, zero one
        four two, extension six, I can get that moving. Thanks, bye."

        Play the message: https://voice.records.example.org/vm/%s
        ''') % hx('m055p', 16))
    return m


# ---------------------------------------------------------------- 056 FWS second partial release (REQ-006)
@msg
def m056():
    m = new('Oberle, Grant <grant_oberle@fws.gov>', plus('REQ-006'), 'FWS-2026-01563 - Second Partial Release',
            when('2026-12-10 14:20', 'EST'), outlook_mid('m056'),
            extra=outlook_headers('m056', 'FWS-2026-01563 - Second Partial Release', 'fws.gov'))
    m.set_content(dedent('''
        Dear Mr. Okafor:

        Enclosed is the second partial release for FOIA request FWS-2026-01563.
        It contains 744 pages of scanned consultation files for the Cameron Parish
        terminals: 731 pages released in full and 13 pages released in part under
        Exemption 6.

        https://doimspp.sharepoint.com/:f:/s/FWS-FOIA/EhX2mQ01563rel2

        We expect one more release, which will include the Southeast Regional
        Office records and our final determination. Fees will be billed with the
        final release.

        Sincerely,

        Grant Oberle
        Government Information Specialist
        U.S. Fish and Wildlife Service, FOIA Office
        '''))
    return m


# ---------------------------------------------------------------- 057 OSHA final, letter PDF + short body (REQ-003)
@msg
def m057():
    m = new('Reyes, Gabriel - OSHA <Reyes.Gabriel@dol.gov>', plus('REQ-003'),
            'FOIA 2026-F-11873 - Final Response', when('2026-12-16 10:35', 'EST'), outlook_mid('m057'),
            extra=outlook_headers('m057', 'FOIA 2026-F-11873 - Final Response', 'dol.gov'))
    m.set_content(dedent('''
        Ms. Vega, Mr. Okafor:

        Attached is OSHA's final response letter for FOIA request 2026-F-11873. The
        released records (136 case files) are available for 30 days at:
        https://dol.box.com/s/osha-r4-2026f11873

        Gabriel Reyes
        Regional FOIA Coordinator, OSHA Region IV
        '''))
    pdf = make_pdf([
        'U.S. Department of Labor',
        'Occupational Safety and Health Administration',
        'Region IV - Atlanta Federal Center, 61 Forsyth Street SW, Atlanta, GA 30303',
        '',
        'December 16, 2026',
        '',
        'Marisol Vega and Daniel Okafor, Records Desk',
        '',
        'Re: FOIA Request No. 2026-F-11873',
        '',
        'Dear Ms. Vega and Mr. Okafor:',
        '',
        'This is the final response to your Freedom of Information Act request for heat-related inspection '
        'case files and hazard alert letters for warehousing and distribution employers in OSHA Region IV, '
        'January 1, 2023 to the present.',
        '',
        'The Area Offices in Region IV located 138 responsive inspection case files. We are releasing 136 case '
        'files, totaling 9,412 pages, of which 8,870 pages are released in full and 542 pages are released in '
        'part. We have redacted the names, personal identifiers and medical information of employees and '
        'complainants under Exemptions 6 and 7(C), 5 U.S.C. 552(b)(6) and (b)(7)(C). Two case files concern '
        'open inspections in which citations are being contested; they are withheld in full under Exemption '
        '7(A), 5 U.S.C. 552(b)(7)(A).',
        '',
        'There are no fees for this request.',
        '',
        'You may appeal this response. Your appeal must be received within 90 days of the date of this letter '
        'by the Solicitor of Labor, Attn: FOIA Appeals Unit, U.S. Department of Labor, 200 Constitution Ave. NW, '
        'Room N-2428, Washington, DC 20210, or by email at foiaappeals@dol.gov.',
        '',
        'You may also contact the DOL FOIA Public Liaison or the Office of Government Information Services '
        '(OGIS) at ogis@nara.gov for dispute resolution services.',
        '',
        'Sincerely,',
        '',
        'Gabriel Reyes',
        'Regional FOIA Coordinator',
    ], title='FOIA 2026-F-11873 Final Response')
    m.add_attachment(pdf, maintype='application', subtype='pdf', filename='2026-F-11873 Final Response Letter.pdf')
    return m


# ---------------------------------------------------------------- 058 OSHA newsletter (null)
@msg
def m058():
    m = new('U.S. Department of Labor - OSHA <usdol@public.govdelivery.com>', 'records@records.example.org',
            'OSHA QuickTakes: Cold stress, warehouse safety and new heat resources', when('2027-01-07 09:00', 'EST'),
            '<20270107.%s@public.govdelivery.com>' % hx('m058', 12),
            extra=[('List-Unsubscribe', '<https://public.govdelivery.com/accounts/USDOL/subscriber/one_click_unsubscribe?verification=%s>' % hx('m058u', 24)),
                   ('X-Accountcode', 'USDOL'), ('Precedence', 'bulk')])
    txt = dedent('''
        OSHA QuickTakes - January 7, 2027

        WINTER WEATHER: Employers should protect workers from cold stress. Our
        winter weather page has tips on recognizing frostbite and hypothermia.

        WAREHOUSING: OSHA's national emphasis program on warehousing and
        distribution centers continues. In 2026, OSHA conducted more than 1,000
        inspections under the program in powered industrial truck, material
        handling, walking-working surfaces, fire protection and heat hazards.

        HEAT: Plan now for summer. New heat illness prevention resources, including
        a model heat safety plan in English and Spanish, are available at osha.gov/heat.

        You are receiving this because you subscribed to OSHA QuickTakes.
        Manage preferences or unsubscribe: https://public.govdelivery.com/accounts/USDOL/subscriber/edit
        ''')
    m.set_content(txt)
    m.add_alternative('<html><body style="font-family:Arial;font-size:14px">' +
                      ''.join('<p>%s</p>' % p.replace('\n', ' ') for p in txt.strip().split('\n\n')) +
                      '</body></html>\n', subtype='html')
    return m


# ---------------------------------------------------------------- 059 FWS final via Google Group (REQ-006)
@msg
def m059():
    orig = 'Oberle, Grant <grant_oberle@fws.gov>'
    m = new('"\'Oberle, Grant\' via Records Desk" <records@records.example.org>', DESK,
            'FWS-2026-01563 - Final Response', when('2027-01-11 13:40', 'EST'), outlook_mid('m059'),
            extra=group_headers(orig, 'grant_oberle@fws.gov', 'm059') + outlook_headers('m059', 'FWS-2026-01563 - Final Response', 'fws.gov'))
    m.set_content(dedent('''
        Dear Mr. Okafor:

        This is the final response to your Freedom of Information Act request
        FWS-2026-01563 for Endangered Species Act section 7 consultation records for
        LNG export terminals in Cameron and Calcasieu Parishes, Louisiana.

        This third and final release contains 1,102 pages from the Southeast
        Regional Office. 1,015 pages are released in full. 87 pages are released in
        part: we have withheld portions of draft biological opinions and internal
        staff comments on them under Exemption 5, 5 U.S.C. 552(b)(5), which protects
        pre-decisional and deliberative material, and personal information of
        private individuals under Exemption 6, 5 U.S.C. 552(b)(6).

        https://doimspp.sharepoint.com/:f:/s/FWS-FOIA/EhX2mQ01563final

        Fees: the actual duplication fee for this request is $469.35. An invoice
        with pay.gov payment instructions will follow from our finance office.

        You have the right to appeal this response to the Department of the
        Interior's FOIA Appeals Officer, 1849 C Street NW, MS-6556, Washington, DC
        20240, or by email to FOIA.Appeals@sol.doi.gov, as described at 43 CFR 2.57
        through 2.59. Please include a copy of this letter and your request number.
        You may also contact our FOIA Public Liaison or the Office of Government
        Information Services (OGIS) for dispute resolution services.

        Sincerely,

        Grant Oberle
        Government Information Specialist
        U.S. Fish and Wildlife Service, FOIA Office

        --
        You received this message because you are subscribed to the Google Groups "Records Desk" group.
        To unsubscribe from this group and stop receiving emails from it, send an email to records+unsubscribe@records.example.org.
        '''))
    return m


# ---------------------------------------------------------------- 060 EPA HQ full denial, TSCA CBI (REQ-002)
@msg
def m060():
    m = new('Gallo, Teresa <Gallo.Teresa@epa.gov>', DESK, 'EPA-HQ-2026-009877 - Final Response',
            when('2027-01-14 16:10', 'EST'), outlook_mid('m060'),
            extra=outlook_headers('m060', 'EPA-HQ-2026-009877 - Final Response', 'epa.gov'))
    m.set_content(dedent('''
        Dear Mr. Okafor:

        This is the final response to your Freedom of Information Act request
        EPA-HQ-2026-009877, in which you requested copies of reports submitted under
        TSCA section 8(a)(7) by Bayou Fluorochem LLC, Sabine Specialty Chemicals
        Inc. and Port Arthur Polymers LP, and the CBI claims and substantiation
        submitted with them.

        The Office of Chemical Safety and Pollution Prevention located 14 reports
        and their CBI substantiation documents (about 460 pages). Each submitter
        claimed the chemical identities, production volumes, uses and site
        information in its reports as confidential, substantiated those claims, and
        objected to release when EPA gave notice under 40 CFR 2.204. EPA has
        reviewed the claims and determined that the information is entitled to
        confidential treatment under TSCA section 14.

        Accordingly, EPA is withholding the records in full under Exemption 3,
        5 U.S.C. 552(b)(3), in conjunction with TSCA section 14(a), 15 U.S.C.
        2613(a), and under Exemption 4, 5 U.S.C. 552(b)(4). EPA reviewed the records
        for segregable non-exempt information; the non-confidential portions consist
        only of blank form fields and have no informational value. Non-confidential
        versions of some submissions may later appear in the ChemView database.

        You may appeal this response through the Public Access Link or by email to
        hq.foia@epa.gov. Your appeal must be submitted within 90 calendar days of
        the date of this letter. You may also contact EPA's FOIA Public Liaison or
        the Office of Government Information Services (OGIS) for assistance.

        Sincerely,

        Teresa Gallo
        Government Information Specialist
        National FOIA Office
        U.S. Environmental Protection Agency
        '''))
    return m


def main():
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob('*.eml'):
        old.unlink()
    for fn in MSGS:
        num = fn.__name__[1:]
        name = '%s-%s.eml' % (num, NAMES[num])
        write(name, fn())
    print('wrote %d messages' % len(MSGS))


NAMES = {
    '001': 'idem-autoreply', '002': 'epa-pal-ack-r5', '003': 'idem-ack-ccr', '004': 'nlrb-ack-quoted-request',
    '005': 'osha-ack-received-later', '006': 'fws-ack-via-group', '007': 'epa-pal-ack-hq-plain', '008': 'adol-ack-number-in-subject',
    '009': 'bounce-gmail-dsn-whd', '010': 'vendor-null', '011': 'dol-ack-resent', '012': 'mdeq-ack-no-thread',
    '013': 'idem-ack-estimated', '014': 'mdeq-denial-pdf-trade-secret', '015': 'ldeq-ack', '016': 'foiaxpress-pal-status-generic',
    '017': 'nlrb-clarification', '018': 'ldeq-public-online-edms', '019': 'adol-time-intensive-cp1252', '020': 'epa-r5-clarification',
    '021': 'mdeq-extension', '022': 'scdes-ack-html-tables', '023': 'fws-fee-estimate-via-group', '024': 'ldeq-transfer-ldh',
    '025': 'epa-hq-extension-late-february', '026': 'fwd-colleague-osha-extension', '027': 'kylabor-residency-clarification', '028': 'ldh-ack-transferred',
    '029': 'mdeq-final', '030': 'scdes-deposit-request', '031': 'kylabor-active-use-delay', '032': 'bounce-exchange-mdeq',
    '033': 'epa-r5-interim-rolling', '034': 'nlrb-interim-via-group', '035': 'scdes-portal-updated', '036': 'kylabor-ooo',
    '037': 'kylabor-no-records-pdf-filename', '038': 'epa-pal-correspondence-html', '039': 'adol-invoice-payment-link', '040': 'bounce-adol-noreply',
    '041': 'fws-ooo-via-group', '042': 'osha-denial-7a', '043': 'whd-still-processing', '044': 'adol-no-records-mine',
    '045': 'adol-final-redacted', '046': 'fws-interim-1', '047': 'idem-final-ccr', '048': 'idem-final-trade-secret',
    '049': 'scdes-deposit-reminder', '050': 'kylabor-final-base64', '051': 'epa-r5-final-partial', '052': 'nlrb-final-partial',
    '053': 'scdes-closed-nonpayment', '054': 'whd-no-records', '055': 'voicemail-null', '056': 'fws-interim-2',
    '057': 'osha-final-pdf', '058': 'osha-newsletter-null', '059': 'fws-final-via-group', '060': 'epa-hq-denial-tsca-cbi',
}

if __name__ == '__main__':
    main()
