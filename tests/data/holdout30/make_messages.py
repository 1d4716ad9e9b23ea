#!/usr/bin/env python3
"""Writes messages/*.eml for this set. All names, numbers and letters are invented for the set.

    python make_messages.py
"""
from pathlib import Path
import re
import textwrap
import yaml
from mimekit import (enc_subject, text_part, attachment, multipart, message, make_pdf, make_docx,
                     banner_png, mid, qp)

HERE = Path(__file__).resolve().parent
OUT = HERE / 'messages'
REQ = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
DESK = 'Records Desk <records@healthdesk.example.org>'
MSGS = []


def reg(fn):
    MSGS.append(fn)
    return fn


def subj(rid):
    return REQ[rid]['subject']


def rmid(rid):
    return REQ[rid]['message_id']


def plus(rid, name='Records Desk'):
    return '%s <%s>' % (name, REQ[rid]['reply_address'])


def alt(text, html, boundary):
    return multipart('alternative', [text_part(text), text_part(html, 'html')], boundary)


def outlook(frm, to, subject, date, msgid, irt=None, refs=None, thread_topic=None, tindex='AQHcOTk4', extra=(),
            cc=None, sender=None, lang='en-US', has_attach=False):
    host = msgid.rsplit('@', 1)[1].rstrip('>')
    peer = host.split('.')[0][:6] + 'CA0019' + host.split('.')[1] if '.' in host else host
    h = [('Received', 'from %s (2603:10b6:%x:%x::%d) by\n %s.%s with Microsoft SMTP Server\n'
          ' (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384); %s'
          % (host, len(host) * 37 % 4096, len(msgid) * 11 % 4096, len(date) % 97, peer.upper(),
             '.'.join(host.split('.')[1:]), date))]
    if thread_topic is None:
        thread_topic = re.sub(r'^(?:(?:RE|Re|FW|Fwd|Automatic reply): )+', '', subject)
    h += [('From', frm)]
    if sender:
        h.append(('Sender', sender))
    h += [('To', to)]
    if cc:
        h.append(('Cc', cc))
    h += [('Subject', enc_subject(subject)), ('Thread-Topic', enc_subject(thread_topic)),
          ('Thread-Index', tindex), ('Date', date), ('Message-ID', msgid)]
    if irt:
        h.append(('In-Reply-To', irt))
    if refs:
        h.append(('References', refs))
    h += [('Accept-Language', lang), ('Content-Language', lang),
          ('X-MS-Has-Attach', 'yes' if has_attach else ''), ('X-MS-TNEF-Correlator', ''),
          ('X-MS-Exchange-Organization-AuthAs', 'Anonymous'),
          ('X-MS-Exchange-Organization-SCL', '1')]
    h += list(extra)
    return h


def write(fn, data):
    (OUT / fn).write_bytes(data)


OGIS = """The Office of Government Information Services (OGIS) at the National Archives
and Records Administration offers mediation services to resolve disputes
between FOIA requesters and federal agencies as a non-exclusive alternative
to litigation. You may reach OGIS at 8601 Adelphi Road-OGIS, College Park,
Maryland 20740-6001; e-mail ogis@nara.gov; telephone 202-741-5770 or toll
free 1-877-684-6448."""

HHS_APPEAL = """If you are not satisfied with this response, you may administratively appeal
to the Deputy Agency Chief FOIA Officer, U.S. Department of Health and Human
Services, Office of the Assistant Secretary for Public Affairs, Hubert H.
Humphrey Building, 200 Independence Avenue SW, Washington, DC 20201. Your
appeal must be postmarked or electronically transmitted within 90 days of
the date of this response. Please clearly mark both the letter and the
envelope, or the subject line of your e-mail, "Freedom of Information Act
Appeal," and include the request number above."""


# ============================================================== 001 FDA automated acknowledgment (REQ-003)
@reg
def m001():
    fn = '001-fda-ack-automated-483s.eml'
    body = """*** This is an automated message. Please do not reply to this email. ***

Reference: 2026-6184

Dear Requester:

This acknowledges that the Food and Drug Administration (FDA) received your
request for records under the Freedom of Information Act (FOIA), 5 U.S.C.
552, on 09/08/2026. Your request has been assigned FOIA control number
2026-6184. Please refer to this number in any future contact about this
request.

Records requested:
  Form FDA 483s and Establishment Inspection Reports for compounding
  pharmacies in Utah and Idaho, 2023-2026

Your request has been sent to the FDA office(s) most likely to hold
responsive records. FDA handles requests on a first-in, first-out basis
within each processing track; this request has been placed in the complex
track because it calls for inspection records from more than one program
area.

Fee category: Based on the description you provided, you have been placed
in the news media category. News media requesters are charged only for
duplication beyond the first 100 pages. If we anticipate charges above the
amount you agreed to pay in your request ($50.00), we will contact you
before incurring them.

You may check the status of your request on the FDA FOIA request status page
using the control number above, or call the FDA FOIA Requester Service
Center at 301-796-3900 between 9:00 a.m. and 4:00 p.m. Eastern Time.

Division of Freedom of Information
Office of the Executive Secretariat
U.S. Food and Drug Administration
5630 Fishers Lane, Room 1035
Rockville, MD 20857
"""
    top = [('Received', 'from mail.fda.hhs.gov (156.40.112.61) by mx.healthdesk.example.org; Tue, 08 Sep 2026 10:14:25 -0400'),
           ('From', 'FDA FOIA <FDAFOIA@fda.hhs.gov>'),
           ('To', plus('REQ-003')),
           ('Subject', 'FOIA Request 2026-6184 - Acknowledgement'),
           ('Date', 'Tue, 08 Sep 2026 10:14:22 -0400'),
           ('Message-ID', '<fdafoi.2026-6184.ack.1757340862@fdafoi.fda.hhs.gov>'),
           ('Auto-Submitted', 'auto-generated'),
           ('X-Mailer', 'FOIA Request Tracking System')]
    write(fn, message(top, text_part(body)))


# ============================================================== 002 CMS mailbox auto-response (REQ-005)
@reg
def m002():
    fn = '002-cms-mailbox-autoreply.eml'
    body = """Thank you for contacting the Centers for Medicare & Medicaid Services (CMS)
Freedom of Information Act (FOIA) Office.

This is an automated response confirming that your e-mail reached the FOIA
mailbox. It is not an acknowledgment of a FOIA request and does not assign a
control number. A FOIA specialist reviews each message; if your e-mail
contains a request that reasonably describes agency records, you will
receive an acknowledgment letter with a control number separately.

Please do not send the same request more than once; duplicate submissions
slow our intake.

Requests for an individual's Medicare claims records should be submitted
through the Medicare Beneficiary Claims Portal, not this mailbox.

CMS FOIA Office
Office of Strategic Operations and Regulatory Affairs
7500 Security Boulevard, Mail Stop N2-20-16
Baltimore, Maryland 21244-1850
"""
    top = outlook('CMS FOIA <FOIA_Request@cms.hhs.gov>', DESK,
                  'Automatic reply: ' + subj('REQ-005'), 'Wed, 09 Sep 2026 09:02:51 -0400',
                  '<c6e19a0a5d3b4b5e9d3b4f0a2c8d7e61@SA1PR09MB8127.namprd09.prod.outlook.com>',
                  irt=rmid('REQ-005'), refs=rmid('REQ-005'),                   extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
                         ('X-MS-Exchange-Inbox-Rules-Loop', 'FOIA_Request@cms.hhs.gov')])
    write(fn, message(top, text_part(body)))


# ============================================================== 003 CMS acknowledgment, shared mailbox on behalf of a specialist (REQ-005)
@reg
def m003():
    fn = '003-cms-ack-sent-on-behalf.eml'
    text = """Good afternoon,

The Centers for Medicare & Medicaid Services (CMS) received your Freedom of
Information Act (FOIA) request on September 9, 2026, for:

   Correspondence between CMS (including the Center for Medicaid and CHIP
   Services and the Dallas regional office) and the Oklahoma Health Care
   Authority concerning ex parte (automatic) Medicaid renewals, renewal
   mitigation plans, and compliance with 42 CFR 435.916, January 2025 to
   the present.

Your request has been assigned control number 091020267013. Please cite
this number in all communications about this request.

We have placed you in the news media fee category. CMS aims to respond
within 20 working days; however, requests that require searches in
multiple components often take longer, and we will contact you if we need
additional time or if fees are expected to exceed $25.00.

If you have questions, reply to this message or call the CMS FOIA Office at
410-786-5353.

Sincerely,

Adaeze Okafor
Government Information Specialist
CMS FOIA Office | OSORA
Centers for Medicare & Medicaid Services

This e-mail may contain sensitive information. If you are not the intended
recipient, please notify the sender and delete it.
"""
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-US" style="word-wrap:break-word">
<div class="WordSection1">
<p class="MsoNormal">Good afternoon,</p>
<p class="MsoNormal">The Centers for Medicare &amp; Medicaid Services (CMS) received your Freedom of Information Act (FOIA)
request on September 9, 2026, for:</p>
<p class="MsoNormal" style="margin-left:.5in"><i>Correspondence between CMS (including the Center for Medicaid and CHIP
Services and the Dallas regional office) and the Oklahoma Health Care Authority concerning ex parte (automatic) Medicaid
renewals, renewal mitigation plans, and compliance with 42 CFR 435.916, January 2025 to the present.</i></p>
<p class="MsoNormal">Your request has been assigned control number <b>091020267013</b>. Please cite this number in all
communications about this request.</p>
<p class="MsoNormal">We have placed you in the news media fee category. CMS aims to respond within 20 working days;
however, requests that require searches in multiple components often take longer, and we will contact you if we need
additional time or if fees are expected to exceed $25.00.</p>
<p class="MsoNormal">If you have questions, reply to this message or call the CMS FOIA Office at 410-786-5353.</p>
<p class="MsoNormal">Sincerely,</p>
<p class="MsoNormal"><b>Adaeze Okafor</b><br>Government Information Specialist<br>CMS FOIA Office | OSORA<br>
Centers for Medicare &amp; Medicaid Services</p>
<p class="MsoNormal"><span style="font-size:8pt;color:gray">This e-mail may contain sensitive information. If you are
not the intended recipient, please notify the sender and delete it.</span></p>
</div></body></html>
"""
    top = outlook('CMS FOIA <FOIA_Request@cms.hhs.gov>', plus('REQ-005'),
                  'RE: ' + subj('REQ-005'), 'Thu, 10 Sep 2026 14:36:09 -0400',
                  '<SA1PR09MB81279F2C0B9E1A7D44C1B3E2A64C2@SA1PR09MB8127.namprd09.prod.outlook.com>',
                  irt=rmid('REQ-005'), refs=rmid('REQ-005'),                   tindex='AQHcOTk4zQ2c7kq0Tz6lbYQk2N1rAw==',
                  sender='"Okafor, Adaeze (CMS/OSORA)" <Adaeze.Okafor@cms.hhs.gov>')
    write(fn, message(top, alt(text, html, '_000_SA1PR09MB81279F2C0B9E1A7D44C1B3E2A64C2SA1PR09MB8127namp_')))


OHCA_DISCLAIMER = """CONFIDENTIALITY NOTICE: This electronic message, including any attachments,
is intended only for the use of the individual or entity to which it is
addressed and may contain information that is privileged, confidential, or
exempt from disclosure under applicable law, including protected health
information subject to the Health Insurance Portability and Accountability
Act of 1996 (HIPAA), 45 C.F.R. Parts 160 and 164, substance use disorder
records protected by 42 C.F.R. Part 2, and information made confidential by
the Oklahoma Statutes, including Title 63 and Title 56. If you are not the
intended recipient, or the employee or agent responsible for delivering the
message to the intended recipient, you are hereby notified that any review,
use, dissemination, distribution, forwarding, printing or copying of this
message or its attachments is strictly prohibited. If you have received
this message in error, please notify the sender immediately by reply e-mail
and permanently delete the original message and any copies from your
system. Receipt by anyone other than the intended recipient is not a waiver
of any attorney-client, work-product or other applicable privilege. The
Oklahoma Health Care Authority does not accept responsibility for any loss
or damage arising from the use of this e-mail or its attachments, and
e-mail transmissions cannot be guaranteed to be secure or error-free.
OHCA will never ask SoonerCare members for a member ID, Social Security
number or banking information by e-mail. Please consider the environment
before printing this e-mail."""


# ============================================================== 004 OHCA acknowledgment with long disclaimer (REQ-007)
@reg
def m004():
    fn = '004-ohca-ack-legal-disclaimer.eml'
    text = """Good morning,

The Oklahoma Health Care Authority (OHCA) received your Open Records Act
request on September 10, 2026. It has been logged as ORR 26-0143.

You asked for: SoonerSelect contracted entity compliance reports,
corrective action plans, notices of non-compliance and liquidated damages
assessments, January 2024 to the present.

OHCA will provide prompt, reasonable access to responsive records under 51
O.S. Section 24A.5. Some of the records you describe may need review for
information that is confidential under state or federal law, including
proprietary information submitted by the contracted entities, before they
can be released. A copying fee may apply if you ask for paper copies;
electronic records are generally provided at no charge.

We will contact you if we have questions about the scope of the request.

Thank you,

Open Records
Legal Division
Oklahoma Health Care Authority
4345 N. Lincoln Blvd.
Oklahoma City, OK 73105
openrecords@okhca.org

__________________________________________________________________
""" + OHCA_DISCLAIMER + "\n"
    html = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Good morning,</p>
<p>The Oklahoma Health Care Authority (OHCA) received your Open Records Act request on September 10, 2026. It has been
logged as <b>ORR 26-0143</b>.</p>
<p>You asked for: SoonerSelect contracted entity compliance reports, corrective action plans, notices of non-compliance
and liquidated damages assessments, January 2024 to the present.</p>
<p>OHCA will provide prompt, reasonable access to responsive records under 51 O.S. &sect; 24A.5. Some of the records you
describe may need review for information that is confidential under state or federal law, including proprietary
information submitted by the contracted entities, before they can be released. A copying fee may apply if you ask for
paper copies; electronic records are generally provided at no charge.</p>
<p>We will contact you if we have questions about the scope of the request.</p>
<p>Thank you,</p>
<p>Open Records<br>Legal Division<br>Oklahoma Health Care Authority<br>4345 N. Lincoln Blvd.<br>Oklahoma City, OK 73105<br>
<a href="mailto:openrecords@okhca.org">openrecords@okhca.org</a></p>
<hr>
<p style="font-size:7.5pt;color:#7f7f7f">""" + textwrap.fill(OHCA_DISCLAIMER.replace('\n', ' '), 110) + """</p>
</body></html>
"""
    top = outlook('OHCA Open Records <openrecords@okhca.org>', plus('REQ-007'),
                  'RE: ' + subj('REQ-007'), 'Fri, 11 Sep 2026 11:40:37 -0500',
                  '<BN0PR17MB4401D2E67A18B0F6E2BC0E11D5D02@BN0PR17MB4401.namprd17.prod.outlook.com>',
                  irt=rmid('REQ-007'), refs=rmid('REQ-007'), tindex='AQHcQmGKv0m2d3J8QkCq0c2N8p1tOQ==')
    write(fn, message(top, alt(text, html, '_000_BN0PR17MB4401D2E67A18B0F6E2BC0E11D5D02BN0PR17MB4401namp_')))


# ============================================================== 005 CDC acknowledgment letter in PDF, after-hours receipt (REQ-001)
@reg
def m005():
    fn = '005-cdc-ack-pdf-after-hours.eml'
    letter = [
        'DEPARTMENT OF HEALTH & HUMAN SERVICES          Public Health Service',
        '                                               Centers for Disease Control and Prevention (CDC)',
        '                                               Atlanta GA 30341-3724',
        '',
        'September 14, 2026',
        '',
        'Records Desk',
        'Health Desk',
        'records@healthdesk.example.org',
        '',
        'Dear Requester:',
        '',
        'This letter acknowledges the Freedom of Information Act (FOIA) request you e-mailed to the Centers',
        'for Disease Control and Prevention and Agency for Toxic Substances and Disease Registry (CDC/ATSDR)',
        'on Friday, September 11, 2026. Your e-mail arrived at 6:47 p.m. Eastern Time, after the close of',
        'business, and is therefore considered received by the CDC/ATSDR FOIA Office on the next business',
        'day, Monday, September 14, 2026. You requested:',
        '',
        '   "Epi-Aid requests, trip reports, final reports and related correspondence concerning clusters',
        '   of Legionnaires\' disease in nursing homes, assisted living and other long-term care facilities,',
        '   January 1, 2024 through the date of the search."',
        '',
        '##Your request has been assigned FOIA number 26-01873-FOIA.',
        '',
        'We will respond to your request as soon as possible. Because your request seeks records that may',
        'be located in more than one CDC center and may require consultation with state health departments',
        'that invited the field investigations, unusual circumstances may apply. If so, we may need to',
        'extend the time limit for our response by up to ten working days, and we will tell you in writing.',
        '',
        'You have been placed in the "news media" fee category. You will be charged only for duplication',
        'beyond the first 100 pages. We will not charge fees that total less than the HHS minimum, and we',
        'will contact you before incurring fees above the amount you stated you are willing to pay.',
        '',
        'You may check the status of your request in the FOIA Public Access Link (PAL) or by writing to',
        'FOIARequests@cdc.gov. Please cite your FOIA number in all correspondence.',
        '',
        'If you have questions, you may contact the CDC/ATSDR FOIA Public Liaison at 770-488-6246.',
        'You may also contact the Office of Government Information Services (OGIS) at the National Archives',
        'and Records Administration to inquire about the FOIA mediation services it offers: 8601 Adelphi',
        'Road-OGIS, College Park, Maryland 20740-6001; ogis@nara.gov; 202-741-5770.',
        '',
        'Sincerely,',
        '',
        'Gwendolyn Tate',
        'Acting FOIA Officer',
        'Office of the Chief Operating Officer',
        'Centers for Disease Control and Prevention',
    ]
    pdf = make_pdf(letter, title='26-01873-FOIA Acknowledgement Letter')
    body = """Please see the attached acknowledgment letter regarding your Freedom of
Information Act request.

CDC/ATSDR FOIA Office
FOIARequests@cdc.gov
"""
    top = [('From', '"CDC FOIA Office (CDC)" <FOIARequests@cdc.gov>'),
           ('To', DESK),
           ('Subject', 'CDC/ATSDR FOIA Request #26-01873-FOIA - Acknowledgement'),
           ('Date', 'Mon, 14 Sep 2026 08:31:44 -0400'),
           ('Message-ID', '<20260914123144.FX.26-01873@foiaxpress.cdc.gov>'),
           ('X-Mailer', 'FOIAXpress Correspondence')]
    part = multipart('mixed', [text_part(body),
                               attachment(pdf, 'application/pdf', '26-01873-FOIA_Acknowledgement_Letter.pdf')],
                     '----=_NextPart_000_0F3A_01DD2590.8C1B2E40')
    write(fn, message(top, part))


