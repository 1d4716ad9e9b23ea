from genlib import *

# 041 JCSO final release with closed portions
write('041-jcso-final.eml', [
    ('From', 'Tamara Nguyen <tnguyen@jacksongov.org>'), ('To', plus(7)),
    ('Subject', 'SL-26-187 - records and response'),
    ('Date', date('2026-10-16 14:00', '-0500')), ('Message-ID', mid('041', 'jacksongov.org')),
    ('In-Reply-To', mid('014', 'jacksongov.org')),
    ('References', req_mid(7, '2026-09-14') + ' ' + mid('011', 'jacksongov.org') + ' ' + mid('014', 'jacksongov.org'))],
    plain('''
    Good afternoon,

    The records responsive to SL-26-187 are available at the link below (expires in 30
    days): incident reports, death notifications and the administrative review summaries
    for nine in-custody deaths, 2023 through August 2026.

    https://jacksongov.sharefile.com/d-s8f2a1c0e7

    Portions are closed as follows:
      - medical and mental-health information of the deceased (RSMo 610.021(14) and
        HIPAA, 45 CFR 164.512);
      - investigative reports for two deaths still under investigation by the Prosecutor
        (RSMo 610.100.2 - closed until the investigation is inactive);
      - security-camera positions and post orders (RSMo 610.021(18)).

    No fee is being charged for this request. This completes our response.

    Tamara Nguyen
    Records Supervisor / Sunshine Custodian
    Jackson County Sheriff's Office
    '''))
fact('041-jcso-final.eml', 'REQ-007', 'records_final', 'SL-26-187', adverse=True, signals=['thread', 'plus', 'tracking'],
     why='JCSO releases records on the estimated date with closed portions (610.021, 610.100); complete; MO has no appeal window')

# 042 JCPS delay with earliest date after narrowing
write('042-jcps-earliest-date.eml', [
    ('From', 'Marisol Greene <marisol.greene@jefferson.kyschools.us>'),
    ('To', 'Renee Oakley <roakley@bluegrassreport.example>'), ('Cc', plus(15)),
    ('Subject', 'RE: Open Records Request 26-OR-0719'),
    ('Date', date('2026-10-16 16:30', '-0400')), ('Message-ID', mid('042', 'jefferson.kyschools.us')),
    ('In-Reply-To', '<req-015.20261014.2@records.example.org>'),
    ('References', mid('034', 'jefferson.kyschools.us') + ' ' + mid('038', 'jefferson.kyschools.us') + ' <req-015.20261014.2@records.example.org>')],
    plain('''
    Ms. Oakley,

    Thank you for narrowing the request to the KDE summary data and the individual reports
    for the twelve schools listed in your October 14 email.

    The summary data will be sent shortly. The individual reports are in active use and
    must be redacted by the Exceptional Child Education office. Under KRS 61.872(5), the
    earliest date on which they will be available is December 18, 2026.

    Marisol Greene
    Open Records Coordinator, Jefferson County Public Schools
    '''))
fact('042-jcps-earliest-date.eml', 'REQ-015', 'extension', '26-OR-0719', clock='extension', estimated='2026-12-18',
     signals=['plus', 'tracking'], why='JCPS KRS 61.872(5) delay, earliest date Dec 18; KY table has no extension days, so no due')

# 043 TPS referral of part of the request to Tulsa Police
write('043-tps-referral-tpd.eml', [
    ('From', 'Open Records <openrecords@tulsaschools.org>'), ('To', plus(8)),
    ('Subject', 'Request 26-412 - Tulsa Police records'),
    ('Date', date('2026-10-19 10:30', '-0500')), ('Message-ID', mid('043', 'tulsaschools.org'))],
    plain('''
    Hello,

    Following up on request 26-412. Since the 2024-25 school year, arrests made on
    district campuses are handled by Tulsa Police Department officers, and those arrest
    and use-of-force reports are records of the City of Tulsa, not the district. Please
    direct that part of your request to the Tulsa Police Department Records Division
    (records@cityoftulsa.org).

    The district is continuing to review its own Campus Police incident reports involving
    handcuffing and will post them in the portal.

    Open Records Office
    Tulsa Public Schools
    '''))
fact('043-tps-referral-tpd.eml', 'REQ-008', 'other', '26-412', signals=['plus', 'tracking'],
     why='referral notice: part of the request belongs to Tulsa Police; district processing continues')

