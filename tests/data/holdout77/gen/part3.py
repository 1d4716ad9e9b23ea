from lib import *

# 021 UI final response, partial denial (Medical Studies Act), letter in PDF + html body
m21 = alt('University of Illinois System FOIA Office <foia@uillinois.edu>', 'Records Desk <%s>' % plus('REQ-010'),
          'FOIA FY27-0391 - Response', date('2026-09-30 16:41', 'CDT'), mid('021', 'uillinois.edu'),
          """Dear Records Desk:

Attached please find the University's response to your FOIA request FY27-0391, together with
the responsive records that are being released (CMS Form 2567 statements of deficiencies and
the hospital's plans of correction, 2024-2026).

Portions of the request are denied. Please see the attached letter for the basis of the
denial and your rights of review.

FOIA Office
University of Illinois System
""", """<html><body><p>Dear Records Desk:</p><p>Attached please find the University's response to your FOIA
request <b>FY27-0391</b>, together with the responsive records that are being released (CMS Form 2567
statements of deficiencies and the hospital's plans of correction, 2024-2026).</p>
<p>Portions of the request are denied. Please see the attached letter for the basis of the denial and your
rights of review.</p><p>FOIA Office<br>University of Illinois System</p></body></html>
""", extra=thread('REQ-010'))
attach_pdf(m21, 'FY27-0391 Response Letter.pdf', [
    'UNIVERSITY OF ILLINOIS SYSTEM - FREEDOM OF INFORMATION ACT OFFICE', '', 'September 30, 2026', '',
    'Re: FOIA Request FY27-0391', '', 'Dear Records Desk:', '',
    'The University has completed its response to your request for Joint Commission survey reports and',
    'CMS survey findings for the University of Illinois Hospital, 2024 to present.', '',
    'Released: CMS Form 2567 statements of deficiencies for surveys of March 2024, November 2024 and',
    'June 2026, and the corresponding plans of correction (61 pages). Patient identifiers appearing in',
    'the deficiency narratives have been redacted under Section 7(1)(a) of FOIA in conjunction with',
    'HIPAA, 45 C.F.R. 164.502, and under Section 7(1)(b) (private information).', '',
    'Withheld: The Joint Commission final accreditation reports, the Evidence of Standards Compliance',
    'submissions and related internal quality committee materials are withheld in their entirety under',
    'Section 7(1)(a) of FOIA, which exempts information specifically prohibited from disclosure by',
    'state law, in conjunction with the Medical Studies Act, 735 ILCS 5/8-2101 through 8-2105, and',
    'under Section 7(1)(f) (predecisional and deliberative material).', '',
    'You have a right to seek review of this denial by the Public Access Counselor, Office of the',
    'Attorney General, 500 S. Second Street, Springfield, IL 62701, public.access@ilag.gov, within 60',
    'days of the date of this letter (5 ILCS 140/9.5(a)). You also have the right to seek judicial',
    'review under Section 11 of FOIA.', '', 'Sincerely,', '', 'FOIA Officer', 'University of Illinois System'])
attach_text(m21, 'FY27-0391_released_index.txt',
            'FY27-0391 released records index\n2024-03 CMS-2567 (14 pp)\n2024-03 Plan of correction (9 pp)\n'
            '2024-11 CMS-2567 (11 pp)\n2024-11 Plan of correction (8 pp)\n2026-06 CMS-2567 (10 pp)\n'
            '2026-06 Plan of correction (9 pp)\n')
add('021-uihealth-final-partial.eml', m21, request='REQ-010', kind='records_final', tracking_number='FY27-0391',
    adverse_determination=True, signals=['thread', 'plus', 'tracking'],
    why='final: CMS-2567s released with HIPAA redactions; Joint Commission reports withheld (Medical Studies Act); PAC review 60 days')

