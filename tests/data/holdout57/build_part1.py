#!/usr/bin/env python3
"""Messages 001-010."""
from mkmail import *  # noqa

# ------------------------------------------------------------------ 001 NPPR Outlook auto-reply (Spanish)
body = """Saludos:

Gracias por comunicarse con la Oficina de Transparencia del Negociado de la
Policía de Puerto Rico. Este buzón se atiende de lunes a viernes, de 8:00 a.m.
a 4:30 p.m., excepto días feriados. Los mensajes recibidos fuera de ese horario
se consideran recibidos el próximo día laborable.

Este mensaje es una respuesta automática y NO constituye el acuse de recibo de
su solicitud de información pública. Una vez su solicitud sea registrada, el
Oficial de Información le notificará el número de solicitud asignado.

Para asuntos de querellas o emergencias, comuníquese al 9-1-1 o al cuartel más
cercano. Este buzón no recibe querellas.

Oficina de Transparencia
Negociado de la Policía de Puerto Rico
"""
write('001-nppr-autorespuesta.eml', [
    ('From', addr('Oficina de Transparencia NPPR', 'transparencia@policia.pr.gov')),
    ('To', addr('Mesa de Documentos Públicos', 'records+req-001@records.example.org')),
    ('Subject', h('Respuesta automática: ' + req_subject('REQ-001'), 'iso-8859-1')),
    ('Thread-Topic', h(req_subject('REQ-001'), 'iso-8859-1')),
    ('Thread-Index', 'AQHdHk3yq8Vb2Jm0T0e3cA1LQb9t3w=='),
    ('Date', date('2026-09-02 17:41:09', '-0400')),
    ('Message-ID', '<%s@SJ0PR09MB7762.namprd09.prod.outlook.com>' % HX('001', 24)),
    ('In-Reply-To', req_mid('REQ-001')),
    ('References', req_mid('REQ-001')),
    ('Auto-Submitted', 'auto-replied'),
    ('X-Auto-Response-Suppress', 'All'),
    ('X-MS-Exchange-Inbox-Rules-Loop', 'transparencia@policia.pr.gov'),
    ('X-MS-Has-Attach', ''),
    ('X-MS-TNEF-Correlator', ''),
    ('Content-Language', 'es-PR'),
    ('X-MS-Exchange-Organization-AuthAs', 'Internal'),
    ('MIME-Version', '1.0'),
], text(body, charset='iso-8859-1'))

# ------------------------------------------------------------------ 002 newsletter (request: null)
plain = """BOLETÍN SEMANAL - Red de Periodismo de Datos del Caribe
Jueves, 3 de septiembre de 2026

EN ESTE NÚMERO
* Taller virtual: cómo redactar una solicitud bajo la Ley 141-2018
* Guía: qué hacer cuando una agencia no contesta en 10 días laborables
* Nuevo conjunto de datos: contratos municipales 2025 (Oficina del Contralor)
* Convocatoria: becas de periodismo de investigación 2027

TALLER VIRTUAL
El martes 15 de septiembre a las 6:00 p.m. repasaremos cómo preparar
solicitudes de información pública a agencias del Gobierno de Puerto Rico y
solicitudes FOIA a oficinas federales en la isla. Inscripción gratuita.

GUÍA
Si la agencia no contesta dentro del término, la Ley 141-2018 permite
presentar un recurso especial ante el Tribunal de Primera Instancia.
Explicamos los pasos y los formularios.

Recibe este correo porque se suscribió en redperiodismodatos.org.
Darse de baja: https://redperiodismodatos.org/baja?u=7f3a91
"""
html = """<html><body style="font-family:Georgia,serif;max-width:640px">
<h2 style="color:#0b5e7a">Bolet&iacute;n semanal</h2>
<p><i>Red de Periodismo de Datos del Caribe &middot; jueves, 3 de septiembre de 2026</i></p>
<h3>En este n&uacute;mero</h3>
<ul>
<li>Taller virtual: c&oacute;mo redactar una solicitud bajo la Ley 141-2018</li>
<li>Gu&iacute;a: qu&eacute; hacer cuando una agencia no contesta en 10 d&iacute;as laborables</li>
<li>Nuevo conjunto de datos: contratos municipales 2025 (Oficina del Contralor)</li>
<li>Convocatoria: becas de periodismo de investigaci&oacute;n 2027</li>
</ul>
<h3>Taller virtual</h3>
<p>El martes 15 de septiembre a las 6:00 p.m. repasaremos c&oacute;mo preparar solicitudes de informaci&oacute;n
p&uacute;blica a agencias del Gobierno de Puerto Rico y solicitudes FOIA a oficinas federales en la isla.
Inscripci&oacute;n gratuita.</p>
<h3>Gu&iacute;a</h3>
<p>Si la agencia no contesta dentro del t&eacute;rmino, la Ley 141-2018 permite presentar un recurso especial ante
el Tribunal de Primera Instancia. Explicamos los pasos y los formularios.</p>
<p style="font-size:11px;color:#777">Recibe este correo porque se suscribi&oacute; en redperiodismodatos.org.
<a href="https://redperiodismodatos.org/baja?u=7f3a91">Darse de baja</a></p>
</body></html>
"""
write('002-boletin-datos-null.eml', [
    ('From', addr('Red de Periodismo de Datos del Caribe', 'boletin@redperiodismodatos.org')),
    ('To', 'records@records.example.org'),
    ('Subject', h('Boletín: taller sobre la Ley 141, guía de recursos especiales y datos de contratos')),
    ('Date', date('2026-09-03 07:30:12', '-0400')),
    ('Message-ID', '<%s.%s@mailer.redperiodismodatos.org>' % (hx('002a', 12), hx('002b', 8))),
    ('List-Unsubscribe', '<https://redperiodismodatos.org/baja?u=7f3a91>, <mailto:baja@redperiodismodatos.org>'),
    ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
    ('Precedence', 'bulk'),
    ('MIME-Version', '1.0'),
], multipart('alternative', [text(plain), text(html, 'html')], '----=_Part_88127_1704931.1788435012'))

