from lib import *

# 007 Microsoft 365 NDR for our REQ-008 request (bad cc address)
raw('007-massdot-ndr-bounce.eml', """From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@massgov.onmicrosoft.com>
To: <records@ledger.example.org>
Date: Tue, 15 Sep 2026 13:30:12 +0000
Subject: Undeliverable: Public Records Request: Route 9 corridor crash data and road safety audits, 2021-2026
Message-ID: <a3b9e0c2-5f11-4d6e-9b7a-0c6f2e9d81aa@massgov.onmicrosoft.com>
MIME-Version: 1.0
Auto-Submitted: auto-replied
Content-Type: multipart/report; report-type=delivery-status; boundary="ndr_b1"

--ndr_b1
Content-Type: text/plain; charset="us-ascii"

Delivery has failed to these recipients or groups:

records.access@dot.state.ma.us
The email address you entered couldn't be found. Please check the recipient's
email address and try to resend the message. If the problem continues, please
contact your helpdesk.

Diagnostic information for administrators:
Generating server: BY5PR09MB4821.namprd09.prod.outlook.com
records.access@dot.state.ma.us
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

--ndr_b1
Content-Type: message/delivery-status

Reporting-MTA: dns; BY5PR09MB4821.namprd09.prod.outlook.com

Final-Recipient: rfc822; records.access@dot.state.ma.us
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--ndr_b1
Content-Type: text/rfc822-headers

From: Records Desk <records@ledger.example.org>
Reply-To: records+req-008@ledger.example.org
To: massdot.publicrecords@dot.state.ma.us
Cc: records.access@dot.state.ma.us
Subject: Public Records Request: Route 9 corridor crash data and road safety audits, 2021-2026
Date: Mon, 14 Sep 2026 17:41:05 -0400
Message-ID: <req-008.20260914.1@ledger.example.org>

--ndr_b1--
""", F('REQ-008', 'bounce', why='M365 NDR: cc copy of our REQ-008 request to an old MassDOT address failed; original Message-ID in returned headers',
       signals=['thread-embedded']))

# 008 MassDOT acknowledgment; received date differs (after-hours submission)
msg('008-massdot-ack.eml', 'MassDOT Public Records <massdot.publicrecords@dot.state.ma.us>', plus('REQ-008'),
    'Wed, 16 Sep 2026 13:12:50 -0400', 'PRR-26-0417 Acknowledgment - Route 9 crash data',
    '<MN2PR09MB4410B1@MN2PR09MB4410.namprd09.prod.outlook.com>', irt=rmid('REQ-008'), refs=rmid('REQ-008'),
    text="""Dear Records Desk:

The Massachusetts Department of Transportation (MassDOT) acknowledges your public
records request. Because your email arrived after 5:00 p.m. on Monday, September 14,
it is considered received on Tuesday, September 15, 2026. The request has been
assigned tracking number PRR-26-0417.

Please note that the cc address on your message (records.access@) has been retired;
you need only write to this mailbox.

Under G.L. c. 66, s. 10(b), MassDOT will respond within ten (10) business days of
receipt. If we cannot produce the records in that time we will tell you why and
provide a good faith estimate of any fees.

Colleen Dwyer
Records Access Officer
Massachusetts Department of Transportation
10 Park Plaza, Boston, MA 02116

This email, including any attachments, may contain confidential information and is
intended only for the recipient(s). If you are not the intended recipient, please
notify the sender and delete this message.
""", fact=F('REQ-008', 'acknowledgment', 'PRR-26-0417', clock='received:2026-09-15', signals=['thread', 'tracking-new'],
           why='MassDOT RAO: after-hours email deemed received 9/15 (sent 9/14); PRR-26-0417; MA 10 business days'))

