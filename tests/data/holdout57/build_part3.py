#!/usr/bin/env python3
"""Messages 021-030."""
from mkmail import *  # noqa

# ------------------------------------------------------------------ 021 CBP unusual-circumstances extension
body = """U.S. Customs and Border Protection
FOIA Division
90 K Street NE, 9th Floor
Washington, DC 20229

September 30, 2026

Records Desk
records@records.example.org

RE: FOIA Request CBP-FO-2026-118342

Dear Requester:

This letter concerns your Freedom of Information Act (FOIA) request
received by U.S. Customs and Border Protection (CBP) on September 4, 2026,
for use-of-force incident reports at the El Paso Field Office ports of
entry from 2023 through 2025.

We have determined that unusual circumstances apply to your request
because the responsive records must be searched for and collected from the
El Paso Field Office and the Office of Professional Responsibility, which
are separate from the office processing the request, and because a
voluminous amount of records is likely to be responsive. Pursuant to
5 U.S.C. 552(a)(6)(B)(i), we are extending the time limit to respond to
your request by ten (10) additional working days.

If you would like to narrow the scope of your request or agree to an
alternative time frame for processing, please contact us through
SecureRelease. You may also contact the CBP FOIA Public Liaison at
(202) 325-0150 for assistance. Additionally, you may contact the Office of
Government Information Services (OGIS) at the National Archives and Records
Administration to inquire about the FOIA mediation services they offer
(ogis@nara.gov; 202-741-5770; toll free 1-877-684-6448).

Sincerely,

FOIA Division
Privacy and Diversity Office
U.S. Customs and Border Protection
"""
write('021-cbp-extension.eml', [
    ('From', addr('CBP FOIA', 'cbpfoia@cbp.dhs.gov')),
    ('To', 'records+req-003@records.example.org'),
    ('Subject', 'FOIA Request CBP-FO-2026-118342'),
    ('Date', date('2026-09-30 11:11:40', '-0400')),
    ('Message-ID', '<%s@CY8PR09MB9071.namprd09.prod.outlook.com>' % HX('021', 24)),
    ('Content-Language', 'en-US'),
    ('MIME-Version', '1.0'),
], text(body, cte='7bit', charset='us-ascii'))

# ------------------------------------------------------------------ 022 NPPR clarification on the body-camera request (no number, no thread)
body = """Buenas tardes:

En relación con su solicitud de información sobre cámaras corporales,
necesitamos que nos aclare lo siguiente para poder continuar con el trámite:

1. ¿Interesan únicamente los contratos con el proveedor actual, o también
   los del programa piloto de 2019 a 2021?

2. En el inciso 3, ¿se refiere a auditorías de la Oficina del Inspector
   General, o a informes internos de la Superintendencia Auxiliar de
   Responsabilidad Profesional (SARP)?

Una vez recibamos su contestación, continuaremos con la búsqueda. El término
dispuesto en la Ley 141-2018 comenzará a contar nuevamente a partir de la
fecha de su respuesta.

Agte. Luis Negrón Cintrón
Oficina de Transparencia
Negociado de la Policía de Puerto Rico
"""
write('022-nppr-aclaracion-camaras.eml', [
    ('From', addr('Negrón Cintrón, Luis', 'lnegron@policia.pr.gov', 'iso-8859-1')),
    ('To', 'records@records.example.org'),
    ('Subject', h('Solicitud de información - aclaración', 'iso-8859-1')),
    ('Thread-Topic', h('Solicitud de información - aclaración', 'iso-8859-1')),
    ('Date', date('2026-10-01 09:37:22', '-0400')),
    ('Message-ID', '<%s@SJ0PR09MB7762.namprd09.prod.outlook.com>' % HX('022', 24)),
    ('Content-Language', 'es-PR'),
    ('MIME-Version', '1.0'),
], text(body, charset='iso-8859-1'))

# ------------------------------------------------------------------ 023 EOUSA extension (HTML + text)
plain = """Records Desk
records@records.example.org

Re: Request Number EOUSA-2026-004817

Dear Requester:

This letter is in reference to your Freedom of Information Act request for
records of the United States Attorney's Office for the District of Puerto
Rico concerning firearms-trafficking prosecutions and Project Safe
Neighborhoods grant records.

The FOIA provides for an extension of the twenty-working-day time limit in
"unusual circumstances." See 5 U.S.C. 552(a)(6)(B)(i)-(iii). Your request
falls within unusual circumstances because it requires a search for and
collection of records from a field office (the U.S. Attorney's Office in
San Juan) separate from the office processing the request, and
consultation with another component of the Department (the Office of
Justice Programs, Bureau of Justice Assistance). We are therefore extending
the time limit by an additional ten working days.

You may narrow the scope of your request or arrange an alternative time
frame with our FOIA Public Liaison at (202) 252-6020. You may also contact
the Office of Government Information Services (OGIS) at the National
Archives and Records Administration (ogis@nara.gov; 202-741-5770; toll free
1-877-684-6448).

Sincerely,

FOIA/PA Staff
Executive Office for United States Attorneys
"""
html = '<html><body><div style="font-family:Times New Roman;font-size:12pt">' + ''.join(
    '<p>%s</p>' % p.replace('\n', '<br>\n') for p in plain.strip().split('\n\n')) + '</div></body></html>\n'
