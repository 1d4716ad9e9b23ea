# part 2 of make_messages.py (executed in its namespace): messages 023-040

# ============================================================== 023 ODNI unusual-circumstances extension
m = new([('From', 'ODNI FOIA <dni-foia@dni.gov>'), ('To', plus('REQ-001')),
         ('Subject', 'DF-2026-00417 - Notice of Extension of Time'),
         ('Date', 'Tue, 29 Sep 2026 10:12:26 -0400'),
         ('Message-ID', '<BN8PR09MB552091E3C4D0A7F2B61E5D08A4512@BN8PR09MB5520.namprd09.prod.outlook.com>')])
m.set_content(wrap("""Reference: DF-2026-00417

Dear Ms. Castellanos:

This concerns your Freedom of Information Act request received by the Office of the Director of National Intelligence on September 2, 2026, for assessments and correspondence concerning unidentified unmanned aircraft activity near military installations in New England.

Because of unusual circumstances, we are extending the time limit for responding to your request by ten working days, as provided by 5 U.S.C. § 552(a)(6)(B)(i). The unusual circumstances are the need to search for and collect records from components that are separate from the office processing the request, and the need to consult with other agencies having a substantial interest in the determination, including other elements of the Intelligence Community.

If you would like to narrow the scope of your request or arrange an alternative time frame for processing, please contact our FOIA Requester Service Center. """ + OGIS + """

Sincerely,

Information Management Office
Office of the Director of National Intelligence
"""))
write('023-odni-extension.eml', m)

# ============================================================== 024 FBI eFOIPA status notice (HTML only)
html = """<html><body style="font-family:Arial,sans-serif;font-size:11pt">
<p><b>eFOIPA Status Notification</b></p>
<p>The status of your Freedom of Information/Privacy Acts request has changed.</p>
<table cellpadding="4" style="border:1px solid #cccccc;font-size:10pt">
<tr><td><b>Request Number</b></td><td>1702214-000</td></tr>
<tr><td><b>Current Status</b></td><td>Assigned for Processing</td></tr>
<tr><td><b>Date of Change</b></td><td>09/30/2026</td></tr>
</table>
<p>Log in to the eFOIPA portal to view your request history and any available documents.</p>
<p style="font-size:9pt;color:#555555">This is a system-generated message. Please do not reply.</p>
</body></html>
"""
m = new([('From', 'eFOIPA Notifications <efoipa-noreply@fbi.gov>'), ('To', INBOX),
         ('Subject', 'eFOIPA: Status update for request 1702214-000'),
         ('Date', 'Thu, 01 Oct 2026 07:03:00 -0400'),
         ('Message-ID', '<1790766180000.31207.JavaMail.efoipa@efoia-app01.fbi.gov>')])
m.set_content(html, subtype='html', cte='quoted-printable')
write('024-fbi-efoipa-status.eml', m)

# ============================================================== 025 Groton extension with estimate (CT)
m = new([('From', 'Alicia Brennan <abrennan@groton-ct.gov>'), ('To', INBOX),
         ('Subject', 'Your FOI request - drone calls'),
         ('Date', 'Fri, 02 Oct 2026 15:22:09 -0400'),
         ('Message-ID', '<DM6PR09MB47901F6A03B2C8E54D7A10B9F2210@DM6PR09MB4790.namprd09.prod.outlook.com>'),
         ('X-MS-Has-Attach', ''), ('Content-Language', 'en-US')])
m.set_content("""Hi Nora,

Thanks for getting back to me (narratives that mention a drone, and signed agreements only).

I ran the search and have 41 calls for service and 6 incident reports. Several of them involve the base and have to go to the Chief and the Town Attorney before anything goes out, and I also have to check with the Navy on two of them. Realistically I'm looking at the end of the month - I'd say by October 30. I'll put everything in the portal when it's ready.

Alicia Brennan
Records Supervisor
Groton Town Police Department
""", cte='quoted-printable')
write('025-groton-extension-estimate.eml', m)

