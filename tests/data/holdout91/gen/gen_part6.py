"""REQ-112 and REQ-113: Arizona Department of Economic Security (no statutory day count)."""
from common import *

DES = 'DES Public Records <publicrecords@azdes.gov>'
TB = 'Tanya Begay <TBegay@azdes.gov>'
MESSAGES = []

# ---- REQ-112 ack, received date differs from sent, no threading headers
d = '2026-09-14 08:45 -0700'
body = """Good morning,

The Arizona Department of Economic Security received your public records
request on Monday, September 14, 2026. (It was submitted after business
hours on Friday, September 11.) Your request number is PRR-03318.

DES will respond to your request as promptly as possible under A.R.S.
39-121 et seq. Please be aware that information concerning unemployment
insurance claimants and employers is confidential under A.R.S. 41-1959 and
20 CFR Part 603.

DES Public Records Unit
Office of the General Counsel
Arizona Department of Economic Security
"""
MESSAGES.append(M('azdes-ack-received-monday', d, eml(
    base(DES, 'records@records.example.org', 'Public Records Request PRR-03318', d, 'r112a', 'azdes.gov'), text(body)),
    request='REQ-112', kind='acknowledgment', tracking_number='PRR-03318', clock='received:2026-09-14',
    signals=['tracking-new'],
    why='DES acknowledges, received Mon Sep 14 (sent Fri Sep 11); Arizona has no day count so no due; no subject words, no threading'))

# ---- REQ-112 clarification from the analyst
d = '2026-09-25 14:12 -0700'
body = """Hello,

I am working on PRR-03318 and need some clarification before I can send
your request to the program areas:

1. For "fraud loss totals," do you want the overpayment amounts DES
   reports to the U.S. Department of Labor (ETA 227 report), or
   estimates that also include the federal pandemic programs (PUA, FPUC)?
2. For the identity-verification thresholds and fraud-detection rules,
   are you asking for the system configuration itself, or for policy
   documents that describe how claims are flagged?

I will hold the request until I hear from you.

Thank you,
Tanya Begay
Public Records Specialist | Office of the General Counsel
Arizona Department of Economic Security
"""
MESSAGES.append(M('azdes-clarification', d, eml(
    base(TB, 'records+req-112@records.example.org', 'PRR-03318 clarification', d, 'r112b', 'azdes.gov'), text(body)),
    request='REQ-112', kind='clarification', tracking_number='PRR-03318',
    signals=['plus', 'tracking'],
    why='DES analyst asks two scope questions and holds the request'))

# ---- REQ-112 our reply bounced (mailbox full), DSN from our MTA
d = '2026-10-06 09:14 -0700'
clar_mid = mid('r112b', 'azdes.gov')
our = '<re-112.20261006.1@records.example.org>'
expl = """This is the mail system at host mx1.records.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<TBegay@azdes.gov>: host azdes-gov.mail.protection.outlook.com[52.101.40.12]
    said: 552 5.2.2 Mailbox full; the recipient's mailbox is over its
    storage limit (in reply to end of DATA command)
"""
status = """Reporting-MTA: dns; mx1.records.example.org
Arrival-Date: Tue, 6 Oct 2026 12:13:58 -0400 (EDT)

Final-Recipient: rfc822; TBegay@azdes.gov
Action: failed
Status: 5.2.2
Remote-MTA: dns; azdes-gov.mail.protection.outlook.com
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full
"""
orig = """From: Records Desk <records@records.example.org>
To: Tanya Begay <TBegay@azdes.gov>
Subject: Re: PRR-03318 clarification
Date: Tue, 6 Oct 2026 12:13:55 -0400
Message-ID: %s
In-Reply-To: %s
References: %s %s
""" % (our, clar_mid, REQS['REQ-112']['message_id'], clar_mid)
B = '7Yq2LmN0pC.1791303238/mx1.records.example.org'
ent = ('Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="%s"\n\n' % B +
       'This is a MIME-encapsulated message.\n\n--%s\nContent-Type: text/plain; charset=us-ascii\n\n%s' % (B, expl) +
       '\n--%s\nContent-Type: message/delivery-status\n\n%s' % (B, status) +
       '\n--%s\nContent-Type: text/rfc822-headers\n\n%s' % (B, orig) + '\n--%s--\n' % B)
