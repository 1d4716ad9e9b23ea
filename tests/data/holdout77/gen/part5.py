from lib import *

# 041 Monroe County Law Department clarification (REQ-015), number first given here
add('041-monroe-clarify.eml', plain(
    '"Brennan, Colleen" <ColleenBrennan@monroecounty.gov>', 'Records Desk <%s>' % plus('REQ-015'),
    'RE: ' + R['REQ-015']['subject'], date('2026-11-10 10:35', 'EST'), mid('041', 'monroecounty.gov'),
    """Good morning,

I am a paralegal in the Monroe County Department of Law assisting the Records Access
Officer with your FOIL request about Monroe Community Hospital (FOIL Center reference
F000912-102026).

Before we go further, please clarify what you mean by "resident fall counts." Monroe
Community Hospital tracks falls in several places: individual incident reports, the
quality assurance committee's monthly dashboards, and the quality measures reported to CMS
through the Minimum Data Set, which CMS publishes on Care Compare. Are you asking for copies
of incident reports, for internal aggregate counts, or for the MDS-based measures?

We will hold the request until we hear from you.

Colleen Brennan, Paralegal
Monroe County Department of Law

CONFIDENTIALITY NOTICE: This e-mail may contain information that is privileged, confidential
or exempt from disclosure, including resident health information protected under HIPAA and
Public Health Law 18. If you have received it in error, please notify the sender.
""", extra=thread('REQ-015')),
    request='REQ-015', kind='clarification', tracking_number='F000912-102026', signals=['thread', 'plus', 'tracking-new'],
    why='County Law paralegal asks which kind of fall data is meant; request held; number first appears here')

# 042 Harris interim release (REQ-006), pending AG ruling on part
m42 = plain('Harris Health Public Information <publicinformation@harrishealth.org>', 'Records Desk <%s>' % plus('REQ-006'),
            'PIR 26-1187 - Partial Release', date('2026-11-13 16:30', 'CST'), mid('042', 'harrishealth.org'),
            """Good afternoon,

Attached is the first release of information responsive to PIR 26-1187: the accounts
payable disbursement report for staffing vendors by month, January 2024 through August
2026, and the master services agreements with seven nurse staffing agencies.

The rate schedules and pricing exhibits to those agreements are the subject of a request for
a decision from the Office of the Attorney General, because the vendors have asserted that
the information is proprietary (sections 552.104 and 552.110). A copy of our letter to the
Attorney General is attached. We will release or withhold that information in accordance
with the ruling.

Public Information Coordinator
Office of General Counsel | Harris Health System

""" + PRIV_HOSP + '\n')
attach_text(m42, 'PIR 26-1187 AG request letter.txt', """Office of the Attorney General, Open Records Division
Re: Request for decision, Harris Health System, PIR 26-1187
Harris Health System received a written request on September 8, 2026 for contracts and payments to
staffing agencies. The System takes no position on the pricing exhibits but has notified the third
parties under section 552.305 of the Government Code.
""")
attach_text(m42, 'staffing_vendor_disbursements_2024_2026.csv',
            'vendor,month,amount\nAgency A,2024-01,1843220.15\nAgency B,2024-01,902114.50\nAgency A,2026-08,2210455.00\n')
add('042-harris-interim.eml', m42, request='REQ-006', kind='records_interim', tracking_number='PIR 26-1187',
    signals=['plus', 'tracking'], why='first release; pricing exhibits await an Attorney General ruling')