# 022 Office of University Counsel (not the FOIA office) acknowledges REQ-011; received next day; hedged fee
add('022-uihealth-counsel-ack.eml', plain(
    '"Okafor, Adaeze" <aokafor@uic.edu>', 'records@records.example.org',
    'Your FOIA request - replacement nurse staffing agreements', date('2026-10-02 11:18', 'CDT'), mid('022', 'uic.edu'),
    """Dear Records Desk,

I am an attorney in the Office of University Counsel at UI Health in Chicago. The University
of Illinois System FOIA Office has asked our office to coordinate the response to your
request for contracts with replacement nurse staffing agencies used during the 2025-2026
labor actions, which was received by the FOIA Office on September 30, 2026 (your email
arrived after business hours on September 29). The FOIA Office has logged it as FY27-0458.

Because the agreements contain pricing and other commercial terms, we will be notifying the
vendors before any release. A fee may apply if the responsive records exceed 50 pages of
black-and-white copies; we will let you know in advance.

Regards,

Adaeze Okafor
Associate University Counsel
Office of University Counsel | University of Illinois Chicago / UI Health
1737 W. Polk St., Suite 100, Chicago, IL 60612

This message may contain information that is privileged, confidential, attorney work product,
or protected health information under HIPAA. If you are not the intended recipient, you are
hereby notified that any review, dissemination or copying is strictly prohibited.
"""), request='REQ-011', kind='acknowledgment', tracking_number='FY27-0458', clock='received:2026-09-30',
    signals=['subject', 'tracking-new'],
    why='University Counsel (not the FOIA office) acknowledges: received Sept 30 (sent Sept 29 after hours); fee only "may" apply')

# 023 Phoenix VA FOIA officer asks for clarification (REQ-001), Outlook
add('023-va-phoenix-clarify.eml', plain(
    '"Alvarado, Teresa" <Teresa.Alvarado2@va.gov>', 'Records Desk <%s>' % plus('REQ-001'),
    'FOIA 26-11402-F - need clarification', date('2026-10-02 13:37', 'MST'), mid('023', 'va.gov'),
    """Good afternoon,

I am the FOIA Officer for the Phoenix VA Health Care System and have your request
26-11402-F. Before I task the search I need two clarifications:

1. Nurse staffing at Phoenix is procured two ways: local contracts awarded by Network
   Contracting Office 22, and task orders placed against the national VHA clinical staffing
   BPA. Do you want both, or only the local NCO 22 contracts?
2. Are you asking for the invoices and timesheets under those contracts? Those identify
   individual nurses and veterans' units and would be heavily redacted under Exemption 6.
   If you only need the contracts, task orders and modifications, I can move much faster.

Your request will be on hold until I hear back from you. If I do not receive a response
within 20 business days I will administratively close the request.

Respectfully,
Teresa Alvarado
FOIA Officer | Phoenix VA Health Care System
650 E. Indian School Rd., Phoenix, AZ 85012

NOTICE: This e-mail may contain sensitive personal information protected under the Privacy
Act of 1974, 38 U.S.C. 5701 and 7332, and HIPAA. Use, dissemination, distribution or
reproduction of this message by unintended recipients is not authorized.
""", extra=[('Thread-Topic', 'FOIA 26-11402-F - need clarification'), ('Thread-Index', 'AdxSe8fWk1j2LPQ0R4m7tbGcU2p1yQ=='),
            ('X-MS-Exchange-Organization-SCL', '-1')]),
    request='REQ-001', kind='clarification', tracking_number='26-11402-F', signals=['plus', 'tracking'],
    why='Phoenix VA FOIA officer asks which procurement vehicles and whether invoices are wanted; request on hold')