MESSAGES.append(M('bounce-mailbox-full-azdes', d, eml(
    [('From', 'Mail Delivery System <MAILER-DAEMON@mx1.records.example.org>'), ('To', 'records@records.example.org'),
     ('Subject', 'Undelivered Mail Returned to Sender'), ('Date', rfcdate(d)),
     ('Message-ID', '<20261006161438.7Yq2LmN0pC@mx1.records.example.org>'), ('Auto-Submitted', 'auto-replied')], ent),
    request='REQ-112', kind='bounce', tracking_number=None,
    signals=['thread-embedded', 'subject'],
    why='our answer to the DES clarification bounced (552 mailbox full); embedded headers reference REQ-112 and PRR-03318'))

# ---- REQ-112 closed for non-response
d = '2026-10-27 10:02 -0700'
body = """Re: Public Records Request PRR-03318

On September 25, 2026, DES asked you to clarify your public records
request. As of today we have not received a response, so the request has
been closed.

If you are still interested in these records, you may reply to this
email with the clarification or submit a new request, and we will be glad
to assist.

DES Public Records Unit
"""
MESSAGES.append(M('azdes-closed-no-response', d, eml(
    base(DES, 'records+req-112@records.example.org', 'PRR-03318 - Request Closed', d, 'r112d', 'azdes.gov'), text(body)),
    request='REQ-112', kind='other', tracking_number='PRR-03318',
    signals=['plus', 'tracking'],
    why='administrative closure for non-response to the clarification (our answer had bounced); not a decision on the records'))

# ---- REQ-112 reopened and denied (security / best interests of the state)
d = '2026-11-04 15:30 -0700'
pt = """Re: Public Records Request PRR-03318 (reopened)

Thank you for your email of October 28 clarifying your request. We
reopened PRR-03318.

DES is withholding in full the identity-verification score thresholds and
fraud-detection rule configurations for its unemployment insurance
system. Arizona law permits an agency to withhold records when disclosure
would be detrimental to the best interests of the state (Carlson v. Pima
County, 141 Ariz. 487 (1984)). Releasing the thresholds and rules would
let people filing fraudulent claims tailor them to avoid detection, and
the information is also protected as security information under A.R.S.
39-126. No records are being released in response to this part.

The fraud overpayment totals you asked for, as clarified, are the figures
DES reports to the U.S. Department of Labor; they are published by USDOL
and on the DES website, and DES has no other report of them.

This completes DES's response to PRR-03318.

DES Public Records Unit, Office of the General Counsel
"""
ht = '<html><body style="font-family:Arial,sans-serif;font-size:10pt">' + ''.join(
    '<p>%s</p>' % p.replace('\n', ' ') for p in pt.strip().split('\n\n')) + '</body></html>'
MESSAGES.append(M('azdes-denial-security', d, eml(
    base(DES, 'records+req-112@records.example.org', 'PRR-03318 - Response', d, 'r112e', 'azdes.gov'),
    multi('alternative', [text(pt), html(ht)], '=_alt_9c41e2b7d3f0')),
    request='REQ-112', kind='denial', tracking_number='PRR-03318', adverse_determination=True,
    signals=['plus', 'tracking'],
    why='reopened request; thresholds and rules withheld in full (best interests of the state, A.R.S. 39-126); totals only pointed to published data; AZ no appeal window'))

