#!/usr/bin/env python3
"""Messages 011-020 (September 17-29, 2026)."""
from common import *

F = []

# 011 Travis criminal records: two cause numbers not found -------------------------------
write('011-travis-causes-not-found.eml', [
    ('From', 'DC Criminal Records <dc.criminalrecords@traviscountytx.gov>'), ('To', plus('REQ-005')),
    ('Subject', 'cause numbers not found'), ('Date', when('2026-09-17 15:10', 'CT')),
    ('Message-ID', mid('011', 'traviscountytx.gov'))],
    text('''Lorena passed along your certified copy request.

We searched our case management system for these two and got no results:

  D-1-DC-22-906630
  D-1-DC-23-302216

No felony case under either number. Please double-check them. If they are
misdemeanors they would be County Court at Law cases, and those records are
with the Travis County Clerk, not this office.

The other 10 are with Lorena for copies.

R. Medina
Criminal Records, Travis County District Clerk
'''))
F.append(dict(file='011-travis-causes-not-found.eml', request='REQ-005', kind='no_records', tracking_number=None,
              adverse=True, appeal_window=False, signals=['plus', 'subject'],
              why='district clerk: no record of two of the twelve cause numbers; points to the County Clerk for misdemeanors; TX has no appeal days',
              test='terse no_records for part of a request, new sender on the same domain, unrelated subject, no thread headers',
              model='Texas district clerk record-search replies (case not found / check County Clerk)'))

# 012 NY Commission on Judicial Conduct acknowledgment ------------------------------------
write('012-nycjc-ack.eml', [
    ('From', 'NYS Commission on Judicial Conduct <foil@cjc.ny.gov>'), ('To', plus('REQ-007')),
    ('Subject', 'Your FOIL request - No. 26/041'), ('Date', when('2026-09-18 10:44')),
    ('Message-ID', mid('012', 'cjc.ny.gov'))],
    text(wrap_para('''
Dear Records Desk:

The Commission received your Freedom of Information Law request on September 17, 2026. Your email was sent after the close of business on September 16 and was logged the next business day. It has been assigned FOIL No. 26/041.

You asked for records of complaints received about town and village justices from 2020 through 2025, the court involved, and the disposition of each complaint.

We expect to respond to your request on or about October 16, 2026. Please refer to the FOIL number above in any correspondence.
''') + '''

Marian Ellery
Records Access Officer
State of New York Commission on Judicial Conduct
Corning Tower, Suite 2301, Empire State Plaza, Albany, NY 12223
'''))
F.append(dict(file='012-nycjc-ack.eml', request='REQ-007', kind='acknowledgment', tracking_number='26/041',
              clock='received:2026-09-17', estimated='2026-10-16', signals=['plus', 'tracking-new'],
              why='CJC acknowledges; request sent after hours Sept 16 and logged as received Sept 17; number 26/041; response about Oct 16',
              test='received date differs from sent date (after-hours rule); tracking number with a slash',
              model='NY FOIL acknowledgment letters (Public Officers Law 89(3)(a): acknowledge within five business days with approximate date)'))

