from lib import msg, raw, pdf, fx, plus, quote, US
from reqs import subj, body, mid, sent

MSGS = []
def add(slug, date, eml, facts, note):
    MSGS.append((slug, date, eml, facts, note))

# --- AZ AG no records for contingency-fee agreements, REQ-110 (staff letter, PDF + short body)
az_nr = pdf([
    'ARIZONA ATTORNEY GENERAL', 'Public Records Unit', '2005 North Central Avenue, Phoenix, Arizona 85004', '',
    'November 16, 2026', '', 'Re: Public Records Request No. 26-1618', '', 'Dear Requester:', '',
    'You requested contracts for outside legal counsel entered into by this Office since January 1, 2023,',
    'including contingency-fee agreements and the written findings supporting them.', '',
    'After a diligent search of the records of the Solicitor General, the Procurement Office and the',
    'divisions that retain outside counsel, the Office has located no records responsive to your request.',
    'The Office did not enter into any outside counsel or contingency-fee contracts during that period;',
    'matters in which private counsel appear for the State were retained by other state agencies through',
    'the Department of Administration, which maintains those contracts.', '',
    'This concludes our response and your request is now closed.', '', 'Public Records Unit'], '26-1618 response')
add('azag-no-records', 'Mon, 16 Nov 2026 09:50:26 -0700', msg([
    ('From', 'Yesenia Tafoya <yesenia.tafoya@azag.gov>'), ('To', plus('REQ-110')),
    ('Subject', 'Public Records Request No. 26-1618 - Response'), ('Date', 'Mon, 16 Nov 2026 09:50:26 -0700'),
    ('Message-ID', '<BYAPR04MB6120D77E@BYAPR04MB6120.namprd04.prod.outlook.com>')],
    text='Good morning,\n\nPlease see the attached response to your request for outside counsel contracts.\n\nYesenia Tafoya\nParalegal, Public Records Unit\nArizona Attorney General\'s Office\n',
    attachments=[('26-1618 Response Letter.pdf', az_nr, 'application/pdf')]),
    fx('REQ-110', 'no_records', '26-1618', 'AZ AG found no outside-counsel or contingency-fee contracts; points to another agency; closed (AZ: no appeal days)',
       ['plus', 'tracking'], adverse=True),
    'Arizona no-records letter in a PDF that names the custodian agency; plus-addressed')

# --- AZ AG press release (GovDelivery) on opioid settlement distributions - not about any request
add('azag-press-release', 'Tue, 17 Nov 2026 10:00:00 -0700', msg([
    ('From', "Arizona Attorney General's Office <azag@public.govdelivery.com>"), ('To', US),
    ('Subject', 'AG Announces $42 Million in Opioid Settlement Distributions to Arizona Communities'),
    ('Date', 'Tue, 17 Nov 2026 10:00:00 -0700'), ('Message-ID', '<20261117170000.AZAG.9921@public.govdelivery.com>'),
    ('List-Unsubscribe', '<https://public.govdelivery.com/accounts/AZAG/subscriber/edit?preferences=true>'), ('Precedence', 'bulk')],
    html="""<html><body style="font-family:Georgia,serif"><table width="600"><tr><td>
<h2>AG Announces $42 Million in Opioid Settlement Distributions to Arizona Communities</h2>
<p><i>For Immediate Release - November 17, 2026</i></p>
<p>PHOENIX - The Arizona Attorney General's Office today announced that counties and cities participating in the One Arizona
distribution agreement will receive a further $42 million in opioid settlement payments this quarter. Communities must use the
funds for approved abatement strategies and report expenditures annually.</p>
<p>A list of payments by county is available on the Office's opioid settlement web page.</p>
<p style="font-size:10px;color:#666">You are subscribed to News Releases for the Arizona Attorney General. <a href="https://public.govdelivery.com/accounts/AZAG/subscriber/edit?preferences=true">Manage preferences</a></p>
</td></tr></table></body></html>"""),
    fx(None, 'other', None, 'AZ AG press release about One Arizona opioid distributions via GovDelivery; same topic as REQ-109 but not a reply', ['none']),
    'GovDelivery news release from the very office of an open request, same topic words; must not be matched to REQ-109')

# --- FL AG no records for Task Force correspondence, REQ-104
add('flag-no-records', 'Thu, 19 Nov 2026 13:25:50 -0500', msg([
    ('From', 'Public Records Unit <publicrecords@myfloridalegal.com>'), ('To', plus('REQ-104')),
    ('Subject', 'PRR 2026-0447 - final response'), ('Date', 'Thu, 19 Nov 2026 13:25:50 -0500'),
    ('Message-ID', '<BN8PR09MB44123E90C@BN8PR09MB4412.namprd09.prod.outlook.com>')],
    text="""Good afternoon,

As previously advised, item 1 of PRR 2026-0447 was referred to the Department of Children and Families.

For item 2, the Office searched the e-mail accounts of the Opioid Settlement Section and the Chief Deputy
Attorney General for correspondence with the Opioid Abatement Task Force concerning disbursements to
regional and county entities in FY 2025-26. No responsive records were located. Task Force business
during that period was conducted at noticed public meetings; minutes are published by the Department of
Children and Families.

This concludes the Office's response and PRR 2026-0447 is closed.

Public Records Unit
Office of the Attorney General
"""),
    fx('REQ-104', 'no_records', 'PRR 2026-0447', 'FL AG found no Task Force correspondence for item 2 (item 1 earlier referred); closes request; FL has no appeal days',
       ['plus', 'tracking'], adverse=True),
    'Florida no-records final response describing the search performed')

