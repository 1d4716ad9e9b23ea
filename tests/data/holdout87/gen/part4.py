from lib import msg, raw, pdf, fx, plus, quote, US
from reqs import subj, body, mid, sent

MSGS = []
def add(slug, date, eml, facts, note):
    MSGS.append((slug, date, eml, facts, note))

# --- IL PAC letter about a Request for Review of ANOTHER body's denial (not in our register)
pac = pdf([
    'OFFICE OF THE ATTORNEY GENERAL, STATE OF ILLINOIS', 'Public Access Bureau', '500 South Second Street, Springfield, Illinois 62701', '',
    'October 16, 2026', '', 'Records Desk', 'records@records.example.org', '',
    'Lieutenant Carla Benning, FOIA Officer', 'Vermilion County Sheriff\'s Office', '',
    'RE: FOIA Request for Review - 2026 PAC 85120', '', 'Dear Records Desk and Lieutenant Benning:', '',
    'The Public Access Bureau has received the Request for Review that Records Desk submitted on October 9,',
    '2026, concerning the Sheriff\'s Office\'s partial denial of a request for jail use-of-force reports.',
    'We have determined that further inquiry is warranted. The Sheriff\'s Office is asked to provide, within',
    'seven business days, unredacted copies of the withheld records for this office\'s confidential review',
    'and a detailed explanation of the legal and factual basis for each exemption it asserted (5 ILCS',
    '140/9.5(c)). The requester may reply in writing within seven business days after receiving the',
    'public body\'s response.', '', 'Very truly yours,', '', 'Assistant Attorney General', 'Public Access Bureau'], '2026 PAC 85120')
add('iloag-pac-other-agency', 'Fri, 16 Oct 2026 10:20:18 -0500', msg([
    ('From', 'Public Access <publicaccess@ilag.gov>'), ('To', US),
    ('Cc', 'cbenning@vercosheriff.example.gov'),
    ('Subject', '2026 PAC 85120 - Further Inquiry'), ('Date', 'Fri, 16 Oct 2026 10:20:18 -0500'),
    ('Message-ID', '<SA1PR09MB8121PAC7@SA1PR09MB8121.namprd09.prod.outlook.com>')],
    text='Please see the attached correspondence from the Public Access Bureau in the above-referenced matter.\n\nPublic Access Bureau\nOffice of the Illinois Attorney General\n',
    attachments=[('2026 PAC 85120 Further Inquiry Letter.pdf', pac, 'application/pdf')]),
    fx(None, 'other', None, "IL AG's Public Access Counselor writing about our review of a county sheriff's denial; no request in the register (AG as reviewer, not holder)",
       ['none']),
    'Illinois PAC further-inquiry letter about another body\'s denial, from the same AG domain as REQ-107/108; trap for sender-based matching')

# --- IL AG burdensome / opportunity to narrow, REQ-108
add('iloag-narrow', 'Tue, 20 Oct 2026 11:30:26 -0500', msg([
    ('From', 'FOIA Officer <foia@ilag.gov>'), ('To', plus('REQ-108')),
    ('Subject', 'RE: ' + subj('REQ-108')), ('Date', 'Tue, 20 Oct 2026 11:30:26 -0500'),
    ('Message-ID', '<SA1PR09MB8121C31@SA1PR09MB8121.namprd09.prod.outlook.com>'),
    ('In-Reply-To', mid('REQ-108')), ('References', mid('REQ-108'))],
    text="""Dear Requester:

Your request has been assigned 2026 FOIA 05127.

A search of the e-mail accounts of the Attorney General's executive staff for correspondence with the
domains of outside counsel retained by this office during June through September 2026 returned more than
14,000 messages. Each would have to be reviewed for attorney-client privileged and work product material
before release. Compliance with the request as written would be unduly burdensome for this office, and
there is no way to narrow the request without your help (5 ILCS 140/3(g)).

Before this office makes a final determination, you have the opportunity to reduce the request to
manageable proportions, for example by naming specific outside firms or matters, limiting the request to
particular staff members, or shortening the time period. The Attorney General's calendar can be provided
without narrowing. Please reply to this e-mail with your narrowed request.

Sincerely,

FOIA Officer
Office of the Illinois Attorney General
"""),
    fx('REQ-108', 'clarification', '2026 FOIA 05127', 'IL AG says the email part is unduly burdensome (3(g)) and invites us to narrow; assigns 2026 FOIA 05127',
       ['thread', 'plus', 'tracking-new']),
    'Illinois 3(g) "opportunity to narrow" letter for executive e-mails with outside counsel')