# 013 Texas OCA: Rule 12, clarification --------------------------------------------------
resend = '<req-004.20260914.2@records.example.org>'
h = '''<html><body style="font-family:Segoe UI,Arial;font-size:10.5pt">
<p>Good morning,</p>
<p>The Office of Court Administration received your request on <b>September 14, 2026</b>, when you re-sent it to this
address. It has been assigned <b>Rule 12 request R12-2026-117</b>.</p>
<p>Please note that OCA is a judicial branch agency. Under Tex. Gov&#39;t Code &sect; 552.003(1)(B) the judiciary is not
subject to the Public Information Act, so your request will be handled under Rule 12 of the Texas Rules of Judicial
Administration, which governs access to judicial records.</p>
<p>Before we can go further we need you to clarify two points:</p>
<ol>
<li>Are you asking for the individual court security incident report forms, or for the statewide summary data OCA
compiles from them (counts by county, month and type of incident)? The individual forms describe security
arrangements at specific courthouses and much of their content is likely excepted from disclosure under Rule 12.5.</li>
<li>By &ldquo;reports submitted by local administrative judges&rdquo; do you mean the incident reports only, or also the
court security committee materials some counties send us?</li>
</ol>
<p>Your request is on hold until we hear from you. If we receive no response within 30 days we will consider the
request withdrawn.</p>
<p>Regards,<br>Celia Montemayor<br>Assistant General Counsel, Legal Division<br>Texas Office of Court Administration<br>
PO Box 12066, Austin, TX 78711-2066</p>
</body></html>
'''
write('013-txoca-rule12-clarification.eml', [
    ('From', 'Celia Montemayor <celia.montemayor@txcourts.gov>'), ('To', plus('REQ-004')),
    ('Cc', 'Rule 12 Requests <rule12requests@txcourts.gov>'),
    ('Subject', 'Rule 12 request R12-2026-117 - clarification needed'), ('Date', when('2026-09-21 09:26', 'CT')),
    ('Message-ID', mid('013', 'txcourts.gov')), ('In-Reply-To', resend),
    ('References', '%s %s' % (req_mid('REQ-004'), resend))] + m365('013', 'Rule 12 request R12-2026-117'),
    text(h, 'html', cte='quoted-printable'))
F.append(dict(file='013-txoca-rule12-clarification.eml', request='REQ-004', kind='clarification',
              tracking_number='R12-2026-117', signals=['thread', 'plus', 'tracking-new'],
              why='OCA: PIA does not apply to the judiciary, request handled under Rule 12; asks which records are wanted; on hold',
              test='clarification from a court body outside the records law; In-Reply-To is our unregistered re-send, References holds the register id; HTML only',
              model='txcourts.gov Open Records Policy (courts and judicial agencies not subject to PIA; Rule 12 governs)'))

# 014 Massachusetts Governor's office acknowledgment (Lambert) -----------------------------
b = wrap_para('''
Dear Records Desk,

The Office of the Governor received your request on September 17, 2026 and has given it reference number G-26-0388.

Please note that the Office of the Governor is not one of the entities enumerated in G.L. c. 4, s. 7, cl. 26, and its records are therefore not subject to disclosure under the Public Records Law. See Lambert v. Executive Director of the Judicial Nominating Council, 425 Mass. 406, 409 (1997). Notwithstanding Lambert, it is the voluntary practice of this Office to consider and respond to requests on a case-by-case basis.

We will review your request and contact you.
''') + '''

Records Access Officer
Office of the Governor
Massachusetts State House, Room 271
Boston, MA 02133

''' + quote_outlook('REQ-008', 'GovOffice.RAO@mass.gov; govlegal@state.ma.us')
write('014-magov-ack-lambert.eml', [
    ('From', 'GovOffice RAO (GOV) <GovOffice.RAO@mass.gov>'), ('To', 'Records Desk <%s>' % plus('REQ-008')),
    ('Subject', 'RE: ' + subject('REQ-008')), ('Date', when('2026-09-22 15:02')),
    ('Message-ID', mid('014', 'mass.gov')), ('In-Reply-To', req_mid('REQ-008')), ('References', req_mid('REQ-008'))]
    + m365('014', subject('REQ-008')), text(b))
F.append(dict(file='014-magov-ack-lambert.eml', request='REQ-008', kind='acknowledgment', tracking_number='G-26-0388',
              signals=['thread', 'plus', 'tracking-new'],
              why="Governor's office confirms receipt (G-26-0388) but says the Public Records Law does not reach it (Lambert): no statutory due",
              test='acknowledgment that sets no clock because the law does not apply, in a state whose table has a 10-business-day clock',
              model="mass.gov Governor's Office public records page and Lambert boiler-plate reported by CommonWealth Magazine / Boston Globe"))

