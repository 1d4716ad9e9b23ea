from genlib import *

# 051 JustFOIA closure status notice (no substance)
write('051-fcps-justfoia-closed.eml', [
    ('From', 'FCPS FOIA Center <no-reply@justfoia.com>'), ('To', plus(10)),
    ('Subject', 'Request FCPS-26-0931 status changed: Closed'),
    ('Date', date('2026-10-27 17:02', '-0400')), ('Message-ID', mid('051', 'justfoia.com'))],
    html('''
    <html><body style="font-family:Segoe UI,Arial;font-size:10pt">
    <div style="background:#002f6c;color:#fff;padding:8px">Fairfax County Public Schools &ndash; FOIA Center</div>
    <p>The status of request <b>FCPS-26-0931</b> has changed to <b>Closed</b>.</p>
    <p><a href="https://fcpsva.justfoia.com/publicportal">View request</a></p>
    </body></html>'''))
fact('051-fcps-justfoia-closed.eml', 'REQ-010', 'portal_notice', 'FCPS-26-0931', signals=['plus', 'tracking'],
     why='JustFOIA status change to Closed after the final release; no substantive text')

# 052 LMPD final release with exemptions
write('052-lmpd-final.eml', [
    ('From', 'LMPD Open Records <lmpdopenrecords@louisvilleky.gov>'),
    ('To', 'Renee Oakley <roakley@bluegrassreport.example>'), ('Cc', plus(13)),
    ('Subject', 'Open Records Request ORR-26-04377 - Final Response'),
    ('Date', date('2026-10-29 10:00', '-0400')), ('Message-ID', mid('052', 'louisvilleky.gov')),
    ('In-Reply-To', mid('027', 'louisvilleky.gov')), ('References', mid('027', 'louisvilleky.gov'))],
    html('''
    <html><body style="font-family:Times New Roman,serif;font-size:12pt">
    <p>Dear Ms. Oakley:</p>
    <p>Enclosed via the link below are the Special Response Team deployment log and after-action summaries for
    LMPD-initiated deployments, January 2025 through September 2026 (64 deployments).</p>
    <p>Redacted or withheld:</p>
    <ul>
    <li>tactical plans, entry diagrams and equipment inventories, KRS 61.878(1)(m)(1) (public-safety records
    whose disclosure would expose a vulnerability);</li>
    <li>names and identifying information of juveniles and of confidential informants, KRS 61.878(1)(a) and
    KRS 17.150(2);</li>
    <li>five after-action reports for deployments that are part of open prosecutions, KRS 61.878(1)(h).</li>
    </ul>
    <p>Deployments in which LMPD assisted another agency are documented by that agency; LMPD holds no after-action
    reports for them.</p>
    <p>You may request review of this response by the Attorney General under KRS 61.880(2).</p>
    <p><a href="https://louisvilleky.box.com/s/orr2604377">Download records</a></p>
    <p>Open Records Unit<br>Louisville Metro Police Department</p>
    </body></html>'''))
fact('052-lmpd-final.eml', 'REQ-013', 'records_final', 'ORR-26-04377', adverse=True, signals=['thread', 'plus', 'tracking'],
     why='LMPD final release with redactions/withholdings under KRS 61.878; table gives KY no appeal days, so null')

# 053 OCSO: no records (jail run by a separate trust)
write('053-ocso-no-records.eml', [
    ('From', 'OCSO Open Records <openrecords@oklahomacounty.org>'), ('To', plus(16)),
    ('Subject', 'RE: Open Records Request - notarized form received'),
    ('Date', date('2026-11-02 09:30', '-0600')), ('Message-ID', mid('053', 'oklahomacounty.org'))],
    plain('''
    We received your notarized request form on October 29.

    The Oklahoma County Sheriff's Office has not operated the Oklahoma County Detention
    Center since July 2020, when operations were transferred to the Oklahoma County
    Criminal Justice Authority. The Sheriff's Office has no detention center incident
    reports or in-custody death records for 2025-2026. Those records, if any, would be
    maintained by the Criminal Justice Authority, 201 N. Shartel Ave.

    OCSO Records Unit
    '''))