# ============================================================== 006 Utah Open Records Portal receipt (REQ-009)
@reg
def m006():
    fn = '006-utah-portal-ack-state-hospital.eml'
    body = """Utah Open Records Portal

Your records request has been submitted.

  Request number:     26-GR-0417
  Governmental entity: Department of Health and Human Services
  Date received:      09/14/2026
  Request type:       GRAMA - Media
  Description:        Restraint and seclusion incident reports, Utah State
                      Hospital, January 2024 to present

Under Utah Code 63G-2-204, a governmental entity responds to a records
request as soon as reasonably possible, but no later than 10 business days
after receiving it, unless extraordinary circumstances apply. The records
officer for the entity may contact you with questions or a fee estimate.

Log in to the portal to view the status of your request or to add a
message. Replies to this e-mail are not monitored.

openrecords.utah.gov
"""
    top = [('From', 'Utah Open Records Portal <noreply@openrecords.utah.gov>'),
           ('To', plus('REQ-009')),
           ('Subject', 'Records request 26-GR-0417 received'),
           ('Date', 'Mon, 14 Sep 2026 13:22:05 -0600'),
           ('Message-ID', '<orp.26-GR-0417.submitted.1757877725@openrecords.utah.gov>'),
           ('Auto-Submitted', 'auto-generated')]
    write(fn, message(top, text_part(body)))


# ============================================================== 007 health newsletter mentioning Legionnaires (null)
@reg
def m007():
    fn = '007-newsletter-legionella-null.eml'
    text = """THE OUTBREAK LEDGER - Tuesday, September 15, 2026
A weekly digest of public health news for reporters and practitioners

1. Legionnaires' clusters keep surfacing in long-term care
State epidemiologists in at least four states have asked CDC for Epi-Aid
support this year after Legionnaires' disease cases were traced to
building water systems in nursing homes and assisted living facilities.
Infection-control consultants say water management plans required by
CMS since 2017 are still unevenly enforced.

2. Compounding pharmacies under scrutiny
FDA inspection findings at outsourcing facilities have drawn renewed
attention after a sterile-compounding recall in the Mountain West.

3. Wastewater surveillance after the funding cliff
Several state labs have ended sampling at smaller treatment plants.

4. Events: Health Data Journalism Boot Camp, October 22-23 (virtual)

You are receiving this because records@healthdesk.example.org subscribed
to The Outbreak Ledger. Unsubscribe: https://ledger.example.com/u/7f3a9c
The Outbreak Ledger, 1200 Ponce de Leon Ave, Atlanta, GA 30306
"""
    html = """<html><body style="margin:0;background:#f4f4f4">
<table width="600" align="center" style="background:#fff;font-family:Georgia,serif">
<tr><td style="padding:16px;border-bottom:3px solid #b22"><h1 style="margin:0">The Outbreak Ledger</h1>
<p style="margin:0;color:#666">Tuesday, September 15, 2026 &middot; A weekly digest of public health news</p></td></tr>
<tr><td style="padding:16px"><h2>Legionnaires' clusters keep surfacing in long-term care</h2>
<p>State epidemiologists in at least four states have asked CDC for Epi-Aid support this year after Legionnaires'
disease cases were traced to building water systems in nursing homes and assisted living facilities.
Infection-control consultants say water management plans required by CMS since 2017 are still unevenly enforced.</p>
<h2>Compounding pharmacies under scrutiny</h2>
<p>FDA inspection findings at outsourcing facilities have drawn renewed attention after a sterile-compounding recall
in the Mountain West.</p>
<h2>Wastewater surveillance after the funding cliff</h2>
<p>Several state labs have ended sampling at smaller treatment plants.</p>
<p><b>Events:</b> Health Data Journalism Boot Camp, October 22-23 (virtual)</p></td></tr>
<tr><td style="padding:16px;font-size:11px;color:#888">You are receiving this because records@healthdesk.example.org
subscribed to The Outbreak Ledger. <a href="https://ledger.example.com/u/7f3a9c">Unsubscribe</a><br>
The Outbreak Ledger, 1200 Ponce de Leon Ave, Atlanta, GA 30306</td></tr></table></body></html>
"""
    top = [('From', 'The Outbreak Ledger <digest@ledger.example.com>'),
           ('To', 'records@healthdesk.example.org'),
           ('Subject', "Legionnaires' clusters in long-term care; compounding scrutiny; wastewater cuts"),
           ('Date', 'Tue, 15 Sep 2026 07:05:00 -0400'),
           ('Message-ID', '<0100019a3f.ledger.20260915@email.ledger.example.com>'),
           ('List-Unsubscribe', '<https://ledger.example.com/u/7f3a9c>, <mailto:unsub-7f3a9c@ledger.example.com>'),
           ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
           ('Precedence', 'bulk'),
           ('Feedback-ID', 'weekly:ledger:sendgrid')]
    write(fn, message(top, alt(text, html, 'b1_7f3a9c2e4d6b8a0f1e3c5d7b9a1f3e5c')))


# ============================================================== 008 CDC acknowledgment in body, NWSS (REQ-002)
@reg
def m008():
    fn = '008-cdc-ack-nwss-plaintext.eml'
    body = """September 16, 2026

Dear Requester:

This acknowledges receipt of your Freedom of Information Act (FOIA) request,
received by the Centers for Disease Control and Prevention and Agency for
Toxic Substances and Disease Registry (CDC/ATSDR) FOIA Office on September
15, 2026, in which you seek:

  Records on the termination, non-renewal or descoping of National
  Wastewater Surveillance System (NWSS) testing contracts and cooperative
  agreement activities, including notices to state and local health
  departments and internal memoranda, January 2025 to the present.

Your request has been assigned number 26-01902-FOIA. Please cite this number
in any future correspondence.

Your request has been forwarded to the National Center for Emerging and
Zoonotic Infectious Diseases and the Office of Financial Resources for a
search. You have been placed in the news media fee category; no fees are
anticipated at this time.

If you have questions, contact the FOIA Office at FOIARequests@cdc.gov or the
CDC/ATSDR FOIA Public Liaison at 770-488-6246.

Sincerely,

CDC/ATSDR FOIA Office
Office of the Chief Operating Officer
(770) 488-6399
"""
    top = [('From', '"FOIA Requests (CDC)" <FOIARequests@cdc.gov>'),
           ('To', plus('REQ-002')),
           ('Subject', 'Acknowledgement Letter - 26-01902-FOIA'),
           ('Date', 'Wed, 16 Sep 2026 09:48:13 -0400'),
           ('Message-ID', '<20260916134813.FX.26-01902@foiaxpress.cdc.gov>'),
           ('X-Mailer', 'FOIAXpress Correspondence')]
    write(fn, message(top, text_part(body)))