# --- AZ NextRequest acknowledgment, REQ-110 (text only)
add('azag-nextrequest-ack-counsel', 'Tue, 20 Oct 2026 15:10:03 -0700', msg([
    ('From', 'Arizona Attorney General <noreply@nextrequest.com>'), ('To', plus('REQ-110')),
    ('Subject', '[Records Request] Request 26-1618 has been received'), ('Date', 'Tue, 20 Oct 2026 15:10:03 -0700'),
    ('Message-ID', '<nr.26-1618.ack.c0e77b@nextrequest.com>')],
    text="""Your record request 26-1618 has been received and is being processed.

Request:
All contracts for outside legal counsel entered into by the Attorney General's Office since January 1,
2023, including any contingency-fee agreements and the written findings supporting them.

The Arizona Attorney General's Office will respond promptly in accordance with A.R.S. 39-121.01. Fees
may apply to requests for a commercial purpose (A.R.S. 39-121.03).

View request: https://azag.nextrequest.com/requests/26-1618
"""),
    fx('REQ-110', 'acknowledgment', '26-1618', 'NextRequest receipt for the outside-counsel request, 26-1618; AZ sets no due', ['plus', 'tracking-new']),
    'Second NextRequest receipt from the shared portal address, plain text only; conditional commercial-fee sentence')

# --- MI AG fee estimate with PDF itemization and partial grant, REQ-113
mi_fee = pdf([
    'MICHIGAN DEPARTMENT OF ATTORNEY GENERAL', 'FOIA NOTICE - GRANTED IN PART / FEE REQUIRED', '', 'Request No.: FOIA-26-0588', 'Date: October 21, 2026', '',
    'Your request is GRANTED as to contracts with outside counsel for PFAS litigation and GRANTED IN PART',
    'as to correspondence with other states. A final determination on the correspondence, including any',
    'exemptions, will be made when the records are processed.', '',
    'DETAILED COST ITEMIZATION (MCL 15.234; Department FOIA Procedures and Guidelines)', '',
    'Labor - search, locate and examine: 9.0 hrs x $31.25 (lowest-paid capable employee)  $281.25',
    'Labor - separating exempt from nonexempt information: 2.0 hrs x $31.25            $ 62.50',
    'Fringe benefits (50% cap)                                                          $ 171.88',
    'Electronic media / copies                                                          $   0.00',
    'TOTAL ESTIMATED FEE                                                                $ 515.63', '',
    'Because the fee exceeds $50.00, a good-faith deposit of 50% ($257.82) is required before the',
    'Department processes the records (MCL 15.234(8)). Estimated time to complete after receipt of the',
    'deposit: 30 business days (a good-faith estimate, not binding).', '',
    'If the deposit is not received within 48 days, the request will be considered abandoned.', '',
    'FOIA Coordinator'], 'FOIA-26-0588 fee notice')
