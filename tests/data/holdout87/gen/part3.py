from lib import msg, raw, pdf, fx, plus, quote, US
from reqs import subj, body, mid, sent

MSGS = []
def add(slug, date, eml, facts, note):
    MSGS.append((slug, date, eml, facts, note))

# --- FL AG special service charge estimate; number only in the subject, REQ-103
add('flag-fee-estimate', 'Fri, 02 Oct 2026 11:15:37 -0400', msg([
    ('From', 'Denise Alvarado <publicrecords@myfloridalegal.com>'), ('To', plus('REQ-103')),
    ('Subject', 'PRR 2026-0419 cost estimate'), ('Date', 'Fri, 02 Oct 2026 11:15:37 -0400'),
    ('Message-ID', '<BN8PR09MB44125B7E0@BN8PR09MB4412.namprd09.prod.outlook.com>')],
    text="""Good morning,

The Consumer Protection Division has located approximately 240 complaints regarding Suncoast Timeshare
Exit Group and its affiliated names. Each complaint must be reviewed and redacted for information that is
exempt or confidential (for example, social security, bank account and credit card numbers under section
119.071(5), Florida Statutes) before release.

Because this request requires extensive use of information technology resources and clerical and
supervisory assistance, a special service charge applies under section 119.07(4)(d):

    Review and redaction, 12 hours x $24.18 (lowest qualified hourly rate) ....... $290.16
    Duplication (electronic delivery) ................................................. $0.00
    Estimated total ......................................................................... $290.16

A deposit of the full estimated amount is required before staff begins the review. Payment may be made by
check payable to the Department of Legal Affairs. If the actual cost is lower you will be refunded the
difference; if it is higher we will contact you before proceeding. If we do not hear from you within 30
days we will consider the request closed.

Please let me know if you wish to narrow the request, for example by date range, to reduce the cost.

Denise Alvarado
Government Analyst II, Public Records Unit
Office of the Attorney General
"""),
    fx('REQ-103', 'fee_estimate', 'PRR 2026-0419', 'FL AG special service charge of $290.16 with full deposit before work; number only in the subject',
       ['plus', 'tracking']),
    'Florida special service charge estimate (s. 119.07(4)(d)) with itemized hours and deposit; tracking number only in the subject')

# --- DSN: our REQ-106 cc to the retired NY OAG address, with full original attached
orig_106 = """From: Records Desk <records@records.example.org>
Reply-To: records+req-106@records.example.org
To: foil@ag.ny.gov
Cc: foil@oag.state.ny.us
Subject: """ + subj('REQ-106') + """
Date: Mon, 05 Oct 2026 09:11:50 -0400
Message-ID: """ + mid('REQ-106') + """
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Records Access Officer:

""" + body('REQ-106') + """

Records Desk
"""
add('bounce-ny-old-domain', 'Mon, 05 Oct 2026 09:12:04 -0400', raw("""
Return-Path: <>
From: Mail Delivery System <MAILER-DAEMON@mx1.records.example.org>
To: records+req-106@records.example.org
Subject: Undelivered Mail Returned to Sender
Date: Mon, 05 Oct 2026 09:12:04 -0400
Message-ID: <20261005131204.2F0B9E0C44@mx1.records.example.org>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="2F0B9E0C44.1791198724/mx1.records.example.org"

This is a MIME-encapsulated message.

--2F0B9E0C44.1791198724/mx1.records.example.org
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.records.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<foil@oag.state.ny.us>: Host or domain name not found. Name service error for
    name=oag.state.ny.us type=MX: Host not found, try again

--2F0B9E0C44.1791198724/mx1.records.example.org
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.records.example.org
X-Postfix-Queue-ID: 2F0B9E0C44
Arrival-Date: Mon, 05 Oct 2026 09:11:51 -0400 (EDT)

Final-Recipient: rfc822; foil@oag.state.ny.us
Original-Recipient: rfc822;foil@oag.state.ny.us
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
    for name=oag.state.ny.us type=MX: Host not found, try again

--2F0B9E0C44.1791198724/mx1.records.example.org
Content-Description: Undelivered Message
Content-Type: message/rfc822

""" + orig_106 + """
--2F0B9E0C44.1791198724/mx1.records.example.org--
"""),
    fx('REQ-106', 'bounce', None, 'DSN: the cc of our REQ-106 request to the old oag.state.ny.us address failed (domain not found); main address got it',
       ['thread-embedded', 'plus']),
    'Postfix DSN with the full original attached; cc to an outdated AG domain (agencies change domains)')