# ============================================================== 009 Gmail DSN: our Idaho request bounced (REQ-011)
@reg
def m009():
    fn = '009-bounce-gmail-idhw-address.eml'
    text = """
** Address not found **

Your message wasn't delivered to records.request@dhw.idaho.gov because the
address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient records.request@dhw.idaho.gov not found by SMTP address lookup
"""
    html = """<html><head></head><body>
<table cellpadding="0" cellspacing="0" style="max-width:600px"><tr><td style="font-family:Google Sans,Roboto,Arial;font-size:24px;color:#d93025">
Address not found</td></tr>
<tr><td style="font-family:Roboto,Arial;font-size:14px;padding-top:16px">Your message wasn't delivered to
<a style="color:#212121;text-decoration:none"><b>records.request@dhw.idaho.gov</b></a> because the address couldn't be
found, or is unable to receive mail.</td></tr>
<tr><td style="font-family:Roboto,Arial;font-size:14px;padding-top:16px">The response from the remote server was:</td></tr>
<tr><td style="font-family:monospace;font-size:12px;padding:16px;background:#f5f5f5">550 5.1.10
RESOLVER.ADR.RecipientNotFound; Recipient records.request@dhw.idaho.gov not found by SMTP address lookup</td></tr>
</table></body></html>
"""
    status = """Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; records@healthdesk.example.org
Arrival-Date: Wed, 16 Sep 2026 11:11:33 -0700 (PDT)
X-Original-Message-ID: <req-011.20260916.1@healthdesk.example.org>

Final-Recipient: rfc822; records.request@dhw.idaho.gov
Action: failed
Status: 5.1.10
Remote-MTA: dns; dhw-idaho-gov.mail.protection.outlook.com. (52.101.8.36, the server for the domain dhw.idaho.gov.)
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient records.request@dhw.idaho.gov not found by SMTP address lookup
Last-Attempt-Date: Wed, 16 Sep 2026 11:11:40 -0700 (PDT)
"""
    orig = """Return-Path: <records@healthdesk.example.org>
Received: from desk-laptop ([203.0.113.44])
        by smtp.gmail.com with ESMTPSA id 5a478bee46e88-2b1c8e0f1a3sm3811041eec.9
        for <records.request@dhw.idaho.gov>
        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);
        Wed, 16 Sep 2026 11:11:33 -0700 (PDT)
From: Records Desk <records@healthdesk.example.org>
Reply-To: records+req-011@healthdesk.example.org
To: records.request@dhw.idaho.gov
Subject: """ + subj('REQ-011') + """
Date: Wed, 16 Sep 2026 12:11:30 -0600
Message-ID: <req-011.20260916.1@healthdesk.example.org>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
"""
    report = multipart('report', [
        alt(text, html, '000000000000a1b2c30622f0d1e4'),
        ([('Content-Type', 'message/delivery-status')], status),
        ([('Content-Type', 'text/rfc822-headers')], orig)],
        '000000000000a1b2c40622f0d1e5', extra_params='; report-type=delivery-status')
    top = [('Delivered-To', 'records@healthdesk.example.org'),
           ('Return-Path', '<>'),
           ('From', 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>'),
           ('To', 'records@healthdesk.example.org'),
           ('Auto-Submitted', 'auto-replied'),
           ('Subject', 'Delivery Status Notification (Failure)'),
           ('References', rmid('REQ-011')),
           ('In-Reply-To', rmid('REQ-011')),
           ('X-Failed-Recipients', 'records.request@dhw.idaho.gov'),
           ('Date', 'Wed, 16 Sep 2026 11:11:41 -0700'),
           ('Message-ID', '<68e9a4f1.170a0220.3c2b1e.4d2cSMTPIN_ADDED_BROKEN@mx.google.com>')]
    write(fn, message(top, report))


IDHW_NOTICE = """CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for
the sole use of the intended recipient(s) and may contain confidential and
privileged information protected by state and federal law, including
Idaho Code Sections 74-106 and 56-221, IDAPA 16.05.01, and the HIPAA Privacy
Rule (45 C.F.R. Parts 160 and 164). Any unauthorized review, use, disclosure
or distribution is prohibited. If you are not the intended recipient,
please contact the sender by reply e-mail and destroy all copies of the
original message."""


# ============================================================== 010 Idaho DHW acknowledgment (REQ-011; threaded to our re-sent copy)
@reg
def m010():
    fn = '010-idhw-ack-confidentiality-notice.eml'
    body = """Hello,

The Idaho Department of Health and Welfare received your public records
request on September 16, 2026 and assigned it number PRR-2026-0931. We
understand you are asking for Idaho Behavioral Health Plan (IBHP)
contractor performance reports, quarterly scorecards and corrective action
plans from January 2024 to the present.

Idaho Code 74-103 gives the department three working days to grant or deny
a request, or to let you know that more time is needed to locate or
retrieve the records, in which case we respond within ten working days of
receipt. I will be in touch by Monday.

Thank you,

Marcy Ellsworth
Public Records Coordinator
Idaho Department of Health and Welfare
450 W. State Street, Boise, ID 83702
PublicRecords@dhw.idaho.gov

""" + IDHW_NOTICE + "\n"
    top = outlook('DHW Public Records <PublicRecords@dhw.idaho.gov>', plus('REQ-011'),
                  'RE: ' + subj('REQ-011'), 'Thu, 17 Sep 2026 10:25:18 -0600',
                  '<SJ0PR09MB6618A20E07B4E38C1D2A0C9BD9F12@SJ0PR09MB6618.namprd09.prod.outlook.com>',
                  irt='<req-011.20260916.2@healthdesk.example.org>',
                  refs='<req-011.20260916.2@healthdesk.example.org>', tindex='AQHdB5c3hY0b8d4T9E2YkFq2x7H4Lw==')
    write(fn, message(top, text_part(body)))


# ============================================================== 011 Utah clarification through our Google Group (REQ-009)
@reg
def m011():
    fn = '011-utah-clarify-facility-google-group.eml'
    body = """Good morning,

I'm the GRAMA coordinator handling request 26-GR-0417 for restraint and
seclusion incident reports. Before we start pulling records I need to
clarify two things:

1. Facility. The Utah State Hospital has forensic, adult civil, and
   pediatric/adolescent units. Do you want incident reports for all units,
   or only some of them? Also, did you mean to include the Utah State
   Developmental Center in American Fork? Some requesters use "state
   hospital" for both.

2. Time period. Is "2024-2026" calendar years (January 1, 2024 to now), or
   state fiscal years (FY2024 began July 1, 2023)?

Please note that individual incident reports contain patient health
information that is private or controlled under Utah Code 63G-2-302 and
63G-2-304 and would be heavily redacted. If monthly summary counts by unit
would meet your needs, we could provide those much sooner.

If we do not hear back from you we may need to close the request.

Thanks,

Kimball Hatch
GRAMA Coordinator | Office of Administrative Services
Utah Department of Health and Human Services
195 North 1950 West, Salt Lake City, UT 84116
khatch@utah.gov | 801-538-4100
"""
    top = [('X-Original-To', 'records@healthdesk.example.org'),
           ('Received', 'by mail-sor-f41.google.com with SMTP id 6a1803df08f44-6cb2d4a1e0bso1120356d6.3\n'
            '        for <records@healthdesk.example.org>; Fri, 18 Sep 2026 10:47:31 -0700 (PDT)'),
           ('From', "'Kimball Hatch' via Records Desk <records@healthdesk.example.org>"),
           ('Reply-To', 'Kimball Hatch <khatch@utah.gov>'),
           ('To', 'records@healthdesk.example.org'),
           ('Subject', 'Clarification needed - GRAMA request 26-GR-0417'),
           ('Date', 'Fri, 18 Sep 2026 11:47:29 -0600'),
           ('Message-ID', '<CAJm8Rk3nB7xVQ4-2z0hL1pTq9bP_xk1n2F3S4d@mail.gmail.com>'),
           ('X-Original-Sender', 'khatch@utah.gov'),
           ('X-Original-Authentication-Results', 'mx.google.com; spf=pass (google.com: domain of khatch@utah.gov '
            'designates 209.85.220.41 as permitted sender) smtp.mailfrom=khatch@utah.gov; dmarc=pass (p=QUARANTINE) header.from=utah.gov'),
           ('Precedence', 'list'),
           ('Mailing-list', 'list records@healthdesk.example.org; contact records+owners@healthdesk.example.org'),
           ('List-ID', '<records.healthdesk.example.org>'),
           ('List-Post', '<https://groups.google.com/a/healthdesk.example.org/group/records/post>, <mailto:records@healthdesk.example.org>'),
           ('List-Help', '<https://support.google.com/a/healthdesk.example.org/bin/topic.py?topic=25838>, <mailto:records+help@healthdesk.example.org>'),
           ('List-Archive', '<https://groups.google.com/a/healthdesk.example.org/group/records/>'),
           ('X-Spam-Checked-In-Group', 'khatch@utah.gov')]
    write(fn, message(top, text_part(body)))


# ============================================================== 012 Hawaii DOH acknowledgment, weekend receipt, quotes our request (REQ-013)
@reg
def m012():
    fn = '012-hidoh-ack-weekend-quoted.eml'
    body = """Aloha,

The Department of Health, Adult Mental Health Division, acknowledges your
request for government records under the Uniform Information Practices Act
(Modified), HRS chapter 92F. Because your e-mail was sent on Saturday,
September 19, 2026, when our office was closed, it is deemed received on the
next business day, Monday, September 21, 2026.

Under the Office of Information Practices rules (HAR 2-71-13 and 2-71-15),
the department will respond within ten business days of receipt. If
extenuating circumstances apply - for example, if the records must be
retrieved from the Hawaii State Hospital and reviewed line by line for
confidential patient information - we will send you an Acknowledgment to
Requester form explaining when to expect our Notice to Requester.

Mahalo,

Leilani Kahale
UIPA Coordinator
Adult Mental Health Division
Hawaii State Department of Health
1250 Punchbowl Street, Honolulu, HI 96813
(808) 586-4686

-----Original Message-----
From: Records Desk <records@healthdesk.example.org>
Sent: Saturday, September 19, 2026 9:02 AM
To: DOH AMHD <doh.amhd@doh.hawaii.gov>
Subject: """ + subj('REQ-013') + """

Aloha,

Under the Uniform Information Practices Act (Modified), HRS chapter 92F, we
request the following records of the Hawaii State Hospital in Kaneohe:

1. Incident reports or logs of patient elopements (unauthorized leave),
   January 1, 2024 to the present, with patient identifiers removed.
2. Incident reports or logs of assaults on staff by patients, same period.
3. Any summary reports of elopements or staff assaults prepared for the
   Adult Mental Health Division administrator or the Legislature.

We ask for electronic copies. We request a waiver of fees in the public
interest as described in HAR 2-71-32. Please contact us with any questions.

Records Desk
records@healthdesk.example.org
"""
    top = outlook('"Kahale, Leilani" <leilani.kahale@doh.hawaii.gov>', plus('REQ-013'),
                  'RE: ' + subj('REQ-013'), 'Mon, 21 Sep 2026 08:12:40 -1000',
                  '<BYAPR09MB3990F1E6C5D4B3A29180A7E6C1D12@BYAPR09MB3990.namprd09.prod.outlook.com>',
                  irt=rmid('REQ-013'), refs=rmid('REQ-013'), tindex='AQHdKx9bL2q4f3Q0SkCmA1h6kN2b9w==')
    write(fn, message(top, text_part(body)))


# ============================================================== 013 Idaho DHW extension notice (REQ-011)
@reg
def m013():
    fn = '013-idhw-extension-ten-working-days.eml'
    body = """Hello again,

Regarding PRR-2026-0931 (Idaho Behavioral Health Plan contractor
performance reports): the division that manages the IBHP contract needs
more time to locate the quarterly scorecards for 2024, which were kept on a
retired SharePoint site, and to review the corrective action plans with the
contractor's confidentiality markings.

Under Idaho Code 74-103, please consider this our written notice that a
longer period is needed. We will provide the records, or a written
response, no later than September 30, 2026 (ten working days after we
received your request).

Thank you for your patience,

Marcy Ellsworth
Public Records Coordinator
Idaho Department of Health and Welfare
PublicRecords@dhw.idaho.gov

""" + IDHW_NOTICE + "\n"
    top = outlook('"Ellsworth, Marcy" <Marcy.Ellsworth@dhw.idaho.gov>', plus('REQ-011'),
                  'RE: PRR-2026-0931 - IBHP performance reports', 'Mon, 21 Sep 2026 13:20:02 -0600',
                  '<SJ0PR09MB661800C2B9F07D1E4A3B6C2ED9F13@SJ0PR09MB6618.namprd09.prod.outlook.com>',
                  tindex='AQHdB5c3hY0b8d4T9E2YkFq2x7H4LwAA3xQk')
    write(fn, message(top, text_part(body)))


# ============================================================== 014 Exchange NDR from HHS tenant: CMS regional cc address gone (REQ-006)
@reg
def m014():
    fn = '014-bounce-exchange-ndr-cms-regional.eml'
    text = """Your message to ROSeaFOIA@cms.hhs.gov couldn't be delivered.

ROSeaFOIA wasn't found at cms.hhs.gov.

Records Desk     Office 365     ROSeaFOIA
Action Required                 Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the
following:
- Send the message again following these steps: In Outlook, open this
  non-delivery report (NDR) and choose Send Again from the Report ribbon.
- Retype the entire address and then select Send.
- If the address is correct, contact the recipient by some other means
  (phone, for example) to confirm they exist.

Original Message Details
Created Date:   9/21/2026 7:39:51 PM
Sender Address: records@healthdesk.example.org
Recipient Address:  ROSeaFOIA@cms.hhs.gov
Subject:        """ + subj('REQ-006') + """

Error Details
Error:  550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
Message rejected by:    SA1PR09MB8127.namprd09.prod.outlook.com
"""
    status = """Reporting-MTA: dns;SA1PR09MB8127.namprd09.prod.outlook.com
Received-From-MTA: dns;mail-sor-f69.google.com
Arrival-Date: Mon, 21 Sep 2026 19:39:53 +0000

Final-Recipient: rfc822;ROSeaFOIA@cms.hhs.gov
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""
    orig = """From: Records Desk <records@healthdesk.example.org>
Reply-To: records+req-006@healthdesk.example.org
To: CMS FOIA <FOIA_Request@cms.hhs.gov>
Cc: ROSeaFOIA@cms.hhs.gov
Subject: """ + subj('REQ-006') + """
Date: Mon, 21 Sep 2026 15:39:51 -0400
Message-ID: """ + rmid('REQ-006') + """
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
"""
    report = multipart('report', [
        text_part(text),
        ([('Content-Type', 'message/delivery-status')], status),
        ([('Content-Type', 'text/rfc822-headers')], orig)],
        '_7c1a0e9f-2b6d-4c1e-9a0d-3f5e8b7c6d21_', extra_params='; report-type=delivery-status')
    top = [('From', 'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@hhsgov.onmicrosoft.com>'),
           ('To', 'records@healthdesk.example.org'),
           ('Date', 'Mon, 21 Sep 2026 19:40:02 +0000'),
           ('Subject', 'Undeliverable: ' + subj('REQ-006')),
           ('Message-ID', '<0f6b1d2e-8a3c-4e5f-b7a9-1c2d3e4f5a6b@SA1PR09MB8127.namprd09.prod.outlook.com>'),
           ('In-Reply-To', rmid('REQ-006')),
           ('References', rmid('REQ-006')),
           ('Auto-Submitted', 'auto-replied'),
           ('X-MS-Exchange-Message-Is-Ndr', '')]
    write(fn, message(top, report))


# ============================================================== 015 Utah Office of Licensing acknowledgment, HTML with cid images only (REQ-010)
@reg
def m015():
    fn = '015-utah-licensing-ack-html-cid-images.eml'
    logo = banner_png(120, 24, (0, 59, 113), (242, 169, 0))
    seal = banner_png(24, 24, (0, 59, 113), (255, 255, 255))
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body><div dir="ltr" style="font-family:Arial,Helvetica,sans-serif;font-size:13px">
<p>Hello,</p>
<p>The Office of Licensing received your GRAMA request on September 17, 2026 for inspection reports, notices of
violation and corrective action plans for licensed youth residential treatment programs, January 2025 to the
present. Your request number is <b>26-GR-0452</b>.</p>
<p>We have 97 youth residential treatment and outdoor youth programs with active or recently expired licenses, and
most have several inspections a year, so this is a large request. We will respond within 10 business days as GRAMA
requires, either with records or with a written explanation of when they will be ready.</p>
<p>In the meantime, final inspection findings from July 2023 forward are searchable on our public license lookup
site, which may give you a head start.</p>
<p>Best,</p>
<table cellpadding="0" cellspacing="0" style="font-family:Arial;font-size:12px"><tr>
<td style="padding-right:10px"><img src="cid:ii_m1seal0452" width="24" height="24" alt="DHHS"></td>
<td><b>Brynn Sorensen</b> | Records Officer<br>Office of Licensing<br>Utah Department of Health and Human Services<br>
bsorensen@utah.gov | 385-310-2204</td></tr></table>
<p><img src="cid:ii_m1logo0452" width="120" height="24" alt="Utah Department of Health &amp; Human Services"></p>
</div></body></html>
"""
    related = multipart('related', [
        text_part(html, 'html'),
        attachment(logo, 'image/png', 'dhhs_logo.png', inline=True, cid='ii_m1logo0452',
                   extra=[('X-Attachment-Id', 'ii_m1logo0452')]),
        attachment(seal, 'image/png', 'seal.png', inline=True, cid='ii_m1seal0452',
                   extra=[('X-Attachment-Id', 'ii_m1seal0452')])],
        '000000000000e51d7a0622f7a9b2')
    top = [('From', 'Brynn Sorensen <bsorensen@utah.gov>'),
           ('To', 'records@healthdesk.example.org'),
           ('Subject', 'GRAMA 26-GR-0452 - Office of Licensing inspection reports'),
           ('Date', 'Tue, 22 Sep 2026 12:05:56 -0600'),
           ('Message-ID', '<CAF2xT9kQ0mJ3v8Lr6PZb7w1aC-Yd5Nq2eT0u8sH@mail.gmail.com>')]
    write(fn, message(top, related))


# ============================================================== 016 CMS acknowledgment, EMTALA (REQ-006)
@reg
def m016():
    fn = '016-cms-ack-emtala.eml'
    body = """Dear Requester:

This is to acknowledge receipt of your Freedom of Information Act request
dated September 21, 2026, which CMS received the same day. You requested
records of Emergency Medical Treatment and Labor Act (EMTALA) complaint
investigations of hospitals in Idaho, including Form CMS-2567 statements of
deficiencies, investigation reports and related correspondence, 2023 to the
present.

Your request has been assigned control number 092120267348.

Please be advised that our office received a copy of your request addressed
to a former regional mailbox that is no longer in use; no action is needed
on your part. Requests for records of the CMS Survey & Operations Group are
processed centrally by this office.

We will make every effort to respond within the statutory time frame.
Current processing times for complex requests at CMS exceed 20 working
days. You may check status online or contact this office at 410-786-5353.

Sincerely,

CMS FOIA Office
Centers for Medicare & Medicaid Services
"""
    top = outlook('CMS FOIA <FOIA_Request@cms.hhs.gov>', plus('REQ-006'),
                  'CMS FOIA Control Number 092120267348 - Acknowledgment', 'Tue, 22 Sep 2026 16:10:27 -0400',
                  '<SA1PR09MB8127C19E0A7E5C4B1F2D3E6D8A4C4@SA1PR09MB8127.namprd09.prod.outlook.com>',
                  tindex='AQHdLf0x0a7mS0y2R0KZ1aB4dH6E8g==')
    write(fn, message(top, text_part(body)))


# ============================================================== 017 FDA automated acknowledgment, Listeria (REQ-004)
@reg
def m017():
    fn = '017-fda-ack-automated-listeria.eml'
    body = """*** This is an automated message. Please do not reply to this email. ***

Reference: 2026-6630

Dear Requester:

This acknowledges that the Food and Drug Administration (FDA) received your
request for records under the Freedom of Information Act (FOIA), 5 U.S.C.
552, on 09/22/2026. Your request has been assigned FOIA control number
2026-6630. Please refer to this number in any future contact about this
request.

Records requested:
  FDA records on the 2026 Listeria monocytogenes outbreak linked to
  ready-to-eat deli salads, including traceback records, inspection
  records, recall correspondence and CORE network meeting notes

Your request has been sent to the FDA office(s) most likely to hold
responsive records. FDA handles requests on a first-in, first-out basis
within each processing track; this request has been placed in the complex
track.

Fee category: news media. If we anticipate charges above the amount you
agreed to pay in your request ($50.00), we will contact you before
incurring them.

You may check the status of your request on the FDA FOIA request status page
using the control number above, or call the FDA FOIA Requester Service
Center at 301-796-3900.

Division of Freedom of Information
Office of the Executive Secretariat
U.S. Food and Drug Administration
"""
    top = [('From', 'FDA FOIA <FDAFOIA@fda.hhs.gov>'),
           ('To', plus('REQ-004')),
           ('Subject', 'FOIA Request 2026-6630 - Acknowledgement'),
           ('Date', 'Wed, 23 Sep 2026 09:17:05 -0400'),
           ('Message-ID', '<fdafoi.2026-6630.ack.1758633425@fdafoi.fda.hhs.gov>'),
           ('Auto-Submitted', 'auto-generated'),
           ('X-Mailer', 'FOIA Request Tracking System')]
    write(fn, message(top, text_part(body)))


PARKLAND_HIPAA = """CONFIDENTIALITY NOTICE: This e-mail message and any attachments are intended
solely for the use of the addressee(s) and may contain information that is
privileged, confidential and exempt from disclosure, including protected
health information under the Health Insurance Portability and
Accountability Act of 1996 (HIPAA) and the Texas Medical Records Privacy
Act (Tex. Health & Safety Code ch. 181), medical committee and peer review
information protected by Tex. Health & Safety Code 161.032 and Tex. Occ.
Code 160.007, and attorney-client communications. If you are not the
intended recipient, any dissemination, distribution or copying of this
communication is strictly prohibited. If you received this e-mail in
error, please notify the sender immediately by reply e-mail and delete it
from your system. Parkland Health will never request payment or login
credentials by e-mail.

AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son para uso exclusivo
del destinatario y pueden contener informacion confidencial o protegida por
la ley, incluida informacion de salud protegida. Si usted lo recibio por
error, notifique al remitente y eliminelo de inmediato."""


# ============================================================== 018 Parkland bilingual acknowledgment letter (REQ-015)
@reg
def m018():
    fn = '018-parkland-ack-bilingual.eml'
    text = """Parkland Health | Office of General Counsel - Open Records
5200 Harry Hines Blvd., Dallas, TX 75235

September 24, 2026

Public Information Request OR-26-00912
Solicitud de Información Pública OR-26-00912

ENGLISH

Dear Requester:

Dallas County Hospital District d/b/a Parkland Health received your request
under the Texas Public Information Act, Chapter 552 of the Texas Government
Code, on September 23, 2026. You asked for emergency department diversion
logs, ambulance diversion notices and emergency department boarding-time
reports for Parkland Memorial Hospital from January 1, 2025 to the present.

Your request has been assigned reference number OR-26-00912. We will
promptly produce any responsive public information. If we cannot produce
the information within ten business days, we will certify that fact in
writing and tell you the date and hour when it will be available. If we
believe any of the information is excepted from disclosure, we will request
a ruling from the Office of the Attorney General and send you a copy of our
request.

ESPAÑOL

Estimado(a) solicitante:

El Distrito Hospitalario del Condado de Dallas, que opera como Parkland
Health, recibió su solicitud conforme a la Ley de Información Pública de
Texas (Capítulo 552 del Código de Gobierno de Texas) el 23 de septiembre de
2026. Usted solicitó los registros de desvío del departamento de
emergencias, los avisos de desvío de ambulancias y los informes de tiempo
de espera de pacientes admitidos en el departamento de emergencias del
Hospital Parkland Memorial desde el 1 de enero de 2025 hasta la fecha.

Su solicitud tiene el número de referencia OR-26-00912. Entregaremos sin
demora la información pública que corresponda. Si no podemos entregarla
dentro de diez días hábiles, se lo certificaremos por escrito e
indicaremos la fecha y la hora en que estará disponible. Si consideramos
que parte de la información está exenta de divulgación, solicitaremos una
decisión a la Oficina del Procurador General y le enviaremos una copia.

Open Records Team / Equipo de Registros Públicos
Office of General Counsel, Parkland Health
openrecords@parklandhealth.org | 214-590-0000

""" + PARKLAND_HIPAA + "\n"
    html_body = text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    html = ('<html><body style="font-family:Segoe UI,Arial;font-size:10.5pt">\n<pre style="font-family:Segoe UI,Arial;'
            'white-space:pre-wrap">\n' + html_body + '</pre>\n</body></html>\n')
    top = outlook('Parkland Open Records <openrecords@parklandhealth.org>', plus('REQ-015'),
                  'Public Information Request OR-26-00912 / Solicitud de Información Pública OR-26-00912',
                  'Thu, 24 Sep 2026 10:02:48 -0500',
                  '<DM6PR02MB55844E0C3A1F9B2D7E6C5A4BB8A02@DM6PR02MB5584.namprd02.prod.outlook.com>',
                  tindex='AQHdLu2r7F0b3oK7S0y9zW1h0jE2xQ==')
    write(fn, message(top, alt(text, html, '_000_DM6PR02MB55844E0C3A1F9B2D7E6C5A4BB8A02DM6PR02MB5584namp_')))


# ============================================================== 019 CMS program analyst, informal answer (REQ-005)
@reg
def m019():
    fn = '019-cms-analyst-informal-note.eml'
    body = """Hi there,

Someone in our FOIA office passed along the question you sent with your
request about our correspondence with the Oklahoma Health Care Authority -
whether CMS publishes state ex parte renewal rates so you don't have to
wait on the FOIA for those.

Short answer: yes. The state-by-state ex parte rates are in the monthly
Medicaid and CHIP renewal data reports on Medicaid.gov (look for the
"renewal outcomes" tables; Oklahoma has been reporting since the unwinding
period). Those are public and you can cite them directly.

What's NOT posted is the back-and-forth with the state - the mitigation
letters, the 1902(e)(14) waiver paperwork and our technical assistance
e-mails. Those would come through the FOIA office, so keep your request
open for that part.

Hope this helps,

Renata

Renata Gutierrez
Program Analyst, Division of Eligibility and Enrollment Policy
Center for Medicaid and CHIP Services
Centers for Medicare & Medicaid Services
"""
    top = outlook('"Gutierrez, Renata (CMS/CMCS)" <Renata.Gutierrez@cms.hhs.gov>', 'records@healthdesk.example.org',
                  'Oklahoma renewal data question', 'Thu, 24 Sep 2026 14:20:33 -0400',
                  '<PH0PR09MB99603E1B7C0D4A2F5E6B8C9DA1E55@PH0PR09MB9960.namprd09.prod.outlook.com>',
                  tindex='AQHdLwq0b8J4b2Y1QE6Fk3mZc9a7Hw==')
    write(fn, message(top, text_part(body)))


# ============================================================== 020 FOIAXpress PAL status change; only the portal host says CDC (REQ-001)
@reg
def m020():
    fn = '020-pal-status-change-host-only.eml'
    text = """Dear Records Desk,

The status of your request has changed.

Request Number: 26-01873-FOIA
Current Status: Search in Progress

To view the details of your request, log in to the Public Access Link:
https://foia.cdc.gov/App/CheckStatus.aspx

Please do not reply to this message; this mailbox is not monitored.
"""
    html = """<html><body style="font-family:Verdana,Arial;font-size:9pt">
<p>Dear Records Desk,</p>
<p>The status of your request has changed.</p>
<table border="0" cellpadding="2" style="font-size:9pt">
<tr><td><b>Request Number:</b></td><td>26-01873-FOIA</td></tr>
<tr><td><b>Current Status:</b></td><td>Search in Progress</td></tr></table>
<p>To view the details of your request, log in to the
<a href="https://foia.cdc.gov/App/CheckStatus.aspx">Public Access Link</a>.</p>
<p style="color:#777">Please do not reply to this message; this mailbox is not monitored.</p>
</body></html>
"""
    top = [('From', 'Public Access Link <pal-notifications@foiaxpress-pal.net>'),
           ('To', 'records@healthdesk.example.org'),
           ('Subject', 'Request Status Updated'),
           ('Date', 'Fri, 25 Sep 2026 13:30:11 -0400'),
           ('Message-ID', '<pal.3f9c2a71b6e04d5e.20260925173011@foiaxpress-pal.net>'),
           ('Auto-Submitted', 'auto-generated')]
    write(fn, message(top, alt(text, html, '--=_PAL_b8e1f2a3c4d5')))


# ============================================================== 021 Idaho DHW final release (REQ-011)
@reg
def m021():
    fn = '021-idhw-final-release-ibhp.eml'
    body = """Hello,

Attached is the department's response to PRR-2026-0931. The attached PDF
lists the records released; the full set (quarterly performance
scorecards for Q1 2024 through Q2 2026, the annual contract compliance
reviews for 2024 and 2025, and two corrective action plans issued to the
IBHP contractor in 2025 with the contractor's responses) is available at
the secure download link below for 30 days:

https://dhwidaho.sharefile.com/d-s7c1e0b2a9f34a61b

No records were withheld, and there is no charge for this request. This
completes your request.

Marcy Ellsworth
Public Records Coordinator
Idaho Department of Health and Welfare
PublicRecords@dhw.idaho.gov

""" + IDHW_NOTICE + "\n"
    index = make_pdf([
        '##Idaho Department of Health and Welfare - Public Records Response',
        'Request: PRR-2026-0931    Date: September 29, 2026',
        '',
        'Records released (all in full):',
        '  1. IBHP quarterly performance scorecards, Q1 2024 - Q2 2026 (10 files, 214 pages)',
        '  2. Annual contract compliance review, contract year 2024 (38 pages)',
        '  3. Annual contract compliance review, contract year 2025 (41 pages)',
        '  4. Corrective action plan CAP-2025-03 (network adequacy) and contractor response (19 pages)',
        '  5. Corrective action plan CAP-2025-07 (crisis line answer rates) and contractor response (12 pages)',
        '',
        'Total: 324 pages. Fee: none.',
    ], title='PRR-2026-0931 index')
    top = outlook('DHW Public Records <PublicRecords@dhw.idaho.gov>', plus('REQ-011'),
                  'RE: ' + subj('REQ-011'), 'Tue, 29 Sep 2026 15:15:47 -0600',
                  '<SJ0PR09MB66185D1E3C2B0A9F8E7D6C5BD9F21@SJ0PR09MB6618.namprd09.prod.outlook.com>',
                  irt='<SJ0PR09MB6618A20E07B4E38C1D2A0C9BD9F12@SJ0PR09MB6618.namprd09.prod.outlook.com>',
                  refs='<req-011.20260916.2@healthdesk.example.org> <SJ0PR09MB6618A20E07B4E38C1D2A0C9BD9F12@SJ0PR09MB6618.namprd09.prod.outlook.com>',
                  tindex='AQHdB5c3hY0b8d4T9E2YkFq2x7H4LwAA3xQkABm2', has_attach=True)
    part = multipart('mixed', [text_part(body), attachment(index, 'application/pdf', 'PRR-2026-0931_Response_Index.pdf')],
                     '_004_SJ0PR09MB66185D1E3C2B0A9F8E7D6C5BD9F21SJ0PR09MB6618namp_')
    write(fn, message(top, part))


# ============================================================== 022 Utah extraordinary-circumstances date (REQ-010), replies to her own ack
UT_EXT_ID = '<CAF2xT9m4Hq1Lw0Zb8R6cYk3pV_d2Ns7Qe1T9u4J@mail.gmail.com>'
UT_EXT_BODY = """Hello again,

I wanted to give you a realistic timeline for 26-GR-0452. Between the
inspection checklists, notices of violation and corrective action plans,
we are looking at roughly 1,200 pages across 97 programs, and each file
has to be reviewed for information about youth in care that is private or
controlled under GRAMA before it can be released.

Because of the volume and the review required, this request falls under
the extraordinary circumstances described in Utah Code 63G-2-204, and we
will not be able to finish within 10 business days. We anticipate
providing the records by Friday, November 13, 2026. If you would like to
narrow the request (for example, to programs with a conditional license
or a notice of agency action), we can get you records sooner.

You may appeal this extraordinary circumstances determination under Utah
Code 63G-2-401.

Best,
Brynn

Brynn Sorensen | Records Officer
Office of Licensing
Utah Department of Health and Human Services
bsorensen@utah.gov | 385-310-2204"""


@reg
def m022():
    fn = '022-utah-licensing-extraordinary-circumstances.eml'
    top = [('From', 'Brynn Sorensen <bsorensen@utah.gov>'),
           ('To', 'records@healthdesk.example.org'),
           ('Subject', 'Re: GRAMA 26-GR-0452 - Office of Licensing inspection reports'),
           ('Date', 'Wed, 30 Sep 2026 16:50:12 -0600'),
           ('Message-ID', UT_EXT_ID),
           ('In-Reply-To', '<CAF2xT9kQ0mJ3v8Lr6PZb7w1aC-Yd5Nq2eT0u8sH@mail.gmail.com>'),
           ('References', '<CAF2xT9kQ0mJ3v8Lr6PZb7w1aC-Yd5Nq2eT0u8sH@mail.gmail.com>')]
    write(fn, message(top, text_part(UT_EXT_BODY + '\n')))


# ============================================================== 023 CMS clarification: which hospitals / what period (REQ-006)
@reg
def m023():
    fn = '023-cms-clarify-hospitals-period.eml'
    body = """Good morning,

I am the FOIA specialist assigned to control number 092120267348 (EMTALA
complaint investigations, Idaho hospitals). To conduct a reasonable search
I need you to clarify the scope:

1. Facilities. Idaho has roughly 50 hospitals with emergency departments,
   including critical access hospitals. Are you seeking investigation files
   for every Idaho hospital, or for specific facilities? If specific,
   please list them by name and city (or CMS Certification Number).

2. Time period. Should "2023 to the present" be measured by the date the
   complaint was received by the State Survey Agency, or by the date the
   investigation was completed? Please also confirm a start date (for
   example, January 1, 2023).

3. Records. Statements of deficiencies (Form CMS-2567) for completed
   surveys are already posted publicly. Do you want only the 2567s, or the
   full investigation files (complaint intake, surveyor notes, and
   correspondence)? Full files contain patient medical information that
   would be withheld under FOIA Exemption 6 and would take substantially
   longer to process.

The time limit for responding to your request is tolled until we receive
your reply. If we do not hear from you within 20 working days, we may
administratively close the request.

Thank you,

Ramon Estrada
Government Information Specialist
CMS FOIA Office, OSORA
Ramon.Estrada@cms.hhs.gov
"""
    top = outlook('"Estrada, Ramon (CMS/OSORA)" <Ramon.Estrada@cms.hhs.gov>', 'records@healthdesk.example.org',
                  '092120267348 - clarification of scope', 'Thu, 01 Oct 2026 10:44:18 -0400',
                  '<SA1PR09MB8127A7C6B5D4E3F2A1B0C9D8E7F66@SA1PR09MB8127.namprd09.prod.outlook.com>',
                  tindex='AQHdMgB7nQ2o4w9fT1uE0r6Yb8x3kg==')
    write(fn, message(top, text_part(body)))


# ============================================================== 024 Idaho DHW acknowledgment, SWITC (REQ-012)
@reg
def m024():
    fn = '024-idhw-ack-switc.eml'
    body = """Hello,

We received your public records request on October 1, 2026 for Southwest
Idaho Treatment Center abuse and neglect investigation reports, 2024 to the
present. It has been assigned PRR-2026-1017.

Because these records concern residents of a state-operated intermediate
care facility, they will need careful review. We will respond within the
time allowed by Idaho Code 74-103.

Marcy Ellsworth
Public Records Coordinator
Idaho Department of Health and Welfare

""" + IDHW_NOTICE + "\n"
    top = outlook('DHW Public Records <PublicRecords@dhw.idaho.gov>', plus('REQ-012'),
                  'RE: ' + subj('REQ-012'), 'Fri, 02 Oct 2026 09:40:05 -0600',
                  '<SJ0PR09MB6618F0E1D2C3B4A5968778695A4B3@SJ0PR09MB6618.namprd09.prod.outlook.com>',
                  irt=rmid('REQ-012'), refs=rmid('REQ-012'), tindex='AQHdMnq8c5Y2rB0z9E4k1Tq7v3H0Ww==')
    write(fn, message(top, text_part(body)))


# ============================================================== 025 Utah portal reminder: awaiting your response (REQ-009)
@reg
def m025():
    fn = '025-utah-portal-awaiting-response.eml'
    body = """Utah Open Records Portal

Action needed on request 26-GR-0417.

The governmental entity is waiting for a response from you. Log in to the
portal to read the message and reply:

https://openrecords.utah.gov/s/request/26-GR-0417

Replies to this e-mail are not monitored.
"""
    top = [('From', 'Utah Open Records Portal <noreply@openrecords.utah.gov>'),
           ('To', plus('REQ-009')),
           ('Subject', 'Action needed: 26-GR-0417'),
           ('Date', 'Fri, 02 Oct 2026 10:05:00 -0600'),
           ('Message-ID', '<orp.26-GR-0417.reminder.1759421100@openrecords.utah.gov>'),
           ('Auto-Submitted', 'auto-generated')]
    write(fn, message(top, text_part(body)))


# ============================================================== 026 FDA unusual circumstances, HTML only (REQ-003)
@reg
def m026():
    fn = '026-fda-unusual-circumstances-html-only.eml'
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head>
<body lang="EN-US"><div class="WordSection1" style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear Requester:</p>
<p>This concerns your Freedom of Information Act (FOIA) request <b>2026-6184</b>, received September 8, 2026, for Form
FDA 483s and Establishment Inspection Reports (EIRs) for 503A compounding pharmacies and 503B outsourcing facilities in
Utah and Idaho, 2023 to the present.</p>
<p>Unusual circumstances, as defined in 5 U.S.C. 552(a)(6)(B)(iii), apply to your request. Responsive records must be
searched for and collected from field offices of the Office of Inspections and Investigations that are separate from
the office processing the request, and a voluminous amount of separate and distinct records is involved. In addition,
because the EIRs contain information submitted by the inspected firms, we must give those firms an opportunity to
object to disclosure under 21 CFR 20.61(e) and Executive Order 12600.</p>
<p>For these reasons we are extending the time limit to respond to your request by ten working days, to
<b>October 21, 2026</b>. Given the volume of records (we estimate more than 5,000 pages), we do not expect to complete
processing by that date. Our current estimate for completing your request is <b>December 18, 2026</b>.</p>
<p>You may wish to narrow your request so that it can be processed more quickly, for example by limiting it to 503B
outsourcing facilities or to inspections that resulted in a warning letter. You may also arrange an alternative time
frame with us. Please contact me, or the FDA FOIA Public Liaison, at 301-796-3900.</p>
<p>You also have the right to seek dispute resolution services from the Office of Government Information Services
(OGIS) at the National Archives and Records Administration: 8601 Adelphi Road-OGIS, College Park, MD 20740-6001;
ogis@nara.gov; 202-741-5770; toll free 1-877-684-6448.</p>
<p>Sincerely,</p>
<p>Marcus Chen<br>Government Information Specialist<br>Division of Freedom of Information<br>
Office of the Executive Secretariat<br>U.S. Food and Drug Administration</p>
</div></body></html>
"""
    top = outlook('"Chen, Marcus" <Marcus.Chen@fda.hhs.gov>', plus('REQ-003'),
                  'FDA FOIA 2026-6184 - Unusual Circumstances', 'Fri, 02 Oct 2026 14:22:40 -0400',
                  '<BL0PR09MB4321E9D8C7B6A5F4E3D2C1B0A9F88@BL0PR09MB4321.namprd09.prod.outlook.com>',
                  tindex='AQHdMoz1w2J0i7e4QmC3n5y8Fh1ZXg==')
    write(fn, message(top, text_part(html, 'html', charset='us-ascii')))


# ============================================================== 027 Idaho DHW clarification: which investigations (REQ-012)
@reg
def m027():
    fn = '027-idhw-clarify-investigation-type.eml'
    body = """Hello,

Before we go further with PRR-2026-1017, could you tell me which records you
mean by "abuse and neglect investigation reports"? There are three
different sets:

  a) SWITC's internal investigations of allegations of abuse, neglect or
     exploitation of residents (conducted by the facility's investigations
     unit under the ICF/IID conditions of participation);
  b) complaint surveys of SWITC by the Division of Licensing and
     Certification; and
  c) Adult Protective Services investigations, which are handled by the
     Idaho Commission on Aging and the Area Agencies on Aging, not by this
     department.