# 009 newsletter, belongs to no request
msg('009-newsletter-null.eml', 'The Records Beat <newsletter@recordsbeat.example.com>', 'records@ledger.example.org',
    'Wed, 16 Sep 2026 16:00:00 -0400', 'The Records Beat: OSHA backlog grows, FEMA moves FOIA to new portal',
    '<rb-2026-09-16.41822@recordsbeat.example.com>',
    extra=[('List-Unsubscribe', '<https://recordsbeat.example.com/unsub?u=41822>'), ('Precedence', 'bulk')],
    text="""THE RECORDS BEAT - weekly notes for people who file public records requests

1. OSHA's FOIA backlog passed 4,100 pending requests this summer, according to the
   Labor Department's quarterly report. Requests for inspection files now take a
   median of 97 working days.

2. FEMA has moved requesters to the DHS SecureRelease portal. Status emails now
   come from the portal, not from FEMA's own address.

3. New York's Committee on Open Government issued an advisory opinion on
   "rolling" FOIL responses and when an agency's anticipated date is reasonable.

4. Reader question: Does a Massachusetts records officer have to tell you the
   fee before starting? Short answer: yes, a good faith estimate is required.

You are receiving this because you subscribed at recordsbeat.example.com.
Unsubscribe: https://recordsbeat.example.com/unsub?u=41822
""", fact=F(None, 'other', why='bulk newsletter mentioning OSHA, FEMA and FOIL topics; belongs to no request', signals=['none']))

# 010 EGLE acknowledgment from a coordinator's personal address, Gmail-style quote
msg('010-egle-ack-personal.eml', '"Kowalczyk, Dwayne (EGLE)" <KowalczykD@michigan.gov>', 'records+req-010@ledger.example.org',
    'Thu, 17 Sep 2026 10:22:31 -0400', 'RE: ' + subj('REQ-010'), '<CH3PR09MB8123A@CH3PR09MB8123.namprd09.prod.outlook.com>',
    irt=rmid('REQ-010'), refs=rmid('REQ-010'), cc='EGLE-FOIA <EGLE-FOIA@michigan.gov>',
    text="""Hello,

We received your FOIA request yesterday (9/16/2026) and logged it as FOIA-26-1093.
I'll be your point of contact. Drinking Water and Environmental Health Division
staff will do the search. You should hear from us within five business days as
the Act requires.

Dwayne Kowalczyk
FOIA Coordinator
Michigan Department of Environment, Great Lakes, and Energy
517-284-6900

On Wed, Sep 16, 2026 at 2:05 PM Records Desk <records@ledger.example.org> wrote:
""" + gq(ourreq('REQ-010')) + "\n",
    fact=F('REQ-010', 'acknowledgment', 'FOIA-26-1093', clock='received_on_sent_date', signals=['thread', 'plus', 'tracking-new'],
           why='EGLE coordinator writes from his own michigan.gov address: received 9/16 (= sent), FOIA-26-1093; MI 5 business days'))

# 011 Philadelphia RTK acknowledgment, Outlook block quote
msg('011-phila-ack.eml', 'PPD Right to Know <police.rtk@phila.gov>', 'Records Desk <records@ledger.example.org>',
    'Fri, 18 Sep 2026 14:35:02 -0400', 'RE: Right-to-Know Request - ShotSpotter',
    '<BL1PR09MB6632E@BL1PR09MB6632.namprd09.prod.outlook.com>', irt=rmid('REQ-013'), refs=rmid('REQ-013'),
    text="""Good afternoon,

The Philadelphia Police Department Right-to-Know Office received your request on
Thursday, September 17, 2026. It has been assigned RTK No. 2026-R-0981. A written
response is due within five (5) business days of receipt, unless the Department
invokes an extension under Section 902 of the Right-to-Know Law.

Sgt. Renee Castellano #4471
Open Records Unit, Philadelphia Police Department
400 N. Broad Street, Philadelphia, PA 19130

CONFIDENTIALITY NOTICE: The information in this email may be confidential and/or
privileged. If you are not the intended recipient, you are hereby notified that any
review, dissemination, distribution or copying of this email is strictly prohibited.
""" + ol('Records Desk <records@ledger.example.org>', 'Thursday, September 17, 2026 11:02 AM',
         'PPD Right to Know <police.rtk@phila.gov>', subj('REQ-013')) + ourreq('REQ-013') + "\n",
    fact=F('REQ-013', 'acknowledgment', '2026-R-0981', clock='received_on_sent_date', signals=['thread', 'tracking-new'],
           why='PPD RTK office acknowledges receipt 9/17 (= sent), RTK No. 2026-R-0981; PA 5 business days'))