# 043 Jackson VAMC no records (REQ-003)
m43 = plain('VHA FOIA Office <vhafoia@va.gov>', 'records@records.example.org',
            'FOIA Request 26-12044-F - Final Response', date('2026-11-18 11:10', 'EST'), mid('043', 'va.gov'),
            """Please see the attached final response to FOIA request 26-12044-F.

VHA FOIA Office
""")
attach_pdf(m43, '26-12044-F Final Response.pdf', [
    'DEPARTMENT OF VETERANS AFFAIRS', 'G.V. (Sonny) Montgomery VA Medical Center', '1500 E. Woodrow Wilson Avenue, Jackson, MS 39216',
    '', 'November 18, 2026', '', 'In Reply Refer To: 586/00FOIA', 'FOIA Request 26-12044-F', '', 'Dear Requester:', '',
    'This is the final response to your Freedom of Information Act (FOIA) request received September 23, 2026,',
    'for patient safety event summary reports and wait-time summary reports for the G.V. (Sonny) Montgomery',
    'VA Medical Center, 2023 through 2026.', '',
    'The Patient Safety Program, the Office of the Chief of Staff and the Business Office searched their',
    'files and shared drives. No records responsive to your request were located. The medical center does',
    'not prepare facility summary reports of patient safety events or of wait times; the FOIA does not',
    'require an agency to create records. Facility-level wait-time information is published by VA at',
    'www.accesstocare.va.gov.', '',
    'If you consider this a denial, you may appeal to the Office of General Counsel (024), Department of',
    'Veterans Affairs, 810 Vermont Avenue NW, Washington, DC 20420, or ogcfoiaappeals@va.gov. Your appeal',
    'must be postmarked or electronically transmitted within 90 days of the date of this letter.', '',
    'You may also seek dispute resolution services from the VHA FOIA Public Liaison or from the Office of',
    'Government Information Services (OGIS), National Archives and Records Administration, 8601 Adelphi',
    'Road - OGIS, College Park, MD 20740-6001; ogis@nara.gov; 202-741-5770.', '',
    'Sincerely,', 'FOIA Officer, G.V. (Sonny) Montgomery VA Medical Center'])
add('043-va-no-records-pdf.eml', m43, request='REQ-003', kind='no_records', tracking_number='26-12044-F',
    adverse_determination=True, signals=['tracking', 'subject'],
    why='no summary reports exist (not required to create records); OGC appeal 90 days; letter only in PDF')

# 044 PA DHS no records (REQ-013)
add('044-padhs-no-records.eml', plain(
    'DHS Right-to-Know Office <ra-pwdhsrtkl@pa.gov>', 'Records Desk <%s>' % plus('REQ-013'),
    'RTKL26-01388 Final Response', date('2026-11-19 15:05', 'EST'), mid('044', 'pa.gov'),
    """Dear Requester:

This is the Department's final response to your Right-to-Know Law request RTKL26-01388 for
Norristown State Hospital staffing vacancy reports and overtime expenditures, 2024 through
2026.

After a good faith search by the hospital's Human Resources office and the DHS Bureau of
Human Resources, the Department has determined that it does not possess records responsive
to your request. Vacancy information is maintained only in the Commonwealth's SAP payroll
and position system, and the Department does not generate hospital-level vacancy reports or
overtime expenditure reports. Under Section 705 of the RTKL, 65 P.S. 67.705, an agency is
not required to create a record that does not exist. Statewide payroll records are held by
the Office of Administration, which you may contact separately.

You have a right to appeal this response to the Office of Open Records within fifteen (15)
business days of the mailing date of this response. Appeals may be filed online at
www.openrecords.pa.gov.

Agency Open Records Officer
Pennsylvania Department of Human Services

PRIVILEGED AND CONFIDENTIAL COMMUNICATION: The information transmitted is intended only for
the person or entity to whom it is addressed and may contain confidential and/or privileged
material, including information protected by the Mental Health Procedures Act and HIPAA.
""", extra=[('In-Reply-To', mid('034', 'pa.gov')), ('References', R['REQ-013']['message_id'] + ' ' + mid('034', 'pa.gov'))]),
    request='REQ-013', kind='no_records', tracking_number='RTKL26-01388', adverse_determination=True,
    signals=['thread', 'plus', 'tracking'],
    why='PA no-records response (Sec. 705, not required to create); number written without the space; OOR appeal 15 business days')

