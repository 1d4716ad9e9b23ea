#!/usr/bin/env python3
"""Messages 031-040."""
from mkmail import *  # noqa

# ------------------------------------------------------------------ 031 Google-style DSN: our reply to the GovQA no-reply address bounced
mid015 = '<%s@mycusthelp.net>' % hx('015', 28)
orig = message([
    ('Return-Path', '<records@records.example.org>'),
    ('From', addr('Records Desk', 'records@records.example.org')),
    ('Reply-To', 'records+req-011@records.example.org'),
    ('To', 'donotreply@mycusthelp.net'),
    ('Subject', h('RE: Public Records Request :: M118904-092226 / Solicitud de Registros Públicos')),
    ('Date', date('2026-10-12 09:04:51', '-0400')),
    ('Message-ID', '<CAL7r%s@mail.gmail.com>' % hx('031o', 30)),
    ('In-Reply-To', mid015),
    ('References', mid015),
    ('MIME-Version', '1.0'),
], text("""Hello,

Thank you for the special service charge estimate. Before we pay the
deposit, could the Records Unit tell us whether limiting the detainer logs
to January-June 2026 would reduce the estimate? We would also accept the
287(g) agreement and MOUs first, as a separate installment.

Records Desk
records@records.example.org

On Tue, Sep 22, 2026 at 3:31 PM Miami-Dade County Public Records Center
<donotreply@mycusthelp.net> wrote:
> Dear Records Desk,
> Thank you for contacting the Miami-Dade County Public Records Center.
> Your public records request has been received and assigned reference
> number M118904-092226.
""", cte='7bit', charset='us-ascii'))
notice = """
** Address not found **

Your message wasn't delivered to donotreply@mycusthelp.net because the
address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <donotreply@mycusthelp.net>: Recipient address rejected: User unknown in virtual mailbox table
"""
notice_html = ('<html><body><h3>Address not found</h3><p>Your message wasn\'t delivered to <b>donotreply@mycusthelp.net</b> '
               'because the address couldn\'t be found, or is unable to receive mail.</p><p>The response from the remote '
               'server was:</p><p style="font-family:monospace">550 5.1.1 &lt;donotreply@mycusthelp.net&gt;: Recipient address '
               'rejected: User unknown in virtual mailbox table</p></body></html>\n')
status = """Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; records@records.example.org
Arrival-Date: Mon, 12 Oct 2026 06:04:52 -0700 (PDT)
X-Original-Message-ID: <CAL7r%s@mail.gmail.com>

Final-Recipient: rfc822; donotreply@mycusthelp.net
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.mycusthelp.net. (20.97.54.11, the server for the domain mycusthelp.net.)
Diagnostic-Code: smtp; 550 5.1.1 <donotreply@mycusthelp.net>: Recipient address rejected: User unknown in virtual mailbox table
Last-Attempt-Date: Mon, 12 Oct 2026 06:05:09 -0700 (PDT)
""" % hx('031o', 30)
write('031-bounce-govqa-donotreply.eml', [
    ('From', addr('Mail Delivery Subsystem', 'mailer-daemon@googlemail.com')),
    ('To', 'records@records.example.org'),
    ('Subject', 'Delivery Status Notification (Failure)'),
    ('Date', date('2026-10-12 06:05:10', '-0700')),
    ('Message-ID', '<%s.%s@mx.google.com>' % (hx('031a', 8), hx('031b', 20))),
    ('Auto-Submitted', 'auto-replied'),
    ('X-Failed-Recipients', 'donotreply@mycusthelp.net'),
    ('References', '<CAL7r%s@mail.gmail.com>' % hx('031o', 30)),
    ('In-Reply-To', '<CAL7r%s@mail.gmail.com>' % hx('031o', 30)),
    ('MIME-Version', '1.0'),
], multipart('report', [
    multipart('related', [multipart('alternative', [text(notice, cte='7bit', charset='UTF-8'),
                                                    text(notice_html, 'html', cte='7bit', charset='UTF-8')],
                                    '000000000000a1b2c3060a11d4e2')], '000000000000a1a9b4060a11d4d1'),
    raw_part('message/delivery-status', status),
    rfc822(orig),
], '000000000000a19c1a060a11d4b8', 'report-type=delivery-status'))