# ============================================================== 026 New Boston interim from clerk's Gmail
pdf = make_pdf("""NEW BOSTON POLICE DEPARTMENT - DISPATCH LOG EXCERPTS
Entries mentioning the Space Force Station or unmanned aircraft, 01/01/2025 - 08/31/2026

02/11/2025 21:47  Suspicious  Old Coach Rd   Caller reports lights hovering over the Station fields.
                                             Officer checked area, nothing found.
03/02/2025 19:12  Assist Agency  Chestnut Hill Rd  Station security requested patrol on perimeter road
                                             re: reported drone. Unit responded, GOA.
06/14/2025 22:05  Suspicious  Joe English Rd Caller reports drone over residence. Referred to FAA.
11/29/2025 18:33  Assist Agency  Chestnut Hill Rd  Station security reports small UAS near antenna field.
                                             Unit stood by until 19:40.
[10 further entries, 12/2025 - 08/2026]
""", title='NBPD log excerpts', producer='Microsoft: Print To PDF')
m = new([('From', 'New Boston Town Clerk <nbtownclerk.nh@gmail.com>'), ('To', INBOX),
         ('Subject', 'New Boston documents - police log entries'),
         ('Date', 'Wed, 07 Oct 2026 13:08:44 -0400'),
         ('Message-ID', '<CAE0n7hX2bKq9Vs4TmPz1RcLw6dJf8Ny3uGo5aQe7iBx0kHv4Sw@mail.gmail.com>')])
m.set_content("""Hi,

Kate asked me to send you what we have so far on your records request. Attached are the police log entries from January 2025 through August 2026 that mention the Station or drones (14 entries). I also scanned the two letters from the Station commander to the Select Board and they are at the end of the same file.

The fire department run reports and the Select Board emails are still being pulled together. Kate will send those when they're done.

Sorry for the gmail address, our town email has been having problems this week.

Thanks,
Jen Pelletier
Deputy Town Clerk
Town of New Boston
""", cte='quoted-printable')
m.add_attachment(pdf, maintype='application', subtype='pdf', filename='NBPD log excerpts.pdf')
write('026-newboston-interim-gmail.eml', m)

# ============================================================== 027 NSA unusual circumstances + estimate
m = new([('From', 'NSA FOIA Requester Service Center <foiarsc@nsa.gov>'), ('To', plus('REQ-006')),
         ('Subject', 'FOIA Case 118901 - Notice of Unusual Circumstances'),
         ('Date', 'Thu, 08 Oct 2026 13:30:02 +0000'),
         ('Message-ID', '<4a1f0e9d2c3b48a6b5d4e3f2a1b0c9d8@msx.nsa.gov>')])
m.set_content(wrap("""FOIA Case: 118901
8 October 2026

Dear Ms. Castellanos:

This is in further reference to your FOIA request for records of engagements between the NSA Cybersecurity Collaboration Center and New England municipal water systems.

Unusual circumstances apply to the processing of your request: responsive records, if any, would have to be searched for and collected from field elements and offices separate from the office processing your request, and we would need to consult with other agencies and with private-sector partners that have a substantial interest in the records. We are therefore extending the time limit for responding by ten working days, as provided by 5 U.S.C. § 552(a)(6)(B)(i).

We will not be able to complete processing within that extended period. Our current estimated date of completion is 15 January 2027. Estimated completion dates can change as cases ahead of yours are completed.

You may narrow your request or agree to an alternative time frame by contacting the FOIA Requester Service Center at foiarsc@nsa.gov. You may also contact our FOIA Public Liaison at foialo@nsa.gov. """ + OGIS + """

Sincerely,

FOIA Requester Service Center
NSA/CSS FOIA/PA Office
"""))
write('027-nsa-extension-water.eml', m)

# ============================================================== 028 Derby unusual circumstances (VT) for REQ-016
m = new([('From', 'Tom Bouchard <manager@derbyvt.org>'), ('To', plus('REQ-016')),
         ('Subject', 'RE: ' + subj('REQ-016')),
         ('Date', 'Thu, 08 Oct 2026 16:10:33 -0400'),
         ('Message-ID', '<003201dd57b6$2c4e19a0$84ea4ce0$@derbyvt.org>'),
         ('In-Reply-To', mid('REQ-016')), ('References', mid('REQ-016')),
         ('X-Mailer', 'Microsoft Outlook 16.0')])
m.set_content(wrap("""Dear Ms. Castellanos,

I am writing about your public records request received Monday, October 5, for the Town's correspondence with U.S. Customs and Border Protection about the siting of surveillance towers.

The correspondence is spread across my mailbox, the former administrator's archived account (held by our IT vendor in Newport) and the selectboard chair's town account. Some of it also concerns the proposed lease of the Crawford Road parcel, which our town attorney needs to review before release. These are unusual circumstances under 1 V.S.A. § 318, and this is written notice that the Town needs up to ten additional business days to respond.

We expect to have a response to you no later than Thursday, October 22.

Tom Bouchard
Town Administrator
Town of Derby
124 Main Street
Derby, VT 05829
"""))
write('028-derby-extension-vt.eml', m)

