"""Messages 041-050."""
from gen_common import *

M = []

# 041 Anchorage JustFOIA completed (records_final, nothing withheld)
t = """Municipality of Anchorage - Public Records

Request 2026-PRR-3307 has been completed.

Thank you for your payment of $412.47 received 10/13/2026. The following records are available
for download in the public portal for 30 days:

  - Contract 2024-0377 (snow removal, Areas 1-4) and Amendments 1-3
  - Contract 2025-0092 (snow hauling) and Amendment 1
  - PlowTrack AVL/GPS export, 11/01/2025 - 03/31/2026 (CSV, 14 files)

No records were withheld. This request is now closed.

https://anchorageak.justfoia.com/publicportal/home/track
"""
M.append(('041-anc-justfoia-completed.eml', build([
    ('From', 'Municipality of Anchorage Public Records <noreply@justfoia.com>'), ('To', REQ['REQ-008'][1]),
    ('Subject', 'Request 2026-PRR-3307 Completed'), ('Date', 'Thu, 29 Oct 2026 14:40:27 -0800'),
    ('Message-ID', mid('041', 'justfoia.com'))], text=t),
    fact('041-anc-justfoia-completed.eml', 'REQ-008', 'records_final', '2026-PRR-3307', ['plus', 'tracking', 'subject'],
         'JustFOIA completion: contracts and plow GPS export released after payment, nothing withheld, closed')))

# 042 our own MTA bounces our reply to a legacy co.maui.hi.us address (REQ-006)
our_mid = '<reply-006.20261105.2@records.example.org>'
t = """From: Mail Delivery Subsystem <mailer-daemon@records.example.org>
To: records+req-006@records.example.org
Subject: Delivery Status Notification (Failure)
Date: Thu, 05 Nov 2026 07:12:09 -1000
Message-ID: {m}
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="00000000000091a2b3c4d5e6f7"

--00000000000091a2b3c4d5e6f7
Content-Type: text/plain; charset="UTF-8"

** Address not found **

Your message wasn't delivered to kehau.alapai@co.maui.hi.us because the domain
co.maui.hi.us couldn't be found. Check for typos or unnecessary spaces and try again.

The response was:

DNS Error: DNS type 'mx' lookup of co.maui.hi.us responded with code NXDOMAIN
Domain name not found: co.maui.hi.us

--00000000000091a2b3c4d5e6f7
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.records.example.org
Arrival-Date: Thu, 05 Nov 2026 12:12:05 -0500

Final-Recipient: rfc822; kehau.alapai@co.maui.hi.us
Action: failed
Status: 5.1.2
Diagnostic-Code: smtp; DNS type 'mx' lookup of co.maui.hi.us responded with code NXDOMAIN

--00000000000091a2b3c4d5e6f7
Content-Type: message/rfc822

From: Records Desk <records@records.example.org>
Reply-To: records+req-006@records.example.org
To: kehau.alapai@co.maui.hi.us
Subject: Re: Notice to Requester - MEMA siren records
Date: Thu, 05 Nov 2026 12:12:01 -0500
Message-ID: {o}
In-Reply-To: {n}
References: {r} {a} {n}
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"

Aloha Kehau,

Our check for the $85.00 prepayment was mailed on October 20. Could you confirm it arrived
and when we should expect the first increment?

Records Desk

--00000000000091a2b3c4d5e6f7--
""".format(m=mid('042', 'records.example.org'), o=our_mid, n=mid('023', 'mauicounty.gov'), r=REQ['REQ-006'][0], a=mid('005', 'mauicounty.gov'))
M.append(('042-bounce-legacy-maui-domain.eml', raw(t), fact('042-bounce-legacy-maui-domain.eml', 'REQ-006', 'bounce', None,
    ['thread-embedded', 'plus'],
    'our own MTA returns our follow-up sent to the retired co.maui.hi.us domain; request found via References inside the returned message')))