# 044 VADOC final with withholdings
letter = pdf('''
COMMONWEALTH of VIRGINIA
Department of Corrections

October 19, 2026

RE: FOIA Request 26-FOI-1187 - restraint chair records (final response)

This letter completes the Department's response to your request.

Released: restraint chair use reports from six facilities, January 2024 - August
2026 (212 pages), with redactions.

Withheld in part:
 - inmate health records, Va. Code 2.2-3705.5(1);
 - security procedures and staffing plans of correctional facilities,
   Va. Code 2.2-3705.2(6);
 - records of two incidents referred to the Virginia State Police, Va. Code
   2.2-3706.1(B) (criminal investigative files).

No charges are assessed.

FOIA Officer
Virginia Department of Corrections
''', '26-FOI-1187 final')
write('044-vadoc-final.eml', [
    ('From', '"FOIA, VADOC" <foia@vadoc.virginia.gov>'), ('To', 'Records Desk <records@records.example.org>'),
    ('Cc', plus(4)), ('Subject', 'FOIA 26-FOI-1187 - final response'),
    ('Date', date('2026-10-19 15:00', '-0400')), ('Message-ID', mid('044', 'CH3PR09MB8800.namprd09.prod.outlook.com')),
    ('Content-Language', 'en-US')],
    multipart('mixed', plain('''
    Please find attached the Department's final response and the redacted records.

    FOIA Unit, Virginia Department of Corrections
    '''), attach('26-FOI-1187_final_letter.pdf', letter)))
fact('044-vadoc-final.eml', 'REQ-004', 'records_final', '26-FOI-1187', adverse=True, signals=['plus', 'tracking'],
     why='VADOC final letter (PDF): reports released with partial withholdings; VA has no administrative appeal')

# 045 LMPD asks the partner to call (desk inbox in copy, no plus address)
write('045-lmpd-call-request.eml', [
    ('From', '"Sgt. Aaron Whitlock" <aaron.whitlock@louisvilleky.gov>'),
    ('To', 'Renee Oakley <roakley@bluegrassreport.example>'), ('Cc', 'records@records.example.org'),
    ('Subject', 'SRT records'),
    ('Date', date('2026-10-20 11:00', '-0400')), ('Message-ID', mid('045', 'louisvilleky.gov'))],
    plain('''
    Ms. Oakley,

    I'm working your request ORR-26-04377 for Special Response Team deployments. Before I
    send the after-action reports to the Open Records Unit, I'd like to talk through what
    you need - some deployments were mutual-aid callouts for other agencies and the
    paperwork sits with them. Could you give me a call this week? Desk 502-574-7111.

    Sgt. Aaron Whitlock
    Special Operations Division, LMPD
    '''))
fact('045-lmpd-call-request.eml', 'REQ-013', 'other', 'ORR-26-04377', signals=['tracking', 'subject'],
     why='LMPD sergeant asks the KY partner to phone about scope; not a clarification letter, no clock change')

# 046 KCPS: no records
write('046-kcps-no-records.eml', [
    ('From', 'Custodian of Records <custodianofrecords@kcpublicschools.org>'), ('To', plus(17)),
    ('Subject', 'Sunshine Request - SRO agreements - response'),
    ('Date', date('2026-10-21 10:10', '-0500')), ('Message-ID', mid('046', 'kcpublicschools.org'))],
    plain('''
    Good morning,

    In response to your October 13 Sunshine Law request for agreements between Kansas City
    Public Schools and the Kansas City Missouri Police Department for school resource
    officers, 2024-2026: the district conducted a search of the Office of General Counsel
    contract files, the Board agenda archive and Safety and Security Services and did not
    locate any responsive records. The district has not contracted with KCPD for school
    resource officers during that period; campus safety is provided by district security
    staff.

    Office of General Counsel - Custodian of Records
    Kansas City Public Schools
    '''))
fact('046-kcps-no-records.eml', 'REQ-017', 'no_records', adverse=True, signals=['plus', 'subject'],
     why='KCPS searched and found no SRO agreements with KCPD; MO has no appeal window')

# 047 unrelated: Missouri AG Sunshine training announcement
write('047-mo-ago-sunshine-training.eml', [
    ('From', 'Missouri Attorney General\'s Office <sunshine.training@ago.mo.gov>'), ('To', 'records@records.example.org'),
    ('Subject', 'Registration open: 2026 Sunshine Law virtual seminar'),
    ('Date', date('2026-10-22 09:00', '-0500')), ('Message-ID', mid('047', 'ago.mo.gov')),
    ('Precedence', 'bulk'), ('List-Unsubscribe', '<mailto:sunshine.training@ago.mo.gov?subject=unsubscribe>')],
    html('''
    <html><body style="font-family:Arial">
    <p><b>Sunshine Law Virtual Seminar &ndash; November 18, 2026</b></p>
    <p>The Attorney General's Office invites custodians of records, public officials and members of the public to a
    free seminar on Missouri's Sunshine Law: the three-business-day response rule, fees for research time, closed
    records and the 2026 legislative changes.</p>
    <p>Register at ago.mo.gov/sunshine. This message was sent to subscribers of the Sunshine Law mailing list.</p>
    </body></html>'''))
fact('047-mo-ago-sunshine-training.eml', None, 'other', signals=['none'],
     why='bulk seminar announcement from a state AG office; not a reply to any request')

