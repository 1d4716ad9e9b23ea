#!/usr/bin/env python3
"""Messages 041-050."""
from mkmail import *  # noqa

# ------------------------------------------------------------------ 041 EOUSA fee notification (hedged)
body = """Records Desk
records@records.example.org

Re: Request Number EOUSA-2026-004817

Dear Requester:

The United States Attorney's Office for the District of Puerto Rico has
located approximately 2,340 pages of potentially responsive records. As a
representative of the news media, you are not charged search or review
fees, and the first 100 pages of duplication are provided without charge.

Duplication of the remaining pages may result in fees of up to $224.00
(2,240 pages at $0.10 per page). The actual fee may be lower if pages are
withheld in full or if you accept the records in electronic form with fewer
pages. Because the anticipated fee exceeds $25.00, please tell us in writing
that you agree to pay fees up to that amount, or narrow your request to
reduce the cost. We will not further process your request until we receive
your response. See 28 C.F.R. 16.10(e).

If we do not receive your response within 30 days of the date of this
letter, we will assume you are no longer interested and will
administratively close your request.

Sincerely,

FOIA/PA Staff
Executive Office for United States Attorneys
"""
write('041-eousa-fee-estimate.eml', [
    ('From', addr('USAEO-FOIA Requests (USAEO)', 'USAEO.FOIA.Requests@usdoj.gov')),
    ('To', addr('Records Desk', 'records@records.example.org')),
    ('Subject', 'EOUSA-2026-004817 - Fee Notification'),
    ('Thread-Topic', 'EOUSA-2026-004817 - Fee Notification'),
    ('Date', date('2026-10-29 13:45:21', '-0400')),
    ('Message-ID', '<%s@BN1PR09MB0322.namprd09.prod.outlook.com>' % HX('041', 24)),
    ('Content-Language', 'en-US'),
    ('MIME-Version', '1.0'),
], text(body, cte='7bit', charset='us-ascii'))

