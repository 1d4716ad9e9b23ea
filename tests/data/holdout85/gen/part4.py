"""Messages 031-040 (October 13-22, 2026)."""
from common import build, req_mid, plus, quote, pdf_bytes, INBOX, ORG

GG = {'Mailing-list': 'list opdrecords@cityofomaha.org; contact opdrecords+owners@cityofomaha.org',
      'List-Id': '<opdrecords.cityofomaha.org>', 'Precedence': 'list'}

# 031 IMPD: closed with records released in part; BWC withheld (investigatory / law enforcement recording)
t = """Indianapolis Public Records

Record request #26-4418 has been closed.

Message from IMPD Records:
"The Use of Force report (Blue Team entry) for the April 27, 2026 arrest on E. 38th St. is released and
attached in the portal, with the date of birth, home address and telephone number of the arrested person
redacted (IC 5-14-3-4(a)). The body-worn camera recordings are law enforcement recordings that are also
part of an open criminal case, and IMPD has exercised its discretion to withhold them under
IC 5-14-3-4(b)(1) (investigatory records) and IC 5-14-3-5.2. No other responsive records were located.

If you believe this response violates the Access to Public Records Act, you may file a formal complaint
with the Indiana Public Access Counselor within 30 days of this denial (IC 5-14-5-7)."

Documents released:
  UOF_26-4418_redacted.pdf

View request #26-4418: https://indianapolisin.nextrequest.com/requests/26-4418
"""
build('031-impd-final-partial.eml', {
    'From': 'Indianapolis Public Records <indianapolisin@mail.nextrequest.com>', 'To': plus(7),
    'Date': '2026-10-13 11:22 -0400', 'Subject': '[Records Request #26-4418] Request closed',
    'Message-ID': '<nr.26-4418.closed.e83a2@mail.nextrequest.com>'}, text=t)

# 032 KCPD JustFOIA acknowledgment with an estimated completion date
h = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="600" cellpadding="6" style="border:1px solid #ccd"><tr><td style="background:#1b3a5c;color:#fff">
<b>Kansas City Missouri Police Department</b> &middot; Sunshine Requests</td></tr>
<tr><td><p>Your request has been received.</p>
<table cellpadding="3"><tr><td><b>Request Number:</b></td><td>2026-SR-00802</td></tr>
<tr><td><b>Received Date:</b></td><td>10/13/2026</td></tr>
<tr><td><b>Estimated Completion Date:</b></td><td>10/27/2026</td></tr>
<tr><td><b>Description:</b></td><td>Any KCPD gang database or gang member list (counts by race, age and
zip code) and the policy for designating gang members.</td></tr></table>
<p>Pursuant to Section 610.023.3 RSMo, the custodian will act on your request no later than the end of the
third business day following the date the request is received.</p>
</td></tr></table><p style="font-size:11px;color:#888">Powered by JustFOIA</p></body></html>"""
build('032-kcpd-justfoia-ack-gang.eml', {
    'From': 'Kansas City Missouri Police Department <notifications@justfoia.com>',
    'Reply-To': 'sunshinerequests@kcpd.org', 'To': plus(15), 'Date': '2026-10-13 13:09 -0500',
    'Subject': 'Request 2026-SR-00802 Received', 'Message-ID': '<jf.71bd09e5a2.2026-SR-00802@justfoia.com>'}, html=h)

# 033 Omaha: special service charge estimate (84-712(3)(c)), via Google Group
t = """Hello,

For ORR-26-0378 (OPD overtime by unit, 2024-2025): the report has to be built from payroll data by a
Finance analyst, and we estimate about thirteen hours of staff time. Under Neb. Rev. Stat.
84-712(3)(c), the first four cumulative hours are at no charge; the remaining time is charged at the
analyst's actual hourly rate.

  9.0 hours x $38.42 = $345.78
  Copies: none (electronic delivery)
  Estimated total: $345.78

We require a deposit of the estimated amount before work begins. Please let us know within ten business
days whether you want to proceed, narrow the request (for example, totals by unit without monthly detail
would take considerably less time), or withdraw it.

Monica Feeney
Records Supervisor, Omaha Police Department
"""
build('033-omaha-fee-estimate.eml', dict({
    'From': "'Monica Feeney' via OPD Records Unit <opdrecords@cityofomaha.org>", 'To': plus(14),
    'Reply-To': 'Monica Feeney <monica.feeney@cityofomaha.org>', 'Date': '2026-10-13 15:47 -0500',
    'Subject': 'ORR-26-0378 cost estimate', 'Message-ID': '<CAF9wq0e1dL4=kJmA3xYq7Rt@mail.gmail.com>',
    'X-Original-Sender': 'monica.feeney@cityofomaha.org'}, **GG), text=t)

# 034 Milwaukee: video redaction fee estimate
t = """Re: OR 26-01873