# 048 DE portal: partial response posted (text present)
write('048-dedoe-portal-partial.eml', [
    ('From', 'Delaware FOIA Request Portal <noreply@foia.delaware.gov>'), ('To', plus(6)),
    ('Subject', 'FOIA Request DOE-2026-0154 - Partial Response Available'),
    ('Date', date('2026-10-23 13:00', '-0400')), ('Message-ID', mid('048', 'foia.delaware.gov'))],
    plain('''
    A partial response has been posted to your FOIA request.

    Agency: Department of Education
    Request Number: DOE-2026-0154
    Status: In Progress - Partial Release

    Message from the FOIA Coordinator:
    "Attached are the annual inspection reports for contractors serving the Capital
    School District, 2024-25 and 2025-26 (146 pages). Records for the Caesar Rodney School
    District and the driver certification records are still under review and will be
    provided by the date in our September 30 letter."

    Log in to the portal to download the documents.
    '''))
fact('048-dedoe-portal-partial.eml', 'REQ-006', 'records_interim', 'DOE-2026-0154', signals=['plus', 'tracking'],
     why='portal posts a partial release with coordinator text; more records to come')

# 049 Wilmington no-records letter in a PDF; AG petition (DE 60 days)
letter = pdf('''
CITY OF WILMINGTON
Office of the City Solicitor
800 N. French Street, Wilmington, Delaware 19801

October 26, 2026

Ms. Priya Raman

Re: Freedom of Information Act Request CW-26-0288

Dear Ms. Raman:

You requested audits or reviews of Wilmington Police Department overtime
conducted from January 2024 to the present. The City's FOIA Coordinator
searched the records of the Department of Finance (Internal Audit), the
Wilmington Police Department Office of Professional Standards and the City
Auditor. No audit or review of police overtime was conducted during that
period, and the City has no records responsive to your request.

Overtime payroll data is published on the City's open checkbook site.

If you believe you have been denied access to a public record, you may
petition the Chief Deputy Attorney General for a determination under
29 Del. C. 10005(e).

Sincerely,
FOIA Coordinator, City of Wilmington
''', 'CW-26-0288 response')
write('049-wilm-no-records.eml', [
    ('From', 'City of Wilmington FOIA <foia@wilmingtonde.gov>'),
    ('To', 'Priya Raman <praman@records.example.org>'), ('Cc', plus(14)),
    ('Subject', 'FOIA Response'),
    ('Date', date('2026-10-26 10:00', '-0400')), ('Message-ID', mid('049', 'wilmingtonde.gov'))],
    multipart('mixed', plain('''
    Please see the attached response to your Freedom of Information Act request.

    Office of the City Solicitor
    '''), attach('CW-26-0288 Response.pdf', letter)))
fact('049-wilm-no-records.eml', 'REQ-014', 'no_records', 'CW-26-0288', adverse=True,
     signals=['plus', 'tracking-filename', 'tracking-attachment'],
     why='Wilmington finds no overtime audits (letter only in PDF, number only in file name and PDF); DE petition window 60 days')

# 050 FCPS final release (in full)
write('050-fcps-final.eml', [
    ('From', 'Gerald Osei <gosei@fcps.edu>'), ('To', plus(10)),
    ('Subject', 'FCPS-26-0931 - Response'),
    ('Date', date('2026-10-27 16:10', '-0400')), ('Message-ID', mid('050', 'DM6PR11MB.namprd11.prod.outlook.com')),
    ('Thread-Index', 'AdtF0sFCPS0931Final=='), ('Content-Language', 'en-US')],
    alt(plain('''
    Good afternoon,

    Thank you for your deposit. The responsive records for FCPS-26-0931 have been uploaded
    to the FOIA Center: a spreadsheet of school resource officer arrests and referrals to
    law enforcement by school, month and offense category for 2023-24 through 2025-26,
    and the SRO memorandum of understanding with the Fairfax County Police Department.

    The data are aggregated and contain no student-identifying information, so nothing
    has been withheld. The actual charges were $298.00; a refund of $14.50 will be mailed.
    This request is now closed.

    Gerald Osei
    FOIA Officer, Fairfax County Public Schools
    '''), html('''
    <html><body><div style="font-family:Calibri;font-size:11pt">
    <p>Good afternoon,</p>
    <p>Thank you for your deposit. The responsive records for FCPS-26-0931 have been uploaded to the FOIA Center: a
    spreadsheet of school resource officer arrests and referrals to law enforcement by school, month and offense
    category for 2023-24 through 2025-26, and the SRO memorandum of understanding with the Fairfax County Police
    Department.</p>
    <p>The data are aggregated and contain no student-identifying information, so nothing has been withheld. The actual
    charges were $298.00; a refund of $14.50 will be mailed. This request is now closed.</p>
    <p>Gerald Osei<br>FOIA Officer, Fairfax County Public Schools</p></div></body></html>''')))
fact('050-fcps-final.eml', 'REQ-010', 'records_final', 'FCPS-26-0931', signals=['plus', 'tracking'],
     why='FCPS releases aggregated data and MOU in full; request closed')