Also, is "2024 to the present" January 1, 2024 forward?

I want to be upfront that (a) consists of narrative reports about
identified residents and is likely to be exempt. Licensing and
Certification survey results (b) are generally public.

Thanks,

Marcy Ellsworth
Public Records Coordinator
Idaho Department of Health and Welfare

""" + IDHW_NOTICE + "\n"
    top = outlook('"Ellsworth, Marcy" <Marcy.Ellsworth@dhw.idaho.gov>', plus('REQ-012'),
                  'PRR-2026-1017 question', 'Mon, 05 Oct 2026 08:55:31 -0600',
                  '<SJ0PR09MB661812A3B4C5D6E7F8091A2B3C4D5@SJ0PR09MB6618.namprd09.prod.outlook.com>',
                  tindex='AQHdNRb2y7k0d3Ew1Qx9c4R6mP0aLg==')
    write(fn, message(top, text_part(body)))


# ============================================================== 028 Hawaii OIP "Acknowledgment to Requester" form: extenuating circumstances (REQ-013)
HI_ACK_ID = '<BYAPR09MB3990B7A6C5D4E3F2A1B0C9D8E7F11@BYAPR09MB3990.namprd09.prod.outlook.com>'


@reg
def m028():
    fn = '028-hidoh-acknowledgment-form-extenuating.eml'
    form = make_pdf([
        '##ACKNOWLEDGMENT TO REQUESTER',
        '(Uniform Information Practices Act (Modified), HRS Chapter 92F; HAR Section 2-71-15)',
        '',
        'Date: October 5, 2026',
        'To: Records Desk, records@healthdesk.example.org',
        'From: Department of Health, Adult Mental Health Division',
        '',
        'On September 21, 2026, the agency received your request for the following records:',
        '   Hawaii State Hospital incident reports or logs of patient elopements and of assaults on',
        '   staff by patients, January 1, 2024 to the present, and related summary reports.',
        '',
        'The agency will need additional time to respond to your request because of the following',
        'extenuating circumstance(s) (HAR 2-71-15(a)):',
        '   [X] The request requires extensive agency efforts to search, review, or segregate the records.',
        '   [ ] The agency must consult with another agency or person to determine whether the records',
        '       are protected from disclosure.',
        '   [ ] The request is for a voluminous amount of records.',
        '',
        'The agency will provide you with a Notice to Requester, which will state whether the records will',
        'be disclosed and the estimated fees, if any, on or before October 19, 2026 (within twenty business',
        'days after receipt of your request).',
        '',
        'Contact: Leilani Kahale, UIPA Coordinator, (808) 586-4686, leilani.kahale@doh.hawaii.gov',
    ], title='Acknowledgment to Requester')
    body = """Aloha,

Please see the attached Acknowledgment to Requester regarding your UIPA
request for Hawaii State Hospital incident records.

