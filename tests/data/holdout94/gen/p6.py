"""Messages 051-059."""
from gen_common import *

def build():
    out = []
    # 051 FCSO first rolling release
    r = req('REQ-001')
    body = text("""FCSO-ORR-26-0917 - partial production

Attached is the first production in response to your request: death
notification memoranda and Jail Division incident reports for in-custody
deaths in calendar year 2024 (redacted). The 2025 and 2026 files are still
under review with the County Attorney and will be produced when that review
is complete.

Open Records Unit
Fulton County Sheriff's Office
""")
    pdf = pdf_part('FCSO-ORR-26-0917 Production 1.pdf', ['FULTON COUNTY SHERIFF\'S OFFICE - FCSO-ORR-26-0917 - PRODUCTION 1', '',
        'In-custody death notification memoranda and Jail Division incident reports, 2024', '[redacted copies, 31 pages]'], 'Production 1')
    out.append(('051-fcso-interim.eml', finish([
        ('From', 'FCSO Open Records <openrecords@fcsoga.org>'), ('To', plus('REQ-001')),
        ('Subject', 'RE: ' + r['subject']), ('Date', date_hdr('2026-11-12 10:30')),
        ('Message-ID', mid('051', 'fcsoga.org')), ('In-Reply-To', mid('033', 'fcsoga.org')),
        ('References', r['message_id'] + ' ' + mid('004', 'fcsoga.org') + ' ' + mid('033', 'fcsoga.org')),
        *outlook_hdrs('051', r['subject'])], mixed(text(body.get_payload()), pdf)),
        fact('051-fcso-interim.eml', 'REQ-001', 'records_interim', 'FCSO-ORR-26-0917', signals=['thread', 'plus', 'tracking'],
             why='FCSO first production (2024 death files); 2025-2026 still under review',
             note='rolling release after a missed estimated date | modeled on Georgia sheriff partial productions')))

    # 052 Richland denial of death investigation files
    lines = ['RICHLAND COUNTY', 'Office of the County Attorney', '2020 Hampton Street, Columbia, South Carolina 29204', '',
             'November 16, 2026', '', 'Records Desk', 'Via email', '', 'Re: FOIA Request RC-FOIA-26-0522', '',
             'Dear Records Desk:', '',
             'This letter completes the County\'s response to your request. The medical services',
             'agreement was provided to you on October 14, 2026.', '',
             'The County denies your request for the death investigation files, incident reports',
             'and medical records concerning inmates who died at the Alvin S. Glenn Detention',
             'Center. These records are withheld in full:', '',
             ' - records compiled for law enforcement purposes whose disclosure would interfere',
             '   with pending investigations by the South Carolina Law Enforcement Division',
             '   (S.C. Code Ann. 30-4-40(a)(3)(A));',
             ' - information of a personal nature, including medical records, the disclosure of',
             '   which would be an unreasonable invasion of privacy (30-4-40(a)(2)).', '',
             'Sincerely,', '', 'Deputy County Attorney']
    body = mixed(text('Please find attached the County\'s response to your FOIA request.\n\nRichland County FOIA\n'),
                 pdf_part('RC-FOIA-26-0522 Response.pdf', lines, 'RC-FOIA-26-0522'))
    out.append(('052-richland-denial.eml', finish([
        ('From', 'Richland County FOIA <foia@richlandcountysc.gov>'), ('To', plus('REQ-009')),
        ('Subject', 'FOIA Response RC-FOIA-26-0522'), ('Date', date_hdr('2026-11-16 14:00')),
        ('Message-ID', mid('052', 'richlandcountysc.gov'))], body),
        fact('052-richland-denial.eml', 'REQ-009', 'denial', 'RC-FOIA-26-0522', adverse=True, signals=['plus', 'tracking'],
             why='Richland withholds all death investigation and medical records (30-4-40(a)(3)(A), (a)(2)); SC: appeal_due null',
             note='denial in full of the remaining records after an earlier partial release; letter in PDF | modeled on South Carolina county attorney FOIA denials')))

    # 053 EBRSO final: picked up, also sending electronic copies
    r = req('REQ-011')
    body = text("""Thank you for coming by on Friday. As discussed at the counter, attached are
electronic copies of the same records you picked up (Securus agreement with
amendments; commission statements FY2024-FY2026), so your reporter doesn't
have to scan them. Receipt no. 2026-1187 for $77.00.

No records were withheld. This completes your request.

Legal Services Division
East Baton Rouge Parish Sheriff's Office
""")
    att = txt_attachment('Commission_Statements_FY24-FY26.csv',
                         'month,facility,gross_call_revenue,commission_paid\n2024-07,EBR Parish Prison,61234.10,24493.64\n2024-08,EBR Parish Prison,59810.55,23924.22\n')
    out.append(('053-ebrso-final.eml', finish([
        ('From', 'EBRSO Legal <legal@ebrso.org>'), ('To', plus('REQ-011')),
        ('Subject', 'Re: ' + r['subject']), ('Date', ct('2026-11-18 11:00')),
        ('Message-ID', mid('053', 'ebrso.org')), ('In-Reply-To', mid('032', 'ebrso.org')),
        ('References', r['message_id'] + ' ' + mid('032', 'ebrso.org'))], mixed(text(body.get_payload()), att)),
        fact('053-ebrso-final.eml', 'REQ-011', 'records_final', adverse=False, signals=['thread', 'plus', 'subject'],
             why='EBRSO confirms the pickup and payment and emails the same records; nothing withheld; complete',
             note='final after in-person pickup, CSV attachment | modeled on Louisiana sheriff legal staff follow-ups')))

    # 054 Harrison Board Attorney final, new subject, no threading
    body = text("""Records Desk,

The Sheriff's Department forwarded your public records request to this office
on behalf of the Harrison County Board of Supervisors.

Attached please find:
  1. Inmate Commissary Services Agreement between Harrison County and Trinity
     Services Group, with the 2024 amendment (approved in Board minutes).
  2. Monthly commissary commission statements, October 2024 - September 2026.

There is no charge for these records. This concludes the County's response.

Office of the Board Attorney
Harrison County Board of Supervisors
1801 23rd Avenue, Gulfport, MS 39501
""")
    att = txt_attachment('Commissary_Commissions_FY25-FY26.csv',
                         'month,vendor,net_sales,commission_rate,commission\n2024-10,Trinity,88412.40,0.30,26523.72\n2024-11,Trinity,85101.77,0.30,25530.53\n')
    out.append(('054-harrison-board-attorney-final.eml', finish([
        ('From', 'Harrison County Board Attorney <boardattorney@co.harrison.ms.us>'), ('To', 'records@records.example.org'),
        ('Subject', 'Trinity commissary agreement and commission statements'), ('Date', ct('2026-11-19 09:45')),
        ('Message-ID', mid('054', 'co.harrison.ms.us'))], mixed(text(body.get_payload()), att)),
        fact('054-harrison-board-attorney-final.eml', 'REQ-007', 'records_final', adverse=False, signals=['subject'],
             why='Board Attorney (after the Sheriff referral) releases the commissary agreement and commission statements; complete',
             note='reply from the referred-to office with a changed subject and no threading | modeled on Mississippi board attorneys answering for county contracts')))

    # 055 Hinds closure for non-response
    body = text("""PRR-2026-131

Records Desk:

On October 13, 2026 this office asked you to clarify your request for the
Raymond Detention Center medical services contract and staffing reports. We
have not received a response. As stated in that notice, the request is
considered withdrawn and has been closed.

You may submit a new request at any time.

Hinds County Public Records Office
""")
    out.append(('055-hinds-closed-no-response.eml', finish([
        ('From', 'Hinds County Public Records <publicrecords@hindscountyms.com>'), ('To', plus('REQ-015')),
        ('Subject', 'PRR-2026-131 - Closed'), ('Date', ct('2026-12-01 10:00')),
        ('Message-ID', mid('055', 'hindscountyms.com'))], body),
        fact('055-hinds-closed-no-response.eml', 'REQ-015', 'other', 'PRR-2026-131', signals=['plus', 'tracking'],
             why='request closed as withdrawn for no answer to the Oct 13 clarification; no records decision',
             note='closure for non-response | modeled on Mississippi county withdrawal notices')))

    # 056 ICE no records for REQ-013
    body = text("""RE: ICE FOIA Case Number 2026-ICFO-63388

Dear Requester:

This is the final response to your FOIA request for 287(g) program compliance
inspections and steering committee records concerning the Charleston County
and Mobile County Sheriff's Offices.

ICE conducted a comprehensive search of files within the Enforcement and
Removal Operations 287(g) Program Management Office and the Office of
Professional Responsibility, Inspections and Detention Oversight, for records
that would be responsive to your request. Unfortunately, we were unable to
identify any records responsive to your request. Compliance inspections of
the two agencies were not conducted during the period requested, and the
program does not maintain steering committee minutes.

You have the right to appeal this determination. Your appeal must be
received within 90 days of the date of this letter and should be sent to the
ICE Office of the Principal Legal Advisor, Government Information Law
Division, or by email to ICE-FOIA-Appeals@ice.dhs.gov.

You may also contact the ICE FOIA Public Liaison at 866-633-1182, or the
Office of Government Information Services (OGIS), National Archives and
Records Administration, ogis@nara.gov, 202-741-5770.

Sincerely,
ICE FOIA Office
""")
    out.append(('056-ice-no-records.eml', finish([
        ('From', 'ICE-FOIA <ice-foia@ice.dhs.gov>'), ('To', plus('REQ-013')),
        ('Subject', 'ICE FOIA 2026-ICFO-63388 - Final Response'), ('Date', date_hdr('2026-12-03 13:00')),
        ('Message-ID', mid('056', 'ice.dhs.gov'))], body),
        fact('056-ice-no-records.eml', 'REQ-013', 'no_records', '2026-ICFO-63388', adverse=True, signals=['plus', 'tracking'],
             why='ICE found no 287(g) compliance inspections or steering committee minutes; federal 90-day appeal',
             note='federal no-records letter with appeal, public liaison and OGIS paragraphs | modeled on ICE "no records" final responses')))

    # 057 OPSO final with withholdings, PDF letter
    lines = ['ORLEANS PARISH SHERIFF\'S OFFICE', 'Office of the General Counsel', '', 'December 8, 2026', '',
             'Re: Public Records Request PRR #26-0733 - Final Response', '',
             'The second and final release responsive to your request is available through the',
             'same ShareFile folder: in-custody death notifications for 2025 and 2026 and the',
             'Medical Unit mortality review cover sheets (redacted).', '',
             'The following are withheld: investigative files of the OPSO Investigative Services',
             'Bureau and the NOPD Homicide Section for deaths under active investigation (La. R.S.',
             '44:3(A)(1)), and inmate medical records and autopsy-related health information',
             '(La. R.S. 44:4.1; 45 C.F.R. Parts 160 and 164).', '',
             'This completes the response to PRR #26-0733.', '', 'Associate General Counsel']
    body = mixed(text('Please see the attached final response.\n\nOPSO Public Records\n'),
                 pdf_part('PRR 26-0733 Final Response.pdf', lines, 'PRR 26-0733 Final'))
    out.append(('057-opso-final-pdf.eml', finish([
        ('From', 'OPSO Public Records <publicrecords@opso.us>'), ('To', plus('REQ-010')),
        ('Subject', 'Public Records Request - Final Response'), ('Date', ct('2026-12-08 16:00')),
        ('Message-ID', mid('057', 'opso.us'))], body),
        fact('057-opso-final-pdf.eml', 'REQ-010', 'records_final', 'PRR #26-0733', adverse=True,
             signals=['plus', 'tracking-attachment', 'tracking-filename'],
             why='OPSO second and final release; investigative files and medical records withheld (LA: appeal_due null)',
             note='final letter only in PDF, generic subject | modeled on OPSO general counsel final responses')))

    # 058 FCSO final with withholdings
    r = req('REQ-001')
    body = text("""FCSO-ORR-26-0917 - final production

Attached through the County's secure file link is the final production: death
notification memoranda and incident reports for in-custody deaths in 2025 and
2026 (redacted).

Withheld: records relating to four deaths that are the subject of pending
investigations by the Georgia Bureau of Investigation (O.C.G.A. 50-18-72(a)(4));
medical records and autopsy photographs (O.C.G.A. 50-18-72(a)(2) and
45-16-27). Personal information of detainees and staff has been redacted under
50-18-72(a)(20) and (a)(21).

https://fultoncountyga.sharefile.com/d-4e0a91bc

This request is closed.

Open Records Unit
Fulton County Sheriff's Office
""")
    out.append(('058-fcso-final.eml', finish([
        ('From', 'FCSO Open Records <openrecords@fcsoga.org>'), ('To', plus('REQ-001')),
        ('Subject', 'RE: ' + r['subject']), ('Date', date_hdr('2026-12-15 11:00')),
        ('Message-ID', mid('058', 'fcsoga.org')), ('In-Reply-To', mid('051', 'fcsoga.org')),
        ('References', r['message_id'] + ' ' + mid('051', 'fcsoga.org')), *outlook_hdrs('058', r['subject'])], body),
        fact('058-fcso-final.eml', 'REQ-001', 'records_final', 'FCSO-ORR-26-0917', adverse=True,
             signals=['thread', 'plus', 'tracking'],
             why='FCSO final production with GBI-investigation and medical withholdings; closed (GA: appeal_due null)',
             note='Georgia final production with (a)(4) withholdings | modeled on Georgia sheriff final open records letters')))

    # 059 ICE final with withholdings
    lines = ['U.S. Immigration and Customs Enforcement', 'Freedom of Information Act Office', '', 'January 8, 2027', '',
             'RE: ICE FOIA Case Number 2026-ICFO-61207 - Final Response', '', 'Dear Requester:', '',
             'This is the final response to your FOIA request. ICE has reviewed an additional',
             '344 pages; 301 are released in full and 43 in part. Information is withheld',
             'under FOIA Exemptions (b)(6), (b)(7)(C) and (b)(7)(E).', '',
             'You have the right to appeal this determination within 90 days of the date of this',
             'letter. Address the appeal to the Government Information Law Division, Office of the',
             'Principal Legal Advisor, or email ICE-FOIA-Appeals@ice.dhs.gov.', '',
             'You may contact OGIS at ogis@nara.gov or 1-877-684-6448 for mediation services.', '',
             'Sincerely,', 'ICE FOIA Office']
    body = mixed(text('Please see the attached final response for 2026-ICFO-61207.\n'),
                 pdf_part('2026-ICFO-61207 Final Response.pdf', lines, '2026-ICFO-61207 Final'))
    out.append(('059-ice-final.eml', finish([
        ('From', 'ICE-FOIA <ice-foia@ice.dhs.gov>'), ('To', plus('REQ-012')),
        ('Subject', 'ICE FOIA 2026-ICFO-61207 - Final Response'), ('Date', date_hdr('2027-01-08 10:00')),
        ('Message-ID', mid('059', 'ice.dhs.gov'))], body),
        fact('059-ice-final.eml', 'REQ-012', 'records_final', '2026-ICFO-61207', adverse=True, signals=['plus', 'tracking'],
             why='ICE final release of 287(g) MOAs with (b)(6)/(b)(7)(C)/(b)(7)(E) withholdings; 90-day appeal from Jan 8, 2027',
             note='federal final response with partial withholdings in PDF | modeled on ICE final response letters')))
    return out