# ============================================================== 029 CIA fee letter (all other requesters)
fee_txt = """Reference: F-2026-01873

Dear Ms. Castellanos:

This letter concerns your 2 September 2026 Freedom of Information Act (FOIA) request for records about the October and November 1975 sightings of unidentified aircraft over Loring Air Force Base, Limestone, Maine.

You asked to be treated as a representative of the news media for fee purposes. Based on the information provided, we are unable to determine that this request is made by an entity that gathers information of potential interest to a segment of the public and uses editorial skills to turn raw materials into a distinct work that it distributes to an audience. Accordingly, for fee purposes we have placed you in the "all other requesters" category. Requesters in this category receive two free hours of search time and the first 100 pages of duplication without charge; additional search time and duplication are chargeable.

We estimate that the search for records responsive to your request will require approximately six hours of professional search time. After the two free hours, the estimated search fee is $160.00 (four hours at $40.00 per hour). This is an estimate; actual fees may be higher or lower.

Because the estimated fees exceed $25.00, we require your written agreement to pay fees up to this amount before we continue processing your request. Alternatively, you may narrow your request, or provide additional information supporting your request for news media status. If we do not receive your response within 45 days from the date of this letter, we will assume you are no longer interested in this request and will close it.

Sincerely,

Information and Privacy Coordinator"""
html = '<html><body style="font-family:Times New Roman,serif;font-size:12pt">' + ''.join(
    '<p>%s</p>' % p.replace('\n', '<br>') for p in fee_txt.split('\n\n')) + '</body></html>\n'
m = new([('From', 'CIA FOIA <foia-correspondence@ucia.gov>'), ('To', plus('REQ-003')),
         ('Subject', 'F-2026-01873 - Fee Determination'),
         ('Date', 'Fri, 09 Oct 2026 11:45:18 -0400'),
         ('Message-ID', '<5e0b7c1d9a2f4e3b.20261009154518@ucia.gov>')])
m.set_content(wrap(fee_txt))
m.add_alternative(html, subtype='html')
write('029-cia-fee-all-other.eml', m)

# ============================================================== 030 Martin County scanned denial, empty body
scan = """MARTIN COUNTY SHERIFF'S OFFICE
1 Courthouse Square
Shoals, Indiana 47581
(812) 247-3726

October 13, 2026

Nora Castellanos
Records Desk
records.example.org

RE: Public Records Request MCSO-26-041

Dear Ms. Castellanos:

The Martin County Sheriff's Office has reviewed your request dated September 17, 2026 for
incident reports, calls for service and agreements concerning Naval Surface Warfare Center
Crane and Naval Support Activity Crane from January 1, 2025 to the present.

Your request is denied.

1. Incident and case reports relating to NSWC Crane are investigatory records of a law
   enforcement agency. The Sheriff exercises his discretion under IC 5-14-3-4(b)(1) not to
   disclose them.

2. Mutual aid, security coordination and response agreements with Naval Support Activity Crane
   are excepted from disclosure under IC 5-14-3-4(b)(19), because their public disclosure would
   have a reasonable likelihood of threatening public safety by exposing a vulnerability to
   terrorist attack.

The person responsible for this denial is the undersigned. Under IC 5-14-5, you may file a
formal complaint with the Indiana Public Access Counselor not later than thirty (30) days after
this denial.

Sincerely,

Sheriff Dale R. Kenworthy
Martin County Sheriff's Office

cc: County Attorney
"""
pdf = make_pdf(scan, title='Scan_20261013_101452', producer='Xerox WorkCentre 7855 - OCR', creator='Xerox D125', scanned=True, seed=30)
m = new([('From', 'MCSO Xerox <scanner@martincounty.in.gov>'), ('To', INBOX),
         ('Subject', 'Scanned from a Xerox Multifunction Printer'),
         ('Date', 'Tue, 13 Oct 2026 10:15:04 -0400'),
         ('Message-ID', '<XRX0000AA4F6C2D1789660904@scanner.martincounty.in.gov>'),
         ('X-Mailer', 'Xerox WorkCentre 7855')])
m.set_content('', cte='7bit')
m.add_attachment(pdf, maintype='application', subtype='pdf', filename='Scan_20261013_101452.pdf')
write('030-martin-scan-denial.eml', m)
SCAN30_ID = '<XRX0000AA4F6C2D1789660904@scanner.martincounty.in.gov>'

