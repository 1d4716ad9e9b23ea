from genlib import *

# 021 Delaware DOE clarification: citizenship attestation and narrowing
write('021-dedoe-clarify-citizen-scope.eml', [
    ('From', 'DOE FOIA Coordinator <foia@doe.k12.de.us>'), ('To', plus(6)),
    ('Subject', 'DOE-2026-0154 - Request for clarification'),
    ('Date', date('2026-09-24 10:00', '-0400')), ('Message-ID', mid('021', 'doe.k12.de.us'))],
    html('''
    <html><body style="font-family:Calibri,Arial;font-size:11pt">
    <p>Good morning,</p>
    <p>The Department of Education is reviewing FOIA request <b>DOE-2026-0154</b> (school bus contractor inspection
    and driver certification records).</p>
    <p>Two items before we can continue:</p>
    <ol>
    <li><b>Citizenship.</b> Delaware's FOIA, 29 <i>Del. C.</i> &sect; 10003(a), provides that public records shall be
    open to inspection and copying by any <u>citizen</u> of the State. The request form lists a Washington, D.C.
    address. Please confirm whether the requester is a Delaware citizen, or identify a Delaware citizen who is
    making the request.</li>
    <li><b>Scope.</b> &ldquo;All inspection records&rdquo; for every contractor would cover roughly 1,400 buses.
    Could you limit the request to contractors serving a specific district or districts, or to a date range
    shorter than three school years?</li>
    </ol>
    <p>The 15-business-day period is paused until we receive your clarification.</p>
    <p>Thank you,<br>FOIA Coordinator<br>Delaware Department of Education<br>401 Federal Street, Suite 2, Dover, DE 19901</p>
    </body></html>'''))
fact('021-dedoe-clarify-citizen-scope.eml', 'REQ-006', 'clarification', 'DOE-2026-0154',
     signals=['plus', 'tracking'], why='DOE asks to confirm Delaware citizenship (10003(a)) and to narrow the scope; clock paused')

# 022 bounce: our reply to the portal's no-reply address rejected
orig = '''From: Records Desk <records@records.example.org>
Reply-To: records+req-006@records.example.org
To: Delaware FOIA Request Portal <noreply@foia.delaware.gov>
Subject: Re: FOIA Request DOE-2026-0154 Received
Date: Thu, 24 Sep 2026 10:03:11 -0400
Message-ID: <req-006.20260924.2@records.example.org>
In-Reply-To: ''' + mid('009', 'foia.delaware.gov') + '''
References: <req-006.20260910.1@records.example.org> ''' + mid('009', 'foia.delaware.gov') + '''
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"

Our Delaware contributor Priya Raman (Dover) is the requester; we limit the request to
contractors serving the Capital and Caesar Rodney districts, 2024-25 and 2025-26.
'''
write('022-bounce-de-portal-noreply.eml', [
    ('From', 'Mail Delivery System <MAILER-DAEMON@mx1.state.de.us>'), ('To', 'records@records.example.org'),
    ('Subject', 'Undelivered Mail Returned to Sender'),
    ('Date', date('2026-09-24 14:05', '+0000')), ('Message-ID', mid('022', 'mx1.state.de.us')),
    ('Auto-Submitted', 'auto-replied')],
    multipart('report; report-type=delivery-status', plain('''
    This is the mail system at host mx1.state.de.us.

    I'm sorry to have to inform you that your message could not
    be delivered to one or more recipients. It's attached below.

    <noreply@foia.delaware.gov>: host foia-relay.state.de.us[10.14.2.8] said: 550 5.7.1
        <noreply@foia.delaware.gov>: Recipient address rejected: This address does not
        accept mail. Please respond through the FOIA portal. (in reply to RCPT TO command)
    '''), 'Content-Type: message/delivery-status\n\nReporting-MTA: dns; mx1.state.de.us\n\n'
          'Final-Recipient: rfc822; noreply@foia.delaware.gov\nAction: failed\nStatus: 5.7.1\n'
          'Diagnostic-Code: smtp; 550 5.7.1 Recipient address rejected\n',
          'Content-Type: message/rfc822\nContent-Disposition: inline\n\n' + orig))