# ------------------------------------------------------------------ 042 Dona Ana County first installment, delivered through our Google Group
contract = [
    'CONDADO DE DOÑA ANA / DOÑA ANA COUNTY',
    'Professional Services Agreement No. 22-0315',
    'Detention Center Inmate Health Care Services',
    '',
    'This Agreement is made between the Board of County Commissioners of Doña Ana County, New Mexico, and '
    'the Contractor named in Exhibit A for comprehensive medical, dental and behavioral health services at '
    'the Doña Ana County Detention Center.',
    '',
    'Term: July 1, 2022 - June 30, 2026; Amendment No. 3 extends through June 30, 2027.',
    'Annual compensation: $6,214,880.00 (FY2023), adjusted annually per Section 7.',
    'Staffing: 24/7 registered nurse coverage; physician on call; mental health professional 80 hrs/week.',
    '',
    '[Exhibits A-F and Amendments 1-3 follow in the full production]',
]
body = """Buenas tardes / Good afternoon,

[ESPAÑOL]
En respuesta a su solicitud IPRA-26-0734, adjuntamos el contrato de
servicios médicos del Centro de Detención (Acuerdo Núm. 22-0315) y sus
enmiendas 1 a 3. Los documentos sobre las muertes bajo custodia (cinco
casos entre 2022 y 2026) continúan en revisión y se los enviaremos en una
segunda entrega.

[ENGLISH]
In response to IPRA-26-0734, attached is the Detention Center medical
services contract (Agreement No. 22-0315) and Amendments 1 through 3. The
in-custody death records (five cases between 2022 and 2026) are still under
review and will be sent in a second installment.

Monica Gallegos
Records Custodian / Custodia de Documentos
Doña Ana County

--
You received this message because you are subscribed to the Google Groups "Records Desk FOIA" group.
To unsubscribe from this group and stop receiving emails from it, send an email to foia-desk+unsubscribe@records.example.org.
To view this discussion visit https://groups.google.com/a/records.example.org/d/msgid/foia-desk/PH0PR14MB5190%s.
""" % HX('042', 16)
write('042-dac-entrega-parcial-ggroup.eml', [
    ('From', addr("'Gallegos, Monica' via Records Desk FOIA", 'foia-desk@records.example.org')),
    ('To', addr('Records Desk FOIA', 'foia-desk@records.example.org')),
    ('Subject', h('IPRA-26-0734 - Primera entrega / First installment')),
    ('Date', date('2026-10-30 15:10:33', '-0600')),
    ('Message-ID', '<%s@PH0PR14MB5190.namprd14.prod.outlook.com>' % HX('042', 24)),
    ('Reply-To', addr('Gallegos, Monica', 'mgallegos@donaanacounty.org')),
    ('X-Original-Sender', 'mgallegos@donaanacounty.org'),
    ('X-Original-From', addr('Gallegos, Monica', 'mgallegos@donaanacounty.org')),
    ('X-Original-Authentication-Results', 'mx.google.com; spf=pass smtp.mailfrom=mgallegos@donaanacounty.org'),
    ('Precedence', 'list'),
    ('Mailing-list', 'list foia-desk@records.example.org; contact foia-desk+owners@records.example.org'),
    ('List-Id', '<foia-desk.records.example.org>'),
    ('X-Google-Group-Id', '803317245119'),
    ('List-Post', '<https://groups.google.com/a/records.example.org/group/foia-desk/post>, <mailto:foia-desk@records.example.org>'),
    ('List-Help', '<https://support.google.com/a/records.example.org/bin/topic.py?topic=25838>, <mailto:foia-desk+help@records.example.org>'),
    ('List-Archive', '<https://groups.google.com/a/records.example.org/group/foia-desk/>'),
    ('List-Unsubscribe', '<mailto:googlegroups-manage+803317245119+unsubscribe@googlegroups.com>,\n <https://groups.google.com/a/records.example.org/group/foia-desk/subscribe>'),
    ('MIME-Version', '1.0'),
], multipart('mixed', [
    text(body),
    attachment('IPRA-26-0734_Contrato_Servicios_Medicos.pdf', pdf(contract, 'Agreement 22-0315')),
], '000000000000e4b2f7060b9c5a13'))

# ------------------------------------------------------------------ 043 Imperial County: item 1 records released, item 2 pending (records_interim)
csv_data = """station_id,site_name,sample_date,parameter,result,units,qualifier
NR-01,New River at International Boundary,2022-01-11,E. coli,24196,MPN/100mL,>
NR-01,New River at International Boundary,2022-01-11,Dissolved Oxygen,2.1,mg/L,
NR-03,New River at Evan Hewes Hwy,2022-01-11,E. coli,4611,MPN/100mL,
NR-01,New River at International Boundary,2024-07-09,Fecal Coliform,160000,MPN/100mL,>
NR-05,New River at Outlet to Salton Sea,2025-03-18,Selenium,4.8,ug/L,
NR-01,New River at International Boundary,2026-06-16,E. coli,17329,MPN/100mL,
"""
body = """Dear Requester:

Re: CPRA 2026-318, item 1

Attached are the New River water-quality sampling results collected by
Environmental Health from January 2022 through June 2026, exported from the
laboratory information system (the attached file is an excerpt; the full
export of 4,812 rows is available on request in Excel format).

The Public Health Department is still reviewing whether it maintains
records responsive to item 2 (asthma hospitalization data). We will
respond to item 2 separately.

Lorena Beltrán
Deputy County Counsel
County of Imperial
"""
write('043-imperial-interim.eml', [
    ('From', addr('Beltrán, Lorena', 'lbeltran@co.imperial.ca.us')),
    ('To', 'records@records.example.org'),
    ('Subject', 'CPRA 2026-318 - Records (Item 1)'),
    ('Date', date('2026-11-02 12:25:09', '-0800')),
    ('Message-ID', '<%s@BYAPR06MB5512.namprd06.prod.outlook.com>' % HX('043', 24)),
    ('MIME-Version', '1.0'),
], multipart('mixed', [
    text(body),
    attachment('NewRiver_Sampling_2022_2026_excerpt.csv', csv_data, 'text/csv'),
], '_004_%s_' % HX('043b', 36)))