add('miag-fee-deposit', 'Wed, 21 Oct 2026 09:40:12 -0400', msg([
    ('From', 'AG-FOIA <ag-foia@michigan.gov>'), ('To', plus('REQ-113')),
    ('Subject', 'FOIA-26-0588 Notice and Cost Itemization'), ('Date', 'Wed, 21 Oct 2026 09:40:12 -0400'),
    ('Message-ID', '<CH0PR09MB774066D0@CH0PR09MB7740.namprd09.prod.outlook.com>'),
    ('In-Reply-To', '<CH0PR09MB77401B9A@CH0PR09MB7740.namprd09.prod.outlook.com>'),
    ('References', mid('REQ-113') + ' <CH0PR09MB77401B9A@CH0PR09MB7740.namprd09.prod.outlook.com>')],
    text='Attached is the Department\'s notice and detailed cost itemization for your request. A deposit is required before processing continues.\n\nFOIA Coordinator\nMichigan Department of Attorney General\n',
    attachments=[('FOIA-26-0588 Notice and Itemization.pdf', mi_fee, 'application/pdf')]),
    fx('REQ-113', 'fee_estimate', 'FOIA-26-0588', 'MI AG: fee $515.63, 50% deposit $257.82 required before processing (MCL 15.234(8))',
       ['thread', 'plus', 'tracking']),
    'Michigan "granted in part / fee required" notice with the detailed cost itemization and 50% deposit in a PDF')

# --- FL AG acknowledgment, REQ-115, HTML only, dash number variant
add('flag-ack-antitrust', 'Thu, 22 Oct 2026 10:05:40 -0400', msg([
    ('From', 'Public Records Unit <publicrecords@myfloridalegal.com>'), ('To', plus('REQ-115')),
    ('Subject', 'Public Records Request PRR-2026-0502'), ('Date', 'Thu, 22 Oct 2026 10:05:40 -0400'),
    ('Message-ID', '<BN8PR09MB4412D8811@BN8PR09MB4412.namprd09.prod.outlook.com>')],
    html="""<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Good morning,</p>
<p>This acknowledges receipt of your public records request dated October 20, 2026, for correspondence between this Office and
other state attorneys general regarding the multistate search-engine antitrust litigation. Your request has been assigned
<b>PRR-2026-0502</b>.</p>
<p>Please note that this litigation remains pending. Records that are attorney work product prepared in anticipation of or for
pending litigation are exempt until the conclusion of the litigation (s. 119.071(1)(d), Florida Statutes). We will review
the records and advise you.</p>
<p>Public Records Unit<br>Office of the Attorney General<br>State of Florida</p></body></html>"""),
    fx('REQ-115', 'acknowledgment', 'PRR-2026-0502', 'FL AG acknowledges the antitrust correspondence request as PRR-2026-0502 (dash variant); FL sets no due',
       ['plus', 'tracking-new', 'subject']),
    'HTML-only Florida acknowledgment that previews a litigation work-product exemption')

# --- AZ AG paralegal informal extension/estimate, REQ-109
add('azag-staff-estimate', 'Thu, 22 Oct 2026 14:20:09 -0700', msg([
    ('From', 'Yesenia Tafoya <yesenia.tafoya@azag.gov>'), ('To', 'records@records.example.org'),
    ('Subject', 'RE: opioid settlement records (26-1432)'), ('Date', 'Thu, 22 Oct 2026 14:20:09 -0700'),
    ('Message-ID', '<BYAPR04MB61208E3F@BYAPR04MB6120.namprd04.prod.outlook.com>')],
    text="""Hi there,

Just an update on 26-1432. Our finance section is still pulling the expenditure detail for the AG's share,
and the One Arizona distribution reports are with the Solicitor General's office for a quick review. I'm
hoping we can get everything posted to the portal by November 13, but it may take a little longer if the
review turns anything up. I'll post whatever is ready before then.

Thanks for your patience,
Yesenia

Yesenia Tafoya
Paralegal, Public Records Unit
Arizona Attorney General's Office
"""),
    fx('REQ-109', 'extension', '26-1432', 'AZ AG paralegal says more time is needed, hoping for Nov 13; AZ has no day count so estimated only (no due)',
       ['tracking', 'subject'], estimated='2026-11-13'),
    'Informal staff update from a personal azag.gov address with hedged new date; addressed to the bare inbox, no thread headers')

