#!/usr/bin/env python3
"""Messages 011-020."""
from mkmail import *  # noqa

# ------------------------------------------------------------------ 011 NPPR prorroga, letter only in PDF
letter = [
    'GOBIERNO DE PUERTO RICO',
    'Departamento de Seguridad Pública',
    'Negociado de la Policía de Puerto Rico',
    'Oficina de Transparencia',
    '',
    '17 de septiembre de 2026',
    '',
    'Mesa de Documentos Públicos',
    'records@records.example.org',
    '',
    'Asunto: Notificación de prórroga - Solicitud Núm. NPPR-SIP-2026-0187',
    '',
    'Estimado(a) solicitante:',
    '',
    'Hacemos referencia a su solicitud de información pública recibida en esta Oficina el 3 de septiembre '
    'de 2026, mediante la cual solicita los informes de uso de fuerza preparados por agentes del Negociado '
    'entre el 1 de enero de 2021 y el 31 de diciembre de 2025, así como los resúmenes estadísticos anuales.',
    '',
    'Conforme al Artículo 7 de la Ley 141-2018, Ley de Transparencia y Procedimiento Expedito para el Acceso '
    'a la Información Pública, le notificamos que el Negociado se acoge a una prórroga de diez (10) días '
    'laborables adicionales para completar la búsqueda, revisión y reproducción de los documentos. La '
    'prórroga es necesaria por el volumen de informes, que se custodian en las trece (13) áreas policiacas, '
    'y por la necesidad de proteger información confidencial de víctimas, menores y testigos.',
    '',
    'Estimamos completar la entrega a más tardar el 1 de octubre de 2026. De ser posible, la información '
    'se entregará por partes a medida que cada área policiaca complete su búsqueda.',
    '',
    'Si tiene alguna pregunta, puede comunicarse con esta Oficina al (787) 793-1234, extensión 3150, o a '
    'transparencia@policia.pr.gov.',
    '',
    'Cordialmente,',
    '',
    'Lcda. Marisol Acevedo Rosa',
    'Oficial de Información',
]
body = """Saludos:

Se acompaña comunicación oficial relacionada con su solicitud de información.

Oficina de Transparencia
Negociado de la Policía de Puerto Rico
"""
write('011-nppr-prorroga-pdf.eml', [
    ('From', addr('Oficina de Transparencia NPPR', 'transparencia@policia.pr.gov')),
    ('To', addr('Mesa de Documentos Públicos', 'records@records.example.org')),
    ('Subject', h('Notificación - Ley 141-2018', 'iso-8859-1')),
    ('Thread-Topic', h('Notificación - Ley 141-2018', 'iso-8859-1')),
    ('Thread-Index', 'AdzGq1mJr0Vv8Nn2Qh6x3eS0pY7b2g=='),
    ('Date', date('2026-09-17 12:40:26', '-0400')),
    ('Message-ID', '<%s@SJ0PR09MB7762.namprd09.prod.outlook.com>' % HX('011', 24)),
    ('Content-Language', 'es-PR'),
    ('X-MS-Has-Attach', 'yes'),
    ('MIME-Version', '1.0'),
], multipart('mixed', [
    text(body, charset='iso-8859-1'),
    attachment('Prorroga_NPPR-SIP-2026-0187.pdf', pdf(letter, 'Notificacion de prorroga')),
], '_004_%s_' % HX('011b', 36)))