# ---- REQ-113 ack, HTML only, no tracking number ever given
d = '2026-09-23 11:18 -0700'
ht = """<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Good morning,</p>
<p>The Department of Economic Security has received your public records request dated September 22, 2026 for correspondence between DES and the Arizona Auditor General about the unemployment insurance fraud audit.</p>
<p>Your request has been forwarded to the Division of Employment and Rehabilitation Services and the Office of Audit and Management Services to locate responsive records. We will respond as promptly as possible.</p>
<p>Respectfully,<br>DES Public Records Unit</p>
</body></html>"""
MESSAGES.append(M('azdes-ack-no-number', d, eml(
    base(DES, 'Records Desk <records+req-113@records.example.org>', 'RE: ' + REQS['REQ-113']['subject'], d, 'r113a', 'azdes.gov') + thread('REQ-113'), html(ht)),
    request='REQ-113', kind='acknowledgment', tracking_number=None, clock='received_on_sent_date',
    signals=['thread', 'plus', 'subject'],
    why='DES acknowledges the Auditor General request (dated Sep 22); no number; Arizona has no day count so no due'))

# ---- REQ-113 first installment
d = '2026-10-21 16:22 -0700'
body = """Hello,

Attached is the first set of records for your request about DES's
correspondence with the Auditor General:

  - DES's written response to Auditor General Report 25-113,
    Unemployment Insurance Program - Fraud Prevention and Detection
  - Transmittal emails between the DES Director's office and the Office
    of the Auditor General, March-May 2025

The remaining emails, including the Auditor General's data requests and
the records DES produced for them, are still being reviewed. I expect to
finish those in mid-November.

Tanya Begay
Public Records Specialist, DES
"""
MESSAGES.append(M('azdes-first-installment', d, eml(
    base(TB, 'records+req-113@records.example.org', 'Auditor General correspondence - first installment', d, 'r113b', 'azdes.gov'),
    multi('mixed', [text(body), pdf('DES response to AG Report 25-113.pdf', 'ARIZONA DEPARTMENT OF ECONOMIC SECURITY\nResponse to Auditor General Report 25-113\nUnemployment Insurance Program - Fraud Prevention and Detection\nFinding 1: DES agrees with the finding and will implement the recommendations.', 'DES response')],
          '=_mixed_5a0f33c2e1')),
    request='REQ-113', kind='records_interim', tracking_number=None,
    signals=['plus', 'subject'],
    why='first installment (audit response, transmittals); remainder expected "mid-November" (no firm date)'))

# ---- REQ-113 final, forwarded inline by a colleague
d = '2026-11-17 09:05 -0500'
body = """Tanya at DES sent the final batch to me directly (I called her last week
about the Auditor General request). Forwarding for the log.

Tom

---------- Forwarded message ---------
From: Tanya Begay <TBegay@azdes.gov>
Date: Mon, Nov 16, 2026 at 4:48 PM
Subject: Final records - Auditor General correspondence
To: Tom Okafor <tom@records.example.org>


Hi Tom,

As we discussed, attached is the remaining correspondence with the
Office of the Auditor General for your public records request, including
the Auditor General's data requests and DES's replies.

Some of those replies included sample claim files. Claimant names, Social
Security numbers and claim details in the samples are redacted because
they are confidential under A.R.S. 41-1959 and 20 CFR 603. The
statewide summary tables DES sent the auditors are released without
redaction.

This completes our response to your request.

Tanya Begay
Public Records Specialist | Arizona Department of Economic Security
"""
MESSAGES.append(M('fwd-azdes-final', d, eml(
    base('Tom Okafor <tom@records.example.org>', 'records@records.example.org', 'Fwd: Final records - Auditor General correspondence', d, 'r113c', 'records.example.org'),
    multi('mixed', [text(body), pdf('DES_OAG_correspondence_part2.pdf', 'DES - Office of the Auditor General correspondence, part 2 (redacted)\nData request 3: statewide UI fraud summary tables 2020-2024\nData request 5: sample claim files (claimant information redacted, A.R.S. 41-1959)', 'part 2')],
          '000000000000a1b2c3d4e5f60718')),
    request='REQ-113', kind='records_final', tracking_number=None, adverse_determination=True,
    signals=['subject'],
    why='colleague forwards DES final release; claimant data in sample files redacted (20 CFR 603) -> partial; AZ no appeal window'))