write('023-eousa-extension.eml', [
    ('From', addr('USAEO-FOIA Requests (USAEO)', 'USAEO.FOIA.Requests@usdoj.gov')),
    ('To', addr('Records Desk', 'records@records.example.org')),
    ('Subject', 'EOUSA-2026-004817 - Extension of Time'),
    ('Thread-Topic', 'EOUSA-2026-004817 - Extension of Time'),
    ('Date', date('2026-10-02 10:50:03', '-0400')),
    ('Message-ID', '<%s@BN1PR09MB0322.namprd09.prod.outlook.com>' % HX('023', 24)),
    ('Accept-Language', 'en-US'),
    ('Content-Language', 'en-US'),
    ('X-MS-Has-Attach', ''),
    ('MIME-Version', '1.0'),
], multipart('alternative', [text(plain), text(html, 'html')], '_000_%s_' % HX('023b', 36)))

# ------------------------------------------------------------------ 024 Hidalgo County itemized cost estimate (Tex. Gov't Code 552.2615)
est = """ITEMIZED STATEMENT OF ESTIMATED CHARGES
Texas Government Code, Section 552.2615

Governmental body: Hidalgo County, Texas
Request no.: PIR 26-1187
Date request received: September 21, 2026
Date of this statement: October 2, 2026

Description                                         Qty    Rate      Amount
Personnel - locating, compiling, manipulating     9.0 hr  $15.00   $135.00
Overhead (20% of personnel charge)                                   $27.00
Programming - grant ledger extract                0.5 hr  $28.50    $14.25
Storage media (USB flash drive)                   1               $7.15
                                                           TOTAL   $183.40

Less costly alternatives: you may inspect the records in person at no
charge, or narrow the request (for example, to FY2025-FY2026 only), which
would reduce the estimate.

You must respond in writing within 10 business days of the date this
statement was sent, stating that you (1) accept the charges, (2) modify the
request, or (3) have sent a complaint to the Office of the Attorney General
alleging overcharges. If you do not respond, the request is considered
withdrawn (Section 552.2615(b)).
"""
body = """Please see the cost estimate below and attached for PIR 26-1187.

""" + est + """
Si necesita esta notificación en español, comuníquese con nuestra oficina
al (956) 318-2600.

Public Information Office
Hidalgo County, Texas
"""
write('024-hidalgo-cost-estimate.eml', [
    ('From', addr('Hidalgo County Public Information', 'publicinformation@co.hidalgo.tx.us')),
    ('To', 'records+req-010@records.example.org'),
    ('Subject', 'PIR 26-1187 - Cost Estimate'),
    ('Date', date('2026-10-02 15:25:50', '-0500')),
    ('Message-ID', '<%s@co.hidalgo.tx.us>' % hx('024', 20)),
    ('MIME-Version', '1.0'),
], multipart('mixed', [
    text(body),
    attachment('PIR_26-1187_Cost_Estimate.pdf', pdf(est.split('\n'), 'Itemized Statement of Estimated Charges', width=100)),
], '----=_NextPart_000_0041_01DD52B1.6C3F9A20'))

# ------------------------------------------------------------------ 025 Imperial County: 14-day extension + estimated availability date
body = """Dear Requester:

Re: CPRA 2026-318 (New River water-quality sampling; asthma hospitalization
data, 2022-2026)

The County has determined that your request seeks, in part, disclosable
public records in its possession. Because of unusual circumstances - the
need to search for and collect records from the Environmental Health field
laboratory in Calexico, which is separate from the office processing the
request, and the volume of sampling data involved - the County is extending
the time to make its determination by 14 days, to October 19, 2026, under
Government Code section 7922.535(b).

We estimate that records responsive to item 1 (water-quality sampling) will
be made available on or before November 2, 2026. The Public Health
Department is still reviewing whether it maintains records responsive to
item 2.

Sincerely,

Lorena Beltrán
Deputy County Counsel
County of Imperial

Aviso: Si necesita ayuda en español con su solicitud, llame al (442) 265-1069.
"""
write('025-imperial-extension.eml', [
    ('From', addr('Beltrán, Lorena', 'lbeltran@co.imperial.ca.us')),
    ('To', 'records@records.example.org'),
    ('Subject', 'CPRA 2026-318 - Notice of Extension'),
    ('Date', date('2026-10-05 09:58:14', '-0700')),
    ('Message-ID', '<%s@BYAPR06MB5512.namprd06.prod.outlook.com>' % HX('025', 24)),
    ('MIME-Version', '1.0'),
], text(body, cte='base64'))