# ------------------------------------------------------------------ 003 CBP SecureRelease acknowledgment
plain = """Dear Records Desk,

Your Freedom of Information Act (FOIA) request to U.S. Customs and Border
Protection has been received and assigned the following tracking number:

    CBP-FO-2026-118342

Date Received: 09/04/2026
Component: U.S. Customs and Border Protection
Request Description: Use-of-force incident reports at El Paso Field Office
ports of entry (Paso del Norte, Bridge of the Americas, Ysleta, Tornillo),
2023-2025.

Please use the tracking number above in any correspondence about this
request. You can check the status of your request at any time by signing in
to SecureRelease.

This is an automated message. Please do not reply to this email.

DHS SecureRelease
"""
html = """<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<div style="background:#112e51;color:#fff;padding:8px"><b>DHS SecureRelease</b></div>
<p>Dear Records Desk,</p>
<p>Your Freedom of Information Act (FOIA) request to <b>U.S. Customs and Border Protection</b> has been received
and assigned the following tracking number:</p>
<p style="font-size:13pt"><b>CBP-FO-2026-118342</b></p>
<table cellpadding="4" style="font-size:10pt">
<tr><td>Date Received:</td><td>09/04/2026</td></tr>
<tr><td>Component:</td><td>U.S. Customs and Border Protection</td></tr>
<tr><td>Request Description:</td><td>Use-of-force incident reports at El Paso Field Office ports of entry
(Paso del Norte, Bridge of the Americas, Ysleta, Tornillo), 2023-2025.</td></tr>
</table>
<p>Please use the tracking number above in any correspondence about this request. You can check the status of your
request at any time by signing in to SecureRelease.</p>
<p style="color:#666">This is an automated message. Please do not reply to this email.</p>
</body></html>
"""
write('003-cbp-securerelease-ack.eml', [
    ('From', addr('DHS SecureRelease', 'no-reply@securerelease.dhs.gov')),
    ('To', 'records+req-003@records.example.org'),
    ('Subject', 'Request CBP-FO-2026-118342 has been received'),
    ('Date', date('2026-09-04 14:22:51', '-0400')),
    ('Message-ID', '<%s@securerelease.dhs.gov>' % hx('003', 32)),
    ('MIME-Version', '1.0'),
], multipart('alternative', [text(plain, cte='7bit', charset='us-ascii'), text(html, 'html', cte='7bit', charset='us-ascii')],
             'b1_%s' % hx('003b', 30)))