fact('022-bounce-de-portal-noreply.eml', 'REQ-006', 'bounce', signals=['thread-embedded', 'tracking'],
     why='Postfix DSN: our clarification reply to the Delaware portal no-reply address was rejected (original embedded)')

# 023 ASP, re-filed request: records in storage, date certified (25-19-105(e))
write('023-asp-refiled-certified-date.eml', [
    ('From', 'Wendell Price <wendell.price@asp.arkansas.gov>'),
    ('To', 'Marcus Bell <mbell@arkansasbeat.example>'), ('Cc', plus(12)),
    ('Subject', 'RE: Arkansas FOIA Request (re-filed): Vehicle pursuit policy and pursuit review reports, 2024-2025'),
    ('Date', date('2026-09-24 16:20', '-0500')), ('Message-ID', mid('023', 'asp.arkansas.gov')),
    ('In-Reply-To', req_mid(12, '2026-09-22')), ('References', req_mid(12, '2026-09-22'))],
    plain('''
    Mr. Bell,

    The pursuit policy (General Order on vehicle pursuits) is attached to the 2024 and 2025
    versions we have on file. The pursuit review reports are kept by each Troop and archived
    after review by the Pursuit Review Board, so they are in storage within the meaning of
    Ark. Code Ann. 25-19-105(e).

    I certify that the reports will be available for inspection or copying on Friday,
    October 2, 2026. Please let me know if you want paper or electronic copies.

    Wendell Price
    FOI Coordinator, Legal Section
    Arkansas State Police
    '''))
fact('023-asp-refiled-certified-date.eml', 'REQ-012', 'extension', clock='extension', estimated='2026-10-02',
     signals=['thread', 'plus'], why='ASP certifies records in storage will be available Oct 2 (25-19-105(e)); AR table has no extension days, estimate only')

# 024 LRSD fee letter (actual cost of copies)
write('024-lrsd-fee.eml', [
    ('From', 'Janelle Tatum <janelle.tatum@lrsd.org>'),
    ('To', 'Marcus Bell <mbell@arkansasbeat.example>'), ('Cc', plus(9)),
    ('Subject', 'RE: Arkansas FOIA Request: School resource officer MOU and SRO incident logs, 2025-2026'),
    ('Date', date('2026-09-25 11:00', '-0500')), ('Message-ID', mid('024', 'lrsd.org')),
    ('In-Reply-To', mid('015', 'lrsd.org')), ('References', req_mid(9, '2026-09-15') + ' ' + mid('015', 'lrsd.org'))],
    plain('''
    Mr. Bell,

    I have the MOU with the City of Little Rock (2025-26) and the SRO incident logs from
    the five high schools, 212 pages after student names are redacted under FERPA.

    Under Ark. Code Ann. 25-19-109 we charge the actual cost of reproduction: $0.25 per
    page, so $53.00 for paper copies. Electronic copies of what we already have scanned are
    free, but about 160 pages exist only on paper. Because the total is over $25, the
    district asks for payment before copies are made. Checks to "Little Rock School
    District" at the address below, or pay at the front desk.

    Janelle Tatum
    FOIA Coordinator | Little Rock School District
    '''))
fact('024-lrsd-fee.eml', 'REQ-009', 'fee_estimate', signals=['thread', 'plus'],
     why='LRSD asks $53.00 copy costs (25-19-109) paid in advance before copies are made')

# 025 NextRequest notification with no substance
write('025-tps-nextrequest-message.eml', [
    ('From', 'Tulsa Public Schools <tulsaschools@mail.nextrequest.com>'), ('To', plus(8)),
    ('Subject', '[Records Request] Request #26-412 has a new message'),
    ('Date', date('2026-09-25 13:00', '-0500')), ('Message-ID', mid('025', 'mail.nextrequest.com')),
    ('X-Mailer', 'NextRequest')],
    html('''
    <html><body style="font-family:Helvetica,Arial,sans-serif">
    <h3 style="color:#1d4f91">Tulsa Public Schools</h3>
    <p>A message has been posted to request <b>#26-412</b>.</p>
    <p>Sign in to read and respond: <a href="https://tulsaschools.nextrequest.com/requests/26-412">tulsaschools.nextrequest.com/requests/26-412</a></p>
    <p style="font-size:8pt;color:#777">Please do not reply to this email.</p>
    </body></html>'''))