# 045 colleague forwards UI Health final response (REQ-011) that went to her address
add('045-fwd-uihealth-final.eml', plain(
    'Priya Raman <praman@records.example.org>', 'records@records.example.org',
    'Fwd: FOIA FY27-0458 - final response (staffing agreements)', date('2026-11-20 17:12', 'CST'),
    mid('045', 'records.example.org'),
    """The UIC lawyer sent this to me instead of the desk, I think because I called her last
week about the fee. Adding it to the file. Links expire in 30 days.

-P

---------- Forwarded message ---------
From: Okafor, Adaeze <aokafor@uic.edu>
Date: Fri, Nov 20, 2026 at 3:58 PM
Subject: FOIA FY27-0458 - final response (staffing agreements)
To: Priya Raman <praman@records.example.org>


Dear Ms. Raman,

Thank you for your payment. This is the University's final response to FOIA request
FY27-0458. The master staffing agreements and the 23 work orders and amendments with the
replacement nurse staffing agencies are available at the secure link below (1,340 pages).

Portions of the rate exhibits, specifically the vendors' internal cost build-ups and
margin schedules, have been redacted under Section 7(1)(g) of FOIA (5 ILCS 140/7(1)(g)) as
trade secrets and commercial information obtained from a person or business under a claim
that it is proprietary and privileged. The bill rates actually paid by the University are
not redacted. Names and personal contact information of individual nurses have been redacted
under Section 7(1)(c) (unwarranted invasion of personal privacy).

You have a right to request review by the Public Access Counselor at the Office of the
Illinois Attorney General within 60 days of the date of this letter, or to seek judicial
review under Section 11.

Secure link: https://uofi.box.com/s/fy27-0458-release (expires December 20, 2026)

Regards,
Adaeze Okafor
Associate University Counsel
Office of University Counsel | University of Illinois Chicago / UI Health

This message may contain information that is privileged, confidential, attorney work product,
or protected health information under HIPAA.
"""), request='REQ-011', kind='records_final', tracking_number='FY27-0458', adverse_determination=True,
    signals=['tracking', 'subject'],
    why='colleague forwards inline the final release (7(1)(g), 7(1)(c) redactions); PAC review 60 days, same day as forward')

# 046 Monroe County denial (REQ-015) - QA privilege
add('046-monroe-denial-qa.eml', plain(
    'Monroe County Law Department - FOIL <foil@monroecounty.gov>', 'Records Desk <%s>' % plus('REQ-015'),
    'FOIL F000912-102026 - Determination', date('2026-11-23 14:22', 'EST'), mid('046', 'monroecounty.gov'),
    """Dear Records Desk:

Re: FOIL request F000912-102026 - Monroe Community Hospital

Thank you for clarifying on November 12 that you seek the hospital's internal aggregate fall
counts, the quality assurance committee minutes and the resident complaint logs.

Your request is denied in its entirety. The quality assurance committee minutes and the
aggregate fall counts, which are compiled by and for the Quality Assurance and Performance
Improvement committee, are confidential under Education Law 6527(3) and Public Health Law
2805-m and are therefore exempt under Public Officers Law 87(2)(a). The complaint logs
identify residents and describe their care and are exempt under Public Officers Law 87(2)(a)
and (b), Public Health Law 18 and HIPAA. Redaction would not remove the identifying detail
because of the small number of residents on each unit.

You may appeal this denial within 30 days by writing to the FOIL Appeals Officer, Monroe
County Department of Law, 307 County Office Building, 39 West Main Street, Rochester, NY
14614, or foilappeals@monroecounty.gov.

Records Access Officer
Monroe County Department of Law
""", extra=thread('REQ-015', mid('041', 'monroecounty.gov'))),
    request='REQ-015', kind='denial', tracking_number='F000912-102026', adverse_determination=True,
    signals=['thread', 'plus', 'tracking'],
    why='denied in full: QA committee privilege (Educ. Law 6527, PHL 2805-m) and resident privacy; NY appeal 30 days')

# 047 UI FOIA office holiday auto-reply to our follow-up on REQ-011
add('047-uihealth-autoreply-holiday.eml', plain(
    'University of Illinois System FOIA Office <foia@uillinois.edu>', 'Records Desk <%s>' % plus('REQ-011'),
    'Automatic reply: FY27-0458 - question about redactions', date('2026-11-25 12:01', 'CST'), mid('047', 'uillinois.edu'),
    """Thank you for your message. The University of Illinois System FOIA Office is closed on
Thursday, November 26 and Friday, November 27 for the Thanksgiving holiday. Messages
received during the closure will be answered when the office reopens on Monday,
November 30. Business days under the Illinois FOIA do not include University holidays.

FOIA Office, University of Illinois System
""", extra=[('In-Reply-To', '<req-011.20261125.4@records.example.org>'),
            ('References', R['REQ-011']['message_id'] + ' <req-011.20261125.4@records.example.org>'),
            ('Auto-Submitted', 'auto-replied'), ('X-Autoreply', 'yes')]),
    request='REQ-011', kind='auto_reply', tracking_number='FY27-0458', signals=['thread', 'plus', 'tracking'],
    why='FOIA office holiday auto-reply threaded to our follow-up; number echoed from our subject')