# 043 GovQA completed with partial withholding (AK, no appeal window in the table)
t = """Dear Records Desk,

Your public records request R004412-091426 has been completed.

Per your revised request (spills of 55 gallons or more at North Slope facilities, January 1,
2024 to the present), the Division of Spill Prevention and Response has released:

  * SPAR spill summary spreadsheet, North Slope, 2024-2026 (all sizes)
  * 143 spill case files (situation reports, closure letters, photos)

Withheld in part: home addresses and personal phone numbers of individual reporters and
responders (AS 40.25.120(a)(4); AS 40.25.120(a)(6)(C)), and security-sensitive pipeline
drawings (AS 40.25.120(a)(10)). Redactions are marked on each page.

There is no charge for this request. You may appeal this decision under 2 AAC 96.340 or seek
review in superior court.

To access the records, log in to the State of Alaska Public Records Center:
https://alaska.govqa.us/WEBAPP/_rs/(S(x1y2z3))/SupportHome.aspx

Alaska Department of Environmental Conservation
"""
M.append(('043-akdec-govqa-completed-redacted.eml', build([
    ('From', 'State of Alaska Public Records Center <alaska@mycusthelp.net>'), ('To', INBOX),
    ('Subject', 'Public Records Request :: R004412-091426 Completed'), ('Date', 'Fri, 06 Nov 2026 10:30:51 -0900'),
    ('Message-ID', mid('043', 'mycusthelp.net'))], text=t),
    fact('043-akdec-govqa-completed-redacted.eml', 'REQ-012', 'records_final', 'R004412-091426', ['tracking', 'subject'],
         'GovQA completion for ADEC: records released with AS 40.25.120 redactions; Alaska table has no appeal days so appeal_due null; AKST now',
         adverse_determination=True)))

# 044 NSB final release (no tracking number ever)
hd = [('From', 'Della Ahsoak <della.ahsoak@north-slope.org>'), ('To', REQ['REQ-010'][1]),
      ('Subject', 'RE: ' + REQ['REQ-010'][2]), ('Date', 'Mon, 09 Nov 2026 11:00:14 -0900'),
      ('Message-ID', mid('044', 'north-slope.org'))]
thread(hd, 'REQ-010', [mid('012', 'north-slope.org'), mid('032', 'north-slope.org')])
perm = ("permit_no,type,applicant,location,issued\nNSB 24-112,Development Permit,ConocoPhillips Alaska,Willow WT-1 pad,2024-04-02\n"
        "NSB 24-233,Master Plan,Santos,Pikka Unit,2024-08-19\nNSB 25-041,Development Permit,ConocoPhillips Alaska,Nuiqsut spur road,2025-02-27\n"
        "NSB 26-017,Development Permit,Armstrong/Oil Search,Nuna,2026-03-10\n")
M.append(('044-nsb-final-permits.eml', build(hd, text="""Hi,

Thanks for the call last week. Attached is the list of oil and gas Development Permits and
Master Plan permits for the Utqiagvik and Nuiqsut files, 2024 to now, with the permit
decisions as PDFs in the shared folder link below (the files were too big for email from
up here).

https://nsb-share.north-slope.org/s/permits-2024-2026

That is everything we have for what you asked. No charge.

Della
""", attachments=[(perm.encode(), 'text', 'csv', 'NSB_Title19_OG_permits_2024-2026.csv')]),
    fact('044-nsb-final-permits.eml', 'REQ-010', 'records_final', None, ['thread', 'plus'],
         'NSB staffer sends permit list and shared-folder link, "that is everything", no charge; NSB never assigns a number')))

# 045 NPS HAVO first interim release (Hawaii park staff, HST)
hd = [('From', 'Kamakau, Leialoha <leialoha_kamakau@nps.gov>'), ('To', REQ['REQ-013'][1]),
      ('Subject', 'DOI-NPS-2026-004417 - Interim Release 1'), ('Date', 'Tue, 10 Nov 2026 13:20:40 -1000'),
      ('Message-ID', mid('045', 'nps.gov'))]