# ------------------------------------------------------------------ 044 FEMA first interim release, letter in PDF, estimated completion date
letter = [
    'U.S. Department of Homeland Security',
    'Federal Emergency Management Agency',
    'Disclosure Branch, 500 C Street SW, Washington, DC 20472',
    '',
    'November 5, 2026',
    '',
    'Records Desk',
    'records@records.example.org',
    '',
    'Re: FOIA Request 2026-FEFO-01963 - First Interim Response',
    '',
    'Dear Requester:',
    '',
    'This is the first interim response to your Freedom of Information Act request for Public Assistance '
    'project worksheets, obligation reports and related correspondence for the municipalities of Utuado and '
    'Jayuya under DR-4671-PR.',
    '',
    'We reviewed 412 pages. We are releasing 388 pages in full and 24 pages in part. Information was '
    'withheld under FOIA Exemption 4 (contractor pricing and proprietary engineering estimates submitted by '
    'applicants) and Exemption 6 (names and personal contact information of private individuals). The '
    'released pages are enclosed as a separate file.',
    '',
    'We continue to process the remaining records and will make further releases on a rolling basis. We '
    'estimate that processing of your request will be completed by January 29, 2027.',
    '',
    'If you have questions, contact the FEMA FOIA Public Liaison at fema-foia@fema.dhs.gov. You may also '
    'seek dispute resolution services from OGIS (ogis@nara.gov; 202-741-5770).',
    '',
    'Sincerely,',
    '',
    'FEMA Disclosure Branch',
]
release = ['PROJECT WORKSHEET SUMMARY - DR-4671-PR', '',
           'PW 1142  Municipio de Utuado  Category C (Roads and Bridges)  Federal share obligated: $3,118,406.22',
           'PW 1187  Municipio de Jayuya  Category F (Utilities)  Federal share obligated: $842,560.00',
           'PW 1203  Municipio de Utuado  Category E (Buildings)  Federal share obligated: $1,027,745.91', '',
           '[Released pages 1-388 continue in the full file]']
body = """Please see the attached interim response and released records.

FEMA Disclosure Branch
"""
write('044-fema-interim-pdf.eml', [
    ('From', addr('FEMA-FOIA', 'fema-foia@fema.dhs.gov')),
    ('To', 'records@records.example.org'),
    ('Subject', 'FOIA 2026-FEFO-01963 - Interim Response 1'),
    ('Date', date('2026-11-05 14:40:55', '-0500')),
    ('Message-ID', '<%s@DM6PR09MB4421.namprd09.prod.outlook.com>' % HX('044', 24)),
    ('X-MS-Has-Attach', 'yes'),
    ('Content-Language', 'en-US'),
    ('MIME-Version', '1.0'),
], multipart('mixed', [
    text(body, cte='7bit', charset='us-ascii'),
    attachment('2026-FEFO-01963_Interim_1_Letter.pdf', pdf(letter, 'Interim Response 1')),
    attachment('2026-FEFO-01963_Interim_1_Release.pdf', pdf(release, 'Interim Release 1', width=110)),
], '_006_%s_' % HX('044b', 36)))