# 012 NYSDEC clarification written inline in our request ("in red"), colleague + two DEC staff copied
q_html = """<div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Good morning,</p>
<p>Thank you for your FOIL request. Before we can search, I need a few answers. <b>Please see my questions below in
<span style="color:red">red</span></b>. Once you respond, we will resume processing W054871-090826. If we do not hear
from you we will hold the request.</p>
<p>Gerald Fitzpatrick<br>Records Access Officer<br>NYS Department of Environmental Conservation<br>625 Broadway, Albany, NY 12233</p>
<p style="font-size:9pt;color:#666">CONFIDENTIALITY NOTICE: This e-mail, including attachments, may include confidential and/or
proprietary information and may be used only by the person or entity to which it is addressed.</p>
<hr><p><b>From:</b> Records Desk &lt;records@ledger.example.org&gt;<br><b>Sent:</b> Tuesday, September 8, 2026 9:31 AM<br>
<b>To:</b> foil@dec.ny.gov<br><b>Subject:</b> %s</p>
<p>Under the Freedom of Information Law (Public Officers Law Art. 6), we request:</p>
<p>1. Spill reports involving PFAS compounds at sites along the Hudson River, 2018-2026;<br>
<span style="color:red">[DEC: Spills are indexed by county and spill number, not by river. Which counties? Would the
Hudson River counties from Rensselaer to Westchester be acceptable?]</span></p>
<p>2. Orders on consent resolving those spills;<br>
<span style="color:red">[DEC: Only consent orders that cite a spill number, or all PFAS orders in those counties?]</span></p>
<p>3. Related inspection reports.<br>
<span style="color:red">[DEC: Please confirm you want inspection reports only for sites with a PFAS spill number.]</span></p>
<p>Thank you,<br>Records Desk</p></div>""" % subj('REQ-006')
q_text = """Good morning,

Thank you for your FOIL request. Before we can search, I need a few answers.
Please see my questions below in red (marked [DEC: ...] in plain text). Once you
respond, we will resume processing W054871-090826. If we do not hear from you we
will hold the request.

Gerald Fitzpatrick
Records Access Officer
NYS Department of Environmental Conservation
625 Broadway, Albany, NY 12233

CONFIDENTIALITY NOTICE: This e-mail, including attachments, may include
confidential and/or proprietary information and may be used only by the person or
entity to which it is addressed.
""" + ol('Records Desk <records@ledger.example.org>', 'Tuesday, September 8, 2026 9:31 AM', 'foil@dec.ny.gov', subj('REQ-006')) + """Under the Freedom of Information Law (Public Officers Law Art. 6), we request:
1. Spill reports involving PFAS compounds at sites along the Hudson River, 2018-2026;
[DEC: Spills are indexed by county and spill number, not by river. Which counties?
Would the Hudson River counties from Rensselaer to Westchester be acceptable?]
2. Orders on consent resolving those spills;
[DEC: Only consent orders that cite a spill number, or all PFAS orders in those counties?]
3. Related inspection reports.
[DEC: Please confirm you want inspection reports only for sites with a PFAS spill number.]

Thank you,
Records Desk
"""
msg('012-nysdec-clarify-inline-red.eml', 'Fitzpatrick, Gerald (DEC) <gerald.fitzpatrick@dec.ny.gov>', 'records@ledger.example.org',
    'Mon, 21 Sep 2026 11:50:26 -0400', 'RE: FOIL W054871-090826 - questions', '<MW4PR09MB9901C7@MW4PR09MB9901.namprd09.prod.outlook.com>',
    cc='Priya Raman <praman@ledger.example.org>, Ruiz, Anita (DEC) <anita.ruiz@dec.ny.gov>, Park, Hyun-woo (DEC) <hyunwoo.park@dec.ny.gov>',
    irt=rmid('REQ-006'), refs=rmid('REQ-006'), text=q_text, html=q_html,
    fact=F('REQ-006', 'clarification', 'W054871-090826', signals=['thread', 'tracking'],
           why='DEC records officer asks scope questions inline between the lines of our request ("in red"); holds request until answered'))
