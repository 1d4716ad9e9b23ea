from lib import msg, raw, pdf, fx, plus, quote, US
from reqs import subj, body, mid, sent

MSGS = []
def add(slug, date, eml, facts, note):
    MSGS.append((slug, date, eml, facts, note))

# --- AZ NextRequest closed with final release, REQ-109
add('azag-nextrequest-closed', 'Thu, 03 Dec 2026 17:05:51 -0700', msg([
    ('From', 'Arizona Attorney General <noreply@nextrequest.com>'), ('To', plus('REQ-109')),
    ('Subject', '[Records Request] Request 26-1432 has been closed'), ('Date', 'Thu, 03 Dec 2026 17:05:51 -0700'),
    ('Message-ID', '<nr.26-1432.closed.e40b9f@nextrequest.com>')],
    text="""Request 26-1432 has been closed.

Closure reason: Records released.

Message from the Arizona Attorney General's Office:
"The One Arizona distribution reports for FY2024-FY2026 and the county payment schedules have been
released to the portal. This completes our response to your request."

Released documents:
 - One Arizona Distribution Report FY2024.pdf
 - One Arizona Distribution Report FY2025.pdf
 - One Arizona Distribution Report FY2026.pdf
 - County Payment Schedule 2026.xlsx

View request: https://azag.nextrequest.com/requests/26-1432
"""),
    fx('REQ-109', 'records_final', '26-1432', 'NextRequest closure with the remaining distribution reports released; request complete', ['plus', 'tracking']),
    'NextRequest "closed - records released" notice that carries the final release (substantive, not a bare portal notice)')

# --- TX OAG final release after its own ORD ruling, REQ-101
tx_final = pdf([
    'OFFICE OF THE ATTORNEY GENERAL OF TEXAS', 'Public Information Coordinator', '', 'December 8, 2026', '',
    'Re: Public Information Request R011842-090826', '', 'Dear Requester:', '',
    'On September 22, 2026 the OAG asked its Open Records Division for a decision about the invoices',
    'responsive to your request. The Open Records Division issued Open Records Letter Ruling',
    'OR2026-24519 on December 3, 2026; a copy is enclosed.', '',
    'In accordance with the ruling, the OAG is releasing the invoices, except for (1) entries that reveal',
    'privileged attorney-client communications, withheld under section 552.101 with Texas Rule of',
    'Evidence 503, and (2) information relating to pending litigation, withheld under section 552.103.',
    'The remaining information, including hours billed and amounts paid, is released.', '',
    'This completes the OAG\'s response to your request. A requester may file suit for a writ of mandamus',
    'under section 552.321 of the Government Code.', '', 'Public Information Coordinator'], 'R011842-090826 final')
ruling = pdf(['OR2026-24519', 'December 3, 2026', 'Open Records Division', 'Re: Request for ruling by the Office of the Attorney General, ID# 2026-71342',
              'The Office of the Attorney General (the OAG) received a request for outside counsel invoices...',
              'We conclude the OAG may withhold the marked information under 552.101 and 552.103; the remaining information must be released.'], 'OR2026-24519')
add('txoag-final-after-ruling', 'Tue, 08 Dec 2026 10:30:22 -0600', msg([
    ('From', 'OAG Public Information Coordinator <publicinformation@oag.texas.gov>'), ('To', plus('REQ-101')),
    ('Subject', 'Release of information following OR2026-24519'), ('Date', 'Tue, 08 Dec 2026 10:30:22 -0600'),
    ('Message-ID', '<DM6PR17MB24508AC5@DM6PR17MB2450.namprd17.prod.outlook.com>')],
    text='Attached are the OAG\'s letter, the Open Records Division ruling, and the invoices released under the ruling.\n\nPublic Information Coordinator\nOffice of the Attorney General of Texas\n',
    attachments=[('R011842-090826_Final_Letter.pdf', tx_final, 'application/pdf'),
                 ('OR2026-24519.pdf', ruling, 'application/pdf'),
                 ('Invoices_Redacted.pdf', pdf(['Outside counsel invoices 2022-2026 (redacted per OR2026-24519)'], 'invoices'), 'application/pdf')]),
    fx('REQ-101', 'records_final', 'R011842-090826', 'TX OAG releases invoices per its own ORD ruling OR2026-24519 with privileged/litigation entries withheld; TX has no appeal days',
       ['plus', 'tracking-filename', 'tracking-attachment'], adverse=True),
    'Texas OAG final release after a ruling by its own Open Records Division; subject carries the ruling number, not the request number')