The Open Records Section has located the following video responsive to your request:

  Body-worn camera recordings: 6 files, total run time 2 h 58 m
  Squad (in-car) video: 2 files, total run time 0 h 43 m

The recordings show a minor passenger and bystanders whose faces and identifying information must be
redacted. We estimate 8.5 hours of redaction time by a video technician.

  Redaction of audio/video content, 8.5 hrs x $44.19 (actual, necessary and direct cost) = $375.62
  Use-of-force reports (3), electronic copy ................................................ $0.00
  Estimated total ......................................................................... $375.62

Because the estimate exceeds $5.00, prepayment is required under Wis. Stat. 19.35(3)(f). The redaction
fee does not apply to an individual who certifies the video will not be used for financial gain, to a
person involved in the incident, or to video of an officer-involved shooting; none of these appears to
apply to this request. Actual charges may be less than the estimate.

Please reply to confirm you wish to proceed and we will send payment instructions.

Open Records Section, Milwaukee Police Department
"""
build('034-milwaukee-fee-redaction.eml', {
    'From': 'MPD Open Records <mpdopenrecords@milwaukee.gov>', 'To': plus(11), 'Date': '2026-10-15 10:12 -0500',
    'Subject': 'OR 26-01873 - Estimated cost (video redaction)',
    'Message-ID': '<DM6PR04MB4410E71C0B35@DM6PR04MB4410.namprd04.prod.outlook.com>'}, text=t)

# 035 colleague forwards Omaha's final response (sent to her own address)
pdf = pdf_bytes([
    'OMAHA POLICE DEPARTMENT - POLICIES AND PROCEDURES (EXCERPT)', 'Gang Unit: Documentation of Gang Members and Associates', '',
    'A person may be documented when two or more of the following are met:',
    '  - self-admission to a sworn officer; - identified by a reliable informant;',
    '  - gang tattoos or dress; - frequent association with documented members;',
    '  - arrest with documented members for gang-related offenses.',
    'Documentation is reviewed by the Gang Unit supervisor and purged after five years',
    'without qualifying contact.'], 'OPD gang documentation procedure')
inner = """Ms. Okafor,

This is the response to ORR-26-0331 (gang designation records).

Released: the attached excerpt of the OPD Policies and Procedures manual setting out the criteria for
documenting gang members and associates, and the review and purge schedule.

Withheld: the Gang Unit's intelligence files, including the list and the number of documented persons,
are withheld under Neb. Rev. Stat. 84-712.05(5) as records developed or received by a law enforcement
agency charged with investigating criminal activity. No audit records were located.

You may seek review of this denial by petitioning the Attorney General or by filing suit in district
court under Neb. Rev. Stat. 84-712.03.

Lt. Carla Brandt
Omaha Police Department - Records Unit"""
t = """Omaha's records unit sent this to my address instead of the desk inbox (I was cc'd on the original
request). Filing it here - the policy excerpt is attached.

Maria

---------- Forwarded message ---------
From: 'Carla Brandt' via OPD Records Unit <opdrecords@cityofomaha.org>
Date: Thu, Oct 15, 2026 at 4:38 PM
Subject: ORR-26-0331 response
To: Maria Okafor <maria.okafor@%s>

%s
""" % (ORG, inner)
build('035-fwd-omaha-final.eml', {
    'From': 'Maria Okafor <maria.okafor@%s>' % ORG, 'To': INBOX, 'Date': '2026-10-16 08:31 -0500',
    'Subject': 'Fwd: ORR-26-0331 response', 'Message-ID': '<CAH2pE0v9Kx3Qm1wZ8o=fwd0331@mail.gmail.com>'}, text=t,
    attachments=[('OPD_Gang_Documentation_Procedure.pdf', 'application/pdf', pdf)])

# 036 SLMPD: first installment mailed on CD
t = """Records Desk,

Payment for SR2026-0412 was received on October 13. Thank you.

Disc 1 of 2, containing the 2024 use-of-force reports (1,012 pages, redacted as required by law), was
mailed today by certified mail to the address on your request.

Disc 2, with the 2025 reports, and our response regarding the Force Investigation Unit summaries will
follow once review is complete.