thread(hd, 'REQ-013')
M.append(('045-nps-havo-interim1.eml', build(hd, text="""Aloha,

This is the first interim response to FOIA request DOI-NPS-2026-004417. Enclosed via the
download link are 212 pages: Superintendent's closure orders for the Kilauea summit and
Halemaumau overlook areas (January 2025 - August 2026) and the park's compendium amendments.
These are released in full.

We are continuing to process the visitor incident reports and ranger case files, which require
review under Exemptions 6 and 7(C). We anticipate the next release within 30 workdays.

Download (expires in 30 days): https://doi.box.com/s/havo-4417-release1

Leialoha Kamakau
FOIA Coordinator, Hawaii Volcanoes National Park
"""), fact('045-nps-havo-interim1.eml', 'REQ-013', 'records_interim', 'DOI-NPS-2026-004417', ['thread', 'plus', 'tracking'],
    'NPS HAVO first interim release (212 pages in full), more to come; HST Date')))

# 046 NSB denial from a different staffer, no threading, changed subject
M.append(('046-nsb-denial-seawall-nothread.eml', build([
    ('From', 'Jonas Kaleak <jonas.kaleak@north-slope.org>'), ('To', INBOX),
    ('Subject', 'Utqiagvik shoreline project records'), ('Date', 'Thu, 12 Nov 2026 09:40:33 -0900'),
    ('Message-ID', mid('046', 'north-slope.org'))],
    text="""Records Desk,

The Clerk's Office forwarded your request (resent Oct. 6) about the Utqiagvik coastal erosion
and seawall project to Capital Improvement Program Management.

The Borough is not able to release these records. The engineering alternatives reports and
draft cost estimates are pre-decisional working documents prepared for the Assembly and the
Army Corps feasibility study, and are protected by the deliberative process privilege
recognized by the Alaska Supreme Court. The Assembly discussed the project in executive session
on July 14 and August 11, 2026; executive session materials are confidential under AS
29.20.020(b) and Borough Code. No construction contract has been awarded yet.

If the Assembly approves a contract, the contract will be a public record and we can provide it
then.

Jonas Kaleak
Project Manager, CIPM, North Slope Borough
"""), fact('046-nsb-denial-seawall-nothread.eml', 'REQ-011', 'denial', None, ['subject'],
    'NSB withholds all seawall records (deliberative process, executive session); no thread headers, new subject and new sender; AK appeal_due null',
    adverse_determination=True)))

# 047 colleague forwards Maui first increment (Fwd:, records_interim)
t = """Forwarding - this went to my address because Kehau replied to my phone-call follow-up. Can
someone log it?

Malia

---------- Forwarded message ---------
From: Kehau Alapa'i <Kehau.Alapai@mauicounty.gov>
Date: Fri, Nov 13, 2026 at 2:02 PM
Subject: RR2026-233 - first increment
To: Malia Kealoha <malia.kealoha@records.example.org>

Aloha Malia,

We received the $85 prepayment on November 9 (it was delayed in interisland mail). Attached
to this email please find the first increment of MEMA records for RR2026-233: the siren system
activation log export for August 8-9, 2023 and the Emergency Operations Center event log.

The second increment (after-action materials and MEMA correspondence) is under review and
will follow within 20 business days. Portions of the correspondence will be withheld as
stated in the Notice.

Mahalo,
Kehau Alapa'i
Department of the Corporation Counsel
"""
hd = [('From', 'Malia Kealoha <malia.kealoha@records.example.org>'), ('To', INBOX),
      ('Subject', 'Fwd: RR2026-233 - first increment'), ('Date', 'Mon, 16 Nov 2026 15:10:48 -1000'),
      ('Message-ID', '<CAF7x9kq3-Lm2@mail.gmail.com>')]
M.append(('047-fwd-maui-first-increment.eml', build(hd, text=t,
    attachments=[(b'siren_id,activation_time,command,status\n(stand-in: no activation commands recorded 08/08/2023 15:00-23:59)\n', 'text', 'csv', 'MEMA_siren_log_2023-08-08.csv')]),
    fact('047-fwd-maui-first-increment.eml', 'REQ-006', 'records_interim', 'RR2026-233', ['tracking', 'subject'],
         'colleague forwards Maui first increment (siren logs); number written RR2026-233 without space; interisland mail delay')))