# 048 IHS final response, partial (REQ-005)
m48 = plain('IHS FOIA Office <foia@ihs.gov>', 'Records Desk <%s>' % plus('REQ-005'),
            'IHS26-0433 Final Response', date('2026-11-30 15:40', 'EST'), mid('048', 'ihs.gov'),
            """Dear Requester,

Attached is the final response to your FOIA request IHS26-0433, with the records released to
you (plans of correction for the Rosebud and Pine Ridge IHS Hospitals, 2019-2026; 186 pages).
Portions have been withheld as explained in the letter. The CMS-originated records were
referred to CMS on October 15, 2026.

IHS FOIA Office
""")
attach_pdf(m48, 'IHS26-0433_Final_Response_Letter.pdf', [
    'DEPARTMENT OF HEALTH & HUMAN SERVICES     Indian Health Service', '', 'November 30, 2026', '',
    'Re: FOIA Request IHS26-0433', '', 'Dear Requester:', '',
    'We reviewed 186 pages of plans of correction and related service unit correspondence. We are releasing',
    '151 pages in full and 35 pages in part. We withheld the following information:', '',
    '  - Names, dates of birth and medical record numbers of patients, and the names of individual',
    '    clinicians named in deficiency findings, under Exemption 6, 5 U.S.C. 552(b)(6), because release',
    '    would be a clearly unwarranted invasion of personal privacy.',
    '  - Findings and recommendations of the service units\' medical quality assurance program, under',
    '    Exemption 3, 5 U.S.C. 552(b)(3), in conjunction with 25 U.S.C. 1675, which makes IHS medical',
    '    quality assurance records confidential and privileged.', '',
    'You may appeal this determination. Your appeal must be postmarked or electronically transmitted within',
    '90 days of the date of this letter to: Deputy Agency Chief FOIA Officer, HHS, Hubert H. Humphrey',
    'Building, 200 Independence Avenue SW, Washington, DC 20201, or through the HHS FOIA appeals portal.', '',
    'You may contact the IHS FOIA Public Liaison for further assistance, or the Office of Government',
    'Information Services (OGIS) at the National Archives and Records Administration (ogis@nara.gov;',
    '202-741-5770; toll free 1-877-684-6448).', '', 'Sincerely,', 'IHS FOIA Officer'])
add('048-ihs-final-partial.eml', m48, request='REQ-005', kind='records_final', tracking_number='IHS26-0433',
    adverse_determination=True, signals=['plus', 'tracking'],
    why='final, released in part: (b)(6) patient/clinician identifiers and (b)(3) with 25 U.S.C. 1675 QA privilege; 90-day appeal')