# ------------------------------------------------------------------ 004 Salud PR portal acknowledgment (Spanish, HTML only)
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Verdana,Arial;font-size:9pt">
<p>Estimado(a) solicitante:</p>
<p>Gracias por utilizar el Centro de Solicitudes de Información Pública del <b>Departamento de Salud de Puerto Rico</b>.
Su solicitud fue recibida y se le asignó el número de referencia <b>S002318-090826</b>.</p>
<table border="1" cellspacing="0" cellpadding="4" style="font-size:9pt;border-collapse:collapse">
<tr style="background:#e8eef4"><td colspan="2"><b>Detalles de la solicitud</b></td></tr>
<tr><td>Número de referencia</td><td>S002318-090826</td></tr>
<tr><td>Fecha de recibo</td><td>08/09/2026</td></tr>
<tr><td>Tipo de solicitud</td><td>Información pública - Ley 141-2018</td></tr>
<tr><td>Descripción</td><td>Informes de inspección de égidas y hogares de cuido de envejecientes (Secretaría Auxiliar
para Reglamentación y Acreditación de Facilidades de Salud), 2023-2026</td></tr>
<tr><td>Formato de entrega</td><td>Electrónico</td></tr>
</table>
<p>La Ley 141-2018 dispone un término de diez (10) días laborables para que el Oficial de Información entregue la
información o le notifique las razones por las cuales necesita tiempo adicional. Recibirá una notificación en este
correo cada vez que su solicitud sea actualizada.</p>
<p>Para ver el estado de su solicitud, ingrese al <a href="https://saludpr.mycusthelp.com/WEBAPP/_rs/supporthome.aspx">Centro
de Solicitudes</a> con su correo electrónico y contraseña.</p>
<p>Departamento de Salud de Puerto Rico<br>Oficina del Oficial de Información</p>
<p style="color:#888;font-size:8pt">Este es un mensaje automático. Por favor, no responda a este correo.</p>
</body></html>
"""
write('004-salud-portal-acuse.eml', [
    ('From', addr('Departamento de Salud - Centro de Solicitudes', 'donotreply@mycusthelp.net')),
    ('To', 'records@records.example.org'),
    ('Subject', h('Solicitud de Información Pública :: S002318-090826')),
    ('Date', date('2026-09-08 10:05:33', '-0400')),
    ('Message-ID', '<%s@mycusthelp.net>' % hx('004', 28)),
    ('MIME-Version', '1.0'),
], text(html, 'html'))

# ------------------------------------------------------------------ 005 NPPR acuse de recibo (Spanish, Outlook, quotes request)
body = """Buenos días:

Por este medio acusamos recibo de su solicitud de información pública al
amparo de la Ley 141-2018, recibida en la Oficina de Transparencia el jueves,
3 de septiembre de 2026, ya que su correo llegó luego del horario laborable
del día 2. Su solicitud quedó registrada con el número NPPR-SIP-2026-0187.
Favor de hacer referencia a este número en toda comunicación.

Su solicitud fue referida a la Superintendencia Auxiliar de Responsabilidad
Profesional y a la División de Estadísticas para la búsqueda de los
documentos. Conforme al Artículo 7 de la Ley, el Negociado cuenta con diez
(10) días laborables para entregar la información o notificarle si necesita
un término adicional.

Cordialmente,

Lcda. Marisol Acevedo Rosa
Oficial de Información
Oficina de Transparencia
Negociado de la Policía de Puerto Rico
Tel. (787) 793-1234, ext. 3150

________________________________
De: Mesa de Documentos Públicos <records+req-001@records.example.org>
Enviado: miércoles, 2 de septiembre de 2026 5:40 p.m.
Para: Oficina de Transparencia NPPR <transparencia@policia.pr.gov>
Asunto: """ + req_subject('REQ-001') + """

""" + REQUEST_BODIES['REQ-001']
write('005-nppr-acuse-recibo.eml', [
    ('From', addr('Oficina de Transparencia NPPR', 'transparencia@policia.pr.gov')),
    ('To', addr('Mesa de Documentos Públicos', 'records+req-001@records.example.org')),
    ('Subject', h('RE: ' + req_subject('REQ-001'), 'iso-8859-1')),
    ('Thread-Topic', h(req_subject('REQ-001'), 'iso-8859-1')),
    ('Thread-Index', 'AQHdHk3yq8Vb2Jm0T0e3cA1LQb9t3wF1xKcy'),
    ('Date', date('2026-09-09 11:30:40', '-0400')),
    ('Message-ID', '<%s@SJ0PR09MB7762.namprd09.prod.outlook.com>' % HX('005', 24)),
    ('In-Reply-To', req_mid('REQ-001')),
    ('References', req_mid('REQ-001')),
    ('Accept-Language', 'es-PR, en-US'),
    ('Content-Language', 'es-PR'),
    ('X-MS-Has-Attach', ''),
    ('X-MS-Exchange-Organization-SCL', '-1'),
    ('x-ms-exchange-transport-fromentityheader', 'Hosted'),
    ('MIME-Version', '1.0'),
], text(body, charset='iso-8859-1'))

# ------------------------------------------------------------------ 006 FEMA acknowledgment (plain text)
body = """September 10, 2026

