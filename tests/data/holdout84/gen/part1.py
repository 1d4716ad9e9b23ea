from lib import *

# 001 OSHA mailbox auto-response
msg('001-osha-autoreply.eml', 'DOL FOIA Requests <foiarequests@dol.gov>', plus('REQ-001'),
    'Tue, 08 Sep 2026 10:14:22 -0400', 'Automatic reply: ' + subj('REQ-001'),
    '<BN8PR09MB3377A1C0D1@BN8PR09MB3377.namprd09.prod.outlook.com>',
    irt=rmid('REQ-001'), refs=rmid('REQ-001'),
    extra=[('Auto-Submitted', 'auto-replied'), ('X-MS-Exchange-Inbox-Rules-Loop', 'foiarequests@dol.gov'),
           ('Thread-Topic', subj('REQ-001'))],
    text="""Thank you for contacting the U.S. Department of Labor FOIA mailbox.

This is an automated message. Your email has been received and will be routed
to the appropriate DOL agency FOIA office. Routing can take up to ten business
days. This message is not an acknowledgment of a FOIA request and does not
assign a request number.

To check the status of an existing request, please include your DOL request
number (for example 2026-F-00000) in the subject line.

Office of the Solicitor - FOIA Counsel
U.S. Department of Labor
""", fact=F('REQ-001', 'auto_reply', why='DOL FOIA mailbox auto-response threaded to our REQ-001; says it is not an acknowledgment (example number only)'))

# 002 Open FOIL NY acknowledgment (HTML only, portal address shared by many state agencies)
msg('002-nysdec-openfoil-ack.eml', 'Open FOIL NY <openfoilny@mycusthelp.net>', 'records@ledger.example.org',
    'Wed, 09 Sep 2026 09:02:41 -0400', 'Open FOIL NY - Request W054871-090826 Received',
    '<6f3e0a71b2c94d3b8e51.W054871@mycusthelp.net>',
    html="""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear Records Desk,</p>
<p>Thank you for your request submitted through Open FOIL NY. The <b>Department of Environmental
Conservation</b> received your request on <b>9/8/2026</b> and it has been assigned reference number
<b>W054871-090826</b>.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Request type</td><td>FOIL - Records</td></tr>
<tr><td>Description</td><td>Spill reports involving PFAS compounds at sites along the Hudson River, 2018-2026; orders on consent; related inspection reports</td></tr>
<tr><td>Anticipated response date</td><td>10/7/2026</td></tr>
</table>
<p>Under Public Officers Law &sect; 89(3) the agency will grant or deny access, or provide a date by which a
determination will be made. The date above is an estimate and may change depending on the volume of records.</p>
<p>To view or respond to this request, log in to the Open FOIL NY Center. Please do not reply to this
email; this mailbox is not monitored.</p>
<p style="color:#777;font-size:11px">Open FOIL NY is operated for participating New York State agencies.</p>
</body></html>""",
    fact=F('REQ-006', 'acknowledgment', 'W054871-090826', clock='received_on_sent_date', estimated='2026-10-07',
           signals=['subject', 'tracking-new'],
           why='Open FOIL NY portal (unlisted shared address) logs DEC PFAS request received 9/8 (= sent); W054871-090826; anticipated 10/7'))

# 003 FEMA acknowledgment, letter only in PDF; number only in attachment
L = ["U.S. Department of Homeland Security", "Federal Emergency Management Agency", "Disclosure Branch, Information Management Division",
     "Washington, DC 20472", "", "September 10, 2026", "", "Records Desk, The Ledger", "records@ledger.example.org", "",
     "Re: FEMA FOIA Request 2026-FEFO-00817", "", "Dear Requester:",
     "This acknowledges receipt of your Freedom of Information Act (FOIA) request to FEMA, received in",
     "this office on September 10, 2026, for Hazard Mitigation Grant Program subapplications, benefit-cost",
     "analyses and eligibility reviews for Michigan projects, 2021 to present.",
     "Your request has been assigned number 2026-FEFO-00817. Please cite this number in any future",
     "correspondence. Due to the increasing number of FOIA requests received by this office, we may",
     "encounter some delay in processing your request. As a member of the news media you will be charged",
     "duplication fees only after the first 100 pages; we will advise you if fees exceed $25.",
     "If you have questions you may contact our FOIA Public Liaison at (202) 646-3323.", "",
     "Sincerely,", "Disclosure Branch"]