# --- MI AG 10-business-day extension, REQ-113
add('miag-extension', 'Wed, 07 Oct 2026 14:25:50 -0400', msg([
    ('From', 'AG-FOIA <ag-foia@michigan.gov>'), ('To', plus('REQ-113')),
    ('Subject', 'FOIA-26-0588 Notice of Extension'), ('Date', 'Wed, 07 Oct 2026 14:25:50 -0400'),
    ('Message-ID', '<CH0PR09MB77401B9A@CH0PR09MB7740.namprd09.prod.outlook.com>'),
    ('In-Reply-To', '<CH0PR09MB7740F2C1@CH0PR09MB7740.namprd09.prod.outlook.com>'),
    ('References', mid('REQ-113') + ' <CH0PR09MB7740F2C1@CH0PR09MB7740.namprd09.prod.outlook.com>')],
    text="""Re: FOIA-26-0588

Pursuant to MCL 15.235(2)(d), the Department of Attorney General is extending the time to respond to
your request for not more than 10 business days. The additional time is necessary to locate and examine
records held by the Environment, Natural Resources, and Agriculture Division and to determine whether
they are exempt from disclosure.

You will receive the Department's response on or before October 21, 2026.

FOIA Coordinator
Michigan Department of Attorney General
"""),
    fx('REQ-113', 'extension', 'FOIA-26-0588', 'MI AG takes the one 10-business-day extension (MCL 15.235(2)(d)); says Oct 21',
       ['thread', 'plus', 'tracking'], clock='extension', estimated='2026-10-21'),
    'Michigan FOIA notice of extension, plain text, threaded')

# --- NY OAG acknowledgment for REQ-106 (plain text, Outlook)
add('nyoag-ack-multistate', 'Thu, 08 Oct 2026 10:05:13 -0400', msg([
    ('From', 'FOIL <foil@ag.ny.gov>'), ('To', plus('REQ-106')),
    ('Subject', 'FOIL-2026-01093'), ('Date', 'Thu, 08 Oct 2026 10:05:13 -0400'),
    ('Message-ID', '<MN2PR14MB31708D44A2@MN2PR14MB3170.namprd14.prod.outlook.com>'),
    ('In-Reply-To', mid('REQ-106')), ('References', mid('REQ-106')),
    ('Thread-Topic', subj('REQ-106'))],
    text="""Dear Requester,

The Office of the Attorney General has received your Freedom of Information Law request dated October 5,
2026, which has been assigned FOIL-2026-01093. We will respond to your request within twenty business
days of the date of this acknowledgment, on or about November 5, 2026. Should additional time be needed,
we will notify you in writing.

Records Access Office
New York State Office of the Attorney General
"""),
    fx('REQ-106', 'acknowledgment', 'FOIL-2026-01093', 'NY OAG acknowledges the Oct 5 request (= sent) as FOIL-2026-01093, approximate date Nov 5',
       ['thread', 'plus', 'tracking-new'], clock='received_on_sent_date', estimated='2026-11-05'),
    'NY FOIL acknowledgment giving a 20-business-day approximate date; subject is only the number')

# --- NY OAG extension with new date, REQ-105
add('nyoag-extension', 'Thu, 08 Oct 2026 15:30:02 -0400', msg([
    ('From', 'FOIL <foil@ag.ny.gov>'), ('To', plus('REQ-105')),
    ('Subject', 'FOIL-2026-00871 - Extension of Time'), ('Date', 'Thu, 08 Oct 2026 15:30:02 -0400'),
    ('Message-ID', '<MN2PR14MB3170E2A970@MN2PR14MB3170.namprd14.prod.outlook.com>')],
    text="""Dear Requester,

We write regarding your Freedom of Information Law request, FOIL-2026-00871, concerning the BrightPath
Student Lending settlement.

The Bureau of Consumer Frauds and Protection has identified records that must be obtained from the
settlement claims administrator and reviewed before a determination can be made. As a result, this
office requires additional time. We now expect to grant or deny your request, in whole or in part, on
or before November 20, 2026. If records can be provided on a rolling basis before that date, we will do
so.

If you consider this extension unreasonable you may treat it as a denial and appeal to the Records
Access Appeals Officer, Office of the Attorney General, 28 Liberty Street, New York, NY 10005.

Records Access Office
New York State Office of the Attorney General
"""),
    fx('REQ-105', 'extension', 'FOIL-2026-00871', 'NY OAG extends: determination now expected by Nov 20; rolling release possible',
       ['plus', 'tracking'], clock='extension', estimated='2026-11-20'),
    'NY FOIL extension with a date certain and the constructive-denial appeal sentence; no thread headers')