Records Desk
records@records.example.org

Re: FOIA Request 2026-FEFO-01963

Dear Requester:

This acknowledges receipt of your Freedom of Information Act (FOIA) request
to the Federal Emergency Management Agency (FEMA), dated September 9, 2026,
and received in this office on September 9, 2026. You are seeking Public
Assistance project worksheets, obligation reports and related correspondence
for projects in the municipalities of Utuado and Jayuya under major disaster
declaration DR-4671-PR (Hurricane Fiona).

Your request has been assigned FOIA tracking number 2026-FEFO-01963. Please
refer to this number when contacting our office about your request.

As a representative of the news media you will be charged only for
duplication beyond the first 100 pages. We will advise you before any fee
above $25.00 is incurred.

Due to the volume of records that may be involved and the need to search
the Region 2 office and the Puerto Rico Joint Recovery Office, unusual
circumstances may apply to this request. If we need more time beyond the
statutory 20 working days, we will notify you in writing.

You may contact our FOIA Public Liaison at fema-foia@fema.dhs.gov or
(202) 646-3323 for any further assistance. You also have the right to seek
dispute resolution services from the Office of Government Information
Services (OGIS) at the National Archives and Records Administration.

Sincerely,

FEMA Disclosure Branch
Information Management Division
Office of the Chief Administrative Officer
"""
write('006-fema-ack.eml', [
    ('From', addr('FEMA-FOIA', 'fema-foia@fema.dhs.gov')),
    ('To', 'records@records.example.org'),
    ('Subject', 'FEMA FOIA Request 2026-FEFO-01963 Acknowledgment'),
    ('Date', date('2026-09-10 09:12:05', '-0400')),
    ('Message-ID', '<%s@DM6PR09MB4421.namprd09.prod.outlook.com>' % HX('006', 24)),
    ('X-MS-Has-Attach', ''),
    ('Content-Language', 'en-US'),
    ('MIME-Version', '1.0'),
], text(body, cte='7bit', charset='us-ascii'))

# ------------------------------------------------------------------ 007 bounce: our REQ-006 to the old PREPA address
orig_subject = h(req_subject('REQ-006'))
report = """This is the mail system at host mx1.records.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<transparencia@prepa.com>: host prepa-com.mail.protection.outlook.com[52.101.40.7]
    said: 550 5.4.1 Recipient address rejected: Access denied.
    AS(201806281) [BN1PEPF00004683.namprd05.prod.outlook.com] (in reply to RCPT TO command)
"""
status = """Reporting-MTA: dns; mx1.records.example.org
X-Postfix-Queue-ID: 4gQz2r1XwKz7Lm3
X-Postfix-Sender: rfc822; records@records.example.org
Arrival-Date: Thu, 10 Sep 2026 15:46:58 -0400 (EDT)

Final-Recipient: rfc822; transparencia@prepa.com
Original-Recipient: rfc822;transparencia@prepa.com
Action: failed
Status: 5.4.1
Remote-MTA: dns; prepa-com.mail.protection.outlook.com
Diagnostic-Code: smtp; 550 5.4.1 Recipient address rejected: Access denied.
    AS(201806281) [BN1PEPF00004683.namprd05.prod.outlook.com]
"""
orig = """Return-Path: <records@records.example.org>
Received: by mx1.records.example.org (Postfix, from userid 1001)
	id 4gQz2r1XwKz7Lm3; Thu, 10 Sep 2026 15:46:58 -0400 (EDT)