# ============================================================== 031 Winter Harbor fee estimate, quotes the ack
FEE31_ID = '<CAN9s4Lp3Qe8wYd1tGx6Rk0Zh2Vb7Mc5nTf-8aUj3oWq1sKi9Rg@mail.gmail.com>'
GG2 = [(k, v.replace('whtownclerk@gmail.com', 'rtibbetts.wh@gmail.com')) for k, v in GG]
m = new([('From', "'Roger Tibbetts' via Winter Harbor Town Office <townoffice@winterharbormaine.org>"),
         ('Reply-To', 'Roger Tibbetts <rtibbetts.wh@gmail.com>'),
         ('To', plus('REQ-013')),
         ('Subject', 'Re: ' + subj('REQ-013')),
         ('Date', 'Wed, 14 Oct 2026 10:20:51 -0400'),
         ('Message-ID', FEE31_ID),
         ('In-Reply-To', ACK18_ID), ('References', mid('REQ-013') + ' ' + ACK18_ID)] + GG2)
m.set_content("""Ms. Castellanos,

Following up on Deb's note below. We have located four boxes of correspondence and files about the former Navy property (the Corea and Schoodic sites) and the Town's dealings with the Navy, the National Park Service and the Department of Defense from 2020 on, plus a folder of earlier transfer papers.

Under 1 M.R.S. § 408-A the Town may charge $25.00 per hour for staff time after the first two hours. We estimate about seven hours to go through the boxes, pull what is responsive and scan it, so five chargeable hours, or $125.00. Scanned copies are free.

Because the estimate is over $100, we ask that it be paid before we begin (check to "Town of Winter Harbor" or pay by card at the office). Please let us know whether you want us to go ahead, or if you would like to narrow the request. We will hold off until we hear from you.

Roger Tibbetts
Selectman
Town of Winter Harbor

On Mon, Sep 21, 2026 at 9:48 AM 'Deb Soucy' via Winter Harbor Town Office <townoffice@winterharbormaine.org> wrote:
""" + quote(ack18) + """

-- 
You received this message because you are subscribed to the Google Groups "Winter Harbor Town Office" group.
To unsubscribe from this group and stop receiving emails from it, send an email to townoffice+unsubscribe@winterharbormaine.org.
""", cte='quoted-printable')
write('031-winterharbor-gg-fee-quote.eml', m)

# ============================================================== 032 ODNI news release (null)
html = """<html><body style="margin:0;font-family:Georgia,serif">
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="background:#0b2545;color:#ffffff;padding:16px;font-size:18px">Office of the Director of National Intelligence &mdash; News Release</td></tr>
<tr><td style="padding:16px;font-size:14px;line-height:1.5">
<p style="font-size:12px;color:#666">FOR IMMEDIATE RELEASE &middot; ODNI News Release No. 31-26 &middot; October 15, 2026</p>
<h2 style="font-size:20px">Intelligence Community Publishes Updated Framework for Commercially Available Information</h2>
<p>WASHINGTON, D.C. &ndash; The Office of the Director of National Intelligence today released an updated Intelligence Community framework governing the acquisition and use of commercially available information (CAI), including sensitive CAI about U.S. persons. The framework updates the 2024 policy and requires each element to publish an annual summary of its CAI holdings.</p>
<p>&ldquo;Transparency about how the Intelligence Community acquires commercially available data is essential to maintaining public trust,&rdquo; the Chief Transparency Officer said.</p>
<p>The framework and a fact sheet are available on <a href="https://www.dni.gov/index.php/newsroom/press-releases">DNI.gov</a>.</p>
</td></tr>
<tr><td style="padding:12px;font-size:11px;color:#666">You are receiving this message because you subscribed to ODNI News Releases. <a href="https://public.govdelivery.com/accounts/USODNI/subscriber/edit">Manage subscriptions</a> | <a href="https://public.govdelivery.com/accounts/USODNI/subscriber/one_click_unsubscribe">Unsubscribe</a></td></tr></table>
</body></html>
"""
m = new([('From', 'ODNI News <odni-news@dni.gov>'), ('To', INBOX),
         ('Subject', 'ODNI News Release: Intelligence Community Publishes Updated Framework for Commercially Available Information'),
         ('Date', 'Thu, 15 Oct 2026 09:00:12 -0400'),
         ('Message-ID', '<20261015130012.USODNI.88120341@public.govdelivery.com>'),
         ('List-Unsubscribe', '<https://public.govdelivery.com/accounts/USODNI/subscriber/one_click_unsubscribe?verification=5.2a7c>'),
         ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
         ('Precedence', 'bulk'), ('X-Accountcode', 'USODNI_88')])