# --- NY OAG rolling production, REQ-105
add('nyoag-interim', 'Fri, 20 Nov 2026 16:45:08 -0500', msg([
    ('From', 'FOIL <foil@ag.ny.gov>'), ('To', plus('REQ-105')),
    ('Subject', 'FOIL-2026-00871 - First Production'), ('Date', 'Fri, 20 Nov 2026 16:45:08 -0500'),
    ('Message-ID', '<MN2PR14MB31705FD031@MN2PR14MB3170.namprd14.prod.outlook.com>')],
    text="""Dear Requester,

In response to FOIL-2026-00871 we are providing the first set of records: the Assurance of Discontinuance
between the Office of the Attorney General and BrightPath Student Lending (AOD No. 25-118) and its
exhibits (42 pages).

Records of the claims administrator concerning distribution of the restitution fund are still being
reviewed. We anticipate completing our response on or before December 18, 2026.

Records Access Office
New York State Office of the Attorney General
""",
    html="""<html><body style="font-family:Calibri,sans-serif;font-size:11pt"><p>Dear Requester,</p>
<p>In response to FOIL-2026-00871 we are providing the first set of records: the Assurance of Discontinuance between the Office of the
Attorney General and BrightPath Student Lending (AOD No. 25-118) and its exhibits (42 pages).</p>
<p>Records of the claims administrator concerning distribution of the restitution fund are still being reviewed. We anticipate completing
our response on or before <b>December 18, 2026</b>.</p>
<p>Records Access Office<br>New York State Office of the Attorney General</p></body></html>""",
    attachments=[('AOD 25-118 BrightPath.pdf', pdf(['ASSURANCE OF DISCONTINUANCE No. 25-118', 'In the Matter of BrightPath Student Lending', '42 pages'], 'AOD'), 'application/pdf')]),
    fx('REQ-105', 'records_interim', 'FOIL-2026-00871', 'NY OAG first production (settlement agreement); distribution records still under review; completion expected Dec 18',
       ['plus', 'tracking'], estimated='2026-12-18'),
    'NY rolling production of a settlement agreement (AOD) with a new expected completion date')

# --- MI AG staff out-of-office, REQ-113
add('miag-ooo-thanksgiving', 'Wed, 25 Nov 2026 08:00:14 -0500', msg([
    ('From', 'Gorski, Nathan (AG) <GorskiN@michigan.gov>'), ('To', 'records@records.example.org'),
    ('Subject', 'Automatic reply: FOIA-26-0588 deposit sent'), ('Date', 'Wed, 25 Nov 2026 08:00:14 -0500'),
    ('Message-ID', '<CH0PR09MB7740OOF1@CH0PR09MB7740.namprd09.prod.outlook.com>'),
    ('In-Reply-To', '<req-113.20261125.3@records.example.org>'), ('Auto-Submitted', 'auto-replied')],
    text="""I am out of the office for the Thanksgiving holiday and will return Monday, November 30. For FOIA
questions please write to ag-foia@michigan.gov.
"""),
    fx('REQ-113', 'auto_reply', None, 'MI AG staffer OOO replying to our deposit e-mail; number in the subject only', ['tracking', 'subject']),
    'Holiday out-of-office from a state employee at a domain shared by every Michigan agency')

# --- Exchange NDR for our mail to a departed MI AG employee, REQ-113
add('bounce-exchange-miag', 'Wed, 02 Dec 2026 09:10:40 -0500', raw("""
From: Microsoft Outlook <postmaster@michigan.gov>
To: records@records.example.org
Subject: Undeliverable: RE: FOIA-26-0588 Notice and Cost Itemization
Date: Wed, 02 Dec 2026 09:10:40 -0500
Message-ID: <0c5e7b51-2f9a-4d3c-b7e1-9a4f0d22c615@CH0PR09MB7740.namprd09.prod.outlook.com>
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr:
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="_b8a01f34-ndr-4c2e_"

--_b8a01f34-ndr-4c2e_
Content-Type: text/plain; charset="us-ascii"

Your message to DelaneyK2@michigan.gov couldn't be delivered.

DelaneyK2 wasn't found at michigan.gov.

Action Required
Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If you used the Auto-Complete List, remove the entry and type the full address.

Diagnostic information for administrators:
Generating server: CH0PR09MB7740.namprd09.prod.outlook.com
DelaneyK2@michigan.gov
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

--_b8a01f34-ndr-4c2e_
Content-Type: message/delivery-status

Reporting-MTA: dns;CH0PR09MB7740.namprd09.prod.outlook.com
Received-From-MTA: dns;mx1.records.example.org
Arrival-Date: Wed, 2 Dec 2026 14:10:38 +0000

Final-Recipient: rfc822;DelaneyK2@michigan.gov
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--_b8a01f34-ndr-4c2e_
Content-Type: text/rfc822-headers

From: Records Desk <records@records.example.org>
Reply-To: records+req-113@records.example.org
To: DelaneyK2@michigan.gov
Cc: ag-foia@michigan.gov
Subject: RE: FOIA-26-0588 Notice and Cost Itemization
Date: Wed, 2 Dec 2026 09:10:31 -0500
Message-ID: <req-113.20261202.4@records.example.org>
In-Reply-To: <CH0PR09MB774066D0@CH0PR09MB7740.namprd09.prod.outlook.com>
References: <req-113.20260929.1@records.example.org> <CH0PR09MB774066D0@CH0PR09MB7740.namprd09.prod.outlook.com>

--_b8a01f34-ndr-4c2e_--
"""),
    fx('REQ-113', 'bounce', None, 'Exchange NDR (from michigan.gov postmaster) for our follow-up to a departed coordinator; embedded References name REQ-113',
       ['thread-embedded']),
    'Microsoft 365 NDR sent from the agency domain itself (not our server); must not be read as an agency answer')