# --- IL AG FOIA officer out of office reply to our narrowing e-mail, REQ-108
add('iloag-ooo', 'Mon, 26 Oct 2026 15:33:52 -0500', msg([
    ('From', 'Harmon, Celeste <celeste.harmon@ilag.gov>'), ('To', 'records@records.example.org'),
    ('Subject', 'Automatic reply: RE: 2026 FOIA 05127 - narrowed request'), ('Date', 'Mon, 26 Oct 2026 15:33:52 -0500'),
    ('Message-ID', '<SA1PR09MB8121OOF2@SA1PR09MB8121.namprd09.prod.outlook.com>'),
    ('In-Reply-To', '<req-108.20261026.2@records.example.org>'),
    ('Auto-Submitted', 'auto-replied')],
    text="""Thank you for your message. I am away from the office until Monday, November 2. FOIA matters are
being handled in my absence through foia@ilag.gov.

Celeste Harmon
Assistant FOIA Officer
"""),
    fx('REQ-108', 'auto_reply', None, 'IL AG assistant FOIA officer OOO replying to our narrowing e-mail (number 2026 FOIA 05127 only in quoted subject)',
       ['tracking', 'subject']),
    'Outlook OOO whose In-Reply-To is our follow-up (not the registered request); placed by the number in the subject')

# --- PA OAG acknowledgment stating received next day, REQ-112
add('paoag-ack-received-next-day', 'Tue, 27 Oct 2026 09:18:30 -0400', msg([
    ('From', 'OAG Right-to-Know <righttoknow@attorneygeneral.gov>'), ('To', plus('REQ-112')),
    ('Subject', 'RE: ' + subj('REQ-112')), ('Date', 'Tue, 27 Oct 2026 09:18:30 -0400'),
    ('Message-ID', '<PH0PR11MB4987AC16@PH0PR11MB4987.namprd11.prod.outlook.com>'),
    ('In-Reply-To', mid('REQ-112')), ('References', mid('REQ-112'))],
    text="""Good morning,

Your request was sent after 5:00 p.m. on October 26 and is therefore considered received by the Open
Records Officer on Tuesday, October 27, 2026. It has been assigned RTK-2026-0388.

Under Section 901 of the Right-to-Know Law, the Office of Attorney General will respond within five
business days of receipt.

Right-to-Know Office
Office of Attorney General
"""),
    fx('REQ-112', 'acknowledgment', 'RTK-2026-0388', 'PA OAG: request sent after hours Oct 26, received Oct 27; RTK-2026-0388; 5 business days from Oct 27',
       ['thread', 'plus', 'tracking-new'], clock='received:2026-10-27'),
    'Pennsylvania acknowledgment applying the after-business-hours receipt rule (65 P.S. 67.901)')

# --- TX OAG closure: withdrawn by operation of law after unanswered cost estimate, REQ-102
add('txoag-withdrawn', 'Wed, 28 Oct 2026 10:00:31 -0500', msg([
    ('From', 'Texas OAG Public Information <txoag@govqa.us>'), ('To', plus('REQ-102')),
    ('Subject', 'Request Closed :: R012377-092126'), ('Date', 'Wed, 28 Oct 2026 10:00:31 -0500'),
    ('Message-ID', '<7a0d3e55c2bb4e81.R012377.close@txoag.govqa.us>')],
    html="""<html><body style="font-family:Tahoma,sans-serif;font-size:10pt"><p>Records Desk,</p>
<p>On 10/13/2026 the OAG sent you an itemized statement of estimated charges for request <b>R012377-092126</b>. The OAG has not
received a written response accepting the charges, modifying the request, or stating that a complaint was filed. Under section
552.2615(b) of the Government Code, the request is considered withdrawn and has been closed.</p>
<p>You may submit a new request at any time through the <a href="https://txoag.govqa.us/WEBAPP/_rs/">OAG Public Information Center</a>.</p>
</body></html>"""),
    fx('REQ-102', 'other', 'R012377-092126', 'closure for non-response: request withdrawn by operation of law (552.2615(b)) after unanswered estimate',
       ['plus', 'tracking']),
    'GovQA closure for non-response to a cost estimate (Texas automatic withdrawal)')