# 015 WA AOC ack for the LFO data request ------------------------------------------------
write('015-waaoc-ack-lfo.eml', [
    ('From', 'AOC Public Records <publicrecords@courts.wa.gov>'), ('To', plus('REQ-009')),
    ('Subject', 'Records Request AOC-26-0447 - Received'), ('Date', when('2026-09-24 08:51', 'PT')),
    ('Message-ID', mid('015', 'courts.wa.gov'))],
    text(wrap_para('''
Records request AOC-26-0447
Received: 09/21/2026
Subject: statewide data on legal financial obligation waivers and remissions, 2020 to present

The Administrative Office of the Courts has received the request described above. Requests for AOC administrative records are processed under GR 31.1. Requests for compiled data from the Judicial Information System (JIS) are also subject to JISCR 15 and the JIS Data Dissemination Policy.

A fee may apply if the data has to be compiled by programming staff; if so you will receive a cost estimate before any work is done. We expect to respond by October 9, 2026.

AOC Public Records | publicrecords@courts.wa.gov
''')))
F.append(dict(file='015-waaoc-ack-lfo.eml', request='REQ-009', kind='acknowledgment', tracking_number='AOC-26-0447',
              clock='received_on_sent_date', estimated='2026-10-09', signals=['plus', 'tracking-new', 'subject'],
              why='second AOC request acknowledged (received 09/21 = sent), fee "may" apply, response expected Oct 9',
              test='second request to the same body; only plus-address/description separate it from REQ-003; hedged fee wording in an ack',
              model='GR 31.1 acknowledgments; JISCR 15 data dissemination practice'))

# 016 Palm Beach Clerk GovQA acknowledgment -----------------------------------------------
h = '''<html><body style="font-family:Arial;font-size:10pt;color:#222">
<table width="620" cellpadding="6" style="border:1px solid #bbb">
<tr><td style="background:#004b87;color:#fff"><b>Public Records Center &mdash; Clerk of the Circuit Court &amp; Comptroller, Palm Beach County</b></td></tr>
<tr><td>
<p>Dear Records Desk,</p>
<p>Thank you for your public records request. It was received on 9/24/2026 and assigned reference number
<b>W004519-092426</b>.</p>
<p><b>Request:</b> monthly or annual reports showing the number of civil indigency applications received and approved,
and reports of court costs and fines assessed and collected, 2023 to the present.</p>
<p>The Clerk keeps records in two roles. Records of the Clerk as Clerk of the Circuit Court are judicial branch records,
and access to them is governed by Florida Rule of General Practice and Judicial Administration 2.420. Records of the
Clerk as County Comptroller are subject to Chapter 119, Florida Statutes.</p>
<p>Requests that require extensive use of information technology resources or clerical assistance may be subject to a
special service charge under s. 119.07(4)(d), F.S. You will be notified of any charge before work begins.</p>
<p>You can check the status of this request at any time in the Public Records Center.</p>
</td></tr>
<tr><td style="font-size:8pt;color:#777">This message was sent from an unmonitored address. Please do not reply.
Powered by GovQA.</td></tr></table></body></html>
'''
write('016-pbc-govqa-ack.eml', [
    ('From', 'Public Records Center <no-reply@mycusthelp.net>'), ('To', plus('REQ-012')),
    ('Subject', 'Public Records Request :: W004519-092426'), ('Date', when('2026-09-24 13:07')),
    ('Message-ID', mid('016', 'mycusthelp.net'))], text(h, 'html', cte='quoted-printable'))
F.append(dict(file='016-pbc-govqa-ack.eml', request='REQ-012', kind='acknowledgment', tracking_number='W004519-092426',
              signals=['plus', 'tracking-new'],
              why='GovQA receipt for the Clerk request; Florida has no statutory response days, so no due',
              test='portal ack from a shared GovQA address not listed for any agency; agency named only in the HTML banner; state with no clock',
              model='GovQA Public Records Center receipts; Fla. R. Gen. Prac. & Jud. Admin. 2.420 and s. 119.07(4)(d)'))