# ------------------------------------------------------------------ 012 AEE acuse, bilingual (Spanish first), HTML + text
es = """ACUSE DE RECIBO

Solicitud Núm. AEE-TR-26-091

Estimado(a) solicitante:

La Autoridad de Energía Eléctrica de Puerto Rico (AEE) acusa recibo de su
solicitud de información pública, recibida el 14 de septiembre de 2026 a
través de la dirección transparencia@aeepr.com. Usted solicita copia de los
contratos de generación temporera y las facturas pagadas bajo dichos
contratos entre 2024 y 2026.

La Ley 141-2018 concede a la AEE diez (10) días laborables para entregar la
información, término que puede prorrogarse por diez (10) días laborables
adicionales mediante notificación escrita. Le informaremos cualquier
determinación por este medio.
"""
en = """ACKNOWLEDGMENT OF RECEIPT

Request No. AEE-TR-26-091

Dear Requester:

The Puerto Rico Electric Power Authority (PREPA) acknowledges receipt of
your public information request, received on September 14, 2026 at
transparencia@aeepr.com. You request copies of the temporary generation
contracts and the invoices paid under those contracts from 2024 to 2026.

Act 141-2018 gives PREPA ten (10) business days to provide the information,
which may be extended for ten (10) additional business days by written
notice. We will inform you of any determination by this means.
"""
sig = """
Oficina de Transparencia / Transparency Office
Autoridad de Energía Eléctrica de Puerto Rico
Apartado 364267, San Juan, PR 00936-4267
"""
plain = es + '\n-----\n\n' + en + sig
html = ('<html><body style="font-family:Calibri,Arial;font-size:11pt">'
        '<p style="color:#1f4e79"><b>ACUSE DE RECIBO</b><br>Solicitud N&uacute;m. AEE-TR-26-091</p>'
        '<p>Estimado(a) solicitante:</p>'
        '<p>La Autoridad de Energ&iacute;a El&eacute;ctrica de Puerto Rico (AEE) acusa recibo de su solicitud de '
        'informaci&oacute;n p&uacute;blica, recibida el <b>14 de septiembre de 2026</b> a trav&eacute;s de la direcci&oacute;n '
        'transparencia@aeepr.com. Usted solicita copia de los contratos de generaci&oacute;n temporera y las facturas '
        'pagadas bajo dichos contratos entre 2024 y 2026.</p>'
        '<p>La Ley 141-2018 concede a la AEE diez (10) d&iacute;as laborables para entregar la informaci&oacute;n, '
        't&eacute;rmino que puede prorrogarse por diez (10) d&iacute;as laborables adicionales mediante notificaci&oacute;n '
        'escrita. Le informaremos cualquier determinaci&oacute;n por este medio.</p>'
        '<hr>'
        '<p style="color:#1f4e79"><b>ACKNOWLEDGMENT OF RECEIPT</b><br>Request No. AEE-TR-26-091</p>'
        '<p>Dear Requester:</p>'
        '<p>The Puerto Rico Electric Power Authority (PREPA) acknowledges receipt of your public information request, '
        'received on <b>September 14, 2026</b> at transparencia@aeepr.com. You request copies of the temporary generation '
        'contracts and the invoices paid under those contracts from 2024 to 2026.</p>'
        '<p>Act 141-2018 gives PREPA ten (10) business days to provide the information, which may be extended for ten '
        '(10) additional business days by written notice. We will inform you of any determination by this means.</p>'
        '<p>Oficina de Transparencia / Transparency Office<br>Autoridad de Energ&iacute;a El&eacute;ctrica de Puerto Rico<br>'
        'Apartado 364267, San Juan, PR 00936-4267</p></body></html>\n')
write('012-aee-acuse-bilingue.eml', [
    ('From', addr('Transparencia AEE', 'transparencia@aeepr.com')),
    ('To', 'records+req-006@records.example.org'),
    ('Subject', h('Acuse de Recibo / Acknowledgment of Receipt - Solicitud AEE-TR-26-091')),
    ('Date', date('2026-09-21 14:10:02', '-0400')),
    ('Message-ID', '<%s@CH3PR12MB8841.namprd12.prod.outlook.com>' % HX('012', 24)),
    ('In-Reply-To', '<req-006.20260914.2@records.example.org>'),
    ('References', '<req-006.20260914.2@records.example.org>'),
    ('Content-Language', 'es-PR'),
    ('MIME-Version', '1.0'),
], multipart('alternative', [text(plain), text(html, 'html')], '_000_%s_' % HX('012b', 36)))