# 024 VA unusual-circumstances extension (REQ-001)
add('024-va-extension.eml', plain(
    '"Alvarado, Teresa" <Teresa.Alvarado2@va.gov>', 'Records Desk <%s>' % plus('REQ-001'),
    'RE: FOIA 26-11402-F - need clarification', date('2026-10-05 09:12', 'MST'), mid('024', 'va.gov'),
    """Thank you for the quick reply. I have updated the scope of 26-11402-F to the NCO 22
contracts and the national BPA task orders for Phoenix, without invoices or timesheets.

I also have to let you know that we are taking a 10-workday extension under 5 U.S.C.
552(a)(6)(B) because the records must be collected from NCO 22 and the VHA Procurement and
Logistics Office, and because the contractors must be given predisclosure notification
under Executive Order 12600 before we release pricing. Our estimated completion date is
December 18, 2026.

You may contact me or the VHA FOIA Public Liaison to discuss this timeframe, and you may
seek dispute resolution services from the Office of Government Information Services (OGIS)
at ogis@nara.gov or 877-684-6448.

Teresa Alvarado
FOIA Officer | Phoenix VA Health Care System

> From: Records Desk <records+req-001@records.example.org>
> Sent: Friday, October 2, 2026 4:51 PM
> Subject: RE: FOIA 26-11402-F - need clarification
>
> Both vehicles, please, but we do not need invoices or timesheets.
""", extra=[('In-Reply-To', '<req-001.20261002.2@records.example.org>'),
            ('References', mid('023', 'va.gov') + ' <req-001.20261002.2@records.example.org>'),
            ('Thread-Topic', 'FOIA 26-11402-F - need clarification')]),
    request='REQ-001', kind='extension', tracking_number='26-11402-F', clock='extension', estimated='2026-12-18',
    signals=['plus', 'tracking'], why='federal unusual-circumstances extension (+10 workdays) with OGIS notice; estimate Dec 18')

# 025 Harris no responsive CMS price-transparency correspondence (REQ-007)
add('025-harris-no-records.eml', plain(
    'Harris Health Public Information <publicinformation@harrishealth.org>', 'Records Desk <%s>' % plus('REQ-007'),
    'PIR26-1262 - Response', date('2026-10-06 14:55', 'CDT'), mid('025', 'harrishealth.org'),
    """Good afternoon,

Harris Health System has completed its search for information responsive to PIR26-1262.

Harris Health has not received any warning notice, request for a corrective action plan,
or other correspondence from the Centers for Medicare & Medicaid Services concerning the
hospital price transparency rule. Accordingly, there is no responsive information for that
portion of your request.

The chargemaster (standard charges) and payer-specific negotiated charges you asked for are
published in Harris Health's machine-readable files at harrishealth.org/price-transparency,
which are updated at least annually. The Public Information Act does not require a
governmental body to create new information or to provide information that is publicly
available in this manner, but you may download the files at any time.

This request is now closed.

Public Information Coordinator
Office of General Counsel | Harris Health System

""" + PRIV_HOSP + '\n'), request='REQ-007', kind='no_records', tracking_number='PIR26-1262',
    adverse_determination=True, signals=['plus', 'tracking'],
    why='no CMS price-transparency correspondence exists; chargemaster is only pointed to on the website; TX has no appeal window')

# 026 Palomar Compliance office answers REQ-009 (no number ever given)
add('026-palomar-compliance-ack.eml', plain(
    'Palomar Health Compliance <compliance@palomarhealth.org>', 'Records Desk <%s>' % plus('REQ-009'),
    'RE: ' + R['REQ-009']['subject'], date('2026-10-07 08:30', 'PDT'), mid('026', 'palomarhealth.org'),
    """Dear Records Desk,

The Office of Compliance and Privacy handles Public Records Act requests that involve
litigation and legal services, and your request dated October 6, 2026 has been routed to us.
We received it on October 6.

We will notify you within ten days whether the District has disclosable records responsive
to your request, as required by Government Code section 7922.535.

Sincerely,

Office of Compliance and Privacy
Palomar Health | 2125 Citracado Parkway, Escondido, CA 92029
Compliance Hotline 1-800-xxx-xxxx

CONFIDENTIALITY NOTICE: This communication and any attachments may contain confidential
patient information protected by state and federal law, including the California
Confidentiality of Medical Information Act and HIPAA. If you are not the intended recipient,
you are hereby notified that any disclosure, copying or distribution is strictly prohibited.
""", extra=thread('REQ-009')),
    request='REQ-009', kind='acknowledgment', clock='received_on_sent_date', signals=['thread', 'plus', 'subject'],
    why='compliance office (not records) acknowledges, received Oct 6 (= sent); no tracking number; CMIA/HIPAA footer')