fact('053-ocso-no-records.eml', 'REQ-016', 'no_records', adverse=True, signals=['plus', 'subject'],
     why='OCSO has no records (jail run by the Criminal Justice Authority); subject changed, no number; OK has no appeal window')

# 054 MNPD first batch of audit logs to the TN partner
write('054-mnpd-interim.eml', [
    ('From', 'MNPD Public Records <mnpdrecords@nashville.gov>'),
    ('To', 'Dana Whitfield <dwhitfield@cumberlandledger.example>'), ('Cc', plus(11)),
    ('Subject', 'P004698-092126 - first production'),
    ('Date', date('2026-11-09 10:00', '-0600')), ('Message-ID', mid('054', 'nashville.gov')),
    ('In-Reply-To', mid('026', 'nashville.gov')), ('References', mid('026', 'nashville.gov'))],
    multipart('mixed', plain('''
    Ms. Whitfield,

    Thank you for approving the estimate. Attached is the first production for
    P004698-092126: the Flock Safety agreement (2024) with amendments 1 and 2, and the
    current list of agencies with which MNPD shares ALPR data.

    The audit logs are being exported by month. We expect to produce the remaining
    months by mid-December and will invoice the actual labor at that time.

    Public Records Unit
    Metropolitan Nashville Police Department
    '''), attach_text('P004698-092126_production1_index.txt', '''
    PRODUCTION 1 - P004698-092126
    001-014  Flock Safety Services Agreement, Metro Contract 6551234 (2024)
    015-019  Amendment No. 1 (2025)
    020-023  Amendment No. 2 (2026)
    024-026  ALPR data sharing list (as of 10/30/2026)
    ''')))
fact('054-mnpd-interim.eml', 'REQ-011', 'records_interim', 'P004698-092126', signals=['thread', 'plus', 'tracking'],
     why='MNPD first production (contract, sharing list); audit logs to follow')

# 055 unrelated: Virginia open-government newsletter
write('055-vcog-newsletter.eml', [
    ('From', 'Virginia Coalition for Open Government <info@vcog.example.org>'), ('To', 'records@records.example.org'),
    ('Subject', 'VCOG update: who counts as a "citizen" under FOIA?'),
    ('Date', date('2026-11-12 08:00', '-0500')), ('Message-ID', mid('055', 'vcog.example.org')),
    ('Precedence', 'bulk'), ('List-Unsubscribe', '<https://vcog.example.org/u/77>')],
    plain('''
    VCOG UPDATE - November 2026

    * Citizens only? The FOIA Council's advisory opinions on out-of-state requesters and
      the media exception in 2.2-3704(A).
    * Fees: a look at deposits under 2.2-3704(H) and what agencies charge for staff time.
    * Legislative preview for the 2027 session.

    You are receiving this because you signed up at vcog.example.org.
    '''))
fact('055-vcog-newsletter.eml', None, 'other', signals=['none'],
     why='open-government newsletter on Virginia citizenship rules; answers no request')