# ------------------------------------------------------------------ 013 NPPR acuse (tracking only in subject), quotes our request
body = """Saludos,

Acusamos recibo de su solicitud, la cual será atendida conforme a la Ley
141-2018. Le estaremos informando.

Agte. Luis Negrón Cintrón
Oficina de Transparencia
Negociado de la Policía de Puerto Rico

________________________________
De: Mesa de Documentos Públicos <records+req-009@records.example.org>
Enviado: miércoles, 16 de septiembre de 2026 9:12 a.m.
Para: transparencia@policia.pr.gov
Asunto: """ + req_subject('REQ-009') + """

""" + REQUEST_BODIES['REQ-009']
write('013-nppr-acuse-camaras.eml', [
    ('From', addr('Negrón Cintrón, Luis', 'lnegron@policia.pr.gov', 'iso-8859-1')),
    ('To', 'records+req-009@records.example.org'),
    ('Subject', 'Acuse - NPPR-SIP-2026-0203'),
    ('Thread-Topic', 'Acuse - NPPR-SIP-2026-0203'),
    ('Date', date('2026-09-22 09:03:55', '-0400')),
    ('Message-ID', '<%s@SJ0PR09MB7762.namprd09.prod.outlook.com>' % HX('013', 24)),
    ('In-Reply-To', req_mid('REQ-009')),
    ('References', req_mid('REQ-009')),
    ('Content-Language', 'es-PR'),
    ('MIME-Version', '1.0'),
], text(body, charset='windows-1252'))

# ------------------------------------------------------------------ 014 Hidalgo County, terse acknowledgment
body = """Received 9/21/26. Your request no. is PIR 26-1187. Forwarded to HCSO and
the Grants Dept.

Public Information Office
Hidalgo County, Texas
100 E. Cano, Edinburg, TX 78539
"""
write('014-hidalgo-ack.eml', [
    ('From', addr('Hidalgo County Public Information', 'publicinformation@co.hidalgo.tx.us')),
    ('To', 'records+req-010@records.example.org'),
    ('Subject', 'RE: ' + req_subject('REQ-010')),
    ('Date', date('2026-09-22 11:48:19', '-0500')),
    ('Message-ID', '<%s@co.hidalgo.tx.us>' % hx('014', 20)),
    ('In-Reply-To', req_mid('REQ-010')),
    ('References', req_mid('REQ-010')),
    ('MIME-Version', '1.0'),
], text(body, cte='7bit', charset='us-ascii'))