# ------------------------------------------------------------------ 045 AEE no records, letter in PDF; full number only in the file name
letter = [
    'AUTORIDAD DE ENERGÍA ELÉCTRICA DE PUERTO RICO',
    'Oficina de Transparencia',
    '',
    '9 de noviembre de 2026',
    '',
    'Mesa de Documentos Públicos',
    'records@records.example.org',
    '',
    'Re: Solicitud Núm. 26-091 - Contratos y facturas de generación temporera',
    '',
    'Estimado(a) solicitante:',
    '',
    'Luego de realizar una búsqueda razonable en la Directoría de Finanzas, la Oficina de Contratos y la '
    'Directoría de Generación de la Autoridad, le informamos que no se encontraron documentos que respondan '
    'a su solicitud.',
    '',
    'Los contratos de generación temporera vigentes desde 2024 fueron otorgados por Genera PR, LLC, operador '
    'privado de las centrales de generación legadas, al amparo del Contrato de Operación y Mantenimiento '
    'suscrito con la Autoridad para las Alianzas Público-Privadas. La AEE no es parte de dichos contratos ni '
    'custodia las facturas. Puede dirigir su solicitud a la Autoridad para las Alianzas Público-Privadas o '
    'al Negociado de Energía de Puerto Rico.',
    '',
    'De no estar conforme con esta determinación, podrá presentar un Recurso Especial de Acceso a '
    'Información Pública ante el Tribunal de Primera Instancia dentro de los treinta (30) días siguientes a '
    'esta notificación.',
    '',
    'Cordialmente,',
    '',
    'Ing. Carlos J. Pagán Medina',
    'Oficial de Información',
]
body = """Saludos,

Se incluye carta en respuesta a su solicitud.

Oficina de Transparencia
Autoridad de Energía Eléctrica
"""
write('045-aee-no-records-pdf.eml', [
    ('From', addr('Transparencia AEE', 'transparencia@aeepr.com')),
    ('To', 'records@records.example.org'),
    ('Subject', h('Respuesta a su solicitud de información')),
    ('Date', date('2026-11-09 10:30:27', '-0400')),
    ('Message-ID', '<%s@CH3PR12MB8841.namprd12.prod.outlook.com>' % HX('045', 24)),
    ('Content-Language', 'es-PR'),
    ('MIME-Version', '1.0'),
], multipart('mixed', [
    text(body),
    attachment('AEE-TR-26-091_Respuesta.pdf', pdf(letter, 'Respuesta')),
], '_004_%s_' % HX('045b', 36)))

# ------------------------------------------------------------------ 046 NPPR entrega final with withholdings (Spanish)
mid028 = '<%s@SJ0PR09MB7762.namprd09.prod.outlook.com>' % HX('028', 24)
mid005 = '<%s@SJ0PR09MB7762.namprd09.prod.outlook.com>' % HX('005', 24)
body = """Buenas tardes:

En atención a su solicitud NPPR-SIP-2026-0187, le remitimos la segunda y
última entrega de la información:

  - Informes de uso de fuerza de las nueve áreas policiacas restantes,
    años 2021 a 2023 (588 informes).
  - Informes de uso de fuerza de las trece áreas policiacas, años 2024 y
    2025 (430 informes).

Enlace de descarga (vence en 30 días):
https://policiapr.sharepoint.com/:f:/s/Transparencia/EkR2sIP0187entrega2

Se retuvieron en su totalidad veintitrés (23) informes relacionados con
investigaciones criminales en curso, y se testó en los demás la información
de víctimas, menores de edad y testigos, conforme al Artículo 4 de la Ley
141-2018 y a la Ley 246-2011.

Con esta entrega damos por atendida su solicitud. De no estar conforme,
podrá presentar un Recurso Especial de Acceso a Información Pública ante el
Tribunal de Primera Instancia dentro de los treinta (30) días siguientes a
esta notificación.

Cordialmente,

Lcda. Marisol Acevedo Rosa
Oficial de Información
Negociado de la Policía de Puerto Rico
"""
write('046-nppr-entrega-final.eml', [
    ('From', addr('Oficina de Transparencia NPPR', 'transparencia@policia.pr.gov')),
    ('To', addr('Mesa de Documentos Públicos', 'records+req-001@records.example.org')),
    ('Subject', h('RE: Solicitud NPPR-SIP-2026-0187 - Entrega final', 'iso-8859-1')),
    ('Thread-Topic', h('Solicitud NPPR-SIP-2026-0187 - Primera entrega', 'iso-8859-1')),
    ('Date', date('2026-11-12 15:55:36', '-0400')),
    ('Message-ID', '<%s@SJ0PR09MB7762.namprd09.prod.outlook.com>' % HX('046', 24)),
    ('In-Reply-To', mid028),
    ('References', fold_refs([req_mid('REQ-001'), mid005, mid028])),
    ('Content-Language', 'es-PR'),
    ('MIME-Version', '1.0'),
], text(body, charset='iso-8859-1'))