# --- MI AG final, granted in part / denied in part, REQ-113
add('miag-final-partial', 'Thu, 10 Dec 2026 15:00:37 -0500', msg([
    ('From', 'AG-FOIA <ag-foia@michigan.gov>'), ('To', plus('REQ-113')),
    ('Subject', 'FOIA-26-0588 Final Determination'), ('Date', 'Thu, 10 Dec 2026 15:00:37 -0500'),
    ('Message-ID', '<CH0PR09MB77409E44@CH0PR09MB7740.namprd09.prod.outlook.com>')],
    text="""Re: FOIA-26-0588

Your request is GRANTED IN PART and DENIED IN PART.

Granted: the Department's contracts with outside counsel retained for PFAS litigation (4 contracts and 3
amendments) are attached. Correspondence with other states' attorneys general that concerns meeting
logistics and publicly filed documents is also attached.

Denied: correspondence with other states' attorneys general discussing litigation strategy is exempt
under MCL 15.243(1)(g) (information or records subject to the attorney-client privilege) and MCL
15.243(1)(h) (information or records subject to other privileges recognized by statute or court rule),
including the common-interest doctrine, and MCL 15.243(1)(m) (frank communications).

Your actual fee was $442.19; your deposit of $257.82 has been applied. The balance of $184.37 is due
before the records are released in full - the contracts are attached now as a courtesy.

Under MCL 15.240 you may (1) submit a written appeal to the Attorney General, as head of the public body,
specifically stating the word "appeal" and identifying the reasons the denial should be reversed, or (2)
commence a civil action in the Court of Claims within 180 days after the Department's final
determination to deny the request. If you prevail in court you may be awarded attorney fees, costs and
disbursements, and damages.

FOIA Coordinator
Michigan Department of Attorney General
""",
    attachments=[('FOIA-26-0588 Contracts.pdf', pdf(['PFAS outside counsel contracts (4) and amendments (3)'], 'contracts'), 'application/pdf')]),
    fx('REQ-113', 'records_final', 'FOIA-26-0588', 'MI AG final: contracts released, strategy correspondence withheld (attorney-client, common interest, frank communications); 180 days',
       ['plus', 'tracking'], adverse=True),
    'Michigan granted-in-part/denied-in-part determination with the statutory appeal paragraph and fee balance')