# ------------------------------------------------------------------ 026 CBP SecureRelease ack for the second request (new fiscal year number)
plain = """Dear Records Desk,

Your Freedom of Information Act (FOIA) request to U.S. Customs and Border
Protection has been received and assigned the following tracking number:

    CBP-FO-2027-000412

Date Received: 10/05/2026
Component: U.S. Customs and Border Protection
Request Description: Maritime interdiction records of the Air and Marine
Operations Caribbean Air and Marine Branch (Aguadilla, San Juan),
2024-2025.

Please use the tracking number above in any correspondence about this
request. You can check the status of your request at any time by signing in
to SecureRelease.

This is an automated message. Please do not reply to this email.

DHS SecureRelease
"""
write('026-cbp-securerelease-ack-amo.eml', [
    ('From', addr('DHS SecureRelease', 'no-reply@securerelease.dhs.gov')),
    ('To', 'records+req-014@records.example.org'),
    ('Subject', 'Request CBP-FO-2027-000412 has been received'),
    ('Date', date('2026-10-05 13:14:27', '-0400')),
    ('Message-ID', '<%s@securerelease.dhs.gov>' % hx('026', 32)),
    ('MIME-Version', '1.0'),
], text(plain, cte='7bit', charset='us-ascii'))

# ------------------------------------------------------------------ 027 CBP SecureRelease status update (portal notice)
html = """<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<div style="background:#112e51;color:#fff;padding:8px"><b>DHS SecureRelease</b></div>
<p>The status of request <b>CBP-FO-2026-118342</b> has been updated.</p>
<p>New status: <b>In Process</b></p>
<p>Sign in to SecureRelease to view the details of your request.</p>
<p style="color:#666">This is an automated message. Please do not reply to this email.</p>
</body></html>
"""
write('027-cbp-securerelease-status.eml', [
    ('From', addr('DHS SecureRelease', 'no-reply@securerelease.dhs.gov')),
    ('To', 'records+req-003@records.example.org'),
    ('Subject', 'Request CBP-FO-2026-118342 status update'),
    ('Date', date('2026-10-06 07:02:55', '-0400')),
    ('Message-ID', '<%s@securerelease.dhs.gov>' % hx('027', 32)),
    ('MIME-Version', '1.0'),
], text(html, 'html', cte='7bit', charset='us-ascii'))

# ------------------------------------------------------------------ 028 NPPR primera entrega parcial (Spanish)
mid005 = '<%s@SJ0PR09MB7762.namprd09.prod.outlook.com>' % HX('005', 24)
body = """Buenas tardes:

En atención a su solicitud NPPR-SIP-2026-0187, le remitimos una primera
entrega parcial de la información:

  - Informes de uso de fuerza de las áreas policiacas de San Juan, Bayamón,
    Carolina y Caguas, años 2021 a 2023 (412 informes, 1,236 páginas).
  - Resúmenes estadísticos anuales de incidentes de uso de fuerza,
    2021 a 2025 (5 documentos).

Los documentos están disponibles en el siguiente enlace, el cual vence en
treinta (30) días:
https://policiapr.sharepoint.com/:f:/s/Transparencia/EkR2sIP0187entrega1

En los informes se testó información de víctimas, menores de edad y
testigos, conforme al Artículo 6 de la Ley 141-2018 y a la Ley 246-2011.
Los informes de las nueve áreas policiacas restantes, y los de 2024 y 2025,
se le enviarán en una próxima entrega.

Cordialmente,

Lcda. Marisol Acevedo Rosa
Oficial de Información
Negociado de la Policía de Puerto Rico
"""
write('028-nppr-entrega-parcial.eml', [
    ('From', addr('Oficina de Transparencia NPPR', 'transparencia@policia.pr.gov')),
    ('To', addr('Mesa de Documentos Públicos', 'records+req-001@records.example.org')),
    ('Subject', h('RE: Solicitud NPPR-SIP-2026-0187 - Primera entrega', 'iso-8859-1')),
    ('Thread-Topic', h('Solicitud NPPR-SIP-2026-0187 - Primera entrega', 'iso-8859-1')),
    ('Date', date('2026-10-07 16:30:18', '-0400')),
    ('Message-ID', '<%s@SJ0PR09MB7762.namprd09.prod.outlook.com>' % HX('028', 24)),
    ('In-Reply-To', mid005),
    ('References', fold_refs([req_mid('REQ-001'), mid005])),
    ('Content-Language', 'es-PR'),
    ('MIME-Version', '1.0'),
], text(body, charset='iso-8859-1'))