# 027 Harris itemized cost estimate (REQ-006)
m27 = plain('Harris Health Public Information <publicinformation@harrishealth.org>', 'Records Desk <%s>' % plus('REQ-006'),
            'PIR 26-1187 - Itemized Statement of Estimated Charges', date('2026-10-07 16:05', 'CDT'), mid('027', 'harrishealth.org'),
            """Good afternoon,

Thank you for clarifying PIR 26-1187. Because the charges to produce the information you
requested will exceed $40, Section 552.2615 of the Government Code requires us to provide
you with the attached itemized statement of estimated charges. The estimate is $318.40.

You must respond in writing within 10 business days from the date of this notice that you
(1) accept the charges, (2) wish to modify the request to reduce the charges, or (3) have
sent a complaint about the charges to the Office of the Attorney General. If you do not
respond, the request will be considered automatically withdrawn. A deposit may be required
before the information is prepared.

Public Information Coordinator
Office of General Counsel | Harris Health System

""" + PRIV_HOSP + '\n')
attach_text(m27, 'PIR 26-1187 cost estimate.txt', """HARRIS HEALTH SYSTEM - ITEMIZED STATEMENT OF ESTIMATED CHARGES
Request: PIR 26-1187
Labor (locating, compiling, manipulating data)  12.0 hrs x $15.00   $180.00
Overhead (20% of labor)                                            $ 36.00
Paper copies, contracts and amendments  640 pp x $0.10            $ 64.00
Computer resource charge (AP report)     0.5 hr x $76.80           $ 38.40
TOTAL ESTIMATE                                                      $318.40
Charges per 1 Tex. Admin. Code 70.3. Actual charges may be more or less than estimated.
""")
add('027-harris-fee-estimate.eml', m27, request='REQ-006', kind='fee_estimate', tracking_number='PIR 26-1187',
    signals=['plus', 'tracking'], why='Texas 552.2615 itemized estimate $318.40; must answer in 10 business days or withdrawn')

# 028 Tomah VAMC refers part of REQ-002 elsewhere (other)
add('028-va-tomah-referral.eml', plain(
    '"Kowalczyk, Dana M." <Dana.Kowalczyk@va.gov>', 'Records Desk <%s>' % plus('REQ-002'),
    'RE: FOIA 26-11519-F', date('2026-10-09 10:50', 'CDT'), mid('028', 'va.gov'),
    """Hello again,

An update on 26-11519-F. The unannounced CLC survey reports you asked about are not created
by the medical center. They are produced by a contractor for the VHA Office of Quality
Management and Patient Safety in Washington, so I have referred that part of your request
to the VHA FOIA Office for processing and direct response to you. Inspection reports by the
VA Office of Inspector General are OIG records; you would need to ask OIG directly
(vaoigfoia-pa@va.gov), and many are already posted on the OIG website.

I am still working on the facility's own records (CLC internal review and corrective action
files) and will be in touch.

Dana Kowalczyk
FOIA/Privacy Officer | Tomah VA Medical Center

This e-mail may contain Privacy Act, HIPAA-protected and/or VA-sensitive information.
""", extra=[('In-Reply-To', mid('009', 'va.gov')), ('References', R['REQ-002']['message_id'] + ' ' + mid('009', 'va.gov'))]),
    request='REQ-002', kind='other', tracking_number='26-11519-F', signals=['plus', 'tracking'],
    why='partial referral to VHA central office and pointer to VA OIG; no determination yet')