# 017 Judicial Council of California ack (JustFOIA) ---------------------------------------
h = '''<html><body style="font-family:Helvetica,Arial;font-size:10pt">
<div style="max-width:600px;border-top:4px solid #7a1f2b;padding:8px">
<p><b>Judicial Council of California &ndash; Public Access to Judicial Administrative Records</b></p>
<p>Your request <b>PAR-26-0314</b> has been received.</p>
<p>Received date: 09/23/2026<br>Submitted by: Records Desk</p>
<p>Requests submitted after 5:00 p.m. Pacific time are logged the next business day.</p>
<p>Under California Rules of Court, rule 10.500(e), the Judicial Council will determine within 10 calendar days whether
your request seeks disclosable judicial administrative records and will notify you of that determination. In unusual
circumstances an extension of up to 14 additional days may be needed; if so you will be notified in writing.</p>
<p><a href="https://jcc.justfoia.com/publicportal/home/track">View your request</a></p>
</div>
<p style="font-size:8pt;color:#888">Automated notification from JustFOIA on behalf of the Judicial Council of California.</p>
</body></html>
'''
write('017-cajc-justfoia-ack.eml', [
    ('From', 'JustFOIA Notifications <notifications@justfoia.com>'), ('To', plus('REQ-010')),
    ('Subject', 'Request PAR-26-0314 Received'), ('Date', when('2026-09-25 09:12', 'PT')),
    ('Message-ID', mid('017', 'justfoia.com'))], text(h, 'html'))
F.append(dict(file='017-cajc-justfoia-ack.eml', request='REQ-010', kind='acknowledgment', tracking_number='PAR-26-0314',
              clock='received:2026-09-23', signals=['plus', 'tracking-new'],
              why='rule 10.500 ack: received 09/23 (sent after hours Sept 22); 10 calendar days = Sat Oct 3, rolls to Mon Oct 5; extension only "may" be needed',
              test='received date after sent date; calendar deadline rolls over a weekend; hedged extension in an ack; shared JustFOIA sender',
              model='Cal. Rules of Court 10.500(e) (10 calendar days, up to 14 more in unusual circumstances); JustFOIA notices'))

# 018 Exim bounce of our follow-up Cc to a W.D. Wash. staffer -------------------------------
fu_mid = '<fu-002.20260925.1@records.example.org>'
fu = our_request_raw('REQ-002', to='Karen Ostrander <karen_ostrander@wawd.uscourts.gov>',
                     cc='jrosales@wawd.uscourts.gov', date=when('2026-09-25 14:02'), msgid=fu_mid,
                     subj='RE: ' + subject('REQ-002'), refs='%s %s' % (req_mid('REQ-002'), mid('002', 'wawd.uscourts.gov')),
                     text_body='Ms. Ostrander,\n\nThank you. Under the CJA payment policy, please send closed-case payment\n'
                               'totals per attorney for FY2024 through FY2026. Copying Mr. Rosales of the\nCJA unit as you '
                               'suggested.\n\nRecords Desk\n')
write('018-bounce-wawd-followup-cc.eml', [
    ('From', 'Mail Delivery System <Mailer-Daemon@mx2.uscourts.gov>'), ('To', INBOX),
    ('Subject', 'Mail delivery failed: returning message to sender'), ('Date', when('2026-09-25 14:03')),
    ('Message-ID', '<E1vRq2x-0004Kd-7N@mx2.uscourts.gov>'), ('Auto-Submitted', 'auto-replied'),
    ('X-Failed-Recipients', 'jrosales@wawd.uscourts.gov')],
    text('''This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  jrosales@wawd.uscourts.gov
    host wawd-mail.uscourts.gov [156.119.40.12]
    SMTP error from remote mail server after RCPT TO:<jrosales@wawd.uscourts.gov>:
    550 5.1.1 User unknown

------ This is a copy of the message, including all the headers. ------

''' + fu))
F.append(dict(file='018-bounce-wawd-followup-cc.eml', request='REQ-002', kind='bounce', tracking_number=None,
              signals=['thread-embedded'],
              why='Exim bounce of our REQ-002 follow-up Cc to a departed clerk staffer; Karen Ostrander still got it',
              test='non-multipart Exim bounce; the returned copy is our follow-up (not the register message) whose References carry the REQ-002 id and Reply-To the plus address',
              model='Exim "Mail delivery failed" format'))