m.set_content(html, subtype='html', cte='base64')
write('032-odni-news-release.eml', m)

# ============================================================== 033 RISP denial, reply quoting the earlier ack
m = new([('From', '"McAllister, Erin (RISP)" <erin.mcallister@risp.ri.gov>'), ('To', plus('REQ-011')),
         ('Cc', '"Ferreira, Linda (RISP)" <linda.ferreira@risp.ri.gov>'),
         ('Subject', 'RE: ' + subj('REQ-011')),
         ('Thread-Topic', subj('REQ-011')),
         ('Thread-Index', 'AQHdQ2kq1V9xW3bJ0EiPpRk7r3nLWaABt4PwAGz1kQ0='),
         ('Date', 'Tue, 20 Oct 2026 10:22:15 -0400'),
         ('Message-ID', '<SA1PR09MB8114A72E9C0F3B1D5E48A61B9C9B4A@SA1PR09MB8114.namprd09.prod.outlook.com>'),
         ('In-Reply-To', ACK9_ID), ('References', mid('REQ-011') + ' ' + ACK9_ID),
         ('X-MS-Has-Attach', ''), ('Content-Language', 'en-US')])
m.set_content("""Ms. Castellanos:

Re: APRA No. 26-0418

The Rhode Island State Police has completed its search for records responsive to your request for Rhode Island State Fusion Center records concerning unmanned aircraft activity over or near Naval Station Newport from January 1, 2025 to the present.

The Department identified responsive records, consisting of situational awareness bulletins, suspicious activity reports and related analytical products. These records are exempt from public disclosure and are withheld in their entirety pursuant to R.I. Gen. Laws § 38-2-2(4)(D), as records maintained by a law enforcement agency for criminal law enforcement purposes, the disclosure of which could reasonably be expected to interfere with investigations of criminal activity and would disclose techniques and procedures for law enforcement investigations. The Department has reviewed the records and determined that there are no reasonably segregable portions that can be released, R.I. Gen. Laws § 38-2-3(b).

Pursuant to R.I. Gen. Laws § 38-2-8, you may appeal this denial to the Superintendent of the Rhode Island State Police. You may also file a complaint with the Department of Attorney General or institute proceedings in Superior Court.

Erin McAllister
Legal Counsel
Rhode Island State Police

From: Ferreira, Linda (RISP) <linda.ferreira@risp.ri.gov>
Sent: Monday, September 14, 2026 10:02 AM
To: records+req-011@records.example.org
Subject: RE: """ + subj('REQ-011') + """

""" + ack9_text + '\n', cte='quoted-printable')
write('033-risp-denial-quoted.eml', m)

# ============================================================== 034 Exchange NDR for our reply to Martin County
OUR34 = '<req-015.20261020.3@records.example.org>'
ndr_text = """Your message to chief.deputy@martincounty.in.gov couldn't be delivered.

chief.deputy wasn't found at martincounty.in.gov.

Records Desk    Office 365    chief.deputy
Action Required                Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If you continue to experience the problem, contact the recipient by some other means.

More Info for Email Admins
Status code: 550 5.1.10
This error occurs because the recipient's email address can't be found at the destination domain.

Original Message Details
Created Date:    10/20/2026 9:04:51 PM
Sender Address:  records@records.example.org
Recipient Address: chief.deputy@martincounty.in.gov
Subject:         RE: Public Records Request MCSO-26-041

Error Details
Reported error:  550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
DSN generated by: CH0PR09MB7011.namprd09.prod.outlook.com
"""
import quopri
B = '_000_ab7e3c2f91d04e6ab8c52f7d0e4a9c13CH0PR09MB7011namprd09_'
qp = quopri.encodestring(ndr_text.encode()).decode()
raw = f"""From: Microsoft Outlook <postmaster@martincounty.in.gov>
To: records@records.example.org
Subject: Undeliverable: RE: Public Records Request MCSO-26-041
Date: Tue, 20 Oct 2026 17:05:02 -0400
Message-ID: <ab7e3c2f-91d0-4e6a-b8c5-2f7d0e4a9c13@CH0PR09MB7011.namprd09.prod.outlook.com>
In-Reply-To: {OUR34}
References: {OUR34}
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr:
Content-Language: en-US
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="{B}"

--{B}
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

{qp}
--{B}
Content-Type: message/delivery-status

Reporting-MTA: dns;CH0PR09MB7011.namprd09.prod.outlook.com
Received-From-MTA: dns;mx2.records.example.org
Arrival-Date: Tue, 20 Oct 2026 21:04:58 +0000

Final-Recipient: rfc822;chief.deputy@martincounty.in.gov
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not
 found by SMTP address lookup

--{B}
Content-Type: text/rfc822-headers

Received: from mx2.records.example.org (203.0.113.25) by
 CH0PR09MB7011.mail.protection.outlook.com; Tue, 20 Oct 2026 21:04:58 +0000
From: Records Desk <records@records.example.org>
Reply-To: records+req-015@records.example.org
To: chief.deputy@martincounty.in.gov
Subject: RE: Public Records Request MCSO-26-041
Date: Tue, 20 Oct 2026 17:04:51 -0400
Message-ID: <req-015.20261020.3@records.example.org>
In-Reply-To: <XRX0000AA4F6C2D1789660904@scanner.martincounty.in.gov>
References: <req-015.20260917.1@records.example.org>
 <XRX0000AA4F6C2D1789660904@scanner.martincounty.in.gov>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--{B}--
"""
(OUT / '034-bounce-martin-ndr.eml').write_bytes(raw.encode())