fact('025-tps-nextrequest-message.eml', 'REQ-008', 'portal_notice', '26-412', signals=['plus', 'tracking'],
     why='NextRequest says a message was posted; content only in the portal')

# 026 MNPD fee estimate to TN partner, desk in copy (hedged)
write('026-mnpd-fee-estimate.eml', [
    ('From', 'MNPD Public Records <mnpdrecords@nashville.gov>'),
    ('To', 'Dana Whitfield <dwhitfield@cumberlandledger.example>'), ('Cc', plus(11)),
    ('Subject', 'P004698-092126 - Estimate of costs'),
    ('Date', date('2026-09-28 09:00', '-0500')), ('Message-ID', mid('026', 'nashville.gov'))],
    plain('''
    Ms. Whitfield,

    We have located the Flock Safety agreement and amendments and the list of agencies with
    which MNPD shares ALPR data. The audit logs must be exported from the vendor system and
    reviewed for information made confidential by T.C.A. 10-7-504.

    Under the Metropolitan Government's schedule of reasonable charges (based on the Office
    of Open Records Counsel schedule), the first hour of labor is free. We estimate about
    six additional hours of labor at $26.40/hour, or $158.40, plus $0 for electronic
    delivery. Actual charges may be lower; they will not exceed the estimate by more than
    10% without your approval.

    Please confirm in writing that you want us to proceed. We will not begin the export
    until we hear from you.

    Public Records Unit
    Metropolitan Nashville Police Department
    '''))
fact('026-mnpd-fee-estimate.eml', 'REQ-011', 'fee_estimate', 'P004698-092126', signals=['plus', 'tracking'],
     why='MNPD estimates $158.40 labor (OORC schedule) and waits for written approval')

# 027 LMPD re-filed request: records in active use, earliest date (KRS 61.872(5))
write('027-lmpd-refiled-earliest-date.eml', [
    ('From', 'LMPD Open Records <lmpdopenrecords@louisvilleky.gov>'),
    ('To', 'Renee Oakley <roakley@bluegrassreport.example>'), ('Cc', plus(13)),
    ('Subject', 'Open Records Request ORR-26-04377'),
    ('Date', date('2026-09-28 14:35', '-0400')), ('Message-ID', mid('027', 'louisvilleky.gov'))],
    plain('''
    Ms. Oakley,

    LMPD received your open records request on September 24, 2026, including your statement
    that you reside in Fayette County, Kentucky. It has been assigned ORR-26-04377.

    Special Response Team deployment reports for 2025-2026 are maintained by the Special
    Operations Division and must be retrieved and reviewed for exempt information. Pursuant
    to KRS 61.872(5), the records are in active use and a detailed explanation of the cause
    for delay is given above. The earliest date on which the records will be available is
    October 23, 2026.

    Open Records Unit
    Louisville Metro Police Department
    '''))
fact('027-lmpd-refiled-earliest-date.eml', 'REQ-013', 'extension', 'ORR-26-04377', clock='extension', estimated='2026-10-23',
     signals=['plus', 'tracking-new', 'subject'], why='LMPD uses KRS 61.872(5) delay with earliest date Oct 23; KY table has no extension days, so no due')

# 028 FCPS JustFOIA fee estimate with deposit
write('028-fcps-fee-deposit.eml', [
    ('From', 'FCPS FOIA Center <no-reply@justfoia.com>'), ('To', plus(10)),
    ('Subject', 'Request FCPS-26-0931 - Cost Estimate'),
    ('Date', date('2026-09-29 15:00', '-0400')), ('Message-ID', mid('028', 'justfoia.com'))],
    html('''
    <html><body style="font-family:Segoe UI,Arial;font-size:10pt">
    <div style="background:#002f6c;color:#fff;padding:8px">Fairfax County Public Schools &ndash; FOIA Center</div>
    <p>Hello Records Desk,</p>
    <p>Pursuant to Va. Code &sect; 2.2-3704(F), FCPS has prepared the following estimate for request <b>FCPS-26-0931</b>:</p>
    <table border="1" cellpadding="4" cellspacing="0">
    <tr><td>Search and query of student information system (Research Analyst, 5.5 hrs @ $41.00)</td><td>$225.50</td></tr>
    <tr><td>Review and redaction of referral forms (FOIA Specialist, 2 hrs @ $43.50)</td><td>$87.00</td></tr>
    <tr><td><b>Total estimate</b></td><td><b>$312.50</b></td></tr>
    </table>
    <p>Because the estimate exceeds $200, FCPS requires a deposit of the full amount before continuing, as allowed by
    &sect; 2.2-3704(H). The five-working-day period for responding is tolled until the deposit is received. If you
    would like to narrow the request to reduce costs, reply through the portal.</p>
    <p><a href="https://fcpsva.justfoia.com/publicportal">Pay or respond in the FOIA Center</a></p>
    </body></html>'''))