Mahalo,
Leilani Kahale
UIPA Coordinator, Adult Mental Health Division
"""
    top = outlook('"Kahale, Leilani" <leilani.kahale@doh.hawaii.gov>', plus('REQ-013'),
                  'RE: ' + subj('REQ-013'), 'Mon, 05 Oct 2026 15:10:22 -1000', HI_ACK_ID,
                  irt='<BYAPR09MB3990F1E6C5D4B3A29180A7E6C1D12@BYAPR09MB3990.namprd09.prod.outlook.com>',
                  refs=rmid('REQ-013') + ' <BYAPR09MB3990F1E6C5D4B3A29180A7E6C1D12@BYAPR09MB3990.namprd09.prod.outlook.com>',
                  tindex='AQHdKx9bL2q4f3Q0SkCmA1h6kN2b9wAD7wYu', has_attach=True)
    part = multipart('mixed', [text_part(body), attachment(form, 'application/pdf', 'Acknowledgment to Requester - HSH.pdf')],
                     '_004_BYAPR09MB3990B7A6C5D4E3F2A1B0C9D8E7F11BYAPR09MB3990namp_')
    write(fn, message(top, part))


# ============================================================== 029 CMS unusual circumstances extension (REQ-005)
@reg
def m029():
    fn = '029-cms-extension-unusual-circumstances.eml'
    body = """Dear Requester:

This letter concerns your Freedom of Information Act request, control
number 091020267013, for correspondence between CMS and the Oklahoma Health
Care Authority about ex parte Medicaid renewals.

We have determined that unusual circumstances apply to your request under
5 U.S.C. 552(a)(6)(B)(iii). Responsive records must be collected from the
Center for Medicaid and CHIP Services and from the Division of Medicaid
Field Operations South, which are separate from the office processing your
request, and must be reviewed in consultation with those components.
Accordingly, we are extending the time limit for responding by ten working
days. We expect to respond on or before October 22, 2026.

If you would like to discuss narrowing the scope of your request or an
alternative time frame, please contact our office at 410-786-5353 or the
CMS FOIA Public Liaison. You may also contact the Office of Government
Information Services (OGIS) for mediation services: ogis@nara.gov,
202-741-5770.

Sincerely,

CMS FOIA Office
Office of Strategic Operations and Regulatory Affairs
Centers for Medicare & Medicaid Services
"""
    top = outlook('CMS FOIA <FOIA_Request@cms.hhs.gov>', plus('REQ-005'),
                  'CMS FOIA 091020267013 - Extension of Time', 'Tue, 06 Oct 2026 11:30:57 -0400',
                  '<SA1PR09MB8127D4C3B2A1F0E9D8C7B6A5F4E77@SA1PR09MB8127.namprd09.prod.outlook.com>',
                  tindex='AQHdNfh2cK8b0n1S5uE9w3Yr4Lz6Qg==')
    write(fn, message(top, text_part(body)))


# ============================================================== 030 OHCA acknowledgment sent from shared mailbox on behalf of analyst (REQ-008)
@reg
def m030():
    fn = '030-ohca-ack-sender-on-behalf-soonerride.eml'
    body = """Hello,

This confirms that the Oklahoma Health Care Authority received your Open
Records Act request on October 5, 2026. It has been logged as ORR 26-0211.

Request: SoonerRide non-emergency medical transportation complaint logs and
grievance reports, January 2025 to the present.

We are checking with the program area to determine what records OHCA
maintains. We will follow up as soon as possible.

Julie Tran
Legal Assistant, Open Records
Oklahoma Health Care Authority

__________________________________________________________________
""" + OHCA_DISCLAIMER + "\n"
    top = outlook('OHCA Open Records <openrecords@okhca.org>', plus('REQ-008'),
                  'RE: ' + subj('REQ-008'), 'Wed, 07 Oct 2026 10:48:14 -0500',
                  '<BN0PR17MB440133C2D1E0F9A8B7C6D5E4F3A66@BN0PR17MB4401.namprd17.prod.outlook.com>',
                  irt=rmid('REQ-008'), refs=rmid('REQ-008'), tindex='AQHdNsm1Y2v7k3e4Tg8c0Bf5qR9nWA==',
                  sender='"Tran, Julie" <Julie.Tran@okhca.org>')
    write(fn, message(top, text_part(body)))


# ============================================================== 031 Parkland certifies a production date under 552.221(d) (REQ-015)
@reg
def m031():
    fn = '031-parkland-certify-production-date.eml'
    body = """Dear Requester,

RE: Public Information Request OR-26-00912

In accordance with Section 552.221(d) of the Texas Government Code, this is
to certify that Parkland Health cannot produce the requested information
within ten business days of receipt. The emergency department diversion
logs and ambulance diversion notices must be compiled from two systems, and
the boarding-time reports must be reviewed for patient-identifying
information.

We anticipate that the information will be available on or before 5:00 p.m.
on Wednesday, October 28, 2026.

Please also note that today we asked the Office of the Attorney General
for a decision about whether portions of the boarding-time reports may be
withheld under Section 552.101 of the Government Code in conjunction with
Section 161.032 of the Health and Safety Code (medical committee records).
A copy of our request to the Attorney General will be sent to you
separately.

Sincerely,

Denise Okoro
Open Records Specialist
Office of General Counsel | Parkland Health
5200 Harry Hines Blvd., Dallas, TX 75235
Denise.Okoro@parklandhealth.org

""" + PARKLAND_HIPAA + "\n"
    top = outlook('"Okoro, Denise" <Denise.Okoro@parklandhealth.org>', 'records@healthdesk.example.org',
                  'RE: Public Information Request OR-26-00912 / Solicitud de Información Pública OR-26-00912',
                  'Wed, 07 Oct 2026 16:20:09 -0500',
                  '<DM6PR02MB5584C1B2A3F4E5D6C7B8A9F0E1D33@DM6PR02MB5584.namprd02.prod.outlook.com>',
                  irt='<DM6PR02MB55844E0C3A1F9B2D7E6C5A4BB8A02@DM6PR02MB5584.namprd02.prod.outlook.com>',
                  refs='<DM6PR02MB55844E0C3A1F9B2D7E6C5A4BB8A02@DM6PR02MB5584.namprd02.prod.outlook.com>',
                  tindex='AQHdLu2r7F0b3oK7S0y9zW1h0jE2xQAFm8Zk')
    write(fn, message(top, text_part(body)))


# ============================================================== 032 CDC unusual circumstances extension (REQ-001)
@reg
def m032():
    fn = '032-cdc-extension-unusual-circumstances.eml'
    body = """October 8, 2026

Re: 26-01873-FOIA

Dear Requester:

We are writing about your Freedom of Information Act (FOIA) request for
Epi-Aid records concerning Legionnaires' disease clusters in long-term care
facilities, received September 14, 2026.

Unusual circumstances apply to your request. The responsive records are
held by the Division of Bacterial Diseases in the National Center for
Immunization and Respiratory Diseases and by the Epidemic Intelligence
Service program, and many include information provided by the state and
local health departments that invited CDC to assist; we must consult with
those health departments before release. We are therefore extending the
time to respond to your request by ten working days, as permitted by 5
U.S.C. 552(a)(6)(B)(i). We now expect to respond by October 27, 2026.

If you would like to narrow the scope of your request to speed processing
(for example, to final Epi-Aid reports only), or to agree on an alternative
time frame, please contact us at FOIARequests@cdc.gov or the CDC/ATSDR FOIA
Public Liaison at 770-488-6246.

""" + OGIS + """

Sincerely,

CDC/ATSDR FOIA Office
"""
    top = [('From', '"FOIA Requests (CDC)" <FOIARequests@cdc.gov>'),
           ('To', 'records@healthdesk.example.org'),
           ('Subject', '26-01873-FOIA: Notice of unusual circumstances'),
           ('Date', 'Thu, 08 Oct 2026 11:02:36 -0400'),
           ('Message-ID', '<20261008150236.FX.26-01873@foiaxpress.cdc.gov>'),
           ('X-Mailer', 'FOIAXpress Correspondence')]
    write(fn, message(top, text_part(body)))


# ============================================================== 033 Parkland acknowledgment, staffing contracts (REQ-016)
PK_ACK2_ID = '<DM6PR02MB5584A0B1C2D3E4F5A6B7C8D9E0F44@DM6PR02MB5584.namprd02.prod.outlook.com>'


@reg
def m033():
    fn = '033-parkland-ack-staffing-contracts.eml'
    body = """Dear Requester,

Parkland Health received your request under the Texas Public Information
Act on October 13, 2026, for contracts, amendments, rate schedules and
invoices with travel-nurse and supplemental staffing agencies for fiscal
years 2025 and 2026. Your request has been assigned reference number
OR-26-01077.

If the cost of providing the information will exceed $40, we will send you
an itemized statement of estimated charges before proceeding, as required
by Section 552.2615 of the Government Code.

Open Records Team
Office of General Counsel | Parkland Health
openrecords@parklandhealth.org

""" + PARKLAND_HIPAA + "\n"
    top = outlook('Parkland Open Records <openrecords@parklandhealth.org>', plus('REQ-016'),
                  'Public Information Request OR-26-01077', 'Wed, 14 Oct 2026 09:12:44 -0500', PK_ACK2_ID,
                  tindex='AQHdPB0c4r2t6e9K1Y8m3Wq7z5N0xg==')
    write(fn, message(top, text_part(body)))


# ============================================================== 034 OHCA high-volume delay, no date (REQ-007)
@reg
def m034():
    fn = '034-ohca-high-volume-delay.eml'
    body = """Hello,

We wanted to give you an update on your request. OHCA is currently
experiencing a high volume of open records requests, and responses are
taking longer than usual. Your request remains open and is being worked in
the order received.

We are not able to give an estimated completion date at this time. We will
contact you as soon as responsive records are ready or if we need anything
further from you.

Thank you for your patience.

Open Records
Legal Division
Oklahoma Health Care Authority

__________________________________________________________________
""" + OHCA_DISCLAIMER + "\n"
    top = outlook('OHCA Open Records <openrecords@okhca.org>', 'records@healthdesk.example.org',
                  'ORR-26-0143 status update', 'Wed, 14 Oct 2026 15:33:02 -0500',
                  '<BN0PR17MB4401E5F4D3C2B1A0F9E8D7C6B5A77@BN0PR17MB4401.namprd17.prod.outlook.com>',
                  tindex='AQHdPF3b0v8m1K2q7Ue4Tr9y6Hc5Aw==')
    write(fn, message(top, text_part(body)))


# ============================================================== 035 Idaho DHW denial under health-privacy exemptions, PDF letter (REQ-012)
@reg
def m035():
    fn = '035-idhw-denial-health-records-pdf.eml'
    letter = make_pdf([
        'IDAHO DEPARTMENT OF HEALTH AND WELFARE',
        'Office of the Director - Public Records',
        '450 West State Street, Boise, Idaho 83702',
        '',
        'October 15, 2026',
        '',
        'Records Desk',
        'records@healthdesk.example.org',
        '',
        '##RE: Public Records Request PRR-2026-1017 - Notice of Denial',
        '',
        'Dear Requester:',
        '',
        'On October 1, 2026, the Department received your request for abuse and neglect investigation',
        'reports for the Southwest Idaho Treatment Center (SWITC). In your reply of October 6, 2026, you',
        'clarified that you seek SWITC\'s internal investigation reports of allegations of abuse, neglect',
        'or exploitation of residents, January 1, 2024 to the present.',
        '',
        'The Department has identified 63 investigation reports. After review, the Department denies your',
        'request in its entirety. Each report is a narrative account of the care, treatment, diagnosis and',
        'condition of an identified resident of an intermediate care facility for individuals with',
        'intellectual disabilities. These records are exempt from disclosure under Idaho Code 74-106 as',
        'records of hospital care, medical records, and records of psychiatric care or treatment relating',
        'to an individual\'s condition, diagnosis, care or treatment; they are confidential under the',
        'Department\'s rules governing the protection and disclosure of Department records, IDAPA 16.05.01;',
        'and they are protected health information under the HIPAA Privacy Rule, 45 C.F.R. Parts 160 and',
        '164. Because the resident\'s identity and health information run throughout each narrative, the',
        'Department has determined that redaction would not leave meaningful non-exempt content.',
        '',
        'The Department publishes quarterly SWITC incident totals, by category, in its reports to the',
        'legislative health and welfare committees; those reports are public and available on request.',
        '',
        'The official responsible for this denial is the undersigned. Under Idaho Code 74-115, you may',
        'file a petition in the district court of the county where the records or some part of them are',
        'located to challenge this decision. The petition must be filed within 180 days from the date of',
        'mailing of this notice of denial.',
        '',
        'Sincerely,',
        '',
        'Joel R. Whitcomb',
        'Deputy Attorney General, Health and Welfare Division',
        'on behalf of the Idaho Department of Health and Welfare',
    ], title='PRR-2026-1017 Notice of Denial')
    body = """Hello,

Please see the attached response to your public records request
PRR-2026-1017.

Marcy Ellsworth
Public Records Coordinator
Idaho Department of Health and Welfare

""" + IDHW_NOTICE + "\n"
    top = outlook('DHW Public Records <PublicRecords@dhw.idaho.gov>', plus('REQ-012'),
                  'PRR-2026-1017 Response', 'Thu, 15 Oct 2026 10:18:27 -0600',
                  '<SJ0PR09MB6618B9C8D7E6F5A4B3C2D1E0F9A88@SJ0PR09MB6618.namprd09.prod.outlook.com>',
                  tindex='AQHdPR4e8b2k0c1L3m5N7o9Pq1Rs2w==', has_attach=True)
    part = multipart('mixed', [text_part(body), attachment(letter, 'application/pdf', 'PRR-2026-1017_Denial_Letter.pdf')],
                     '_004_SJ0PR09MB6618B9C8D7E6F5A4B3C2D1E0F9A88SJ0PR09MB6618namp_')
    write(fn, message(top, part))


# ============================================================== 036 FDA referral of meat/poultry portion to USDA FSIS (REQ-004)
@reg
def m036():
    fn = '036-fda-referral-to-usda-fsis.eml'
    text = """Dear Requester:

This is in regard to your Freedom of Information Act request 2026-6630 for
records about the 2026 Listeria monocytogenes outbreak linked to
ready-to-eat deli salads.

Our search located records indicating that several of the implicated
products (ham salad and chicken salad produced under USDA inspection) are
meat and poultry products regulated by the U.S. Department of Agriculture's
Food Safety and Inspection Service (FSIS), and that 41 pages of responsive
records in FDA's files originated with FSIS. In accordance with the
Department of Health and Human Services FOIA regulations on records of
other agencies, we have referred those records, and the portion of your
request concerning FSIS-regulated products, to the FSIS Freedom of
Information Act Office for processing and direct response to you. You may
contact FSIS about the referral at fsis.foia@usda.gov and should reference
FDA request 2026-6630.

FDA continues to process the remainder of your request, which concerns
FDA-regulated products (the potato, pasta and vegetable salads and their
ingredients). We will respond to you when that processing is complete.

Sincerely,

Thao Nguyen
Government Information Specialist
Division of Freedom of Information
U.S. Food and Drug Administration
"""
    html = '<html><body style="font-family:Calibri,sans-serif;font-size:11pt">' + ''.join(
        '<p>%s</p>\n' % p.replace('\n', ' ').replace('&', '&amp;') for p in text.strip().split('\n\n')) + '</body></html>\n'
    top = outlook('"Nguyen, Thao" <Thao.Nguyen@fda.hhs.gov>', plus('REQ-004'),
                  'FOIA 2026-6630 - Referral of records to USDA FSIS', 'Thu, 15 Oct 2026 14:05:51 -0400',
                  '<BL0PR09MB43210A1B2C3D4E5F6A7B8C9D0E199@BL0PR09MB4321.namprd09.prod.outlook.com>',
                  tindex='AQHdPTf5n7c2X0b4Mk1Q8v3Wd6Ry9g==')
    write(fn, message(top, alt(text, html, '_000_BL0PR09MB43210A1B2C3D4E5F6A7B8C9D0E199BL0PR09MB4321namp_')))


# ============================================================== 037 Hawaii DOH Notice to Requester denying under HRS 334-5 (REQ-013)
@reg
def m037():
    fn = '037-hidoh-notice-denial-hrs-334-5.eml'
    notice = make_pdf([
        '##NOTICE TO REQUESTER',
        '(Uniform Information Practices Act (Modified), HRS Chapter 92F; HAR Section 2-71-14)',
        '',
        'Date: October 19, 2026',
        'To: Records Desk, records@healthdesk.example.org',
        'From: State of Hawaii, Department of Health, Adult Mental Health Division',
        '',
        'Request received: September 21, 2026',
        'Records requested: Hawaii State Hospital incident reports or logs of patient elopements and of',
        'assaults on staff by patients, January 1, 2024 to the present; summary reports of the same.',
        '',
        '##1. Agency will not disclose the following records:',
        '   (a) Patient elopement incident reports and logs (approximately 140 reports).',
        '   (b) Staff assault incident reports and logs (approximately 610 reports).',
        '',
        'Legal authority for withholding:',
        '   - HRS 334-5 (records made for the purposes of chapter 334 that directly or indirectly',
        '     identify a patient shall be kept confidential);',
        '   - HRS 92F-13(4) (records protected from disclosure by state or federal law), including',
        '     the HIPAA Privacy Rule, 45 C.F.R. Parts 160 and 164;',
        '   - HRS 92F-13(1) (disclosure would constitute a clearly unwarranted invasion of personal',
        '     privacy) as to staff victims and witnesses.',
        '',
        'Each report is written about an identified patient in the context of that patient\'s treatment',
        'and cannot reasonably be segregated; removing names alone would not prevent identification',
        'because the reports describe unit, date, time, diagnosis-related behavior and injuries.',
        '',
        '##2. Summary reports:',
        '   The agency does not maintain summary reports other than the annual report to the Legislature,',
        '   which includes elopement and staff-injury totals and is publicly available from the Legislative',
        '   Reference Bureau library. No fee is charged for this response.',
        '',
        '##3. Your right to appeal:',
        '   You may request that the Office of Information Practices (OIP) review this denial. A request for',
        '   OIP review must be made in writing within one year of the date of this notice (HAR 2-73-12).',
        '   OIP: No. 1 Capitol District Building, 250 South Hotel Street, Suite 107, Honolulu, HI 96813;',
        '   oip@hawaii.gov; (808) 586-1400. You may also bring an action in circuit court (HRS 92F-15).',
        '',
        'Agency contact: Leilani Kahale, UIPA Coordinator, (808) 586-4686',
    ], title='Notice to Requester')
    body = """Aloha,