# --- Colleague forwards FL AG referral notice, REQ-104
add('fwd-flag-referral', 'Fri, 09 Oct 2026 12:02:45 -0400', msg([
    ('From', 'Tomas Reyes <treyes@records.example.org>'), ('To', US),
    ('Subject', 'Fwd: PRR 2026-0447 - partial referral to DCF'), ('Date', 'Fri, 09 Oct 2026 12:02:45 -0400'),
    ('Message-ID', '<CAJx8fQ2mPp4Kx0r_9VtY3bq@mail.gmail.com>')],
    text="""Came to me because I was cc'd on the opioid request. So the money side is at DCF? I can file a new one
there Monday unless someone already has.

T.

---------- Forwarded message ---------
From: Public Records Unit <publicrecords@myfloridalegal.com>
Date: Fri, Oct 9, 2026 at 11:41 AM
Subject: PRR 2026-0447 - partial referral to DCF
To: Records Desk <records@records.example.org>
Cc: Tomas Reyes <treyes@records.example.org>


Good morning,

Regarding PRR 2026-0447: the Office of the Attorney General does not disburse opioid settlement funds to
regional and county entities. Under the Florida Opioid Allocation and Statewide Response Agreement those
disbursements are made through the Department of Children and Families, which is the custodian of the
disbursement records. We have forwarded item 1 of your request to the DCF public records office; you may
also contact DCF directly.

We are continuing to search for records responsive to item 2 (correspondence with the Opioid Abatement
Task Force) and will be in touch.

Public Records Unit
Office of the Attorney General
"""),
    fx('REQ-104', 'other', 'PRR 2026-0447', 'forwarded referral notice: item 1 referred to DCF as custodian; item 2 still in process',
       ['tracking', 'subject']),
    'Colleague "Fwd:" of a partial referral/transfer to another agency; modeled on AG custodial-agency referrals')

# --- GovQA content-free notice, REQ-102
add('txoag-govqa-message-posted', 'Tue, 13 Oct 2026 09:01:10 -0500', msg([
    ('From', 'Texas OAG Public Information <txoag@govqa.us>'), ('To', plus('REQ-102')),
    ('Subject', 'New message for request R012377-092126'), ('Date', 'Tue, 13 Oct 2026 09:01:10 -0500'),
    ('Message-ID', '<1c4e9b72f0a84d19.R012377.msg@txoag.govqa.us>')],
    html="""<html><body style="font-family:Tahoma,sans-serif;font-size:10pt">
<p>A new message has been posted to your request <b>R012377-092126</b> in the OAG Public Information Center.</p>
<p>To read the message, please <a href="https://txoag.govqa.us/WEBAPP/_rs/">log in</a> and select My Request Center.</p>
</body></html>"""),
    fx('REQ-102', 'portal_notice', 'R012377-092126', 'GovQA says a message was posted; no content in the e-mail', ['plus', 'tracking']),
    'GovQA "new message posted" notice with no text of its own')

