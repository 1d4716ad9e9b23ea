#!/usr/bin/env python3
"""Messages 001-010 (September 8-17, 2026) plus agencies.yaml / requests.yaml."""
from common import *
from register import write_meta

write_meta()
F = []

# 001 AO mailbox auto-response -------------------------------------------------
write('001-ao-mailbox-autoreply.eml', [
    ('From', 'AO Records Requests <records_requests@ao.uscourts.gov>'), ('To', plus('REQ-001')),
    ('Subject', 'Automatic reply: ' + subject('REQ-001')), ('Date', when('2026-09-08 10:12')),
    ('Message-ID', mid('001', 'ao.uscourts.gov')), ('In-Reply-To', req_mid('REQ-001')),
    ('References', req_mid('REQ-001')), ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')],
    text(wrap_para('''
Thank you for writing to the records request mailbox of the Administrative Office of the United States Courts.

This automatic reply confirms only that your message reached the mailbox. It does not mean that a request has been opened or assigned, and it is not a response to your message.

Please be aware that the federal judiciary, including the Administrative Office, is not subject to the Freedom of Information Act. Requests for AO administrative records are reviewed under Judicial Conference policy. Court case files are kept by the clerk of the court where the case was filed and most are available through PACER (pacer.uscourts.gov).

Staff review this mailbox on business days. If a request is opened you will receive a letter with a reference number.
''')))
F.append(dict(file='001-ao-mailbox-autoreply.eml', request='REQ-001', kind='auto_reply', tracking_number=None,
              signals=['thread', 'plus'], why='AO mailbox auto-response threaded to REQ-001; says it opens nothing',
              test='auto_reply whose text mentions FOIA, PACER and a future letter; must not be read as an acknowledgment',
              model='federal mailbox auto-responses; uscourts.gov statement that FOIA does not cover the judiciary'))

# 002 W.D. Wash. clerk: FOIA does not apply ---------------------------------------------
b = wrap_para('''
Good afternoon,

Your request came to me from our records_requests mailbox. I should explain first that the Freedom of Information Act does not apply to the federal courts. FOIA covers executive branch agencies, and the definition of "agency" in 5 U.S.C. 551(1)(B) leaves out the courts of the United States. We therefore cannot process your email as a FOIA request, and this office has no FOIA appeal process.

That said, some of what you are after is available another way:

- Dockets and filed documents, including CJA appointment orders, can be viewed on PACER or at the public terminals in the Seattle and Tacoma clerk's offices.

- The Judicial Conference's policy on public access to CJA payment information (Guide to Judiciary Policy, Vol. 7A) lets the court release the amount paid to appointed counsel once a case has concluded. Payment information for open cases is not released.

- District-level CJA spending appears in the statistical tables the AO publishes each year.

If you want closed-case payment amounts under that policy, write back to this address with the fiscal years you need and whether you want totals per attorney or per case. The CJA unit compiles these by hand, so it will take a few weeks.
''') + '''

Karen Ostrander
Operations Manager | Clerk's Office
U.S. District Court, Western District of Washington
700 Stewart Street, Suite 2310, Seattle, WA 98101
(206) 370-8400

''' + quote_outlook('REQ-002')
write('002-wawd-clerk-foia-not-applicable.eml', [
    ('From', 'Karen Ostrander <karen_ostrander@wawd.uscourts.gov>'), ('To', 'Records Desk <%s>' % plus('REQ-002')),
    ('Subject', 'RE: ' + subject('REQ-002')), ('Date', when('2026-09-09 14:37', 'PT')),
    ('Message-ID', mid('002', 'wawd.uscourts.gov')), ('In-Reply-To', req_mid('REQ-002')),
    ('References', req_mid('REQ-002')), ('Content-Language', 'en-US')] + m365('002', subject('REQ-002')),
    text(b))
F.append(dict(file='002-wawd-clerk-foia-not-applicable.eml', request='REQ-002', kind='denial', tracking_number=None,
              adverse=True, appeal_window=False, signals=['thread', 'plus'],
              why='federal court clerk: FOIA does not apply (5 USC 551(1)(B)), request not processed; points to PACER and the CJA payment policy; no appeal exists',
              test='denial because the law does not reach the body; federal jurisdiction but no FOIA appeal, so appeal_due null; offer of what is shared anyway',
              model='federal district court clerk replies to FOIA requests; Guide to Judiciary Policy Vol. 7A CJA payment disclosure policy'))

# 003 our request to TX OCA bounced (old courts.state.tx.us address) ---------------------------
orig = our_request_raw('REQ-004')
human = '''This is the mail system at host mail.records.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<openrecords@courts.state.tx.us>: host mx.courts.state.tx.us[204.65.102.17]
    said: 550 5.1.1 <openrecords@courts.state.tx.us>: Recipient address
    rejected: User unknown in relay recipient table (in reply to RCPT TO
    command)
'''
write('003-bounce-txoca-old-address.eml', [
    ('From', 'Mail Delivery System <MAILER-DAEMON@mail.records.example.org>'), ('To', INBOX),
    ('Subject', 'Undelivered Mail Returned to Sender'), ('Date', when('2026-09-10 10:15')),
    ('Message-ID', '<20260910141502.7C31A40F2B@mail.records.example.org>'), ('Auto-Submitted', 'auto-replied')],
    dsn('7C31A40F2B.1789051502/mail.records.example.org', human, 'mail.records.example.org',
        'openrecords@courts.state.tx.us', '5.1.1',
        '550 5.1.1 <openrecords@courts.state.tx.us>: Recipient address rejected: User unknown in relay recipient table',
        orig, 'Thu, 10 Sep 2026 10:14:58 -0400', remote_mta='mx.courts.state.tx.us'))
F.append(dict(file='003-bounce-txoca-old-address.eml', request='REQ-004', kind='bounce', tracking_number=None,
              signals=['thread-embedded'], why='Postfix DSN: REQ-004 to the retired courts.state.tx.us address was rejected',
              test='bounce whose only link is the Message-ID / Reply-To inside text/rfc822-headers; sender is our own MTA',
              model='standard Postfix DSN (RFC 3464); Texas judiciary moved from courts.state.tx.us to txcourts.gov'))

# 004 AO acknowledgment letter, PDF only ---------------------------------------------
L = letter('''ADMINISTRATIVE OFFICE OF THE UNITED STATES COURTS
Office of the General Counsel
One Columbus Circle, N.E., Washington, DC 20544

September 10, 2026

Records Desk
records@records.example.org

Re: Request for AO records, reference AO-26-0193

Dear Requester:

This acknowledges your email dated September 8, 2026, which this office received on September 9, 2026. You asked for contracts, task orders and modifications for incident-response and remediation services related to the CM/ECF and PACER security incident, and for after-action or lessons-learned reports on that incident.

The Freedom of Information Act, 5 U.S.C. 552, applies to agencies of the executive branch. The Administrative Office, like the courts it serves, is part of the judicial branch and is not an "agency" under the Act. See 5 U.S.C. 551(1)(B). Your request will nevertheless be considered under the Judicial Conference policy on access to AO administrative records, which favors release of records that are not protected by law, privacy or security concerns.

Because your request concerns the security of the judiciary's information systems, some material may not be releasable. We will write to you again when our review is further along. There is no fixed statutory period for this review; we aim to respond as promptly as the volume of records allows.

Please use reference AO-26-0193 in any correspondence about this request.

Sincerely,

Office of the General Counsel
Administrative Office of the United States Courts''')
write('004-ao-ack-letter-pdf.eml', [
    ('From', 'AO Office of the General Counsel <records_requests@ao.uscourts.gov>'), ('To', INBOX),
    ('Subject', 'Your request for AO records'), ('Date', when('2026-09-10 11:20')),
    ('Message-ID', mid('004', 'ao.uscourts.gov'))],
    multi('mixed', [text('Please see the attached letter concerning your September 8 request.\n\n'
                         'Office of the General Counsel\nAdministrative Office of the U.S. Courts\n'),
                    attachment('Acknowledgment_Letter.pdf', pdf(L, 'Acknowledgment'))], '==ao_004_4c1f'))
F.append(dict(file='004-ao-ack-letter-pdf.eml', request='REQ-001', kind='acknowledgment', tracking_number='AO-26-0193',
              received_stated='2026-09-09', signals=['subject', 'tracking-new'],
              why='AO acknowledges (received Sept 9) and assigns AO-26-0193, but says FOIA does not apply: no statutory due is set',
              test='acknowledgment with no due: federal-looking agency that is outside FOIA; number and received date only in the PDF; generic subject, plain inbox, two AO requests eventually open',
              model='AO/Judicial Conference practice of answering FOIA requests under access policy (Am. First Legal v. Roberts, D.D.C. 2025, reporting)'))

# 005 WA AOC acknowledgment through our Google Group -----------------------------------
b = wrap_para('''
Hello,

The Administrative Office of the Courts received your records request on September 9, 2026, and has assigned it number AOC-26-0412.

Please note that the Public Records Act, chapter 42.56 RCW, does not apply to the judicial branch. The AOC responds to requests for its administrative records under General Rule 31.1, which sets out its own exemptions and procedures.

Interpreter payment records are kept by our Office of Court Innovation and the fiscal unit. I expect to send a first installment of the payment records on or about October 16, 2026. Complaint records will take longer to gather and review, and parts of them may be exempt under GR 31.1. I will update you if that estimate changes.
''') + '''

Dana Whitcomb
Public Records Officer
Administrative Office of the Courts
PO Box 41170 | Olympia, WA 98504-1170
dana.whitcomb@courts.wa.gov

''' + quote_outlook('REQ-003')
write('005-waaoc-ack-ggroup.eml', ggroup('Dana Whitcomb', 'dana.whitcomb@courts.wa.gov') + [
    ('To', plus('REQ-003')), ('Subject', 'RE: ' + subject('REQ-003')), ('Date', when('2026-09-10 14:05', 'PT')),
    ('Message-ID', mid('005', 'courts.wa.gov')), ('In-Reply-To', req_mid('REQ-003')),
    ('References', req_mid('REQ-003'))], text(b))
F.append(dict(file='005-waaoc-ack-ggroup.eml', request='REQ-003', kind='acknowledgment', tracking_number='AOC-26-0412',
              clock='received_on_sent_date', estimated='2026-10-16', signals=['thread', 'plus', 'tracking-new'],
              why='AOC acknowledges under GR 31.1 (PRA does not apply), received Sept 9, first installment est. Oct 16; GR 31.1 uses the same 5-working-day step as the table',
              test='Google Group rewrite: From is our own group address, real sender only in X-Original-Sender/Reply-To; ack plus estimate',
              model='GR 31.1 acknowledgment practice (courts.wa.gov and county GR 31.1 FAQs: confirm within five days with an estimate)'))

# 006 Texas judicial branch newsletter (not ours) ----------------------------------------
h = '''<html><body style="font-family:Georgia,serif;font-size:14px">
<table width="640" align="center" cellpadding="10"><tr><td style="background:#1d3557;color:#fff">
<b>TEXAS JUDICIAL BRANCH NEWS</b> &nbsp;|&nbsp; September 14, 2026</td></tr>
<tr><td>
<h3>Court security grants: applications open October 1</h3>
<p>The Office of Court Administration will accept applications from counties for the next round of court
security grants. Counties must be current on court security incident reporting to be eligible.</p>
<h3>Judicial Council meets September 25</h3>
<p>The Texas Judicial Council will consider recommendations on indigent defense data and remote proceedings.
Agenda and livestream link on txcourts.gov.</p>
<h3>New Rule 12 decisions posted</h3>
<p>The Special Committee of regional presiding judges has posted two decisions on access to judicial records.</p>
</td></tr>
<tr><td style="font-size:11px;color:#666">You are subscribed to Texas Judicial Branch News. 
<a href="https://public.govdelivery.com/accounts/TXOCA/subscriber/edit">Manage preferences</a> |
<a href="https://public.govdelivery.com/accounts/TXOCA/subscriber/one_click_unsubscribe">Unsubscribe</a><br>
Office of Court Administration, 205 W. 14th Street, Austin, TX 78701</td></tr></table></body></html>
'''
write('006-txcourts-newsletter.eml', [
    ('From', 'Texas Judicial Branch <txcourts@public.govdelivery.com>'), ('To', INBOX),
    ('Subject', 'Texas Judicial Branch News: court security grants, Judicial Council meeting'),
    ('Date', when('2026-09-14 09:00', 'CT')), ('Message-ID', mid('006', 'public.govdelivery.com')),
    ('List-Unsubscribe', '<https://public.govdelivery.com/accounts/TXOCA/subscriber/one_click_unsubscribe>'),
    ('Precedence', 'bulk')], text(h, 'html'))
F.append(dict(file='006-txcourts-newsletter.eml', request=None, kind='other', tracking_number=None, signals=['none'],
              why='OCA e-newsletter to a subscription; not about any request although it mentions court security incident reporting',
              test='request null: bulk newsletter from the same body as REQ-004 and on its topic; GovDelivery sender',
              model='GovDelivery agency newsletters (format only; content invented)'))

# 007 Travis County District Clerk: certified-copy fee letter -----------------------------
b = '''Good afternoon,

Judgments are court records, so the Public Information Act does not apply to
them, but we can fill this as a copy request.

I found 10 of the 12 cause numbers. Criminal Records is still checking the
other two and will write you separately.

Certified copies of the 10 judgments:
  41 pages x $1.00 ............ $41.00
  10 certifications x $5.00 ... $50.00
  Total ....................... $91.00

We need payment before the copies are made. You can pay by card at the
District Clerk's online payment page (reference your email date) or mail a
check payable to "Travis County District Clerk", PO Box 679003, Austin TX
78767. Copies go out by mail; we can email plain scans as a courtesy.

Lorena Pruitt
Deputy Clerk - Records & Copies
Travis County District Clerk's Office
(512) 854-9457

-----Original Message-----
From: Records Desk <%s>
Sent: Monday, September 14, 2026 9:15 AM
To: dc.copies@traviscountytx.gov
Subject: %s

%s''' % (plus('REQ-005'), subject('REQ-005'), body('REQ-005'))
write('007-travis-certified-copy-fee.eml', [
    ('From', 'Lorena Pruitt <lorena.pruitt@traviscountytx.gov>'), ('To', plus('REQ-005')),
    ('Subject', 'RE: ' + subject('REQ-005')), ('Date', when('2026-09-15 13:48', 'CT')),
    ('Message-ID', mid('007', 'traviscountytx.gov')), ('In-Reply-To', req_mid('REQ-005')),
    ('References', req_mid('REQ-005'))] + m365('007', subject('REQ-005')), text(b))
F.append(dict(file='007-travis-certified-copy-fee.eml', request='REQ-005', kind='fee_estimate', tracking_number=None,
              signals=['thread', 'plus'],
              why='district clerk: court records outside the PIA; certified copies $91.00 to be paid before copies are made',
              test='fee letter for certified copies with several dollar figures; no tracking number ever given',
              model='Texas district clerk copy-fee practice (Gov. Code 51.318 per-page and certificate fees; amounts illustrative)'))

# 008 NY OCA acknowledgment (Part 124) ----------------------------------------------------
t = wrap_para('''
Dear Records Desk:

This acknowledges receipt on September 15, 2026 of your request for contracts, amendments, purchase orders and paid invoices for video-conferencing and virtual court appearance platforms, January 2022 to the present. Your request has been assigned FOIL-2026-1182.

Although the courts are not an "agency" under the Freedom of Information Law (Public Officers Law 86(3)), the Office of Court Administration makes its administrative records available under Part 124 of the Rules of the Chief Administrator (22 NYCRR Part 124). We anticipate that a determination on your request will be made on or before October 21, 2026.

Records Access Officer
Office of Court Administration
25 Beaver Street, New York, NY 10004
''')
hh = '<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">' + ''.join(
    '<p>%s</p>' % p.replace('\n', ' ') for p in t.split('\n\n')) + '</div></body></html>'
write('008-nyoca-ack-part124.eml', [
    ('From', 'OCA Records Access Officer <foil@nycourts.gov>'), ('To', plus('REQ-006')),
    ('Subject', 'FOIL-2026-1182 Acknowledgment of Request'), ('Date', when('2026-09-16 11:32')),
    ('Message-ID', mid('008', 'nycourts.gov')), ('In-Reply-To', req_mid('REQ-006'))] + m365('008', 'FOIL-2026-1182'),
    multi('alternative', [text(t), text(hh, 'html', cte='quoted-printable')], '_000_NYOCA008_'))
F.append(dict(file='008-nyoca-ack-part124.eml', request='REQ-006', kind='acknowledgment', tracking_number='FOIL-2026-1182',
              clock='received_on_sent_date', estimated='2026-10-21', signals=['thread', 'plus', 'tracking-new'],
              why='OCA acknowledges under 22 NYCRR Part 124 (received Sept 15), determination expected by Oct 21; Part 124 mirrors FOIL 5 business days',
              test='court body outside FOIL but acting under a rule with the same clock; M365 multipart/alternative',
              model='22 NYCRR 124.6 (acknowledge within five business days with approximate date)'))

# 009 NY CJC out-of-office --------------------------------------------------------------
write('009-nycjc-ooo.eml', [
    ('From', 'Marian Ellery <mellery@cjc.ny.gov>'), ('To', plus('REQ-007')),
    ('Subject', 'Automatic reply: ' + subject('REQ-007')), ('Date', when('2026-09-17 07:02')),
    ('Message-ID', mid('009', 'cjc.ny.gov')), ('In-Reply-To', req_mid('REQ-007')), ('References', req_mid('REQ-007')),
    ('Auto-Submitted', 'auto-replied'), ('X-MS-Exchange-Inbox-Rules-Loop', 'mellery@cjc.ny.gov')],
    text('I am out of the office through Friday, September 18, with limited access to email.\n\n'
         'FOIL requests sent to foil@cjc.ny.gov are logged while I am away and will be\n'
         'acknowledged on my return. For urgent matters please call the Commission\'s\n'
         'Albany office at (518) 453-4600.\n\nMarian Ellery\nRecords Access Officer\n'))
F.append(dict(file='009-nycjc-ooo.eml', request='REQ-007', kind='auto_reply', tracking_number=None,
              signals=['thread', 'plus'], why="records access officer's out-of-office reply to REQ-007",
              test='Outlook OOO promising a later acknowledgment (must not count as one)',
              model='standard Exchange automatic replies'))

# 010 NDR for the Cc of REQ-008 to a retired state.ma.us address ---------------------------
orig = our_request_raw('REQ-008', cc='govlegal@state.ma.us')
human = '''Your message to govlegal@state.ma.us couldn't be delivered.

govlegal wasn't found at state.ma.us.

Records Desk     Office 365     govlegal
Action Required                 Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If the address is old, ask the recipient for a current address.

Diagnostic information for administrators:
Generating server: BN8PR09MB5531.namprd09.prod.outlook.com
govlegal@state.ma.us
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
'''
write('010-ndr-magov-cc.eml', [
    ('From', 'Microsoft Outlook <postmaster@mass.gov>'), ('To', INBOX),
    ('Subject', 'Undeliverable: ' + subject('REQ-008')), ('Date', when('2026-09-17 10:19')),
    ('Message-ID', mid('010', 'BN8PR09MB5531.namprd09.prod.outlook.com')), ('Auto-Submitted', 'auto-replied'),
    ('Content-Language', 'en-US')],
    dsn('a1f0c2e3-ndr-010', human, 'BN8PR09MB5531.namprd09.prod.outlook.com', 'govlegal@state.ma.us', '5.1.10',
        '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup', orig,
        'Thu, 17 Sep 2026 14:18:47 +0000', full=True))
F.append(dict(file='010-ndr-magov-cc.eml', request='REQ-008', kind='bounce', tracking_number=None,
              signals=['thread-embedded'],
              why="Exchange NDR for the Cc of REQ-008 to a retired state.ma.us address; the To: address was delivered",
              test="bounce sent from the agency's own domain (postmaster@mass.gov); full original attached as message/rfc822",
              model='Exchange Online NDR format (550 5.1.10 RecipientNotFound)'))

save_facts(1, F)