# ------------------------------------------------------------------ 047 Hidalgo County final release with CSVs (no withholding)
ledger = """fiscal_year,grant_no,category,description,amount
FY2022,OLS-3401-22,Overtime,Deputy overtime - border operations,1284551.20
FY2022,OLS-3401-22,Equipment,Patrol vehicles (6),342118.00
FY2023,OLS-3401-23,Overtime,Deputy overtime - border operations,1597032.75
FY2024,OLS-3401-24,Overtime,Deputy overtime - border operations,1710488.40
FY2025,OLS-3401-25,Overtime,Deputy overtime - border operations,1402276.10
FY2026,OLS-3401-26,Overtime,Deputy overtime - border operations,988310.65
"""
ot = """pay_period_end,unit,deputies,ot_hours,ot_cost
2025-10-10,Border Operations,41,3116.5,142880.11
2025-10-24,Border Operations,39,2984.0,136811.40
2025-11-07,Border Operations,40,3050.25,139848.98
"""
body = """Good morning,

Attached are the records responsive to request PIR26-1187:

  1. Operation Lone Star grant expenditure ledger, FY2022-FY2026
  2. Sheriff's Office overtime summary by pay period (OLS-funded units)

No information was withheld. This completes your request. Your receipt
for the $183.40 payment is also attached.

Rosalinda Treviño
Public Information Coordinator
Hidalgo County, Texas
(956) 318-2600
"""
receipt = ['HIDALGO COUNTY - RECEIPT', '', 'Received from: Records Desk', 'For: Public information charges, PIR 26-1187',
           'Amount: $183.40', 'Method: Credit card (online)', 'Date: 10/14/2026']
write('047-hidalgo-final-csv.eml', [
    ('From', addr('Rosalinda Treviño', 'rtrevino@co.hidalgo.tx.us')),
    ('To', 'records@records.example.org'),
    ('Cc', addr('Lucía Ferrer', 'lferrer@records.example.org')),
    ('Subject', 'PIR26-1187 - Responsive Records'),
    ('Date', date('2026-11-13 11:20:05', '-0600')),
    ('Message-ID', '<%s@co.hidalgo.tx.us>' % hx('047', 20)),
    ('MIME-Version', '1.0'),
], multipart('mixed', [
    text(body),
    attachment('OLS_Grant_Ledger_FY22-FY26.csv', ledger, 'text/csv'),
    attachment('HCSO_OLS_Overtime_by_PayPeriod.csv', ot, 'text/csv'),
    attachment('Receipt_PIR26-1187.pdf', pdf(receipt, 'Receipt')),
], '----=_NextPart_000_0107_01DD7390.1A2B3C40'))