# 049 Tomah VAMC denial in full under 38 U.S.C. 5705 (REQ-002)
m49 = alt('"Kowalczyk, Dana M." <Dana.Kowalczyk@va.gov>', 'Records Desk <%s>' % plus('REQ-002'),
          'FOIA 26-11519-F - Determination', date('2026-12-03 13:15', 'CST'), mid('049', 'va.gov'),
          """Hello,

Attached is VA's determination on your FOIA request 26-11519-F. I'm sorry the news isn't
better. The letter explains your appeal rights.

Dana Kowalczyk
FOIA/Privacy Officer | Tomah VA Medical Center

This e-mail may contain Privacy Act, HIPAA-protected and/or VA-sensitive information.
If you received it in error, delete it and notify the sender.
""", """<html><body style="font-family:Calibri"><p>Hello,</p><p>Attached is VA's determination on your FOIA
request 26-11519-F. I'm sorry the news isn't better. The letter explains your appeal rights.</p>
<p>Dana Kowalczyk<br>FOIA/Privacy Officer | Tomah VA Medical Center</p>
<p style="font-size:8pt">This e-mail may contain Privacy Act, HIPAA-protected and/or VA-sensitive information.</p>
</body></html>
""", extra=[('In-Reply-To', mid('028', 'va.gov')), ('References', R['REQ-002']['message_id'] + ' ' + mid('009', 'va.gov') + ' ' + mid('028', 'va.gov'))])
attach_pdf(m49, '26-11519-F Determination Letter.pdf', [
    'DEPARTMENT OF VETERANS AFFAIRS   Tomah VA Medical Center', '500 East Veterans Street, Tomah, WI 54660', '',
    'December 3, 2026', '', 'FOIA Request 26-11519-F', '', 'Dear Requester:', '',
    'This responds to your FOIA request for Community Living Center inspection and unannounced survey',
    'reports for the Tomah VA Medical Center, 2022-2026, including the portion referred to the VHA',
    'Office of Quality Management and Patient Safety, which has asked this office to respond.', '',
    'We located 312 pages of responsive records: CLC unannounced survey reports, facility review',
    'summaries and corrective action plans. All 312 pages are withheld in full under FOIA Exemption 3,',
    '5 U.S.C. 552(b)(3), in conjunction with 38 U.S.C. 5705 and 38 C.F.R. 17.500-17.511, which make',
    'records and documents created as part of a VA medical quality-assurance program confidential and',
    'privileged. No reasonably segregable non-exempt information remains.', '',
    'APPEAL: You may appeal to the Office of General Counsel (024), Department of Veterans Affairs,',
    '810 Vermont Avenue NW, Washington, DC 20420, or ogcfoiaappeals@va.gov. The appeal must be',
    'postmarked or electronically transmitted within 90 days of the date of this letter.', '',
    'You may seek dispute resolution services from the VHA FOIA Public Liaison or from OGIS',
    '(ogis@nara.gov; 202-741-5770; 1-877-684-6448).', '', 'Sincerely,', 'FOIA Officer, Tomah VA Medical Center'])
add('049-va-tomah-denial.eml', m49, request='REQ-002', kind='denial', tracking_number='26-11519-F',
    adverse_determination=True, signals=['plus', 'tracking'],
    why='all 312 pages withheld under (b)(3) with 38 U.S.C. 5705 (QA privilege); OGC appeal 90 days')

# 050 Palomar final release (REQ-008)
add('050-palomar-final.eml', alt(
    'Palomar Health Public Records <no-reply@nextrequest.com>', 'records@records.example.org',
    '[Records Request] Palomar Health request #26-219 has been closed', date('2026-12-04 10:44', 'PST'),
    mid('050', 'nextrequest.com'),
    """Palomar Health

Request #26-219 has been closed.

Message from Palomar Health:
The second and final installment has been released: ambulance diversion logs for both
medical centers, January 2024 through August 2026, and CDPH administrative penalty notices
with the District's responses. Patient names and medical information have been redacted
under Civil Code section 56.10, Health and Safety Code section 1280.15 and Government Code
section 7927.705. Medical staff peer review records referenced in the penalty files are
withheld under Evidence Code section 1157. This completes the District's response.

View documents: https://palomarhealth.nextrequest.com/requests/26-219
""", """<html><body><h3>Palomar Health</h3><p>Request <b>#26-219</b> has been closed.</p>
<blockquote>The second and final installment has been released: ambulance diversion logs for both medical
centers, January 2024 through August 2026, and CDPH administrative penalty notices with the District's
responses. Patient names and medical information have been redacted under Civil Code section 56.10, Health and
Safety Code section 1280.15 and Government Code section 7927.705. Medical staff peer review records referenced
in the penalty files are withheld under Evidence Code section 1157. This completes the District's
response.</blockquote><p><a href="https://palomarhealth.nextrequest.com/requests/26-219">View documents</a></p>
</body></html>
"""), request='REQ-008', kind='records_final', tracking_number='26-219', adverse_determination=True,
    signals=['tracking', 'subject'],
    why='final installment and closure; peer review withheld (Evid. Code 1157); CA has no appeal window')