# 056 DOE final partial release with AG petition language (DE 60 days)
write('056-dedoe-final.eml', [
    ('From', 'DOE FOIA Coordinator <foia@doe.k12.de.us>'), ('To', plus(6)),
    ('Cc', 'Priya Raman <praman@records.example.org>'),
    ('Subject', 'DOE-2026-0154 - Final Response'),
    ('Date', date('2026-11-16 15:00', '-0500')), ('Message-ID', mid('056', 'doe.k12.de.us'))],
    html('''
    <html><body style="font-family:Calibri,Arial;font-size:11pt">
    <p>Dear Ms. Raman:</p>
    <p>This is the Department's final response to FOIA request DOE-2026-0154. The remaining inspection reports for
    contractors serving the Caesar Rodney School District (2024-25 and 2025-26) have been posted to the portal.</p>
    <p>The Department is withholding the individual driver certification files. They contain medical examination
    results, criminal background check results and other personnel information, and are not public records under
    29 <i>Del. C.</i> &sect; 10002(o)(1) (personnel files whose disclosure would constitute an invasion of privacy)
    and &sect; 10002(o)(6) (records exempt by statute, 21 <i>Del. C.</i> &sect; 2708). A list of certified drivers by
    contractor, without personal information, is provided instead.</p>
    <p>If you believe the Department has violated FOIA, you may petition the Attorney General's Office for a
    determination pursuant to 29 <i>Del. C.</i> &sect; 10005(e), or file suit in the Superior Court.</p>
    <p>Sincerely,<br>FOIA Coordinator<br>Delaware Department of Education</p>
    </body></html>'''))
fact('056-dedoe-final.eml', 'REQ-006', 'records_final', 'DOE-2026-0154', adverse=True, signals=['plus', 'tracking'],
     why='DOE final: inspection reports released, driver files withheld (10002(o)); DE petition window 60 days from the letter')

# 057 TDOC final production with redactions, to TN partner
letter = pdf('''
TENNESSEE DEPARTMENT OF CORRECTION
Office of General Counsel

November 18, 2026

Dana Whitfield

Re: Public Records Request TDOC-PRR-26-0387

Ms. Whitfield:

Enclosed is the Department's production for the above request:
 - restrictive housing placement counts by facility and month, 2023-2026;
 - restrictive housing review committee minutes (redacted);
 - Policy 404.10 (Restrictive Housing), current and prior versions.

Inmate names and TOMIS numbers in the committee minutes are redacted under
the confidentiality provisions of T.C.A. 10-7-504, and information whose
disclosure would jeopardize the security of a facility is redacted under
T.C.A. 10-7-504(m). Individual placement orders are not produced because
they are part of inmate institutional files made confidential by statute.

This completes the Department's response. Copy charges: $0 (electronic).

Office of General Counsel - Public Records
''', 'TDOC-PRR-26-0387 production')
write('057-tdoc-final.eml', [
    ('From', 'TDOC Public Records <tdoc.publicrecords@tn.gov>'),
    ('To', 'Dana Whitfield <dwhitfield@cumberlandledger.example>'), ('Cc', 'Records Desk <records@records.example.org>'),
    ('Subject', 'Records production'),
    ('Date', date('2026-11-18 11:00', '-0600')), ('Message-ID', mid('057', 'SA1PR09MB7710.namprd09.prod.outlook.com')),
    ('Content-Language', 'en-US')],
    multipart('mixed', plain('''
    Ms. Whitfield,

    Please see the attached letter. The records themselves are available at the secure
    link that will arrive in a separate email from Kiteworks.

    Office of General Counsel - Public Records
    Tennessee Department of Correction
    '''), attach('TDOC-PRR-26-0387 Production Letter.pdf', letter)))
fact('057-tdoc-final.eml', 'REQ-002', 'records_final', 'TDOC-PRR-26-0387', adverse=True,
     signals=['tracking-filename', 'tracking-attachment'],
     why='TDOC final production with redactions (letter in PDF; number only in file name and PDF); TN has no appeal window')

# 058 TPS closure for non-response
write('058-tps-closed-nonresponse.eml', [
    ('From', 'Tulsa Public Schools <tulsaschools@mail.nextrequest.com>'), ('To', plus(8)),
    ('Subject', '[Records Request] Request #26-412 has been closed'),
    ('Date', date('2026-12-07 10:00', '-0600')), ('Message-ID', mid('058', 'mail.nextrequest.com')),
    ('X-Mailer', 'NextRequest')],
    html('''
    <html><body style="font-family:Helvetica,Arial,sans-serif">
    <h3 style="color:#1d4f91">Tulsa Public Schools</h3>
    <p>Request <b>#26-412</b> has been closed.</p>
    <p><b>Closure reason:</b> Requester did not respond</p>
    <p><b>Message:</b> On September 25 the district asked you to confirm whether the request covers
    incidents involving district security officers only or also contracted off-duty officers, and on
    October 19 we referred part of the request to the Tulsa Police Department. We have not received a reply
    in more than 60 days, so the request is being closed. You are welcome to submit a new request at any time.</p>
    <p><a href="https://tulsaschools.nextrequest.com/requests/26-412">View request 26-412</a></p>
    </body></html>'''))