# ============================================================== 035 Derby final for REQ-016 from Comcast, partial withholding
pdf = make_pdf("""Town of Derby - correspondence with U.S. Customs and Border Protection / U.S. Border Patrol
Crawford Road tower siting, January 2024 - October 2026 (released October 21, 2026)

01/09/2024  Swanton Sector BP (Community Liaison) to Town Administrator - request to present at
            selectboard meeting on autonomous surveillance towers
05/28/2024  CBP Office of Facilities and Asset Management to Town Administrator - inquiry about
            leasing town parcel 07-112 (Crawford Road)
06/20/2024  Town Administrator to CBP - Board authorization to continue discussions
 ...
08/03/2026  CBP Real Estate to Town Administrator - revised draft lease, 10-year term
Withheld: 4 emails, Town Administrator / Town Attorney, 02/2026 - 08/2026, 1 V.S.A. 317(c)(4)
""", title='Derby-CBP correspondence', producer='Canon iR-ADV C5535 PDF', creator='Canon')
m = new([('From', 'Donna Moulton <dmoulton5@comcast.net>'), ('To', INBOX),
         ('Subject', 'tower lease emails'),
         ('Date', 'Wed, 21 Oct 2026 14:12:37 -0400'),
         ('Message-ID', '<1177240931.1188.1790964757322@connect.xfinity.com>'),
         ('X-Mailer', 'Open-Xchange Mailer v7.10.6-Rev62')])
m.set_content("""Hi Nora,

Tom asked me to send these to you since he is at the VLCT town fair this week.

Attached are the emails between the Town and CBP / the Border Patrol about the tower on the Crawford Road parcel, January 2024 to now (about 60 pages).

Our attorney held back 4 emails between Tom and her about the lease terms. She says those are attorney-client and exempt under 1 V.S.A. § 317(c)(4). Everything else is there, so that should be all for this one.

Donna Moulton
Town Clerk
Town of Derby
""", cte='quoted-printable')
m.add_attachment(pdf, maintype='application', subtype='pdf', filename='Derby-CBP correspondence 2024-2026.pdf')
write('035-derby-final-comcast.eml', m)

# ============================================================== 036 New Boston newsletter (null)
nl_text = """NEW BOSTON TOWN CRIER - October 2026

* Transfer Station winter hours begin November 1 (Wed/Sat 8-4, Sun 8-12).
* Fall Festival at the Molly Stark Tavern lot, Saturday October 24.
* New Boston Space Force Station Community Open House, Saturday October 31, 10 a.m.-2 p.m.
  Photo ID required. Shuttle from the Town Common.
* Select Board meetings: Oct 26, Nov 9, Nov 23 at 6:00 p.m., Town Hall.
* Second-half property tax bills are due December 16.

Town of New Boston | 7 Meetinghouse Hill Road, New Boston, NH 03070
You are receiving this email because you signed up for the Town Crier.
Unsubscribe: https://visitor.constantcontact.com/do?p=un&m=001xR7&se=001Q2
"""
nl_html = '<html><body style="font-family:Verdana,sans-serif"><h1 style="color:#2d5016">New Boston Town Crier</h1><p><i>October 2026</i></p><ul>' + ''.join(
    '<li>%s</li>' % l[2:] for l in nl_text.split('\n') if l.startswith('* ')) + '</ul><p style="font-size:10px">Town of New Boston | 7 Meetinghouse Hill Road, New Boston, NH 03070<br><a href="https://visitor.constantcontact.com/do?p=un&amp;m=001xR7&amp;se=001Q2">Unsubscribe</a></p></body></html>\n'