fact('028-fcps-fee-deposit.eml', 'REQ-010', 'fee_estimate', 'FCPS-26-0931', signals=['plus', 'tracking'],
     why='FCPS estimate $312.50 with deposit required over $200 (2.2-3704(H)); clock tolled')

# 029 DOE extension with good-faith estimate (no statutory cap)
write('029-dedoe-extension.eml', [
    ('From', 'DOE FOIA Coordinator <foia@doe.k12.de.us>'), ('To', plus(6)),
    ('Cc', 'Priya Raman <praman@records.example.org>'),
    ('Subject', 'RE: DOE-2026-0154 - Request for clarification'),
    ('Date', date('2026-09-30 11:25', '-0400')), ('Message-ID', mid('029', 'doe.k12.de.us')),
    ('In-Reply-To', '<req-006.20260925.3@records.example.org>'),
    ('References', '<req-006.20260925.3@records.example.org>')],
    plain('''
    Thank you for the clarification received through the portal on September 25. We have
    noted Ms. Raman, a Delaware citizen, as the requester, and the scope is now limited to
    contractors serving the Capital and Caesar Rodney districts for 2024-25 and 2025-26.

    The Department needs additional time to respond. Inspection records are held by the
    Pupil Transportation office and by the districts, and driver certification files
    contain personal information that must be reviewed. Under 29 Del. C. 10003(h)(2), our
    good-faith estimate is that the Department will respond by November 13, 2026.

    FOIA Coordinator
    Delaware Department of Education
    '''))
fact('029-dedoe-extension.eml', 'REQ-006', 'extension', 'DOE-2026-0154', clock='extension', estimated='2026-11-13',
     signals=['plus', 'tracking', 'subject'], why='DOE needs more time, good-faith estimate Nov 13 (10003(h)(2)); DE table has no extension days')

# 030 VADOC interim release
letter = pdf('''
COMMONWEALTH of VIRGINIA
Department of Corrections
P.O. Box 26963, Richmond, Virginia 23261

October 1, 2026

Records Desk
records.example.org

RE: FOIA Request 26-FOI-1187 - restraint chair records

This is the first installment of records responsive to your request.

Enclosed: Operating Procedure 420.2 (Use of Restraints and Management of Inmate
Behavior), 2024 and 2025 versions, 38 pages, released in full.

The facility-level restraint chair use reports are still being collected from
six facilities. The Department will provide them, with any withholdings noted,
as soon as the review is complete.

FOIA Officer
Virginia Department of Corrections
''', '26-FOI-1187 installment 1')
write('030-vadoc-interim.eml', [
    ('From', '"FOIA, VADOC" <foia@vadoc.virginia.gov>'), ('To', 'Records Desk <records@records.example.org>'),
    ('Subject', 'FOIA 26-FOI-1187 - first installment'),
    ('Date', date('2026-10-01 10:00', '-0400')), ('Message-ID', mid('030', 'CH3PR09MB8800.namprd09.prod.outlook.com')),
    ('Content-Language', 'en-US')],
    multipart('mixed', plain('''
    Please see the attached letter and records.

    FOIA Unit, Virginia Department of Corrections
    '''), attach('26-FOI-1187_letter_installment1.pdf', letter),
    attach_text('OP420.2_excerpt.txt', '''
    OPERATING PROCEDURE 420.2 - USE OF RESTRAINTS (excerpt of released document)
    IV. Restraint chair placement requires authorization of the Shift Commander...
    ''')))
fact('030-vadoc-interim.eml', 'REQ-004', 'records_interim', '26-FOI-1187', signals=['tracking'],
     why='VADOC first installment (policy released); facility reports still to come')