# --- TX OAG itemized statement of estimated charges (552.2615), REQ-102
add('txoag-cost-estimate', 'Tue, 13 Oct 2026 09:05:44 -0500', msg([
    ('From', 'OAG Public Information Coordinator <publicinformation@oag.texas.gov>'), ('To', plus('REQ-102')),
    ('Subject', 'Itemized Statement of Estimated Charges - R012377-092126'), ('Date', 'Tue, 13 Oct 2026 09:05:44 -0500'),
    ('Message-ID', '<DM6PR17MB2450E07C@DM6PR17MB2450.namprd17.prod.outlook.com>')],
    text="""Records Desk,

Thank you for clarifying your request R012377-092126 on October 6. Based on the search terms you
provided, the OAG estimates that the charges to produce the information will exceed $40.00. As required
by section 552.2615 of the Government Code, the itemized estimate is:

  Labor - locating, compiling and manipulating data (10.5 hours @ $15.00)    $157.50
  Overhead (20% of labor)                                                      $31.50
  Electronic copies                                                             $0.00
  TOTAL ESTIMATED CHARGES                                                      $189.00

This is an estimate only; the actual charge may be more or less. Information that is publicly available
can be provided at no charge if you inspect it in person at our Austin office.

You must respond in writing within 10 business days of the date of this statement that you (1) accept the
charges, (2) wish to modify the request, or (3) have sent a complaint about the charges to the OAG's
Open Records Division. If you do not respond within 10 business days, your request will be considered
automatically withdrawn (Gov't Code 552.2615(b)).

The Open Records Division handles cost complaints about every governmental body, including this office.

Public Information Coordinator
Office of the Attorney General of Texas
"""),
    fx('REQ-102', 'fee_estimate', 'R012377-092126', 'TX OAG 552.2615 itemized estimate of $189.00; withdrawn if no reply in 10 business days',
       ['plus', 'tracking']),
    'Texas 552.2615 itemized statement; mentions ORD as the cost-complaint reviewer for all bodies including the OAG itself')

# --- NAAG-style newsletter (not about any request)
add('newsletter-ag-digest', 'Tue, 13 Oct 2026 12:00:00 -0400', msg([
    ('From', 'AG Policy Digest <digest@agpolicyweekly.org>'), ('To', US),
    ('Subject', 'AG Policy Digest: multistate settlements, opioid funds and the week in consumer protection'),
    ('Date', 'Tue, 13 Oct 2026 12:00:00 -0400'), ('Message-ID', '<digest.20261013.4471@agpolicyweekly.org>'),
    ('List-Unsubscribe', '<https://agpolicyweekly.org/unsub?u=records>'), ('Precedence', 'bulk')],
    text="""AG POLICY DIGEST - October 13, 2026

* 41 attorneys general announce a multistate settlement with a student loan servicer; restitution to be
  distributed by a claims administrator beginning in 2027.
* Opioid settlement funds: new dashboard tracks state and local spending of settlement dollars.
* Public records: a state appeals court holds that an AG's outside counsel invoices are public once the
  litigation ends.

Read more at agpolicyweekly.org. You are receiving this because records@records.example.org subscribed.
""",
    html="""<html><body><h2>AG Policy Digest - October 13, 2026</h2><ul>
<li>41 attorneys general announce a multistate settlement with a student loan servicer; restitution to be distributed by a claims administrator beginning in 2027.</li>
<li>Opioid settlement funds: new dashboard tracks state and local spending of settlement dollars.</li>
<li>Public records: a state appeals court holds that an AG's outside counsel invoices are public once the litigation ends.</li></ul>
<p style="font-size:10px">You are receiving this because records@records.example.org subscribed. <a href="https://agpolicyweekly.org/unsub?u=records">Unsubscribe</a></p></body></html>"""),
    fx(None, 'other', None, 'newsletter about AG settlements and opioid funds; topic words overlap several requests but it answers none', ['none']),
    'Bulk policy newsletter that lands in the inbox with overlapping topic words (opioid, settlement, outside counsel)')

# --- PA OAG staff attorney informal email asking for a call; new subject, no threading, REQ-111
add('paoag-staff-call', 'Wed, 14 Oct 2026 13:47:21 -0400', msg([
    ('From', 'Brendan Lutz <blutz@attorneygeneral.gov>'), ('To', 'records@records.example.org'),
    ('Subject', 'your opioid trust request'), ('Date', 'Wed, 14 Oct 2026 13:47:21 -0400'),
    ('Message-ID', '<PH0PR11MB49871F0E6@PH0PR11MB4987.namprd11.prod.outlook.com>')],
    text="""Hi -

I'm one of the attorneys reviewing your RTK request for our correspondence with the Opioid Trust. Would
you have 15 minutes for a call this week or early next? There's a large volume of routine scheduling
e-mail and I'd like to understand what you're most interested in before we finish the review. My direct
line is 717-555-0182.

Thanks,
Brendan

Brendan Lutz | Deputy Attorney General
Pennsylvania Office of Attorney General
"""),
    fx('REQ-111', 'other', None, 'PA OAG deputy asks for a phone call about the Opioid Trust RTK request; new subject, no thread, no number',
       ['subject']),
    'Informal staff e-mail from a personal .gov address asking for a call; matched only by topic words and agency domain')