m = new([('From', 'Town of New Boston <newsletter@newbostonnh.gov>'),
         ('Reply-To', 'townadmin@newbostonnh.gov'),
         ('Sender', 'Town of New Boston <newsletter-newbostonnh.gov@shared1.ccsend.com>'),
         ('To', INBOX),
         ('Subject', 'New Boston Town Crier - October 2026'),
         ('Date', 'Fri, 23 Oct 2026 07:00:41 -0400'),
         ('Message-ID', '<1139822651771.1102944810477.1789061.0.41700JL.1002@synd.ccsend.com>'),
         ('List-Unsubscribe', '<https://visitor.constantcontact.com/do?p=un&m=001xR7&se=001Q2>'),
         ('Precedence', 'bulk'), ('X-Campaign-Activity-ID', 'b8e0f4a9-7d21-4c55-9a3e-0c6f1e2d3b47')])
m.set_content(nl_text)
m.add_alternative(nl_html, subtype='html')
write('036-newboston-newsletter.eml', m)

# ============================================================== 037 CIA Glomar (multipart/alternative)
glomar = """Reference: F-2026-01944

Dear Ms. Castellanos:

This is a final response to your 8 September 2026 Freedom of Information Act (FOIA) request for records mentioning the "Stop the Towers" coalition of Derby and Derby Line, Vermont, or its organizers, from January 1, 2024 to the present.

In accordance with section 3.6(a) of Executive Order 13526, the CIA can neither confirm nor deny the existence or nonexistence of records responsive to your request. The fact of the existence or nonexistence of such records is itself currently and properly classified and is intelligence sources and methods information protected from disclosure by section 6 of the CIA Act of 1949, as amended, 50 U.S.C. § 3507, and section 102A(i)(1) of the National Security Act of 1947, as amended, 50 U.S.C. § 3024(i)(1). Therefore, your request is denied pursuant to FOIA exemptions (b)(1) and (b)(3). This response should not be taken as an indication that records do or do not exist.

You may appeal this determination to the Agency Release Panel, in my care, within 90 days from the date of this letter. Please include the basis of your appeal.

If you have any questions regarding our response, you may contact us at the address below or our FOIA Public Liaison. """ + OGIS + """

Sincerely,

Information and Privacy Coordinator
Central Intelligence Agency
Washington, D.C. 20505"""
m = new([('From', 'CIA FOIA <foia-correspondence@ucia.gov>'), ('To', plus('REQ-004')),
         ('Subject', 'F-2026-01944 - Final Response'),
         ('Date', 'Mon, 26 Oct 2026 11:30:44 -0400'),
         ('Message-ID', '<0f8d2a6b3c1e4d79.20261026153044@ucia.gov>')])
m.set_content(wrap(glomar))
m.add_alternative('<html><body style="font-family:Times New Roman,serif">' + ''.join(
    '<p>%s</p>' % p.replace('\n', '<br>') for p in glomar.split('\n\n')) + '</body></html>\n', subtype='html')
write('037-cia-glomar.eml', m)

# ============================================================== 038 Martin County call request
CALL38_ID = '<CH0PR09MB70115C0E8D21F4A3B96E07D1C0E31@CH0PR09MB7011.namprd09.prod.outlook.com>'
m = new([('From', 'Ron Hartwell <rhartwell@martincounty.in.gov>'), ('To', INBOX),
         ('Subject', 'your records request'),
         ('Date', 'Tue, 27 Oct 2026 09:40:18 -0400'),
         ('Message-ID', CALL38_ID),
         ('X-MS-Has-Attach', ''), ('Content-Language', 'en-US')])
m.set_content("""Ms. Castellanos,

Brenda tells me you were trying to reach me. Your email went to an address we don't use. Please give me a call at the office, (812) 247-3726 ext. 4, when you get a chance. The Sheriff is willing to take another look at the Crane agreement part, and I'd rather talk it through than trade letters.

Ron Hartwell
Chief Deputy
Martin County Sheriff's Office
""", cte='quoted-printable', charset='windows-1252')
write('038-martin-call-request.eml', m)