# --- MI AG no records for settlement distributions / cy pres, REQ-114
add('miag-no-records', 'Mon, 14 Dec 2026 11:10:05 -0500', msg([
    ('From', 'AG-FOIA <ag-foia@michigan.gov>'), ('To', plus('REQ-114')),
    ('Subject', 'RE: FOIA-26-0731'), ('Date', 'Mon, 14 Dec 2026 11:10:05 -0500'),
    ('Message-ID', '<CH0PR09MB7740B0F7@CH0PR09MB7740.namprd09.prod.outlook.com>'),
    ('In-Reply-To', '<CH0PR09MB7740A4C8@CH0PR09MB7740.namprd09.prod.outlook.com>'),
    ('References', mid('REQ-114') + ' <CH0PR09MB7740A4C8@CH0PR09MB7740.namprd09.prod.outlook.com>')],
    text="""Re: FOIA-26-0731

Thank you for clarifying that you are seeking records of payments made by the Department, including cy
pres awards, from consumer protection settlement funds in 2024-2026.

Your request is denied because, after a search of the Consumer Protection Division and the Department's
financial services records, the Department has determined that no such records exist. Settlement monies
not paid as restitution by a settlement administrator were deposited with the State Treasurer, and the
Department made no cy pres awards during that period. MCL 15.235(5)(b).

You may appeal this determination to the Attorney General or file an action in the Court of Claims within
180 days, as described in MCL 15.240.

FOIA Coordinator
Michigan Department of Attorney General
"""),
    fx('REQ-114', 'no_records', 'FOIA-26-0731', 'MI AG: no records of Department payments or cy pres awards exist (framed as a denial under 15.235(5)(b)); 180 days',
       ['thread', 'plus', 'tracking'], adverse=True),
    'Michigan "denied - no records exist" wording (the statute calls a no-records answer a denial); labeled no_records')

# --- NY OAG final, withholding claimant identities, REQ-105
add('nyoag-final-partial', 'Fri, 18 Dec 2026 14:40:29 -0500', msg([
    ('From', 'FOIL <foil@ag.ny.gov>'), ('To', plus('REQ-105')),
    ('Subject', 'FOIL-2026-00871 - Final Response'), ('Date', 'Fri, 18 Dec 2026 14:40:29 -0500'),
    ('Message-ID', '<MN2PR14MB3170A6B240@MN2PR14MB3170.namprd14.prod.outlook.com>')],
    text="""Dear Requester,

This completes the response to FOIL-2026-00871. Attached are the claims administrator's final
distribution report and three quarterly status reports submitted to this Office under the BrightPath
Assurance of Discontinuance, showing the number of eligible claimants (8,412), the amounts distributed by
category, and uncashed checks.

The names, addresses and individual payment amounts of claimants have been redacted, because their
disclosure would constitute an unwarranted invasion of personal privacy (Public Officers Law 87(2)(b) and
89(2)(b)).

You may appeal this partial denial within 30 days to the Records Access Appeals Officer, Office of the
Attorney General, 28 Liberty Street, New York, NY 10005, foilappeals@ag.ny.gov.

Records Access Office
New York State Office of the Attorney General
""",
    attachments=[('FOIL-2026-00871 Distribution Reports (redacted).pdf', pdf(['BrightPath Restitution Fund - Final Distribution Report', 'Eligible claimants: 8,412'], 'reports'), 'application/pdf')]),
    fx('REQ-105', 'records_final', 'FOIL-2026-00871', 'NY OAG completes release of distribution reports with claimant identities redacted (87(2)(b)); 30-day appeal',
       ['plus', 'tracking'], adverse=True),
    'NY FOIL final response on settlement distribution with privacy redactions and appeal paragraph')

# --- FL AG holiday auto-reply to a status inquiry, no number, no thread; REQ-103 by elimination
add('flag-holiday-autoreply', 'Mon, 28 Dec 2026 09:00:03 -0500', msg([
    ('From', 'Public Records Unit <publicrecords@myfloridalegal.com>'), ('To', 'records@records.example.org'),
    ('Subject', 'Automatic reply: checking in'), ('Date', 'Mon, 28 Dec 2026 09:00:03 -0500'),
    ('Message-ID', '<BN8PR09MB4412OOF9C@BN8PR09MB4412.namprd09.prod.outlook.com>'), ('Auto-Submitted', 'auto-replied')],
    text="""Thank you for your e-mail. The Public Records Unit has limited staffing from December 24 through
January 4. Requests and inquiries received during this period will be addressed in the order received
when staff return.

Public Records Unit
Office of the Attorney General
"""),
    fx('REQ-103', 'auto_reply', None, 'FL AG holiday auto-reply to our "checking in" e-mail; no number or thread; REQ-103 is the only FL request still open',
       ['none']),
    'Holiday auto-reply with nothing but the sender to go on; resolvable only by knowing which FL request is still open')