T. Reeves
Office of the Custodian of Records, SLMPD
"""
build('036-slmpd-interim-cd.eml', {
    'From': 'Reeves, Tamika <treeves@slmpd.org>', 'To': plus(3), 'Date': '2026-10-19 15:40 -0500',
    'Subject': 'SR2026-0412 - Disc 1 mailed', 'Message-ID': '<SA1PR19MB5512A3C9D0E1@SA1PR19MB5512.namprd19.prod.outlook.com>'},
    text=t)

# 037 KCPD JustFOIA generic update notice
t = """Kansas City Missouri Police Department - Sunshine Requests

Request 2026-SR-00593 has been updated.

Log in to the public portal to view the latest activity on your request:
https://kcpdmo.justfoia.com/publicportal/home/track

This is an automated message. Please do not reply.

Powered by JustFOIA
"""
build('037-kcpd-justfoia-updated.eml', {
    'From': 'Kansas City Missouri Police Department <notifications@justfoia.com>',
    'Reply-To': 'sunshinerequests@kcpd.org', 'To': plus(5), 'Date': '2026-10-20 09:15 -0500',
    'Subject': 'Request 2026-SR-00593 Updated', 'Message-ID': '<jf.2e94ab7c01.2026-SR-00593@justfoia.com>'}, text=t)

# 038 Columbus GovQA acknowledgment for the shooting video request
t = """Dear Requester,

Thank you for contacting the City of Columbus. Your public records request has been received and
assigned reference number C013405-102026.

Summary: CPD use-of-force reports and body-worn camera video, Cleveland Ave. police shooting 9/27/2026

Received: 10/20/2026

Under Ohio Revised Code 149.43, public records responsive to your request will be made available
within a reasonable period of time. You will be notified through the Public Records Center when your
request is updated.

To monitor the progress or update this request please log into the Public Records Center.
This is an automated notification. Please do not reply to this message.

City of Columbus | Department of Public Safety
"""
build('038-columbus-govqa-ack-ois.eml', {
    'From': 'City of Columbus Public Records <noreply@mycusthelp.net>', 'To': plus(17),
    'Date': '2026-10-20 14:12 -0400', 'Subject': 'Public Records Request :: C013405-102026',
    'Message-ID': '<c09e55a1.7d2f.govqa.C013405@mycusthelp.net>'}, text=t)

# 039 Columbus: asks to narrow/clarify the IAB request (Ohio 149.43(B)(2))
t = """Hello,

I am working on public records request C012977-100526 for 2025 Internal Affairs Bureau investigation
summaries. As written, the request could cover more than 600 IAB and chain-of-command investigations
opened or closed in 2025. Under R.C. 149.43(B)(2) we would like to work with you to identify the records
you want so we can get them to you sooner.

Could you tell us:
  1. Whether you want IAB-level investigations only, or chain-of-command investigations as well;
  2. Whether you want investigations closed in 2025, or opened in 2025; and
  3. Whether the one-page Investigative Summary is enough, or you want the full case file.

Investigations that are still open are generally not released while pending. Once we hear back we will
give you a time estimate.

Renee Hollis
Public Records Unit | Columbus Division of Police
"""
build('039-columbus-clarify-iab.eml', {
    'From': 'Hollis, Renee <rhollis@columbuspolice.org>', 'To': plus(10), 'Date': '2026-10-21 10:57 -0400',
    'Subject': 'RE: Public Records Request :: C012977-100526 - clarification needed',
    'Message-ID': '<BN8PR14MB3162C4A09E77@BN8PR14MB3162.namprd14.prod.outlook.com>'}, text=t)

# 040 Memphis analyst asks for a phone call (informal, no number, different subject)
t = """Hi there,

I'm the analyst the City assigned to one of your open requests. I have a question about the data
portion - mostly about which fields you need and what format works - and it would be quicker to talk it
through than trade emails. Could you give me a call this week? My direct line is 901-636-2270, or send
me a couple of times that work and I'll call you.

Thanks,
Kevin Odom
Data Analyst, City of Memphis Information Technology
"""
build('040-memphis-call-request.eml', {
    'From': 'Odom, Kevin <kevin.odom@memphistn.gov>', 'To': INBOX, 'Date': '2026-10-22 11:41 -0500',
    'Subject': 'Your records request - quick call?', 'Message-ID': '<CH0PR09MB77415F1E2A90@CH0PR09MB7741.namprd09.prod.outlook.com>'},
    text=t)