# ------------------------------------------------------------------ 032 FEMA referral of HUD-originated records (other)
body = """October 14, 2026

Re: FOIA Request 2026-FEFO-01963 - Referral Notification

Dear Requester:

This letter concerns your Freedom of Information Act request for Public
Assistance records for the municipalities of Utuado and Jayuya under
DR-4671-PR.

During our search, the Puerto Rico Joint Recovery Office located 37 pages
of records that originated with the U.S. Department of Housing and Urban
Development (HUD), concerning coordination of Community Development Block
Grant - Disaster Recovery (CDBG-DR) funds with the Puerto Rico Department of
Housing. In accordance with 6 C.F.R. 5.4(d), we have referred those pages
to HUD for processing and direct response to you. You may contact HUD's
FOIA Branch about the referral; please reference the FEMA number above.

FEMA continues to process the remaining responsive records and will
respond to you directly.

Sincerely,

FEMA Disclosure Branch
"""
write('032-fema-referral-hud.eml', [
    ('From', addr('FEMA-FOIA', 'fema-foia@fema.dhs.gov')),
    ('To', 'records@records.example.org'),
    ('Subject', '2026-FEFO-01963 - Referral Notification'),
    ('Date', date('2026-10-14 10:40:29', '-0400')),
    ('Message-ID', '<%s@DM6PR09MB4421.namprd09.prod.outlook.com>' % HX('032', 24)),
    ('Content-Language', 'en-US'),
    ('MIME-Version', '1.0'),
], text(body, cte='7bit', charset='us-ascii'))