# ------------------------------------------------------------------ 015 Miami-Dade GovQA acknowledgment (English then Spanish), shared portal address
plain = """Dear Records Desk,

Thank you for contacting the Miami-Dade County Public Records Center. Your
public records request has been received and assigned reference number
M118904-092226.

Request Received: 9/22/2026
Department: Miami-Dade Sheriff's Office - Public Records Unit
Summary: 287(g) agreement, task force MOUs and detainer logs, 2025-2026

Florida's Public Records Law (Chapter 119, Florida Statutes) requires the
County to acknowledge requests promptly and respond in good faith. Requests
are processed in the order received. If the request requires extensive use
of information technology resources or clerical assistance, a special
service charge may apply, and you will be notified of the estimate before
work begins.

----

Estimado(a) solicitante:

Gracias por comunicarse con el Centro de Registros Públicos del Condado de
Miami-Dade. Su solicitud fue recibida y se le asignó el número de referencia
M118904-092226. Las solicitudes se atienden en el orden en que se reciben.
Si su solicitud requiere un uso extenso de recursos tecnológicos o de
personal, podría aplicarse un cargo por servicio especial y se le notificará
el estimado antes de comenzar.

Miami-Dade County Public Records Center
https://miamidade.mycusthelp.com
"""
html = """<html><body style="font-family:Arial;font-size:10pt">
<p>Dear Records Desk,</p>
<p>Thank you for contacting the Miami-Dade County Public Records Center. Your public records request has been received
and assigned reference number <b>M118904-092226</b>.</p>
<p>Request Received: 9/22/2026<br>Department: Miami-Dade Sheriff's Office - Public Records Unit<br>
Summary: 287(g) agreement, task force MOUs and detainer logs, 2025-2026</p>
<p>Florida's Public Records Law (Chapter 119, Florida Statutes) requires the County to acknowledge requests promptly
and respond in good faith. Requests are processed in the order received. If the request requires extensive use of
information technology resources or clerical assistance, a special service charge may apply, and you will be notified
of the estimate before work begins.</p>
<hr>
<p>Estimado(a) solicitante:</p>
<p>Gracias por comunicarse con el Centro de Registros P&uacute;blicos del Condado de Miami-Dade. Su solicitud fue
recibida y se le asign&oacute; el n&uacute;mero de referencia <b>M118904-092226</b>. Las solicitudes se atienden en el
orden en que se reciben. Si su solicitud requiere un uso extenso de recursos tecnol&oacute;gicos o de personal,
podr&iacute;a aplicarse un cargo por servicio especial y se le notificar&aacute; el estimado antes de comenzar.</p>
<p>Miami-Dade County Public Records Center</p>
</body></html>
"""
write('015-miamidade-govqa-ack.eml', [
    ('From', addr('Miami-Dade County Public Records Center', 'donotreply@mycusthelp.net')),
    ('To', 'records@records.example.org'),
    ('Subject', h('Public Records Request :: M118904-092226 / Solicitud de Registros Públicos')),
    ('Date', date('2026-09-22 15:31:47', '-0400')),
    ('Message-ID', '<%s@mycusthelp.net>' % hx('015', 28)),
    ('MIME-Version', '1.0'),
], multipart('alternative', [text(plain), text(html, 'html')], '=_%s' % hx('015b', 28)))

# ------------------------------------------------------------------ 016 USAO-PR staff asks for a phone call (other)
body = """Good morning,

I'm the FOIA point of contact at the U.S. Attorney's Office here in San
Juan. EOUSA sent us your request (EOUSA-2026-004817) so we can run the
search on our end.

Before I task our Criminal Division and the PSN coordinator, I'd like to
talk through the scope with you, especially the case-level part. Some of
what you describe may already be in the public caseload statistics, and
that could save everyone time.

Could you give me a call at (787) 766-5656, ext. 2241? I'm usually in the
office Monday through Thursday, 8:30 to 4:30 Atlantic time.

Saludos,

Marta Rivera Santiago
Paralegal Specialist / FOIA Contact
U.S. Attorney's Office, District of Puerto Rico
Torre Chardón, Suite 1201, 350 Carlos Chardón Street
San Juan, PR 00918
"""
write('016-usao-pr-call-request.eml', [
    ('From', addr('Rivera Santiago, Marta (USAPR)', 'Marta.Rivera.Santiago@usdoj.gov')),
    ('To', addr('Records Desk', 'records@records.example.org')),
    ('Subject', 'Your FOIA request - firearms cases (PR)'),
    ('Thread-Topic', 'Your FOIA request - firearms cases (PR)'),
    ('Thread-Index', 'AdzMx3pWk0a9bT8yR3C1cZ+uQp2m6w=='),
    ('Date', date('2026-09-24 10:16:38', '-0400')),
    ('Message-ID', '<%s@SA1PR09MB8845.namprd09.prod.outlook.com>' % HX('016', 24)),
    ('Accept-Language', 'en-US'),
    ('Content-Language', 'en-US'),
    ('X-MS-Has-Attach', ''),
    ('MIME-Version', '1.0'),
], text(body))