# ============================================================== 039 FBI no records (drones)
pdf = make_pdf("""U.S. Department of Justice
Federal Bureau of Investigation
Winchester, VA 22602

October 29, 2026

MS. NORA CASTELLANOS
RECORDS DESK
RECORDS.EXAMPLE.ORG

**FOIPA Request No.: 1702301-000
Subject: Unmanned Aircraft Sightings Near New Boston Space Force Station (NH) and Naval
         Submarine Base New London (CT), January 2025 - Present

Dear Ms. Castellanos:

This is in response to your Freedom of Information/Privacy Acts (FOIPA) request. Based on the
information you provided, we conducted a search of the locations and systems reasonably likely
to maintain responsive records. We were unable to identify records responsive to your request.
Therefore, your request is being closed.

For questions regarding our determinations, visit the www.fbi.gov/foia website. You may contact
our Public Information Officer at foipaquestions@fbi.gov or (540) 868-1535.

You may file an appeal by writing to the Director, Office of Information Policy (OIP), United
States Department of Justice, 441 G Street, NW, 6th Floor, Washington, D.C. 20530, or you may
submit an appeal through OIP's FOIA STAR portal. Your appeal must be postmarked or electronically
transmitted within ninety (90) days of the date of this letter in order to be considered timely.

You may seek dispute resolution services by contacting the Office of Government Information
Services (OGIS) at ogis@nara.gov or 1-877-684-6448.

Sincerely,

Section Chief
Record/Information Dissemination Section
Information Management Division
""", title='FOIPA 1702301-000', producer='FBI RIDS Correspondence')
m = new([('From', 'FBI eFOIPA <efoia@fbi.gov>'), ('To', INBOX),
         ('Subject', 'FOIPA Request No.: 1702301-000'),
         ('Date', 'Thu, 29 Oct 2026 08:55:40 -0400'),
         ('Message-ID', '<1793278540220.33318.JavaMail.efoipa@efoia-app01.fbi.gov>')])
m.set_content(wrap("""Attached is correspondence from the FBI Record/Information Dissemination Section concerning your Freedom of Information/Privacy Acts request.

This address is not monitored. Direct questions to foipaquestions@fbi.gov or call (540) 868-1535.
"""))
m.add_attachment(pdf, maintype='application', subtype='pdf', filename='1702301-000_Closing_Letter.pdf')
write('039-fbi-no-records-drones.eml', m)

# ============================================================== 040 FBI administratively closed
pdf = make_pdf("""U.S. Department of Justice
Federal Bureau of Investigation
Winchester, VA 22602

November 3, 2026

MS. NORA CASTELLANOS
RECORDS DESK
RECORDS.EXAMPLE.ORG

**FOIPA Request No.: 1703318-000
Subject: VOSE, HAROLD P.

Dear Ms. Castellanos:

By letter dated September 22, 2026, we asked you to provide proof of death for the individual
named above so that we could process your request. Because we did not receive the requested
information within 30 days, your request has been administratively closed.

If you still wish to obtain these records, you may submit a new request that includes proof of
death or a privacy waiver. A new FOIPA Request Number will be assigned.

You may file an appeal by writing to the Director, Office of Information Policy (OIP), United
States Department of Justice, 441 G Street, NW, 6th Floor, Washington, D.C. 20530, or through
OIP's FOIA STAR portal. Your appeal must be postmarked or electronically transmitted within
ninety (90) days of the date of this letter in order to be considered timely. You may seek
dispute resolution services by contacting OGIS at ogis@nara.gov or 1-877-684-6448.

Sincerely,

Section Chief
Record/Information Dissemination Section
Information Management Division
""", title='FOIPA 1703318-000', producer='FBI RIDS Correspondence')
m = new([('From', 'FBI eFOIPA <efoia@fbi.gov>'), ('To', INBOX),
         ('Subject', 'FOIPA Request No.: 1703318-000'),
         ('Date', 'Tue, 03 Nov 2026 09:15:22 -0500'),
         ('Message-ID', '<1793715322871.33901.JavaMail.efoipa@efoia-app02.fbi.gov>')])
m.set_content(wrap("""Attached is correspondence from the FBI Record/Information Dissemination Section concerning your Freedom of Information/Privacy Acts request.

This address is not monitored. Direct questions to foipaquestions@fbi.gov or call (540) 868-1535.
"""))
m.add_attachment(pdf, maintype='application', subtype='pdf', filename='1703318-000_Admin_Closure.pdf')
write('040-fbi-admin-closed.eml', m)

print('part 2 done')
exec(open(HERE / 'make_messages_3.py').read())