# 029 bounce: our reply to the GovQA no-reply mailbox (REQ-014), Postfix DSN with our message attached
dsn_b = '8F1A23C0.1760371200/mx1.mycusthelp.net'
ourmsg = """Return-Path: <records@records.example.org>
From: Records Desk <records@records.example.org>
Reply-To: %s
To: Monroe County FOIL Center <monroecountyny@mycusthelp.net>
Subject: RE: Monroe County FOIL Request :: F000781-091126 has been updated
Date: Tue, 13 Oct 2026 09:20:11 -0400
Message-ID: <req-014.20261013.3@records.example.org>
In-Reply-To: %s
References: %s %s
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

We could not open the message posted on 9/29. Could you email it to us?

Records Desk
""" % (plus('REQ-014'), mid('020', 'mycusthelp.net'), R['REQ-014']['message_id'], mid('020', 'mycusthelp.net'))
raw29 = """From: MAILER-DAEMON@mx1.mycusthelp.net (Mail Delivery System)
To: records@records.example.org
Subject: Undelivered Mail Returned to Sender
Date: %s
Message-ID: %s
MIME-Version: 1.0
Auto-Submitted: auto-replied
Content-Type: multipart/report; report-type=delivery-status;
	boundary="%s"

--%s
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.mycusthelp.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<monroecountyny@mycusthelp.net>: host 127.0.0.1[127.0.0.1] said: 550 5.7.1
    This is an unmonitored address. Please log in to the portal to send a message.

--%s
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.mycusthelp.net
X-Postfix-Queue-ID: 8F1A23C0

Final-Recipient: rfc822; monroecountyny@mycusthelp.net
Action: failed
Status: 5.7.1
Diagnostic-Code: smtp; 550 5.7.1 This is an unmonitored address.

--%s
Content-Description: Undelivered Message
Content-Type: message/rfc822

%s
--%s--
""" % (date('2026-10-13 09:21'), mid('029', 'mx1.mycusthelp.net'), dsn_b, dsn_b, dsn_b, dsn_b, ourmsg, dsn_b)
import email as _e
add('029-monroe-bounce-govqa.eml', _e.message_from_string(raw29, policy=POL), request='REQ-014', kind='bounce',
    tracking_number=None, signals=['thread-embedded', 'plus'],
    why='Postfix DSN: our reply to the GovQA no-reply address was refused; our REQ-014 message is attached')

# 030 UI fee estimate (REQ-011), from University Counsel
add('030-uihealth-fee-estimate.eml', plain(
    '"Okafor, Adaeze" <aokafor@uic.edu>', 'records@records.example.org',
    'RE: Your FOIA request - replacement nurse staffing agreements', date('2026-10-14 15:02', 'CDT'), mid('030', 'uic.edu'),
    """Dear Records Desk,

Following up on FOIA FY27-0458. We have identified four master staffing agreements and 23
work orders and amendments, about 1,340 pages in total. Most of these exist only as signed
paper originals in the Supply Chain Management contract files. Under Section 6(b) of FOIA
the first 50 pages of copies are free and additional pages are $0.15 per page, so the
estimated copying fee is $193.50.

Please confirm in writing that you agree to pay the estimated fee. Payment by check payable
to the University of Illinois is due before the copies are released, and we will hold the
request until we hear from you. You may also narrow the request (for example, to the master
agreements and rate exhibits only) to reduce the cost.

Regards,
Adaeze Okafor
Associate University Counsel

This message may contain information that is privileged, confidential, attorney work product,
or protected health information under HIPAA.
""", extra=[('In-Reply-To', mid('022', 'uic.edu')), ('References', mid('022', 'uic.edu'))]),
    request='REQ-011', kind='fee_estimate', tracking_number='FY27-0458', signals=['thread', 'tracking', 'subject'],
    why='IL copying-fee estimate $193.50 for 1,340 paper pages; must agree and pay before release; request held')