msg('003-fema-ack-pdf.eml', 'FEMA FOIA <fema-foia@fema.dhs.gov>', plus('REQ-003'),
    'Thu, 10 Sep 2026 15:40:03 -0400', 'RE: ' + subj('REQ-003'), '<SA1PR09MB8847E2C@SA1PR09MB8847.namprd09.prod.outlook.com>',
    irt=rmid('REQ-003'), refs=rmid('REQ-003'),
    text="""Good afternoon,

Please see the attached correspondence regarding your FOIA request.

Respectfully,
FEMA Disclosure Branch

WARNING: This email is UNCLASSIFIED//FOR OFFICIAL USE ONLY. It may contain
information exempt from public release under the FOIA. It is intended only for
the addressee. If you received it in error, please notify the sender and delete it.

-----Original Message-----
From: Records Desk <records@ledger.example.org>
Sent: Wednesday, September 9, 2026 7:48 PM
To: FEMA-FOIA <fema-foia@fema.dhs.gov>
Subject: """ + subj('REQ-003') + "\n\n" + ourreq('REQ-003') + "\n",
    attach=[('2026-FEFO-00817 Acknowledgment Letter.pdf', pdf(L, 'Acknowledgment'), 'application', 'pdf')],
    fact=F('REQ-003', 'acknowledgment', '2026-FEFO-00817', clock='received:2026-09-10', signals=['thread', 'tracking-filename'],
           why='FEMA ack letter only in PDF: received 9/10 (we sent 9/9 evening), number 2026-FEFO-00817 in filename and PDF'))

# 004 USACE acknowledgment, Outlook top-post over our request
msg('004-usace-ack-outlook.eml', '"Akiyama, Lorraine K CIV USARMY CESPK (USA)" <Lorraine.K.Akiyama@usace.army.mil>', plus('REQ-005'),
    'Fri, 11 Sep 2026 11:05:17 -0700', 'RE: [Non-DoD Source] ' + subj('REQ-005'),
    '<PH0PR09MB7713C4A5F0B@PH0PR09MB7713.namprd09.prod.outlook.com>', irt=rmid('REQ-005'), refs=rmid('REQ-005'),
    cc='spk-foia@usace.army.mil',
    extra=[('Thread-Topic', subj('REQ-005')), ('Thread-Index', 'AdxBc3k1QzY2NkE1RjBC'), ('X-MS-Has-Attach', '')],
    text="""Good morning,

The Sacramento District FOIA office received your request on 10 September 2026. It
has been logged as FA-26-0212. The Freedom of Information Act requires a determination
within 20 working days of receipt. Given the size of the Delta Conveyance permit file
we may need to invoke an extension for unusual circumstances; if so I will notify you
in writing.

Very respectfully,

Lorraine Akiyama
FOIA/Privacy Act Officer
U.S. Army Corps of Engineers, Sacramento District
1325 J Street, Sacramento, CA 95814
(916) 557-5100

CONFIDENTIALITY NOTICE: This message and any attachments are intended solely for the
addressee(s) and may contain Controlled Unclassified Information. Any review,
retransmission or other use by persons other than the intended recipient is prohibited.
""" + olo('Records Desk <records@ledger.example.org>', 'Thursday, September 10, 2026 9:12 AM',
          'spk-foia@usace.army.mil', subj('REQ-005')) + ourreq('REQ-005') + "\n",
    fact=F('REQ-005', 'acknowledgment', 'FA-26-0212', clock='received_on_sent_date', signals=['thread', 'tracking-new'],
           why='USACE Sacramento District acknowledges receipt 10 Sep (= sent) as FA-26-0212; extension only "may" be needed'))