# ------------------------------------------------------------------ 017 Imperial County acknowledgment: received next day
body = """OFFICE OF COUNTY COUNSEL
COUNTY OF IMPERIAL
940 W. Main Street, Suite 205, El Centro, CA 92243

September 25, 2026

Re: California Public Records Act Request - CPRA 2026-318
    New River water-quality sampling; asthma hospitalization data

Dear Requester:

This office acknowledges your request under the California Public Records
Act (Gov. Code, § 7920.000 et seq.). Your email was sent after business
hours on Thursday, September 24, 2026 and was received by the County on
Friday, September 25, 2026.

The request has been forwarded to the Imperial County Public Health
Department and the Environmental Health division. Within 10 days of receipt
the County will determine whether your request seeks disclosable public
records in the County's possession and will notify you of that
determination and the estimated date the records will be made available.

Please reference CPRA 2026-318 in any correspondence.

Sincerely,

Lorena Beltrán
Deputy County Counsel

Aviso: Si necesita ayuda en español con su solicitud, llame al (442) 265-1069.
"""
write('017-imperial-ack.eml', [
    ('From', addr('Imperial County Counsel', 'countycounsel@co.imperial.ca.us')),
    ('To', 'records+req-012@records.example.org'),
    ('Subject', 'CPRA 2026-318 - Acknowledgment'),
    ('Date', date('2026-09-25 16:02:31', '-0700')),
    ('Message-ID', '<%s@BYAPR06MB5512.namprd06.prod.outlook.com>' % HX('017', 24)),
    ('MIME-Version', '1.0'),
], text(body))

# ------------------------------------------------------------------ 018 Dona Ana County: burdensome, more time (English, terse, threaded on 009)
mid009 = '<%s@PH0PR14MB5190.namprd14.prod.outlook.com>' % HX('009', 24)
body = """Good afternoon,

After reviewing the scope of IPRA-26-0734, the County has determined that
the request is broad and burdensome under NMSA 14-2-10. The in-custody
death files include records held by the Detention Center, the Sheriff's
Office and Risk Management, and each file must be reviewed for medical and
law-enforcement information.

We will need additional time and expect to provide the records, or a
written response, by October 30, 2026.

Thank you for your patience.

Monica Gallegos
Records Custodian, Doña Ana County
"""
write('018-dac-extension.eml', [
    ('From', addr('Gallegos, Monica', 'mgallegos@donaanacounty.org')),
    ('To', 'records+req-007@records.example.org'),
    ('Subject', 'RE: Acuse de recibo / Acknowledgment - IPRA-26-0734'),
    ('Date', date('2026-09-28 13:30:12', '-0600')),
    ('Message-ID', '<%s@PH0PR14MB5190.namprd14.prod.outlook.com>' % HX('018', 24)),
    ('In-Reply-To', mid009),
    ('References', mid009),
    ('Content-Language', 'en-US'),
    ('MIME-Version', '1.0'),
], text(body))

# ------------------------------------------------------------------ 019 Salud PR portal notice: request updated (Spanish)
html = """<html><body style="font-family:Verdana,Arial;font-size:9pt">
<p>Estimado(a) solicitante:</p>
<p>Su solicitud de información pública <b>S002318-090826</b> ha sido actualizada.</p>
<p>Para ver los detalles o cualquier mensaje nuevo, ingrese al
<a href="https://saludpr.mycusthelp.com/WEBAPP/_rs/supporthome.aspx">Centro de Solicitudes</a>
y seleccione "Mis solicitudes".</p>
<p>Departamento de Salud de Puerto Rico</p>
<p style="color:#888;font-size:8pt">Este es un mensaje automático. Por favor, no responda a este correo.</p>
</body></html>
"""
write('019-salud-portal-actualizada.eml', [
    ('From', addr('Departamento de Salud - Centro de Solicitudes', 'donotreply@mycusthelp.net')),
    ('To', 'records@records.example.org'),
    ('Subject', h('Actualización de su solicitud :: S002318-090826')),
    ('Date', date('2026-09-29 08:44:09', '-0400')),
    ('Message-ID', '<%s@mycusthelp.net>' % hx('019', 28)),
    ('MIME-Version', '1.0'),
], text(html, 'html', cte='base64'))