# ------------------------------------------------------------------ 033 colleague forwards Hidalgo's 552.221(d) certification (extension)
fwd = """Hidalgo sent this to my address instead of the desk (I was the one who
accepted the cost estimate). Logging it here. New date is Nov 13.

- Lucía

---------- Forwarded message ---------
From: Rosalinda Treviño <rtrevino@co.hidalgo.tx.us>
Date: Fri, Oct 16, 2026 at 3:12 PM
Subject: PIR 26-1187 Certification / Certificación
To: Lucía Ferrer <lferrer@records.example.org>


Ms. Ferrer:

We have received your acceptance of the estimated charges and your payment
for request PIR 26-1187 (Sheriff's Office Operation Lone Star grant
expenditures and overtime).

Under Section 552.221(d) of the Texas Government Code, I certify that the
requested information cannot be produced within ten business days because
the overtime records must be compiled from the payroll system and the
grant ledgers. The information will be available on or before November 13,
2026.

Sra. Ferrer:

Hemos recibido su aceptación de los cargos estimados y su pago. Conforme a
la Sección 552.221(d) del Código de Gobierno de Texas, certifico que la
información solicitada no puede producirse dentro de diez días hábiles. La
información estará disponible a más tardar el 13 de noviembre de 2026.

Rosalinda Treviño
Public Information Coordinator
Hidalgo County, Texas
"""
fwd_html = '<div dir="ltr">' + ''.join('<div>%s</div>' % (l or '<br>') for l in fwd.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').split('\n')) + '</div>\n'
write('033-fwd-hidalgo-certification.eml', [
    ('From', addr('Lucía Ferrer', 'lferrer@records.example.org')),
    ('To', 'records@records.example.org'),
    ('Subject', h('Fwd: PIR 26-1187 Certification / Certificación')),
    ('Date', date('2026-10-19 08:55:03', '-0400')),
    ('Message-ID', '<CAF9q%s@mail.gmail.com>' % hx('033', 30)),
    ('MIME-Version', '1.0'),
], multipart('alternative', [text(fwd), text(fwd_html, 'html')], '0000000000005c3e7f060b8a21c4'))

# ------------------------------------------------------------------ 034 CBP clarification request for the AMO request
body = """Dear Requester:

This letter concerns your FOIA request CBP-FO-2027-000412, received by CBP
on October 5, 2026, for maritime interdiction records of the Air and Marine
Operations (AMO) Caribbean Air and Marine Branch.

As written, your request does not reasonably describe the records sought.
AMO does not maintain "daily activity logs" as a single record series; flight
and vessel activity is recorded in several operational systems, and a search
of all entries for a two-year period would not be reasonable. Please clarify:

  1. Which types of records you are seeking (for example, interdiction
     summaries, seizure reports, or the annual statistical reports only);
  2. Whether you seek all interdictions or only those that resulted in a
     seizure or apprehension.

Your request is on hold until we receive your clarification, as permitted
by 5 U.S.C. 552(a)(6)(A)(ii)(I). If we do not receive a response within 30
working days from the date of this letter, we will assume you are no longer
interested in this request and will administratively close it.

Sincerely,

David M. Hernandez
Government Information Specialist
CBP FOIA Division
"""
write('034-cbp-clarification-amo.eml', [
    ('From', addr('CBP FOIA', 'cbpfoia@cbp.dhs.gov')),
    ('To', 'records+req-014@records.example.org'),
    ('Subject', 'CBP-FO-2027-000412 - Request for Clarification'),
    ('Date', date('2026-10-20 10:02:16', '-0400')),
    ('Message-ID', '<%s@CY8PR09MB9071.namprd09.prod.outlook.com>' % HX('034', 24)),
    ('Content-Language', 'en-US'),
    ('MIME-Version', '1.0'),
], text(body))

# ------------------------------------------------------------------ 035 NPPR estimado de costos (hedged)
body = """Estimado(a) solicitante:

Hacemos referencia a su solicitud NPPR-SIP-2026-0203 sobre cámaras
corporales y a su aclaración recibida el 2 de octubre de 2026.

Le informamos que la reproducción de los documentos podría conllevar un
cargo, según el Reglamento sobre Derechos por Reproducción de Documentos del
Negociado:

  - Contratos y enmiendas (386 páginas, sólo disponibles en papel):
    386 x $0.25 = $96.50
  - Orden General y auditorías internas (formato electrónico): sin costo

Total estimado: $96.50

El pago se realiza mediante giro postal o cheque certificado a nombre del
Secretario de Hacienda. Como alternativa, puede examinar los contratos en
nuestras oficinas sin costo alguno, previa cita.

Favor de indicarnos por escrito, dentro de diez (10) días laborables, si
acepta el cargo o si prefiere la inspección. Hasta recibir su contestación,
no podremos continuar con la reproducción de los documentos.

Cordialmente,

Lcda. Marisol Acevedo Rosa
Oficial de Información
Negociado de la Policía de Puerto Rico
"""
write('035-nppr-estimado-costos.eml', [
    ('From', addr('Oficina de Transparencia NPPR', 'transparencia@policia.pr.gov')),
    ('To', addr('Mesa de Documentos Públicos', 'records@records.example.org')),
    ('Subject', 'Estimado de costos - NPPR-SIP-2026-0203'),
    ('Date', date('2026-10-20 15:45:58', '-0400')),
    ('Message-ID', '<%s@SJ0PR09MB7762.namprd09.prod.outlook.com>' % HX('035', 24)),
    ('Content-Language', 'es-PR'),
    ('MIME-Version', '1.0'),
], text(body, charset='windows-1252', cte='8bit'))

# ------------------------------------------------------------------ 036 El Paso GovQA: message posted (portal notice via shared address)
plain = """A message has been posted to your public information request
W087214-091526.

Please log in to the City of El Paso Open Records Center to view the
message and any attached documents.

Do not reply to this email; replies to this address are not monitored.
"""
write('036-elpaso-govqa-message.eml', [
    ('From', addr('City of El Paso Open Records Center', 'donotreply@mycusthelp.net')),
    ('To', 'records@records.example.org'),
    ('Subject', 'Public Information Request :: W087214-091526 - New Message'),
    ('Date', date('2026-10-21 08:30:44', '-0600')),
    ('Message-ID', '<%s@mycusthelp.net>' % hx('036', 28)),
    ('MIME-Version', '1.0'),
], text(plain, cte='7bit', charset='us-ascii'))

# ------------------------------------------------------------------ 037 CBP analyst out-of-office, replying to our clarification answer
mid034 = '<%s@CY8PR09MB9071.namprd09.prod.outlook.com>' % HX('034', 24)
ours = '<req-014.20261022.2@records.example.org>'
body = """I am out of the office through Friday, October 30, with no access to
email. Your message has not been forwarded.

For FOIA matters, please write to cbpfoia@cbp.dhs.gov or call the CBP FOIA
Public Liaison at (202) 325-0150.

David M. Hernandez
Government Information Specialist, CBP FOIA Division
"""
write('037-cbp-analyst-ooo.eml', [
    ('From', addr('HERNANDEZ, DAVID M', 'david.m.hernandez@cbp.dhs.gov')),
    ('To', 'records@records.example.org'),
    ('Subject', 'Automatic reply: RE: CBP-FO-2027-000412 - Request for Clarification'),
    ('Thread-Topic', 'CBP-FO-2027-000412 - Request for Clarification'),
    ('Date', date('2026-10-22 10:15:02', '-0400')),
    ('Message-ID', '<%s@CY8PR09MB9071.namprd09.prod.outlook.com>' % HX('037', 24)),
    ('In-Reply-To', ours),
    ('References', fold_refs([mid034, ours])),
    ('Auto-Submitted', 'auto-replied'),
    ('X-Auto-Response-Suppress', 'All'),
    ('X-MS-Exchange-Inbox-Rules-Loop', 'david.m.hernandez@cbp.dhs.gov'),
    ('Content-Language', 'en-US'),
    ('MIME-Version', '1.0'),
], text(body, cte='7bit', charset='us-ascii'))

# ------------------------------------------------------------------ 038 Spanish phishing (request: null)
html = """<html><body style="font-family:Segoe UI,Arial;font-size:10pt">
<p><b>Aviso final del administrador de correo</b></p>
<p>Su buzón <b>records@records.example.org</b> ha alcanzado el 99% del límite de almacenamiento. Los mensajes
entrantes, incluida la correspondencia de sus solicitudes pendientes ante agencias de gobierno, serán rechazados a
partir de las 11:59 p.m. de hoy.</p>
<p>Para conservar sus mensajes, verifique su cuenta inmediatamente:</p>
<p><a href="http://admin-buzon-seguro.com/verificar?u=records">VERIFICAR MI CUENTA</a></p>
<p>Gracias,<br>Equipo de Soporte Técnico</p>
</body></html>
"""
write('038-phishing-buzon-null.eml', [
    ('From', addr('Soporte Técnico', 'no-reply@admin-buzon-seguro.com')),
    ('To', 'records@records.example.org'),
    ('Subject', h('Aviso final: su buzón ha alcanzado el límite de almacenamiento')),
    ('Date', date('2026-10-26 07:48:30', '-0400')),
    ('Message-ID', '<%s@admin-buzon-seguro.com>' % hx('038', 22)),
    ('MIME-Version', '1.0'),
], text(html, 'html', cte='base64'))

# ------------------------------------------------------------------ 039 Salud PR denegacion (Spanish, HTML only)
html = """<html><body style="font-family:Arial;font-size:10.5pt">
<p>27 de octubre de 2026</p>
<p>Mesa de Documentos Públicos<br>records@records.example.org</p>
<p><b>Asunto: Determinación sobre la Solicitud S002318-090826</b></p>
<p>Estimado(a) solicitante:</p>
<p>Hemos evaluado su solicitud de copia de los informes de inspección de égidas y hogares de cuido de envejecientes
realizados por la Secretaría Auxiliar para Reglamentación y Acreditación de Facilidades de Salud (SARAFS) entre 2023 y
2026.</p>
<p>Luego del análisis correspondiente, <b>se deniega</b> su solicitud por los siguientes fundamentos:</p>
<ol>
<li>Los informes de inspección contienen información de salud protegida de los residentes (diagnósticos,
medicamentos y condiciones de cuidado), la cual es confidencial al amparo de la Ley HIPAA (45 C.F.R. Parte 164) y de la
legislación local sobre la confidencialidad de los expedientes médicos.</li>
<li>Un número considerable de los informes forma parte de procesos administrativos de querella que no han concluido,
por lo que su divulgación podría afectar dichos procesos, según lo dispuesto en el Artículo 4 de la Ley 141-2018.</li>
</ol>
<p>Debido a la naturaleza de la información, no es posible separar la información confidencial sin que los documentos
pierdan su sentido. Por lo tanto, no se entregará documento alguno en respuesta a esta solicitud.</p>
<p>De no estar de acuerdo con esta determinación, usted podrá presentar un Recurso Especial de Acceso a Información
Pública ante el Tribunal de Primera Instancia dentro del término de treinta (30) días, contados a partir de la
notificación de esta determinación, conforme al Artículo 9 de la Ley 141-2018.</p>
<p>Atentamente,</p>
<p>Lcdo. Ramón Ortiz Vélez<br>Oficial de Información<br>Departamento de Salud de Puerto Rico</p>
</body></html>
"""
write('039-salud-denegacion.eml', [
    ('From', addr('Oficial de Información - Departamento de Salud', 'oficialdeinformacion@salud.pr.gov')),
    ('To', 'records@records.example.org'),
    ('Subject', h('Determinación - Solicitud S002318-090826')),
    ('Date', date('2026-10-27 14:20:13', '-0400')),
    ('Message-ID', '<%s@salud.pr.gov>' % hx('039', 26)),
    ('MIME-Version', '1.0'),
], text(html, 'html'))

# ------------------------------------------------------------------ 040 Imperial County Sheriff: investigatory records withheld (denial)
body = """IMPERIAL COUNTY SHERIFF'S OFFICE
Records Division
328 Applestill Road, El Centro, CA 92243

October 28, 2026

Re: California Public Records Act Request CPRA 2026-341
    October 9, 2026 vehicle pursuit and collision, Calexico

Dear Requester:

The Sheriff's Office has reviewed your request of October 19, 2026 for
incident reports, dispatch audio, body-worn and in-car camera video, and
the pursuit review concerning the vehicle pursuit that ended in a collision
in Calexico on October 9, 2026.

These records are records of an investigation conducted by the Sheriff's
Office for law enforcement purposes, and the investigation remains open.
They are exempt from disclosure under Government Code section 7923.600, and
the Sheriff's Office is withholding them in full. To the extent the
collision is subject to Penal Code section 832.7(b), disclosure is delayed
during the active criminal investigation under section 832.7(b)(8)(A).

As required by Government Code section 7923.610, the following information
is provided: the pursuit began at approximately 10:42 p.m. on State Route 98
near Rockwood Avenue and ended at Imperial Avenue and 2nd Street, where the
pursued vehicle struck an unoccupied parked car. The driver was arrested.

Sincerely,

Sgt. Daniel Ochoa
Records Supervisor

Esta carta está disponible en español a petición. Llame al (442) 265-2021.
"""
write('040-imperial-sheriff-denial.eml', [
    ('From', addr('ICSO Records Division', 'icsorecords@co.imperial.ca.us')),
    ('To', 'records@records.example.org'),
    ('Subject', 'CPRA 2026-341 - Response'),
    ('Date', date('2026-10-28 11:05:47', '-0700')),
    ('Message-ID', '<%s@BYAPR06MB5512.namprd06.prod.outlook.com>' % HX('040', 24)),
    ('MIME-Version', '1.0'),
], text(body))

print('part4 done')