# 005 NextRequest acknowledgment for Denver
msg('005-denver-nextrequest-ack.eml', 'City and County of Denver <noreply@mail.nextrequest.com>', 'records@ledger.example.org',
    'Fri, 11 Sep 2026 17:20:44 -0600', '[Records Request] Your record request #26-1182 has been submitted',
    '<5f4a2c1e-77d0-4a42-9b1f-26-1182@mail.nextrequest.com>',
    text="""Your record request #26-1182 has been submitted.

Request received: September 11, 2026
Department(s): Public Health & Environment

Request description:
Air quality complaints received by DDPHE about the Suncor refinery area, and any
related inspection, notice of violation or enforcement records, January 2024 to
the present.

Under the Colorado Open Records Act, the City will respond within three (3)
working days, or notify you if an extension of up to seven (7) additional working
days is needed.

View request: https://denvergov.nextrequest.com/requests/26-1182

Questions? Reply through the portal. Replies to this email are not monitored.
""", html="""<html><body><h3>Your record request #26-1182 has been submitted.</h3>
<p><b>Request received:</b> September 11, 2026<br><b>Department(s):</b> Public Health &amp; Environment</p>
<p><b>Request description:</b><br>Air quality complaints received by DDPHE about the Suncor refinery area, and any
related inspection, notice of violation or enforcement records, January 2024 to the present.</p>
<p>Under the Colorado Open Records Act, the City will respond within three (3) working days, or notify you if an
extension of up to seven (7) additional working days is needed.</p>
<p><a href="https://denvergov.nextrequest.com/requests/26-1182">View request</a></p>
<p style="font-size:11px;color:#888">Questions? Reply through the portal. Replies to this email are not monitored.</p></body></html>""",
    fact=F('REQ-011', 'acknowledgment', '26-1182', clock='received_on_sent_date', signals=['subject', 'tracking-new'],
           why='NextRequest (shared sender, not listed) confirms Denver CORA request received 9/11 (= sent) as #26-1182; CO 3 working days'))

# 006 OSHA acknowledgment, top-posted over the auto-reply and our request
msg('006-osha-ack-toppost.eml', '"Boyle, Kendra M - OSHA" <Boyle.Kendra.M@dol.gov>', 'Records Desk <records@ledger.example.org>',
    'Tue, 15 Sep 2026 08:47:09 -0400', 'RE: Automatic reply: ' + subj('REQ-001'),
    '<DM6PR09MB55402B7A@DM6PR09MB5540.namprd09.prod.outlook.com>', cc='foiarequests@dol.gov',
    irt='<BN8PR09MB3377A1C0D1@BN8PR09MB3377.namprd09.prod.outlook.com>',
    refs=rmid('REQ-001') + ' <BN8PR09MB3377A1C0D1@BN8PR09MB3377.namprd09.prod.outlook.com>',
    text="""Good morning,

This acknowledges your FOIA request dated and received September 8, 2026 for
inspection and fatality investigation files for Ohio warehouse and distribution
establishments. Your request has been assigned DOL FOIA Request No. 2026-F-08812
and is being processed by the OSHA national office in coordination with the
Cincinnati, Cleveland, Columbus and Toledo Area Offices.

OSHA will make every effort to respond within the statutory 20 working days. Your
request for a fee waiver will be addressed separately.

Kendra Boyle
Government Information Specialist
OSHA Office of Communications - FOIA
200 Constitution Ave NW, Washington, DC 20210
""" + ol('DOL FOIA Requests <foiarequests@dol.gov>', 'Tuesday, September 8, 2026 10:14 AM',
         'records+req-001@ledger.example.org', 'Automatic reply: ' + subj('REQ-001'))
    + "Thank you for contacting the U.S. Department of Labor FOIA mailbox.\n\nThis is an automated message. [...]\n"
    + ol('Records Desk <records@ledger.example.org>', 'Tuesday, September 8, 2026 10:13 AM',
         'foiarequests@dol.gov', subj('REQ-001')) + ourreq('REQ-001') + "\n",
    fact=F('REQ-001', 'acknowledgment', '2026-F-08812', clock='received_on_sent_date', signals=['thread', 'tracking-new'],
           why='OSHA specialist replies on the auto-reply thread (subject "RE: Automatic reply:"): received 9/8, No. 2026-F-08812'))