# ------------------------------------------------------------------ 020 El Paso: partial release + request for AG decision (records_interim)
ag_letter = [
    'CITY OF EL PASO',
    'OFFICE OF THE CITY ATTORNEY',
    '300 N. Campbell, El Paso, Texas 79901',
    '',
    'September 29, 2026',
    '',
    'Open Records Division',
    'Office of the Attorney General of Texas',
    'P.O. Box 12548, Austin, Texas 78711-2548',
    '',
    'Re: Request for decision - City of El Paso reference W087214-091526',
    '',
    'Dear Open Records Division:',
    '',
    'The City of El Paso received a written request for information on September 15, 2026. The requester '
    'seeks contracts with automated license plate reader vendors and data-sharing agreements for ALPR data. '
    'The City has released the responsive contracts and purchase orders. The City believes portions of the '
    'data-sharing agreements, including system access credentials, network configuration and the list of '
    'participating investigative units, are excepted from disclosure under sections 552.101 (in conjunction '
    'with federal CJIS requirements), 552.108(b)(1) and 552.139 of the Government Code.',
    '',
    'Pursuant to section 552.301(e), the City will submit written comments and a copy of the information at '
    'issue within fifteen business days of receipt of the request. A copy of this letter is being provided '
    'to the requester as required by section 552.301(d).',
    '',
    'Sincerely,',
    '',
    'Arturo Villalobos',
    'Assistant City Attorney',
    '',
    'cc: Records Desk, records@records.example.org (w/o enclosures)',
]
contract = [
    'CITY OF EL PASO - CONTRACT NO. 2023-0417-PD',
    'Automated License Plate Recognition Services Agreement',
    '',
    'This Agreement is entered into by the City of El Paso, Texas and the Vendor identified in Exhibit A for '
    'the provision of fixed and mobile automated license plate recognition cameras, hosting and software '
    'licenses for the El Paso Police Department.',
    '',
    'Term: 36 months from the Effective Date, with two one-year renewal options.',
    'Not-to-exceed amount: $1,482,600.00',
    '',
    'Amendment No. 1 (March 2024): adds 40 fixed cameras on arterial corridors.',
    'Amendment No. 2 (June 2025): extends term and adds integration with the Real Time Crime Center.',
    '',
    '[Pages 2-31 of the released contract set omitted in this copy]',
]
body = """Good afternoon,

Regarding your request W087214-091526, attached are the records
responsive to item 1 (the ALPR services contract, two amendments and the
related purchase orders).

The City believes portions of the records responsive to item 2 (the
data-sharing agreements) are excepted from disclosure. As required by
Section 552.301(d) of the Texas Government Code, attached is a copy of our
letter to the Office of the Attorney General requesting a decision. You may
submit comments to the Attorney General explaining why the information
should be released. We will release or withhold the remaining information in
accordance with the ruling.

Arturo Villalobos
Assistant City Attorney
City of El Paso
(915) 212-0033
"""
write('020-elpaso-partial-ag-ruling.eml', [
    ('From', addr('Villalobos, Arturo X.', 'VillalobosAX@elpasotexas.gov')),
    ('To', 'records@records.example.org'),
    ('Cc', 'openrecords@elpasotexas.gov'),
    ('Subject', 'W087214-091526 - Partial Release and Request for Attorney General Decision'),
    ('Thread-Topic', 'W087214-091526 - Partial Release and Request for Attorney General Decision'),
    ('Date', date('2026-09-29 17:20:48', '-0600')),
    ('Message-ID', '<%s@DM8PR15MB5501.namprd15.prod.outlook.com>' % HX('020', 24)),
    ('X-MS-Has-Attach', 'yes'),
    ('Content-Language', 'en-US'),
    ('MIME-Version', '1.0'),
], multipart('mixed', [
    text(body),
    attachment('W087214_Item1_ALPR_Contract_Set.pdf', pdf(contract, 'Contract 2023-0417-PD')),
    attachment('W087214_AG_Request_Letter.pdf', pdf(ag_letter, 'Request for AG decision')),
], '_005_%s_' % HX('020b', 36)))

print('part2 done')