Attached is the department's Notice to Requester for your UIPA request
concerning Hawaii State Hospital incident reports.

Mahalo,
Leilani Kahale
UIPA Coordinator, Adult Mental Health Division
Hawaii State Department of Health
"""
    top = outlook('"Kahale, Leilani" <leilani.kahale@doh.hawaii.gov>', 'records@healthdesk.example.org',
                  'Notice to Requester - Hawaii State Hospital incident reports', 'Mon, 19 Oct 2026 09:30:03 -1000',
                  '<BYAPR09MB3990C8D7E6F5A4B3C2D1E0F9A8B22@BYAPR09MB3990.namprd09.prod.outlook.com>',
                  irt=HI_ACK_ID, refs=rmid('REQ-013') + ' ' + HI_ACK_ID,
                  tindex='AQHdKx9bL2q4f3Q0SkCmA1h6kN2b9wAD7wYuABQk', has_attach=True)
    part = multipart('mixed', [text_part(body), attachment(notice, 'application/pdf', 'Notice to Requester - HSH incident reports.pdf')],
                     '_004_BYAPR09MB3990C8D7E6F5A4B3C2D1E0F9A8B22BYAPR09MB3990namp_')
    write(fn, message(top, part))


# ============================================================== 038 Utah closure for no response to clarification (REQ-009)
@reg
def m038():
    fn = '038-utah-portal-closed-no-response.eml'
    body = """Utah Open Records Portal

Request 26-GR-0417 has been closed.

Message from the Department of Health and Human Services:

  On September 18, 2026 we asked you to clarify which Utah State Hospital
  units and which time period your request covers, and on October 2 the
  portal sent you a reminder. We have not received a response, so we are
  closing request 26-GR-0417 as of today without producing records. You
  are welcome to submit a new request at any time.

  If you believe this closure is a denial of your request, you may appeal
  to the department's chief administrative officer within 30 days of this
  notice under Utah Code 63G-2-401.

  Kimball Hatch, GRAMA Coordinator

Log in to view your request history:
https://openrecords.utah.gov/s/request/26-GR-0417

Replies to this e-mail are not monitored.
"""
    top = [('From', 'Utah Open Records Portal <noreply@openrecords.utah.gov>'),
           ('To', plus('REQ-009')),
           ('Subject', 'Request 26-GR-0417 closed'),
           ('Date', 'Mon, 19 Oct 2026 14:12:40 -0600'),
           ('Message-ID', '<orp.26-GR-0417.closed.1760904760@openrecords.utah.gov>'),
           ('Auto-Submitted', 'auto-generated')]
    write(fn, message(top, text_part(body)))


# ============================================================== 039 FDA fee estimate in an HTML table (REQ-003)
@reg
def m039():
    fn = '039-fda-fee-estimate-table.eml'
    text = """Dear Requester:

This concerns FOIA request 2026-6184 (Form FDA 483s and EIRs for
compounding pharmacies in Utah and Idaho, 2023 to present).

The search located approximately 5,400 pages of responsive records. Many
EIR exhibits for 2023 and early 2024 are maintained only on paper in the
district file room and must be scanned before they can be reviewed and
released. As a news media requester you are not charged for search or
review time; you are charged for duplication beyond the first 100 pages.

  Item                          Quantity       Rate        Amount
  ----------------------------  -------------  ----------  ---------
  Search                        22 hours       n/a (media)     $0.00
  Review                        31 hours       n/a (media)     $0.00
  Duplication (scan to PDF)     5,400 pages    $0.10/page    $540.00
  Less first 100 pages free     100 pages      $0.10/page    -$10.00
  ----------------------------  -------------  ----------  ---------
  ESTIMATED TOTAL                                            $530.00

Because the estimated fee exceeds the $50.00 you agreed to pay, your
request is on hold. Within 30 calendar days, please either (1) confirm in
writing that you will pay fees up to $530.00, or (2) narrow your request,
for example to records already in electronic form (about 2,100 pages,
which would carry no duplication charge). If we do not hear from you
within 30 days, we will close your request.

This is an estimate; you will be billed only for actual costs. If the
final charge is $25.00 or less, no fee will be assessed.

Sincerely,

Marcus Chen
Government Information Specialist
Division of Freedom of Information
U.S. Food and Drug Administration
"""
    html = """<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear Requester:</p>
<p>This concerns FOIA request <b>2026-6184</b> (Form FDA 483s and EIRs for compounding pharmacies in Utah and Idaho,
2023 to present).</p>
<p>The search located approximately 5,400 pages of responsive records. Many EIR exhibits for 2023 and early 2024 are
maintained only on paper in the district file room and must be scanned before they can be reviewed and released. As a
news media requester you are not charged for search or review time; you are charged for duplication beyond the first
100 pages.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#dde4ee"><th>Item</th><th>Quantity</th><th>Rate</th><th>Amount</th></tr>
<tr><td>Search</td><td>22 hours</td><td>n/a (news media)</td><td align="right">$0.00</td></tr>
<tr><td>Review</td><td>31 hours</td><td>n/a (news media)</td><td align="right">$0.00</td></tr>
<tr><td>Duplication (scan to PDF)</td><td>5,400 pages</td><td>$0.10/page</td><td align="right">$540.00</td></tr>
<tr><td>Less first 100 pages free</td><td>100 pages</td><td>$0.10/page</td><td align="right">-$10.00</td></tr>
<tr style="font-weight:bold"><td colspan="3">ESTIMATED TOTAL</td><td align="right">$530.00</td></tr>
</table>
<p>Because the estimated fee exceeds the $50.00 you agreed to pay, your request is on hold. Within 30 calendar days,
please either (1) confirm in writing that you will pay fees up to $530.00, or (2) narrow your request, for example to
records already in electronic form (about 2,100 pages, which would carry no duplication charge). If we do not hear from
you within 30 days, we will close your request.</p>
<p>This is an estimate; you will be billed only for actual costs. If the final charge is $25.00 or less, no fee will be
assessed.</p>
<p>Sincerely,</p>
<p>Marcus Chen<br>Government Information Specialist<br>Division of Freedom of Information<br>
U.S. Food and Drug Administration</p>
</body></html>
"""
    top = outlook('"Chen, Marcus" <Marcus.Chen@fda.hhs.gov>', plus('REQ-003'),
                  'FDA FOIA 2026-6184 - Fee Estimate', 'Tue, 20 Oct 2026 10:41:09 -0400',
                  '<BL0PR09MB4321F1E2D3C4B5A6978869504A3BB@BL0PR09MB4321.namprd09.prod.outlook.com>',
                  tindex='AQHdQZ7a4c0K1x9Rm2w8bT5uY3nE6g==')
    write(fn, message(top, alt(text, html, '_000_BL0PR09MB4321F1E2D3C4B5A6978869504A3BBBL0PR09MB4321namp_')))


# ============================================================== 040 Hawaii DOH: "Please see attached correspondence" + .docx Notice with fees (REQ-014)
@reg
def m040():
    fn = '040-hidoh-docx-notice-fee-estimate.eml'
    paras = [
        '##NOTICE TO REQUESTER',
        'Uniform Information Practices Act (Modified), HRS Chapter 92F; HAR Section 2-71-14',
        '',
        'Date: October 20, 2026',
        'To: Records Desk (records@healthdesk.example.org)',
        'From: Department of Health, Environmental Management Division, Safe Drinking Water Branch',
        '',
        'Request received: October 6, 2026',
        'Records requested: Drinking water quality complaints received by the Safe Drinking Water Branch, and '
        'compliance and special sampling results, for the Upcountry Maui public water systems, January 1, 2025 '
        'to the present.',
        '',
        '##1. Records the agency will disclose in their entirety',
        'Compliance sampling results for the Upcountry Maui systems (laboratory reports and sample summaries).',
        '',
        '##2. Records the agency will disclose after segregation',
        'Complaint intake forms and related e-mails (approximately 85 complaints). Names, home addresses, '
        'telephone numbers and e-mail addresses of individual complainants will be redacted under HRS 92F-13(1).',
        '',
        '##3. Estimated fees (HAR 2-71-31 and 2-71-32)',
        'Search: 8 hours at $2.50 per 15 minutes = $80.00',
        'Review and segregation: 6 hours at $5.00 per 15 minutes = $120.00',
        'Subtotal: $200.00',
        'Less public interest waiver (HAR 2-71-32): -$60.00',
        'Estimated total fees: $140.00',
        'Copying costs: none (records will be provided electronically).',
        '',
        '##4. Prepayment',
        'Before the agency begins to search, review and segregate the records, a prepayment of 50 percent of '
        'the estimated fees ($70.00) is required. The records will be disclosed within five business days after '
        'the prepayment is received, or in increments if voluminous. Make checks payable to "State of Hawaii, '
        'Department of Health." If you do not pay or otherwise respond within twenty business days of this '
        'notice, the agency may consider your request abandoned (HAR 2-71-16).',
        '',
        'Agency contact: Wendell Kanoho, Safe Drinking Water Branch, (808) 586-4258, wendell.kanoho@doh.hawaii.gov',
    ]
    docx = make_docx(paras, title='Notice to Requester', author='Kanoho, Wendell')
    body = "Please see attached correspondence.\n"
    top = outlook('"Kanoho, Wendell" <wendell.kanoho@doh.hawaii.gov>', plus('REQ-014'),
                  'UIPA Request', 'Tue, 20 Oct 2026 11:58:45 -1000',
                  '<BYAPR09MB3990D9E8F7A6B5C4D3E2F1A0B9C33@BYAPR09MB3990.namprd09.prod.outlook.com>',
                  tindex='AQHdQZ8f1w3T7c9Kb0x2Lm4Pq6Ny8g==', has_attach=True)
    part = multipart('mixed', [text_part(body),
                               attachment(docx, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                                          'NTR - Records Desk - 10.20.2026.docx')],
                     '_004_BYAPR09MB3990D9E8F7A6B5C4D3E2F1A0B9C33BYAPR09MB3990namp_')
    write(fn, message(top, part))


# ============================================================== 041 CDC specialist out-of-office (REQ-002)
@reg
def m041():
    fn = '041-cdc-specialist-out-of-office.eml'
    body = """I am out of the office through Monday, October 26, 2026, with limited
access to e-mail. Your message has not been forwarded.

For FOIA status questions, please write to FOIARequests@cdc.gov and include
your FOIA request number, or call the CDC/ATSDR FOIA Office at
770-488-6399.

Darnell Pryor
Government Information Specialist
CDC/ATSDR FOIA Office
"""
    our = '<CAB7q0Xn3dR1-status.26-01902@mail.gmail.com>'
    top = outlook('"Pryor, Darnell (CDC/OCOO/OPSAC)" <qzp7@cdc.gov>', 'Records Desk <records@healthdesk.example.org>',
                  'Automatic reply: Status inquiry - 26-01902-FOIA', 'Wed, 21 Oct 2026 08:03:19 -0400',
                  '<CH0PR09MB7315E1F2A3B4C5D6E7F8091A2B3C4@CH0PR09MB7315.namprd09.prod.outlook.com>',
                  irt=our, refs='<20260916134813.FX.26-01902@foiaxpress.cdc.gov> ' + our,
                  thread_topic='Status inquiry - 26-01902-FOIA',
                  extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
                         ('X-MS-Exchange-Inbox-Rules-Loop', 'qzp7@cdc.gov')])
    write(fn, message(top, text_part(body)))


# ============================================================== 042 Parkland itemized statement of charges under 552.2615 (REQ-016)
@reg
def m042():
    fn = '042-parkland-itemized-statement-charges.eml'
    body = """Dear Requester,