# ------------------------------------------------------------------ 048 EOUSA third-party request: Glomar / categorical denial, new number
body = """Records Desk
records@records.example.org

Re: Request Number: EOUSA-2027-000233
    Date of Receipt: October 14, 2026
    Subject of Request: Third Party Records / Héctor L. Maldonado Ortiz

Dear Requester:

Your request for records concerning a third party has been received by the
Executive Office for United States Attorneys and has been assigned the
number above.

You have requested records concerning a named individual. Absent the
individual's written consent, proof of death, or a clear demonstration
that the public interest in disclosure outweighs the individual's personal
privacy interest, records concerning a third party in the files of a
United States Attorney's Office, if any exist, are categorically exempt
from disclosure under FOIA Exemptions (b)(6) and (b)(7)(C), 5 U.S.C.
552(b)(6) and (b)(7)(C). Because any non-public records responsive to your
request would be exempt, we can neither confirm nor deny the existence of
such records. This is our final action on this request. Publicly filed
court records, if any, may be obtained from the Clerk of the United States
District Court for the District of Puerto Rico.

You may contact our FOIA Public Liaison at (202) 252-6020 for any further
assistance and to discuss any aspect of your request. You may also contact
the Office of Government Information Services (OGIS) at the National
Archives and Records Administration (ogis@nara.gov; 202-741-5770; toll free
1-877-684-6448).

If you are not satisfied with this response, you may administratively
appeal by writing to the Director, Office of Information Policy (OIP),
United States Department of Justice, 441 G Street, NW, 6th Floor,
Washington, DC 20530, or you may submit an appeal through OIP's FOIA STAR
portal. Your appeal must be postmarked or electronically transmitted within
90 days of the date of this response.

Sincerely,

FOIA/PA Staff
Executive Office for United States Attorneys
"""
write('048-eousa-third-party-denial.eml', [
    ('From', addr('USAEO-FOIA Requests (USAEO)', 'USAEO.FOIA.Requests@usdoj.gov')),
    ('To', addr('Records Desk', 'records@records.example.org')),
    ('Subject', 'FOIA Request EOUSA-2027-000233 - Final Determination'),
    ('Thread-Topic', 'FOIA Request EOUSA-2027-000233 - Final Determination'),
    ('Date', date('2026-11-16 10:00:48', '-0500')),
    ('Message-ID', '<%s@BN1PR09MB0322.namprd09.prod.outlook.com>' % HX('048', 24)),
    ('Content-Language', 'en-US'),
    ('MIME-Version', '1.0'),
], text(body))

# ------------------------------------------------------------------ 049 CBP first interim release, letter in PDF (mentions appeal rights)
letter = [
    'U.S. Customs and Border Protection',
    'FOIA Division, 90 K Street NE, 9th Floor, Washington, DC 20229',
    '',
    'November 18, 2026',
    '',
    'Records Desk',
    'records@records.example.org',
    '',
    'RE: CBP-FO-2026-118342 - Interim Release 1',
    '',
    'Dear Requester:',
    '',
    'This is the first interim response to your FOIA request for use-of-force incident reports at El Paso '
    'Field Office ports of entry, 2023-2025. CBP reviewed 250 pages: 61 pages are released in full, 174 pages '
    'are released in part, and 15 pages are withheld in full pursuant to FOIA Exemptions (b)(6), (b)(7)(C) '
    'and (b)(7)(E). Exemptions (b)(6) and (b)(7)(C) protect the names and identifying information of CBP '
    'officers and members of the public; Exemption (b)(7)(E) protects law enforcement techniques and '
    'procedures, including port security configurations.',
    '',
    'CBP continues to process approximately 900 additional pages and will release them on a rolling basis '
    'as processing is completed.',
    '',
    'You may appeal the withholdings in this release within 90 days of the date of this letter by writing '
    'to FOIA Appeals, Policy and Litigation Branch, U.S. Customs and Border Protection, 90 K Street NE, '
    '10th Floor, Washington, DC 20229, or through SecureRelease. You may also contact OGIS '
    '(ogis@nara.gov; 202-741-5770) or the CBP FOIA Public Liaison at (202) 325-0150.',
    '',
    'Sincerely,',
    '',
    'FOIA Division',
    'U.S. Customs and Border Protection',
]
body = """Please find attached an interim response to your FOIA request. The released
records are available for download in SecureRelease.

CBP FOIA Division
"""
write('049-cbp-interim-pdf.eml', [
    ('From', addr('CBP FOIA', 'cbpfoia@cbp.dhs.gov')),
    ('To', 'records+req-003@records.example.org'),
    ('Subject', 'CBP-FO-2026-118342 Interim Release 1'),
    ('Date', date('2026-11-18 13:05:19', '-0500')),
    ('Message-ID', '<%s@CY8PR09MB9071.namprd09.prod.outlook.com>' % HX('049', 24)),
    ('X-MS-Has-Attach', 'yes'),
    ('Content-Language', 'en-US'),
    ('MIME-Version', '1.0'),
], multipart('mixed', [
    text(body, cte='7bit', charset='us-ascii'),
    attachment('CBP-FO-2026-118342_Interim_1.pdf', pdf(letter, 'Interim Release 1')),
], '_004_%s_' % HX('049b', 36)))