fact('058-tps-closed-nonresponse.eml', 'REQ-008', 'other', '26-412', signals=['plus', 'tracking'],
     why='NextRequest closure because we never answered the portal question; no records released or withheld (labeled other, see NOTES)')

# 059 MNPD final production
write('059-mnpd-final.eml', [
    ('From', 'MNPD Public Records <mnpdrecords@nashville.gov>'),
    ('To', 'Dana Whitfield <dwhitfield@cumberlandledger.example>'), ('Cc', plus(11)),
    ('Subject', 'RE: P004698-092126 - first production'),
    ('Date', date('2026-12-14 14:00', '-0600')), ('Message-ID', mid('059', 'nashville.gov')),
    ('In-Reply-To', mid('054', 'nashville.gov')), ('References', mid('026', 'nashville.gov') + ' ' + mid('054', 'nashville.gov'))],
    plain('''
    Ms. Whitfield,

    The remaining ALPR audit logs (January 2024 - October 2026) are now available in the
    Public Records Center under P004698-092126. Plate numbers queried and the names of
    investigating officers on active cases have been redacted under T.C.A. 10-7-504(a)(2)(A)
    (records relevant to a pending criminal investigation) and 10-7-504(a)(21) (information
    that would compromise the security of the system). All other records are provided.

    Actual charges came to $132.00 (five hours). An invoice is attached in the portal.
    This completes the response to your request.

    Public Records Unit
    Metropolitan Nashville Police Department
    '''))
fact('059-mnpd-final.eml', 'REQ-011', 'records_final', 'P004698-092126', adverse=True, signals=['thread', 'plus', 'tracking'],
     why='MNPD releases remaining audit logs with redactions and completes the response; TN has no appeal window')

# 060 JCPS final release (January 2027)
write('060-jcps-final.eml', [
    ('From', 'Marisol Greene <marisol.greene@jefferson.kyschools.us>'),
    ('To', 'Renee Oakley <roakley@bluegrassreport.example>'), ('Cc', plus(15)),
    ('Subject', 'RE: Open Records Request 26-OR-0719 - records'),
    ('Date', date('2027-01-12 10:00', '-0500')), ('Message-ID', mid('060', 'jefferson.kyschools.us')),
    ('In-Reply-To', mid('042', 'jefferson.kyschools.us')),
    ('References', mid('034', 'jefferson.kyschools.us') + ' ' + mid('042', 'jefferson.kyschools.us'))],
    plain('''
    Ms. Oakley,

    I apologize for the delay past December 18; the winter break slowed the redaction work.
    The individual restraint and seclusion reports for the twelve schools (318 reports)
    are at the link below, along with the KDE summary data sent in October.

    https://jcpsky.sharepoint.com/:f:/s/openrecords/26-OR-0719

    Student names, ID numbers, disability information and other personally identifiable
    information are redacted under FERPA and KRS 61.878(1)(k) and (1)(l). This completes
    the district's response.

    You may seek review by the Office of the Attorney General under KRS 61.880(2).

    Marisol Greene
    Open Records Coordinator, Jefferson County Public Schools
    '''))
fact('060-jcps-final.eml', 'REQ-015', 'records_final', '26-OR-0719', adverse=True, signals=['plus', 'tracking'],
     why='JCPS final release (late, January) with FERPA/KRS 61.878 redactions; KY has no appeal days in the table')