RE: Public Information Request OR-26-01077 - Itemized Statement of
Estimated Charges (Tex. Gov't Code 552.2615)

The estimated charges to provide the information you requested exceed
$40.00. The itemized estimate below is based on the rules of the Office of
the Attorney General (1 Tex. Admin. Code ch. 70):

  Description                                  Qty       Rate     Total
  -------------------------------------------  --------  -------  -------
  Labor - locating, compiling, manipulating    9.0 hrs   $15.00   $135.00
  Overhead (20% of labor)                                          $27.00
  Electronic copies (PDF via e-mail)            -         -         $0.00
  -------------------------------------------  --------  -------  -------
  TOTAL ESTIMATED CHARGES                                         $162.00

Parkland does not charge for the first 50 pages of paper copies, and there
is no charge for the time spent reviewing records for confidential
information.

You must respond to this statement in writing within ten business days
after the date it was sent, stating that you (1) accept the charges, (2)
wish to modify your request, or (3) have sent a complaint regarding the
charges to the Office of the Attorney General. If you do not respond by
November 5, 2026, your request will be considered automatically withdrawn
under Section 552.2615(b). A less costly alternative would be to limit the
request to the master agreements and rate schedules without invoices
(estimated $0.00 to $40.00).

Sincerely,

Denise Okoro
Open Records Specialist
Office of General Counsel | Parkland Health

""" + PARKLAND_HIPAA + "\n"
    top = outlook('"Okoro, Denise" <Denise.Okoro@parklandhealth.org>', plus('REQ-016'),
                  'RE: Public Information Request OR-26-01077', 'Thu, 22 Oct 2026 13:47:30 -0500',
                  '<DM6PR02MB5584E4D3C2B1A0F9E8D7C6B5A4F55@DM6PR02MB5584.namprd02.prod.outlook.com>',
                  irt=PK_ACK2_ID, refs=PK_ACK2_ID, tindex='AQHdPB0c4r2t6e9K1Y8m3Wq7z5N0xgAB4sKp')
    write(fn, message(top, text_part(body)))


# ============================================================== 043 Parkland bilingual out-of-office (REQ-015)
@reg
def m043():
    fn = '043-parkland-ooo-bilingual.eml'
    body = """Thank you for your message. I am out of the office from Friday, October 23
through Monday, October 26, 2026 and will respond when I return. For open
records matters that cannot wait, please e-mail
openrecords@parklandhealth.org.

Gracias por su mensaje. Estaré fuera de la oficina desde el viernes 23
hasta el lunes 26 de octubre de 2026 y le responderé a mi regreso. Para
asuntos de registros públicos que no puedan esperar, escriba a
openrecords@parklandhealth.org.

Denise Okoro
Open Records Specialist | Especialista en Registros Públicos
Office of General Counsel | Parkland Health
"""
    our = '<CAB7q0Xp8kT4-or912.followup@mail.gmail.com>'
    top = outlook('"Okoro, Denise" <Denise.Okoro@parklandhealth.org>', 'Records Desk <records@healthdesk.example.org>',
                  'Automatic reply: RE: Public Information Request OR-26-00912 / Solicitud de Información Pública OR-26-00912',
                  'Fri, 23 Oct 2026 09:15:02 -0500',
                  '<DM6PR02MB5584F5E4D3C2B1A0F9E8D7C6B5A66@DM6PR02MB5584.namprd02.prod.outlook.com>',
                  irt=our, refs='<DM6PR02MB5584C1B2A3F4E5D6C7B8A9F0E1D33@DM6PR02MB5584.namprd02.prod.outlook.com> ' + our,
                  thread_topic='Public Information Request OR-26-00912 / Solicitud de Información Pública OR-26-00912',
                  extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')])
    write(fn, message(top, text_part(body)))


# ============================================================== 044 OHCA no records, broker holds them (REQ-008)
@reg
def m044():
    fn = '044-ohca-no-responsive-records.eml'
    body = """Hello,

RE: ORR 26-0211 - SoonerRide complaint logs

After a search of the records of the Oklahoma Health Care Authority,
including the Health Care Services and Contracts Management divisions, OHCA
did not locate any records responsive to your request. SoonerRide
complaint and grievance logs are created and kept by OHCA's contracted
non-emergency transportation broker in its own system; OHCA does not
receive or retain copies of the logs. The Open Records Act does not
require a public body to create a record that does not exist.

This closes ORR 26-0211.

Julie Tran
Legal Assistant, Open Records
Oklahoma Health Care Authority

__________________________________________________________________
""" + OHCA_DISCLAIMER + "\n"
    top = outlook('OHCA Open Records <openrecords@okhca.org>', plus('REQ-008'),
                  'ORR 26-0211 - No Responsive Records', 'Tue, 27 Oct 2026 11:20:48 -0500',
                  '<BN0PR17MB4401F6A5B4C3D2E1F0A9B8C7D6E88@BN0PR17MB4401.namprd17.prod.outlook.com>',
                  tindex='AQHdSE4f2q9c0N1o3v6Xy8Zb7Kd1Tw==', sender='"Tran, Julie" <Julie.Tran@okhca.org>')
    write(fn, message(top, text_part(body)))


# ============================================================== 045 Parkland interim release; AG ruling pending on the rest (REQ-015)
@reg
def m045():
    fn = '045-parkland-interim-ag-ruling-pending.eml'
    csv = ('date,start_time,end_time,diversion_type,reason\n'
           '2025-01-06,18:40,22:15,ambulance,ED capacity\n'
           '2025-01-13,16:05,19:30,ambulance,ED capacity\n'
           '2025-02-02,11:20,13:05,trauma,OR availability\n'
           '2025-07-19,20:10,23:55,ambulance,ED capacity\n'
           '2026-08-30,17:45,21:10,ambulance,ED capacity\n')
    body = """Dear Requester,

RE: Public Information Request OR-26-00912

Attached is the first part of our response: the emergency department
diversion log and ambulance diversion notices for Parkland Memorial
Hospital, January 1, 2025 through September 30, 2026 (spreadsheet).

As explained in our October 7 letter, we have asked the Office of the
Attorney General to decide whether portions of the emergency department
boarding-time reports may be withheld under Section 552.101 of the
Government Code in conjunction with Section 161.032 of the Health and
Safety Code. We will release or withhold that information in accordance
with the Attorney General's ruling, which is due within 45 business days
of our request. Your request will remain open until then.

Sincerely,

Denise Okoro
Open Records Specialist
Office of General Counsel | Parkland Health

""" + PARKLAND_HIPAA + "\n"
    top = outlook('"Okoro, Denise" <Denise.Okoro@parklandhealth.org>', plus('REQ-015'),
                  'OR-26-00912 - Partial Release', 'Wed, 28 Oct 2026 16:55:06 -0500',
                  '<DM6PR02MB5584A6B5C4D3E2F1A0B9C8D7E6F77@DM6PR02MB5584.namprd02.prod.outlook.com>',
                  tindex='AQHdSO7h3b1Y0q2L4n6Ps8Ru0Tw2Vw==', has_attach=True)
    part = multipart('mixed', [text_part(body),
                               attachment(csv.encode(), 'text/csv', 'OR-26-00912_ED_Diversion_Log_2025-2026.csv')],
                     '_004_DM6PR02MB5584A6B5C4D3E2F1A0B9C8D7E6F77DM6PR02MB5584namp_')
    write(fn, message(top, part))


# ============================================================== 046 webinar invitation about Medicaid renewals (null)
@reg
def m046():
    fn = '046-webinar-medicaid-renewals-null.eml'
    text = """HEALTH REPORTERS NETWORK - MEMBER WEBINAR

Covering Medicaid after the unwinding: ex parte renewals, procedural
disenrollments, and what to ask your state

Thursday, November 12, 2026 | 1:00-2:00 p.m. Eastern

Panelists include a former state Medicaid eligibility director and a
reporter whose records requests to CMS and the Oklahoma Health Care
Authority documented how automatic renewals stalled in 2025. We'll cover
the monthly CMS renewal data reports, how to read a state mitigation
plan, and what to request under FOIA and state open records laws.

Register: https://hrn.example.net/events/medicaid-renewals

You are receiving this e-mail as a Health Reporters Network member.
Manage preferences: https://hrn.example.net/prefs
"""
    top = [('From', 'Health Reporters Network <events@hrn.example.net>'),
           ('To', 'records@healthdesk.example.org'),
           ('Subject', 'Webinar Nov. 12: Covering Medicaid renewals after the unwinding'),
           ('Date', 'Tue, 03 Nov 2026 12:00:00 -0500'),
           ('Message-ID', '<20261103170000.88213.hrn-events@mailer.hrn.example.net>'),
           ('List-Unsubscribe', '<https://hrn.example.net/prefs>'),
           ('Precedence', 'bulk')]
    write(fn, message(top, text_part(text)))


# ============================================================== 047 CDC no records, NWSS (REQ-002)
@reg
def m047():
    fn = '047-cdc-no-records-nwss.eml'
    body = """November 5, 2026

Re: 26-01902-FOIA

Dear Requester:

This is the final response to your Freedom of Information Act (FOIA)
request of September 15, 2026, for records on the termination,
non-renewal or descoping of National Wastewater Surveillance System (NWSS)
testing contracts, January 2025 to the present.

A search for records was conducted by the Division of Foodborne,
Waterborne, and Environmental Diseases in the National Center for Emerging
and Zoonotic Infectious Diseases and by the Office of Acquisition Services.
The program advises that the national NWSS testing services contract
reached the end of its period of performance and was not terminated,
non-renewed early, or descoped, and that no notices or memoranda of the
kind you describe were prepared. No records responsive to your request
were located.

If you are not satisfied with this response, you may administratively
appeal the adequacy of our search. Your appeal must be postmarked or
electronically transmitted within 90 days of the date of this response, to
the Deputy Agency Chief FOIA Officer, U.S. Department of Health and Human
Services, Hubert H. Humphrey Building, 200 Independence Avenue SW,
Washington, DC 20201. Please mark both your letter and envelope, or the
subject line of your e-mail, "Freedom of Information Act Appeal."

""" + OGIS + """

Sincerely,

Gwendolyn Tate
Acting FOIA Officer
Centers for Disease Control and Prevention
"""
    top = [('From', '"FOIA Requests (CDC)" <FOIARequests@cdc.gov>'),
           ('To', plus('REQ-002')),
           ('Subject', 'Final Response - 26-01902-FOIA'),
           ('Date', 'Thu, 05 Nov 2026 10:26:45 -0500'),
           ('Message-ID', '<20261105152645.FX.26-01902@foiaxpress.cdc.gov>'),
           ('X-Mailer', 'FOIAXpress Correspondence')]
    write(fn, message(top, text_part(body)))


# ============================================================== 048 FOIAXpress PAL: new correspondence; only the host says FDA (REQ-004)
@reg
def m048():
    fn = '048-pal-new-correspondence-host-only.eml'
    text = """Dear Records Desk,

New correspondence is available for your request.

Request Number: 2026-6630

Please log in to the Public Access Link to view or download the
correspondence:
https://foiapal.fda.gov/App/Home.aspx

Please do not reply to this message; this mailbox is not monitored.
"""
    html = """<html><body style="font-family:Verdana,Arial;font-size:9pt">
<p>Dear Records Desk,</p>
<p>New correspondence is available for your request.</p>
<table border="0" cellpadding="2" style="font-size:9pt">
<tr><td><b>Request Number:</b></td><td>2026-6630</td></tr></table>
<p>Please log in to the <a href="https://foiapal.fda.gov/App/Home.aspx">Public Access Link</a> to view or download the
correspondence.</p>
<p style="color:#777">Please do not reply to this message; this mailbox is not monitored.</p>
</body></html>
"""
    top = [('From', 'Public Access Link <pal-notifications@foiaxpress-pal.net>'),
           ('To', 'records@healthdesk.example.org'),
           ('Subject', 'New Correspondence Available'),
           ('Date', 'Tue, 10 Nov 2026 06:14:27 -0500'),
           ('Message-ID', '<pal.9d2e7b1a04c3f6e8.20261110111427@foiaxpress-pal.net>'),
           ('Auto-Submitted', 'auto-generated')]
    write(fn, message(top, alt(text, html, '--=_PAL_c9f2a3b4d5e6')))


# ============================================================== 049 Utah final release top-posted above her earlier reply (REQ-010)
@reg
def m049():
    fn = '049-utah-licensing-final-toppost.eml'
    quoted = '\n'.join('> ' + l if l else '>' for l in UT_EXT_BODY.split('\n'))
    body = """Hi,

Following up on the message below - the records for 26-GR-0452 are ready,
a little ahead of schedule. You can download them here for the next 30
days:

https://utah.box.com/s/0452-licensing-youth-programs

That folder has 1,187 pages: inspection checklists, notices of violation,
and corrective action plans for all 97 programs, January 2025 through
September 2026. We redacted the names, dates of birth and other
identifying details of youth in care, and the names of staff who reported
incidents, as private or controlled records under Utah Code 63G-2-302 and
63G-2-304. Nothing else was withheld and there is no fee.

This completes your request. If you disagree with the redactions, you may
appeal to the department's executive director within 30 days under Utah
Code 63G-2-401.

Best,
Brynn

On Wed, Sep 30, 2026 at 4:50 PM Brynn Sorensen <bsorensen@utah.gov> wrote:
""" + quoted + "\n"
    top = [('From', 'Brynn Sorensen <bsorensen@utah.gov>'),
           ('To', 'records@healthdesk.example.org'),
           ('Subject', 'Re: GRAMA 26-GR-0452 - Office of Licensing inspection reports'),
           ('Date', 'Thu, 12 Nov 2026 09:37:58 -0700'),
           ('Message-ID', '<CAF2xT9n7Rz3Kp0Ye5W1bV8cQ_f4Mu2Ls6Hd0j9A@mail.gmail.com>'),
           ('In-Reply-To', UT_EXT_ID),
           ('References', '<CAF2xT9kQ0mJ3v8Lr6PZb7w1aC-Yd5Nq2eT0u8sH@mail.gmail.com> ' + UT_EXT_ID)]
    write(fn, message(top, text_part(body)))


# ============================================================== 050 CDC first interim release (REQ-001)
@reg
def m050():
    fn = '050-cdc-interim-release-1.eml'
    letter = make_pdf([
        'DEPARTMENT OF HEALTH & HUMAN SERVICES          Public Health Service',
        '                                               Centers for Disease Control and Prevention (CDC)',
        '',
        'November 17, 2026',
        '',
        'Records Desk',
        'records@healthdesk.example.org',
        '',
        '##Re: 26-01873-FOIA - Interim Response #1',
        '',
        'Dear Requester:',
        '',
        'This is an interim response to your Freedom of Information Act request for Epi-Aid records',
        'concerning Legionnaires\' disease clusters in long-term care facilities, 2024 to the present.',
        '',
        'We have completed review of the first 312 pages, consisting of Epi-Aid requests, trip reports',
        'and final reports for investigations conducted in 2024. We are releasing 286 pages in full and',
        '26 pages in part. Information withheld from the 26 pages consists of the names, dates of birth,',
        'room numbers and clinical details of residents and the names of facility staff interviewed,',
        'which are exempt under 5 U.S.C. 552(b)(6) because their release would constitute a clearly',
        'unwarranted invasion of personal privacy.',
        '',
        'Approximately 900 additional pages remain to be processed, including records that require',
        'consultation with the state health departments that invited CDC\'s assistance. We will continue',
        'to release records on a rolling basis as review is completed. Your appeal rights will be',
        'described in our final response.',
        '',
        'The released records are available for download in the FOIA Public Access Link (PAL).',
        '',
        'Sincerely,',
        '',
        'CDC/ATSDR FOIA Office',
    ], title='26-01873-FOIA Interim Response 1')
    body = """Please see the attached interim response letter. The responsive records
have been posted to your PAL account.

CDC/ATSDR FOIA Office
"""
    top = [('From', '"FOIA Requests (CDC)" <FOIARequests@cdc.gov>'),
           ('To', 'records@healthdesk.example.org'),
           ('Subject', 'Interim Response - 26-01873-FOIA'),
           ('Date', 'Tue, 17 Nov 2026 15:02:33 -0500'),
           ('Message-ID', '<20261117200233.FX.26-01873@foiaxpress.cdc.gov>'),
           ('X-Mailer', 'FOIAXpress Correspondence')]
    part = multipart('mixed', [text_part(body), attachment(letter, 'application/pdf', '26-01873-FOIA_Interim_1.pdf')],
                     '----=_NextPart_000_1A7C_01DD5A11.4E2B9C70')
    write(fn, message(top, part))


# ============================================================== 051 FDA interim release with (b)(4) and (b)(6) (REQ-003)
@reg
def m051():
    fn = '051-fda-interim-partial-b4-b6.eml'
    letter = make_pdf([
        'DEPARTMENT OF HEALTH AND HUMAN SERVICES',
        'Food and Drug Administration',
        'Division of Freedom of Information, 5630 Fishers Lane, Room 1035, Rockville, MD 20857',
        '',
        'November 19, 2026',
        '',
        'Records Desk',
        'records@healthdesk.example.org',
        '',
        '##In Reply Refer To: FOIA Request 2026-6184 - First Interim Response',
        '',
        'Dear Requester:',
        '',
        'This is an interim response to your request for Form FDA 483s and Establishment Inspection',
        'Reports (EIRs) for compounding pharmacies and outsourcing facilities in Utah and Idaho, 2023 to',
        'the present. Thank you for agreeing on October 23, 2026 to pay fees of up to $530.00.',
        '',
        'Enclosed are 1,250 pages covering inspections of eleven firms. Of these, 1,104 pages are released',
        'in full and 146 pages are released in part. We have withheld:',
        '',
        ' - under 5 U.S.C. 552(b)(4), trade secrets and commercial or financial information obtained from',
        '   the inspected firms that is privileged or confidential, namely compounding formulations and',
        '   processes, component suppliers, batch sizes and production volumes, and customer pricing; and',
        ' - under 5 U.S.C. 552(b)(6), the names and other identifying information of patients appearing',
        '   on prescription records and of firm employees who are not owners or managers, the release of',
        '   which would constitute a clearly unwarranted invasion of personal privacy.',
        '',
        'The inspected firms were notified under 21 CFR 20.61(e) and given an opportunity to object;',
        'their objections were considered in making these determinations.',
        '',
        'We continue to process the remaining records and will provide further releases as they are',
        'completed. Your appeal rights will be set out in our final response. Fees for this installment',
        'will be included in a single bill at the end of processing.',
        '',
        'Sincerely,',
        '',
        'Marcus Chen',
        'Government Information Specialist',
        'Division of Freedom of Information',
    ], title='2026-6184 Interim Response 1')
    body = """Dear Requester,

Please find attached our first interim response to FOIA request
2026-6184. The enclosed records (1,250 pages) have been uploaded to the
FDA secure file transfer site; you will receive a separate download link.

Marcus Chen
Government Information Specialist
Division of Freedom of Information, FDA
"""
    top = outlook('"Chen, Marcus" <Marcus.Chen@fda.hhs.gov>', plus('REQ-003'),
                  'FDA FOIA 2026-6184 - Interim Response #1', 'Thu, 19 Nov 2026 13:48:12 -0500',
                  '<BL0PR09MB43216B5A4F3E2D1C0B9A8F7E6D5CC@BL0PR09MB4321.namprd09.prod.outlook.com>',
                  tindex='AQHdVn3e7k9b1Q2w0Rz4Tx6Yc8Ua1g==', has_attach=True)
    part = multipart('mixed', [text_part(body), attachment(letter, 'application/pdf', '2026-6184_Interim_Response_1.pdf')],
                     '_004_BL0PR09MB43216B5A4F3E2D1C0B9A8F7E6D5CCBL0PR09MB4321namp_')
    write(fn, message(top, part))


# ============================================================== 052 CMS fee estimate in a plain-text table (REQ-006)
@reg
def m052():
    fn = '052-cms-fee-estimate-table.eml'
    body = """Dear Requester:

Re: CMS FOIA control number 092120267348

Thank you for your October 5, 2026 reply clarifying that you seek the full
EMTALA complaint investigation files (complaint intake, surveyor worksheets
and correspondence) for twelve named Idaho hospitals, for complaints
received by the State Survey Agency from January 1, 2023 to the present.

Your request letter did not describe a specific publication or outlet for
these records, so for this request you have been placed in the "all other
requesters" fee category, which receives two hours of search time and 100
pages of duplication without charge. If you believe you qualify as a
representative of the news media, please send us information supporting
that status.

Estimated fees:

   Activity                    Estimate       Rate         Amount
   --------------------------  -------------  -----------  ---------
   Search (professional)       18 hours       $48.00/hr      $864.00
     less 2 free hours         -2 hours       $48.00/hr      -$96.00
   Duplication (scan paper)    2,300 pages    $0.10/page     $230.00
     less 100 free pages       -100 pages     $0.10/page     -$10.00
   --------------------------  -------------  -----------  ---------
   TOTAL ESTIMATE                                            $988.00

Because the estimate exceeds $250.00, advance payment will be required
before we continue processing. Please notify us in writing within 20
working days whether you agree to pay the estimated fees, wish to narrow
your request, or wish to contest the fee category. Your request is on hold
until we hear from you; if we do not receive a response, we will close
your request.

Sincerely,

Ramon Estrada
Government Information Specialist
CMS FOIA Office, OSORA
"""
    top = outlook('"Estrada, Ramon (CMS/OSORA)" <Ramon.Estrada@cms.hhs.gov>', 'records@healthdesk.example.org',
                  'RE: 092120267348 - clarification of scope', 'Mon, 23 Nov 2026 10:09:40 -0500',
                  '<SA1PR09MB8127E5F4A3B2C1D0E9F8A7B6C5D99@SA1PR09MB8127.namprd09.prod.outlook.com>',
                  irt='<CAB7q0Xk2mJ6-emtala.clarify@mail.gmail.com>',
                  refs='<SA1PR09MB8127A7C6B5D4E3F2A1B0C9D8E7F66@SA1PR09MB8127.namprd09.prod.outlook.com> <CAB7q0Xk2mJ6-emtala.clarify@mail.gmail.com>',
                  tindex='AQHdMgB7nQ2o4w9fT1uE0r6Yb8x3kgAKq7Wb')
    write(fn, message(top, text_part(body)))


# ============================================================== 053 Hawaii DOH final release with redactions, new subject, no thread (REQ-014)
@reg
def m053():
    fn = '053-hidoh-final-upcountry-water.eml'
    body = """Aloha,

Thank you for your prepayment of $70.00, received November 17, 2026.

Attached is the index of records the Safe Drinking Water Branch is
disclosing on the Upcountry Maui water systems: the compliance and special
sampling results for January 2025 through October 2026, and 86 complaint
intake forms with related e-mails. As stated in our Notice to Requester,
the names, home addresses, telephone numbers and e-mail addresses of
individual complainants have been redacted under HRS 92F-13(1). The
records themselves are being sent through the State's secure file transfer
service in a separate e-mail.

The actual fees came to $130.00 after the $60.00 public interest waiver.
With your prepayment applied, the balance due is $60.00; an invoice is
attached.

If you disagree with the redactions, you may ask the Office of Information
Practices to review them within one year of this letter (HAR 2-73-12).

Mahalo,

Wendell Kanoho
Safe Drinking Water Branch
Hawaii State Department of Health
(808) 586-4258
"""
    idx = make_pdf([
        '##Safe Drinking Water Branch - Records Disclosed',
        'Upcountry Maui public water systems, January 2025 - October 2026',
        '',
        '1. Compliance sampling laboratory reports (bacteriological, disinfection byproducts, nitrate)',
        '2. Special sampling results (post-event sampling, 2025)',
        '3. Complaint intake forms and related e-mails (86 complaints; complainant contact details redacted)',
        '',
        'INVOICE: search 7.5 hrs ($75.00) + review/segregation 5.75 hrs ($115.00) = $190.00',
        '         less public interest waiver ($60.00) = $130.00; less prepayment ($70.00) = $60.00 due',
    ], title='SDWB records index and invoice')
    top = outlook('"Kanoho, Wendell" <wendell.kanoho@doh.hawaii.gov>', 'records@healthdesk.example.org',
                  'Upcountry Maui water complaint records', 'Tue, 24 Nov 2026 10:40:19 -1000',
                  '<BYAPR09MB3990E0F9A8B7C6D5E4F3A2B1C0D44@BYAPR09MB3990.namprd09.prod.outlook.com>',
                  tindex='AQHdXa1b2c3d4e5f6a7b8c9d0e1f2a3b', has_attach=True)
    part = multipart('mixed', [text_part(body), attachment(idx, 'application/pdf', 'SDWB_Index_and_Invoice.pdf')],
                     '_004_BYAPR09MB3990E0F9A8B7C6D5E4F3A2B1C0D44BYAPR09MB3990namp_')
    write(fn, message(top, part))


# ============================================================== 054 FDA final release in full for its portion (REQ-004)
@reg
def m054():
    fn = '054-fda-final-release-listeria.eml'
    text = """Dear Requester:

This is the final response from the Food and Drug Administration to your
Freedom of Information Act request 2026-6630 for records about the 2026
Listeria monocytogenes outbreak linked to ready-to-eat deli salads.

We are releasing 418 pages in full: the CORE outbreak response team's
traceback summaries, the establishment inspection reports for the salad
manufacturer's two FDA-registered facilities, recall correspondence and
the firm's recall strategy, and FDA press and stakeholder communications.
No information has been withheld. As we advised on October 15, 2026, the
records concerning meat and poultry products were referred to USDA's Food
Safety and Inspection Service, which will respond to you directly.

The fees for this request were less than the $25.00 minimum and have been
waived. This completes FDA's processing of your request.

Sincerely,

Thao Nguyen
Government Information Specialist
Division of Freedom of Information
U.S. Food and Drug Administration
"""
    html = '<html><body style="font-family:Calibri,sans-serif;font-size:11pt">' + ''.join(
        '<p>%s</p>\n' % p.replace('\n', ' ').replace('&', '&amp;') for p in text.strip().split('\n\n')) + '</body></html>\n'
    top = outlook('"Nguyen, Thao" <Thao.Nguyen@fda.hhs.gov>', plus('REQ-004'),
                  'FOIA 2026-6630 - Final Response', 'Thu, 03 Dec 2026 11:11:24 -0500',
                  '<BL0PR09MB43217C6B5A4F3E2D1C0B9A8F7E6DD@BL0PR09MB4321.namprd09.prod.outlook.com>',
                  tindex='AQHeYc8d2n4Q6w0Rz1Tx3Yc5Ua7Ib9g==')
    write(fn, message(top, alt(text, html, '_000_BL0PR09MB43217C6B5A4F3E2D1C0B9A8F7E6DDBL0PR09MB4321namp_')))


# ============================================================== 055 colleague forwards OHCA final response (REQ-007)
@reg
def m055():
    fn = '055-fwd-colleague-ohca-final.eml'
    body = """Forwarding for the log - OHCA sent the SoonerSelect records to me
directly after I called about the delay last week. Files are in the
shared drive under /OHCA/ORR 26-0143.

Marisol

---------- Forwarded message ---------
From: OHCA Open Records <openrecords@okhca.org>
Date: Tue, Dec 8, 2026 at 2:05 PM
Subject: ORR 26-0143 - Responsive Records
To: Marisol Vega <mvega@healthdesk.example.org>


Ms. Vega,

As discussed by phone, the Oklahoma Health Care Authority's response to
ORR 26-0143 is available through the secure file share link below for 14
days:

https://okhca.kiteworks.com/w/f-2b7e91c4

The folder contains the SoonerSelect contracted entity compliance
reports, notices of non-compliance, corrective action plans, and the
liquidated damages assessment letters issued January 2024 through October
2026 (612 pages). Member names, SoonerCare ID numbers and other protected
health information have been redacted under HIPAA (45 C.F.R. Part 164)
and the Medicaid safeguarding rules at 42 C.F.R. 431.300 et seq., and
certain proprietary rate information submitted by the contracted entities
has been redacted as confidential proprietary information.

There is no charge for this request. OHCA does not charge copying fees
when the total would be less than $10.00, and records provided
electronically are free. This completes ORR 26-0143.

Open Records
Legal Division
Oklahoma Health Care Authority

__________________________________________________________________
""" + OHCA_DISCLAIMER + "\n"
    top = [('From', 'Marisol Vega <mvega@healthdesk.example.org>'),
           ('To', 'records@healthdesk.example.org'),
           ('Subject', 'Fwd: ORR 26-0143 - Responsive Records'),
           ('Date', 'Tue, 08 Dec 2026 17:26:51 -0700'),
           ('Message-ID', '<CAK4pV9r0mYx7sT2-fwd.ohca.0143@mail.gmail.com>')]
    write(fn, message(top, text_part(body)))


# ============================================================== 056 credential phishing posing as a records portal (null)
@reg
def m056():
    fn = '056-phish-records-portal-null.eml'
    html = """<html><body style="font-family:Segoe UI,Arial;font-size:10pt">
<div style="border:1px solid #ddd;padding:16px;max-width:520px">
<p style="font-size:14pt;color:#0b5394"><b>Public Records Release</b></p>
<p>A secure document has been shared with <b>records@healthdesk.example.org</b>:</p>
<p style="background:#f1f5fb;padding:8px">&#128196; <b>Final_Records_Release_Dec2026.pdf</b> (2 pages)</p>
<p>Your records request has been fulfilled. To view the released documents, verify your mailbox below.
Access expires in 24 hours.</p>
<p><a href="https://records-release-secure.example.com/verify?u=records%40healthdesk.example.org"
style="background:#0b5394;color:#fff;padding:8px 16px;text-decoration:none">REVIEW DOCUMENT</a></p>
<p style="font-size:8pt;color:#999">Secured by Microsoft 365 &middot; Do not share this link</p></div>
</body></html>
"""
    top = [('From', '"Public Records Portal" <no-reply@records-release-secure.example.com>'),
           ('To', 'records@healthdesk.example.org'),
           ('Subject', 'Records request fulfilled - secure document shared with you'),
           ('Date', 'Wed, 09 Dec 2026 03:44:10 +0000'),
           ('Message-ID', '<20261209034410.5f1c.secure@records-release-secure.example.com>')]
    write(fn, message(top, text_part(html, 'html')))


# ============================================================== 057 Parkland final release, staffing contracts (REQ-016)
@reg
def m057():
    fn = '057-parkland-final-staffing-contracts.eml'
    index = make_pdf([
        '##Parkland Health - Office of General Counsel',
        'Public Information Request OR-26-01077 - Records Produced',
        '',
        '1. Master services agreements and amendments, four supplemental staffing vendors (88 pages)',
        '2. Bill rate schedules, FY2025 and FY2026 (22 pages)',
        '3. Monthly invoice summaries, October 2024 - September 2026 (96 pages)',
        '',
        'Total: 206 pages. Charges paid: $162.00 (receipt no. 26-4418).',
    ], title='OR-26-01077 production index')
    body = """Dear Requester,

RE: Public Information Request OR-26-01077

Thank you for your payment of $162.00. Attached is an index of the records
responsive to your request: the master agreements and amendments with our
four supplemental staffing vendors, their bill rate schedules for fiscal
years 2025 and 2026, and monthly invoice summaries. The records are being
delivered through our secure file transfer system in a separate message.

The vendors were notified under Section 552.305 of the Government Code and
none submitted arguments to the Attorney General, so the information is
released in full. This concludes our response to OR-26-01077.

Sincerely,

Denise Okoro
Open Records Specialist
Office of General Counsel | Parkland Health

""" + PARKLAND_HIPAA + "\n"
    top = outlook('"Okoro, Denise" <Denise.Okoro@parklandhealth.org>', plus('REQ-016'),
                  'RE: Public Information Request OR-26-01077', 'Wed, 16 Dec 2026 14:30:55 -0600',
                  '<DM6PR02MB5584B7C6D5E4F3A2B1C0D9E8F7A88@DM6PR02MB5584.namprd02.prod.outlook.com>',
                  irt='<CAB7q0Xs5pL9-or1077.payment@mail.gmail.com>',
                  refs=PK_ACK2_ID + ' <DM6PR02MB5584E4D3C2B1A0F9E8D7C6B5A4F55@DM6PR02MB5584.namprd02.prod.outlook.com> <CAB7q0Xs5pL9-or1077.payment@mail.gmail.com>',
                  tindex='AQHdPB0c4r2t6e9K1Y8m3Wq7z5N0xgAB4sKpAFz1', has_attach=True)
    part = multipart('mixed', [text_part(body), attachment(index, 'application/pdf', 'OR-26-01077_Index.pdf')],
                     '_004_DM6PR02MB5584B7C6D5E4F3A2B1C0D9E8F7A88DM6PR02MB5584namp_')
    write(fn, message(top, part))


# ============================================================== 058 FDA final response, partial, with appeal rights (REQ-003)
@reg
def m058():
    fn = '058-fda-final-partial-appeal-rights.eml'
    letter = make_pdf([
        'DEPARTMENT OF HEALTH AND HUMAN SERVICES',
        'Food and Drug Administration',
        'Division of Freedom of Information, 5630 Fishers Lane, Room 1035, Rockville, MD 20857',
        '',
        'January 7, 2027',
        '',
        'Records Desk',
        'records@healthdesk.example.org',
        '',
        '##In Reply Refer To: FOIA Request 2026-6184 - Final Response',
        '',
        'Dear Requester:',
        '',
        'This is the final response to your request for Form FDA 483s and Establishment Inspection',
        'Reports for compounding pharmacies and outsourcing facilities in Utah and Idaho, 2023 to the',
        'present. With our interim response of November 19, 2026, we released 1,250 pages.',
        '',
        'Enclosed are the remaining 4,061 pages. Of these, 3,702 pages are released in full and 359 pages',
        'are released in part, with information withheld under 5 U.S.C. 552(b)(4) (trade secrets and',
        'confidential commercial information of the inspected firms) and 5 U.S.C. 552(b)(6) (personal',
        'privacy of patients and non-managerial employees), as described in our interim response. In',
        'total, 5,311 pages have been processed and released in full or in part; no pages were withheld',
        'in their entirety.',
        '',
        'Fees: duplication of 5,211 billable pages at $0.10 per page = $521.10. An invoice is enclosed.',
        '',
        'You may contact our FOIA Public Liaison at 301-796-3900 for any further assistance and to discuss',
        'any aspect of your request. You may also contact the Office of Government Information Services',
        '(OGIS) at the National Archives and Records Administration to inquire about the FOIA mediation',
        'services they offer: 8601 Adelphi Road-OGIS, College Park, Maryland 20740-6001; ogis@nara.gov;',
        '202-741-5770; toll free 1-877-684-6448.',
        '',
        'If you are not satisfied with this response, you may administratively appeal by writing to the',
        'Deputy Agency Chief FOIA Officer, U.S. Department of Health and Human Services, Office of the',
        'Assistant Secretary for Public Affairs, 200 Independence Avenue SW, Washington, DC 20201. Your',
        'appeal must be postmarked or electronically transmitted within 90 days of the date of this',
        'response. Please mark your appeal "Freedom of Information Act Appeal" and cite request 2026-6184.',
        '',
        'Sincerely,',
        '',
        'Sarah B. Whitlock',
        'Director, Division of Freedom of Information',
        'Office of the Executive Secretariat',
    ], title='2026-6184 Final Response')
    body = """Dear Requester,

Attached is the final response letter for FOIA request 2026-6184. The
remaining records will be delivered through the FDA secure file transfer
site; please watch for a separate notification.

Marcus Chen
Government Information Specialist
Division of Freedom of Information, FDA
"""
    top = outlook('"Chen, Marcus" <Marcus.Chen@fda.hhs.gov>', plus('REQ-003'),
                  'FDA FOIA 2026-6184 - Final Response', 'Thu, 07 Jan 2027 15:20:02 -0500',
                  '<BL0PR09MB43218D7C6B5A4F3E2D1C0B9A8F7EE@BL0PR09MB4321.namprd09.prod.outlook.com>',
                  tindex='AQHfAa9c3e5Q7w1Rz2Tx4Yc6Ua8Ib0g==', has_attach=True)
    part = multipart('mixed', [text_part(body), attachment(letter, 'application/pdf', '2026-6184_Final_Response.pdf')],
                     '_004_BL0PR09MB43218D7C6B5A4F3E2D1C0B9A8F7EEBL0PR09MB4321namp_')
    write(fn, message(top, part))


# ============================================================== 059 CDC final response, fee under threshold waived, appeal rights (REQ-001)
@reg
def m059():
    fn = '059-cdc-final-fees-waived-appeal.eml'
    letter = make_pdf([
        'DEPARTMENT OF HEALTH & HUMAN SERVICES          Public Health Service',
        '                                               Centers for Disease Control and Prevention (CDC)',
        '',
        'January 12, 2027',
        '',
        'Records Desk',
        'records@healthdesk.example.org',
        '',
        '##Re: 26-01873-FOIA - Final Response',
        '',
        'Dear Requester:',
        '',
        'This is the final response to your Freedom of Information Act request for Epi-Aid records',
        'concerning clusters of Legionnaires\' disease in long-term care facilities, January 1, 2024 to the',
        'date of search. Our interim response of November 17, 2026 released 312 pages.',
        '',
        'We have now completed review of the remaining 874 pages, including consultation with the state',
        'and local health departments that invited CDC\'s assistance. We are releasing 781 pages in full and',
        '93 pages in part. Withheld information consists of:',
        ' - names, dates of birth, room numbers and clinical details of residents and names of facility',
        '   staff interviewed, under 5 U.S.C. 552(b)(6); and',
        ' - draft recommendations and internal deliberations in pre-decisional drafts of two Epi-Aid',
        '   reports, under 5 U.S.C. 552(b)(5) (deliberative process privilege).',
        '',
        'Fees: The duplication charges for this request total $17.40. Because this is below the',
        '$25.00 threshold under which HHS does not bill requesters, the fee has been waived and no',
        'payment is due.',
        '',
        'You may contact the CDC/ATSDR FOIA Public Liaison at 770-488-6246 for further assistance. You may',
        'also contact the Office of Government Information Services (OGIS), 8601 Adelphi Road-OGIS, College',
        'Park, Maryland 20740-6001; ogis@nara.gov; 202-741-5770.',
        '',
        'If you are not satisfied with this response, you may administratively appeal to the Deputy Agency',
        'Chief FOIA Officer, U.S. Department of Health and Human Services, Hubert H. Humphrey Building,',
        '200 Independence Avenue SW, Washington, DC 20201. Your appeal must be postmarked or electronically',
        'transmitted within 90 days of the date of this response and should be marked "Freedom of',
        'Information Act Appeal."',
        '',
        'Sincerely,',
        '',
        'Gwendolyn Tate',
        'Acting FOIA Officer',
        'Centers for Disease Control and Prevention',
    ], title='26-01873-FOIA Final Response')
    body = """Please see the attached final response letter. The released records have
been posted to your PAL account.

CDC/ATSDR FOIA Office
FOIARequests@cdc.gov
"""
    top = [('From', '"FOIA Requests (CDC)" <FOIARequests@cdc.gov>'),
           ('To', 'records@healthdesk.example.org'),
           ('Subject', 'Final Response - 26-01873-FOIA'),
           ('Date', 'Tue, 12 Jan 2027 10:05:48 -0500'),
           ('Message-ID', '<20270112150548.FX.26-01873@foiaxpress.cdc.gov>'),
           ('X-Mailer', 'FOIAXpress Correspondence')]
    part = multipart('mixed', [text_part(body), attachment(letter, 'application/pdf', '26-01873-FOIA_Final_Response.pdf')],
                     '----=_NextPart_000_2B4D_01DD83C2.7A1E5F90')
    write(fn, message(top, part))


def main():
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob('*.eml'):
        old.unlink()
    for fn in MSGS:
        fn()
    print('wrote %d messages' % len(list(OUT.glob('*.eml'))))


if __name__ == '__main__':
    main()