# ------------------------------------------------------------------ 029 San Juan: informal clarification question from a municipal employee
body = """Hola, buenas.

Le escribo del Municipio (Oficina de Permisos) sobre la solicitud que
enviaron el 29 de septiembre de las declaraciones de estorbo público y
órdenes de demolición.

Para ir adelantando, me puede confirmar si la quiere para todo San Juan o
para algunos barrios en particular (por ejemplo Santurce o Río Piedras)? Son
muchísimos expedientes y la mayoría están en papel.

También, le sirve un listado en Excel con número de caso, dirección, fecha
de la declaración y fecha de la orden, en vez de copia de cada expediente?

Quedo atenta,
Yamilet

Enviado desde mi iPhone
"""
write('029-sanjuan-aclaracion.eml', [
    ('From', addr('Yamilet Cordero', 'ycordero@sanjuanciudadpatria.com')),
    ('To', 'records@records.example.org'),
    ('Subject', 'Pregunta sobre su solicitud de estorbos'),
    ('Date', date('2026-10-08 11:22:41', '-0400')),
    ('Message-ID', '<%s@sanjuanciudadpatria.com>' % ('6E2A' + HX('029', 28))),
    ('X-Mailer', 'iPhone Mail (22A3354)'),
    ('MIME-Version', '1.0'),
], text(body, charset='utf-8', cte='quoted-printable'))

# ------------------------------------------------------------------ 030 Miami-Dade special service charge estimate (English then Spanish)
en = """Dear Requester:

Re: Public Records Request M118904-092226 (287(g) agreement, task force
MOUs and detainer logs, 2025-2026)

The nature and volume of the records you requested require extensive use
of information technology resources and extensive clerical and supervisory
assistance. In accordance with section 119.07(4)(d), Florida Statutes, a
special service charge applies:

  Records Specialist review and redaction   14.0 hrs x $28.75 = $402.50
  ITD report extraction (detainer logs)      3.0 hrs x $41.20 = $123.60
  Estimated total                                               $526.10

A deposit of 50% ($263.05) is required before work begins. Payment may be
made online through the Public Records Center or by check payable to the
Miami-Dade County Board of County Commissioners. If we do not receive the
deposit or a written response within 30 days, the request will be closed.
The final cost may be higher or lower than the estimate.
"""
es = """Estimado(a) solicitante:

Debido a la naturaleza y el volumen de los documentos solicitados, su
solicitud requiere el uso extenso de recursos tecnológicos y de personal.
Conforme a la sección 119.07(4)(d) de los Estatutos de la Florida, aplica
un cargo por servicio especial estimado en $526.10. Se requiere un depósito
del 50% ($263.05) antes de comenzar el trabajo. Si no recibimos el depósito
o una respuesta por escrito dentro de 30 días, la solicitud será cerrada.
"""
sig = """
María del Carmen Ortega
Public Records Specialist / Especialista de Registros Públicos
Miami-Dade Sheriff's Office - Public Records Unit
9105 NW 25th Street, Doral, FL 33172
"""
plain = en + '\n---\n\n' + es + sig
html = ('<html><body style="font-family:Calibri,sans-serif;font-size:11pt">' + ''.join(
    '<p>%s</p>' % p.replace('\n', '<br>\n') for p in (en + '\n\n' + es + sig).strip().split('\n\n')) + '</body></html>\n')
write('030-miamidade-special-service-charge.eml', [
    ('From', addr('Ortega, María del Carmen (MDSO)', 'MariadelCarmen.Ortega@miamidade.gov')),
    ('To', 'records@records.example.org'),
    ('Subject', h('M118904-092226 - Special Service Charge Estimate / Estimado de Cargo por Servicio Especial')),
    ('Thread-Topic', h('M118904-092226 - Special Service Charge Estimate / Estimado de Cargo por Servicio Especial')),
    ('Date', date('2026-10-09 12:00:37', '-0400')),
    ('Message-ID', '<%s@MN2PR09MB6120.namprd09.prod.outlook.com>' % HX('030', 24)),
    ('Content-Language', 'en-US'),
    ('X-MS-Has-Attach', ''),
    ('MIME-Version', '1.0'),
], multipart('alternative', [text(plain), text(html, 'html')], '_000_%s_' % HX('030b', 36)))

print('part3 done')