# --- FL AG final installment with active-investigation withholding, REQ-103
add('flag-final-501-2065', 'Wed, 06 Jan 2027 11:30:44 -0500', msg([
    ('From', 'Denise Alvarado <publicrecords@myfloridalegal.com>'), ('To', plus('REQ-103')),
    ('Subject', 'PRR 2026-0419 - second and final installment'), ('Date', 'Wed, 06 Jan 2027 11:30:44 -0500'),
    ('Message-ID', '<BN8PR09MB44120C5A8@BN8PR09MB4412.namprd09.prod.outlook.com>')],
    text="""Good morning,

Attached is the second and final installment for PRR 2026-0419: 81 complaints received from January 2025
through September 2026, redacted as before.

Sixty-three complaints received since August 2025 relate to an active investigation by the Consumer
Protection Division and are confidential and exempt under section 501.2065, Florida Statutes, until the
investigation is completed or ceases to be active. They are not included.

The actual cost of the review was $266.00; a refund of $24.16 will be mailed to you. This request is now
closed.

Denise Alvarado
Public Records Unit, Office of the Attorney General
""",
    attachments=[('PRR 2026-0419 Installment 2.pdf', pdf(['Suncoast Timeshare Exit Group - complaints 2025-2026 (81)', 'redacted'], 'installment 2'), 'application/pdf')]),
    fx('REQ-103', 'records_final', 'PRR 2026-0419', 'FL AG final installment; 63 complaints withheld under 501.2065 (active investigation); closed; FL no appeal days',
       ['plus', 'tracking'], adverse=True),
    'Florida final installment with the consumer-complaint active-investigation exemption and deposit refund')

# --- IL AG final on narrowed e-mails, REQ-108
add('iloag-final-emails', 'Fri, 08 Jan 2027 16:10:15 -0600', msg([
    ('From', 'FOIA Officer <foia@ilag.gov>'), ('To', plus('REQ-108')),
    ('Subject', '2026 FOIA 05127 - final response'), ('Date', 'Fri, 08 Jan 2027 16:10:15 -0600'),
    ('Message-ID', '<SA1PR09MB81217F9@SA1PR09MB8121.namprd09.prod.outlook.com>')],
    text="""Dear Requester:

This is the final response to 2026 FOIA 05127, as narrowed. Attached are 214 pages of e-mails between the
Chief of Staff and the two outside firms you identified.

Portions have been redacted under section 7(1)(m) of FOIA, which exempts communications between a public
body and an attorney representing the public body that would not be subject to discovery in litigation,
and materials prepared or compiled in anticipation of litigation; and under section 7(1)(f), which
exempts preliminary drafts, notes, recommendations and other records in which opinions are expressed.
Eleven e-mails exchanged with co-plaintiff states and their counsel under a common-interest agreement
are withheld in full under section 7(1)(m).

You have the right to request review of this partial denial by the Public Access Counselor within 60 days
of the date of this letter. The Public Access Counselor is located within the Office of the Attorney
General but reviews this office's FOIA responses under the same standards it applies to other public
bodies. You may also seek judicial review under section 11 of FOIA.

Sincerely,
FOIA Officer
Office of the Illinois Attorney General
""",
    attachments=[('2026 FOIA 05127 Emails (redacted).pdf', pdf(['Chief of Staff / outside counsel e-mails, Jun-Sep 2026', '214 pages, redacted'], 'emails'), 'application/pdf')]),
    fx('REQ-108', 'records_final', '2026 FOIA 05127', 'IL AG final: e-mails released with 7(1)(m)/7(1)(f) redactions, common-interest e-mails withheld; PAC review 60 days',
       ['plus', 'tracking'], adverse=True),
    'Illinois final partial denial citing attorney-client/litigation and common-interest withholding; PAC within the same office')