# ------------------------------------------------------------------ 050 Dona Ana County final response, Spanish first (records_final with withholdings)
mid042 = '<%s@PH0PR14MB5190.namprd14.prod.outlook.com>' % HX('042', 24)
body = """[ESPAÑOL]

Estimado(a) solicitante:

Con este mensaje completamos la respuesta a su solicitud IPRA-26-0734.
Adjuntamos los documentos sobre cuatro de las cinco muertes bajo custodia
ocurridas en el Centro de Detención entre 2022 y 2026: informes de
incidente, bitácoras de rondas de seguridad y revisiones de mortalidad.

Se testó la información médica de las personas detenidas, conforme a
NMSA 1978, § 14-2-1(A). Se retuvo en su totalidad el expediente del caso de
marzo de 2026, ya que la investigación de las autoridades sigue abierta
(NMSA 1978, § 14-2-1(D)).

[ENGLISH]

Dear Requester:

This completes the County's response to IPRA-26-0734. Attached are the
records for four of the five in-custody deaths at the Detention Center
between 2022 and 2026: incident reports, security round logs and mortality
reviews.

Detainee medical information was redacted under NMSA 1978, § 14-2-1(A).
The file for the March 2026 case is withheld in full because the law
enforcement investigation remains open (NMSA 1978, § 14-2-1(D)).

Si tiene preguntas, comuníquese con nosotros. / If you have questions,
please contact us. You may also contact the New Mexico Office of the
Attorney General regarding this response.

Monica Gallegos
Records Custodian / Custodia de Documentos
Doña Ana County
"""
release = ['DOÑA ANA COUNTY DETENTION CENTER - IPRA-26-0734 - RELEASE 2', '',
           'Case 2022-DC-017  Incident report (redacted), security round logs, mortality review',
           'Case 2023-DC-044  Incident report (redacted), security round logs, mortality review',
           'Case 2024-DC-009  Incident report (redacted), security round logs, mortality review',
           'Case 2025-DC-031  Incident report (redacted), security round logs, mortality review',
           'Case 2026-DC-012  WITHHELD IN FULL - NMSA 14-2-1(D)']
write('050-dac-final-bilingue.eml', [
    ('From', addr('Gallegos, Monica', 'mgallegos@donaanacounty.org')),
    ('To', 'records+req-007@records.example.org'),
    ('Cc', 'foia-desk@records.example.org'),
    ('Subject', 'IPRA-26-0734 - Respuesta final / Final response'),
    ('Date', date('2026-11-20 16:12:50', '-0700')),
    ('Message-ID', '<%s@PH0PR14MB5190.namprd14.prod.outlook.com>' % HX('050', 24)),
    ('In-Reply-To', mid042),
    ('References', mid042),
    ('Content-Language', 'es-US'),
    ('MIME-Version', '1.0'),
], multipart('mixed', [
    text(body),
    attachment('IPRA-26-0734_Entrega_2.pdf', pdf(release, 'Release 2')),
], '_004_%s_' % HX('050b', 36)))

print('part5 done')