# 019 Travis clerk out-of-office after our payment email --------------------------------
pay_mid = '<pay-005.20260928.1@records.example.org>'
write('019-travis-ooo.eml', [
    ('From', 'Lorena Pruitt <lorena.pruitt@traviscountytx.gov>'), ('To', 'Records Desk <%s>' % plus('REQ-005')),
    ('Subject', 'Automatic reply: RE: ' + subject('REQ-005')), ('Date', when('2026-09-28 08:40', 'CT')),
    ('Message-ID', mid('019', 'traviscountytx.gov')), ('In-Reply-To', pay_mid),
    ('References', '%s %s %s' % (req_mid('REQ-005'), mid('007', 'traviscountytx.gov'), pay_mid)),
    ('Auto-Submitted', 'auto-replied')],
    text('I am out of the office Monday 9/28 and will return Tuesday 9/29.\n'
         'For copy requests please call the District Clerk main line, (512) 854-9457.\n'))
F.append(dict(file='019-travis-ooo.eml', request='REQ-005', kind='auto_reply', tracking_number=None,
              signals=['thread', 'plus'],
              why='deputy clerk OOO answering our payment email; References lead back to REQ-005',
              test='auto_reply whose In-Reply-To is our unregistered payment email; only References hold the register id',
              model='Exchange automatic replies'))

# 020 Florida Bar staff out-of-office on the day the request arrives ------------------------
write('020-flbar-ooo.eml', [
    ('From', 'Gregory Lashley <glashley@floridabar.org>'), ('To', plus('REQ-013')),
    ('Subject', 'Out of Office: ' + subject('REQ-013')), ('Date', when('2026-09-28 10:24')),
    ('Message-ID', mid('020', 'floridabar.org')), ('In-Reply-To', req_mid('REQ-013')), ('References', req_mid('REQ-013')),
    ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')],
    text('Thank you for your email. I am attending the Board of Governors meeting and will\n'
         'return to the office on Thursday, October 1. Public records requests are also\n'
         'monitored by the Office of General Counsel at publicrecords@floridabar.org.\n\n'
         'Gregory Lashley\nPublic Records Coordinator, The Florida Bar\n651 East Jefferson Street, Tallahassee, FL 32399\n'))
F.append(dict(file='020-flbar-ooo.eml', request='REQ-013', kind='auto_reply', tracking_number=None,
              signals=['thread', 'plus'], why='Florida Bar coordinator out-of-office answering REQ-013',
              test='OOO that names the records mailbox (looks like guidance, is still an auto_reply)',
              model='Outlook out-of-office replies'))

# 021 California Assembly: LORA, not CPRA; clarification -------------------------------------
write('021-caasm-lora-clarification.eml', [
    ('From', 'Teresa Nakamura <teresa.nakamura@asm.ca.gov>'), ('To', INBOX),
    ('Subject', 'LORA request - Member travel claims'), ('Date', when('2026-09-29 16:15', 'PT')),
    ('Message-ID', mid('021', 'asm.ca.gov'))] + m365('021', 'LORA request - Member travel claims'),
    text(wrap_para('''
Hello,

I'm writing about your September 23 request for Assembly Members' travel and per diem claims.

One note first: the Legislature is not covered by the California Public Records Act. Requests for legislative records are handled under the Legislative Open Records Act (Gov. Code sections 9070-9080), and the Assembly Rules Committee responds for the Assembly.

Member per diem and travel totals are already published in the Assembly's semiannual expenditure reports on assembly.ca.gov. Before we pull individual claims, can you tell us:

1. Do you want claims for all 80 Members, or for particular Members?
2. Do you want the claim forms only, or the claim forms with receipts? With receipts, all Members over twenty months would run to several thousand pages.

Once I hear back I can give you a sense of timing.
''') + '''

Teresa Nakamura
Legislative Records, Assembly Rules Committee
1020 N Street, Sacramento, CA 95814
'''))
F.append(dict(file='021-caasm-lora-clarification.eml', request='REQ-011', kind='clarification', tracking_number=None,
              signals=['subject'],
              why='Assembly Rules: CPRA does not reach the Legislature, LORA applies; asks which Members and whether receipts are wanted',
              test='clarification with a changed subject, no thread headers, plain inbox, no tracking; only topic words link it',
              model='Legislative Open Records Act (Gov. Code 9070 ff.) and Assembly expenditure report practice'))

save_facts(2, F)