From: Mesa de Documentos Publicos <records@records.example.org>
Reply-To: records+req-006@records.example.org
To: transparencia@prepa.com
Subject: %s
Date: Thu, 10 Sep 2026 15:46:55 -0400
Message-ID: %s
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
""" % (orig_subject.replace('\n', '\n'), req_mid('REQ-006'))
write('007-bounce-aee-prepa.eml', [
    ('From', 'MAILER-DAEMON@mx1.records.example.org (Mail Delivery System)'),
    ('To', 'records@records.example.org'),
    ('Subject', 'Undelivered Mail Returned to Sender'),
    ('Date', date('2026-09-10 15:47:03', '-0400')),
    ('Message-ID', '<20260910194703.5A0B2C1F44@mx1.records.example.org>'),
    ('Auto-Submitted', 'auto-replied'),
    ('MIME-Version', '1.0'),
], multipart('report', [
    raw_part('text/plain; charset="us-ascii"', report, [('Content-Transfer-Encoding', '7bit'), ('Content-Description', 'Notification')]),
    raw_part('message/delivery-status', status, [('Content-Description', 'Delivery report')]),
    raw_part('text/rfc822-headers', orig, [('Content-Description', 'Undelivered Message Headers')]),
], '4gQz2r1XwKz7Lm3.1789069623/mx1.records.example.org', 'report-type=delivery-status'))

# ------------------------------------------------------------------ 008 EOUSA acknowledgment, letter only in PDF
letter = [
    'U.S. Department of Justice',
    'Executive Office for United States Attorneys',
    'Freedom of Information and Privacy Staff',
    '175 N Street, NE, Suite 5.400',
    'Washington, DC 20530',
    '',
    'September 11, 2026',
    '',
    'Records Desk',
    'records@records.example.org',
    '',
    'Re: Request Number: EOUSA-2026-004817',
    '    Date of Receipt: September 4, 2026',
    '    Subject of Request: USAO-PR / Firearms Trafficking Prosecutions; Project Safe Neighborhoods Grants',
    '',
    'Dear Requester:',
    '',
    'Your request for records under the Freedom of Information Act has been received by the Executive '
    'Office for United States Attorneys (EOUSA). EOUSA processes FOIA requests for all 94 United States '
    "Attorneys' Offices, including the United States Attorney's Office for the District of Puerto Rico. "
    'Your request was received in this office on September 4, 2026, and has been assigned the number '
    'above. Please refer to this number in any future correspondence.',
    '',
    'Requests are processed in the order received within three tracks: simple, complex and expedited. '
    'Your request has been placed in the complex track because it seeks records from more than one '
    'component of the office and spans several years. Please note that complex requests frequently '
    'require more than 20 working days to process.',
    '',
    'You have been placed in the news media fee category. You will not be charged search or review fees, '
    'but duplication fees may be assessed after the first 100 pages.',
    '',
    'You may contact our FOIA Public Liaison at (202) 252-6020 for any further assistance and to discuss '
    'any aspect of your request. Additionally, you may contact the Office of Government Information '
    'Services (OGIS) at the National Archives and Records Administration to inquire about the FOIA '
    'mediation services they offer. Email: ogis@nara.gov; telephone: (202) 741-5770; toll free: '
    '1-877-684-6448.',
    '',
    'Sincerely,',
    '',
    'FOIA/PA Staff',
    'Executive Office for United States Attorneys',
]
plain = """Please see the attached correspondence regarding your Freedom of Information Act request.

FOIA/PA Staff
Executive Office for United States Attorneys
"""
write('008-eousa-ack-pdf.eml', [
    ('From', addr('USAEO-FOIA Requests (USAEO)', 'USAEO.FOIA.Requests@usdoj.gov')),
    ('To', addr('Records Desk', 'records@records.example.org')),
    ('Subject', 'Acknowledgment - FOIA Request'),
    ('Thread-Topic', 'Acknowledgment - FOIA Request'),
    ('Thread-Index', 'AdzE2mWq5zj0T4d1S2aK8Hc0qk1f9A=='),
    ('Date', date('2026-09-11 13:02:17', '-0400')),
    ('Message-ID', '<%s@BN1PR09MB0322.namprd09.prod.outlook.com>' % HX('008', 24)),
    ('Accept-Language', 'en-US'),
    ('Content-Language', 'en-US'),
    ('X-MS-Has-Attach', 'yes'),
    ('X-MS-TNEF-Correlator', ''),
    ('MIME-Version', '1.0'),
], multipart('mixed', [
    text(plain, cte='7bit', charset='us-ascii'),
    attachment('EOUSA-2026-004817_Ack.pdf', pdf(letter, 'Acknowledgment EOUSA-2026-004817')),
], '_004_%s_' % HX('008b', 36)))

# ------------------------------------------------------------------ 009 Dona Ana County three-day letter, Spanish first then English
body = """ACUSE DE RECIBO / ACKNOWLEDGMENT
Solicitud / Request No.: IPRA-26-0734

[ESPAÑOL]

Estimado(a) solicitante:

El Condado de Doña Ana recibió su solicitud bajo la Ley de Inspección de
Documentos Públicos (IPRA), NMSA 1978, §§ 14-2-1 a 14-2-12, el lunes 14 de
septiembre de 2026. Usted solicita el contrato de servicios médicos del
Centro de Detención del Condado de Doña Ana y los documentos sobre muertes
bajo custodia de 2022 a 2026.

Como los documentos no pueden ponerse a su disposición dentro de tres (3)
días laborables, le informamos que el Condado responderá a su solicitud a
más tardar el 29 de septiembre de 2026, según dispone la ley.

[ENGLISH]

Dear Requester:

Doña Ana County received your request under the Inspection of Public Records
Act (IPRA), NMSA 1978, §§ 14-2-1 to 14-2-12, on Monday, September 14, 2026.
You requested the Doña Ana County Detention Center medical services contract
and records of in-custody deaths from 2022 through 2026.

Because the records cannot be made available within three (3) business days,
this letter is to inform you that the County will respond to your request no
later than September 29, 2026, as required by law.

Atentamente / Sincerely,

Mónica Gallegos
Custodia de Documentos / Records Custodian
Condado de Doña Ana / Doña Ana County
845 N. Motel Blvd., Las Cruces, NM 88007
(575) 647-7200
"""
write('009-dac-acuse-bilingue.eml', [
    ('From', addr('Doña Ana County IPRA', 'ipra@donaanacounty.org')),
    ('To', 'records+req-007@records.example.org'),
    ('Subject', 'Acuse de recibo / Acknowledgment - IPRA-26-0734'),
    ('Date', date('2026-09-16 10:20:44', '-0600')),
    ('Message-ID', '<%s@PH0PR14MB5190.namprd14.prod.outlook.com>' % HX('009', 24)),
    ('Content-Language', 'es-US'),
    ('MIME-Version', '1.0'),
], text(body))

# ------------------------------------------------------------------ 010 El Paso GovQA acknowledgment via shared portal address
plain = """Dear Records Desk,

Thank you for your interest in public records of the City of El Paso. Your
request has been received and is being processed in accordance with the
Texas Public Information Act (Chapter 552 of the Texas Government Code).

Your request was received on 9/15/2026 and given the reference number
W087214-091526 for tracking purposes.

Records Requested: (1) contracts, amendments and purchase orders with
automated license plate reader (ALPR) vendors, 2021 to present; (2) data-
sharing agreements or MOUs for ALPR data between EPPD and other agencies.

You can monitor the progress of your request at the link below and you'll
receive an email when your request has been completed.

Para asistencia en español, llame al 3-1-1 o escriba a
openrecords@elpasotexas.gov.

City of El Paso
Open Records Center
"""
html = """<html><body style="font-family:Arial;font-size:10pt">
<p>Dear Records Desk,</p>
<p>Thank you for your interest in public records of the City of El Paso. Your request has been received and is being
processed in accordance with the Texas Public Information Act (Chapter 552 of the Texas Government Code).</p>
<p>Your request was received on <b>9/15/2026</b> and given the reference number <b>W087214-091526</b> for tracking
purposes.</p>
<p><b>Records Requested:</b> (1) contracts, amendments and purchase orders with automated license plate reader (ALPR)
vendors, 2021 to present; (2) data-sharing agreements or MOUs for ALPR data between EPPD and other agencies.</p>
<p>You can monitor the progress of your request at the link below and you'll receive an email when your request has
been completed.</p>
<p><a href="https://elpasotx.mycusthelp.com/WEBAPP/_rs/(S(x1y2z3))/RequestOpen.aspx?rid=87214">View my request</a></p>
<p><i>Para asistencia en espa&ntilde;ol, llame al 3-1-1 o escriba a openrecords@elpasotexas.gov.</i></p>
<p>City of El Paso<br>Open Records Center</p>
</body></html>
"""
write('010-elpaso-govqa-ack.eml', [
    ('From', addr('City of El Paso Open Records Center', 'donotreply@mycusthelp.net')),
    ('To', 'records@records.example.org'),
    ('Subject', 'Public Information Request :: W087214-091526'),
    ('Date', date('2026-09-16 16:55:10', '-0600')),
    ('Message-ID', '<%s@mycusthelp.net>' % hx('010', 28)),
    ('MIME-Version', '1.0'),
], multipart('alternative', [text(plain), text(html, 'html')], '=_%s' % hx('010b', 28)))

print('part1 done')