# 048 ADEC GovDelivery public notice (null)
t = """Alaska Department of Environmental Conservation
Division of Air Quality - Public Notice

Public comment period opens on preliminary decision, Air Quality Control Minor Permit
AQ1650MSS02, Prudhoe Bay Unit Central Gas Facility.

Comments due December 18, 2026. Documents: https://dec.alaska.gov/Applications/Air/airtoolsweb/

You are subscribed to Air Permits - North Slope for Alaska DEC. Manage preferences or
unsubscribe: https://public.govdelivery.com/accounts/AKDEC/subscriber/edit
"""
M.append(('048-akdec-govdelivery-null.eml', build([
    ('From', 'Alaska DEC <akdec@public.govdelivery.com>'), ('To', INBOX),
    ('Subject', 'Public Notice: Prudhoe Bay Unit air permit preliminary decision'), ('Date', 'Wed, 18 Nov 2026 12:00:07 -0900'),
    ('Message-ID', mid('048', 'public.govdelivery.com')), ('List-Unsubscribe', '<https://public.govdelivery.com/accounts/AKDEC/subscriber/edit>'),
    ('Precedence', 'bulk')], text=t),
    fact('048-akdec-govdelivery-null.eml', None, 'other', None, ['none'],
         'ADEC GovDelivery public notice about a North Slope permit (same agency and region as REQ-012) - a subscription, not a reply')))

# 049 HPD first increment (records_interim), reply on thread
hd = [('From', '"Kaneshiro, Darren" <dkaneshiro@honolulupd.org>'), ('To', REQ['REQ-001'][1]),
      ('Subject', 'RE: ' + REQ['REQ-001'][2]), ('Date', 'Thu, 19 Nov 2026 10:00:21 -1000'),
      ('Message-ID', mid('049', 'honolulupd.org')), ('Thread-Topic', REQ['REQ-001'][2])]
thread(hd, 'REQ-001', [mid('011', 'honolulupd.org'), mid('024', 'honolulupd.org')])
M.append(('049-hpd-interim-increment1.eml', build(hd, text="""Good morning,

Your prepayment of $140.00 was received on October 22. Attached is the first increment of
records for Records Request No. 2026-04127: use-of-force reports for calendar year 2023
(391 reports), redacted as stated in the Notice to Requester.

The 2024 and 2025 reports will be provided in the next increments, each within 20 business
days. The balance of the fees will be billed with the final increment.

Respectfully,
Sgt. Darren Kaneshiro
Records and Identification Division
""", attachments=[(b'(stand-in for UOF_2023_redacted.zip manifest: 391 reports)\n', 'text', 'plain', 'UOF_2023_increment1_manifest.txt')]),
    fact('049-hpd-interim-increment1.eml', 'REQ-001', 'records_interim', '2026-04127', ['thread', 'plus', 'tracking'],
         'HPD first increment (2023 reports), later increments to follow')))

# 050 PAL status change notice
M.append(('050-noaa-pal-status.eml', build([
    ('From', 'DOC FOIA PAL <foiapal-noreply@doc.gov>'), ('To', REQ['REQ-014'][1]),
    ('Subject', 'FOIA Request DOC-NOAA-2026-001962 status update'), ('Date', 'Mon, 23 Nov 2026 09:30:00 -0500'),
    ('Message-ID', mid('050', 'doc.gov'))],
    text="""The status of your FOIA request DOC-NOAA-2026-001962 has changed to: Documents Delivered / Response Pending Sign-off.

Log in to the Public Access Link to view details: https://foiapal.doc.gov/app/Home.aspx

THIS IS AN AUTOMATED MESSAGE - PLEASE DO NOT REPLY
"""), fact('050-noaa-pal-status.eml', 'REQ-014', 'portal_notice', 'DOC-NOAA-2026-001962', ['plus', 'tracking', 'subject'],
    'PAL automated status change, no substantive text')))
