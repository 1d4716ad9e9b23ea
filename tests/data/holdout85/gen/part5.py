"""Messages 041-050 (October 26 - November 12, 2026)."""
from common import build, req_mid, plus, quote, pdf_bytes, INBOX, ORG

# 041 vendor marketing (belongs to no request)
h = """<html><body style="font-family:Arial">
<h2 style="color:#0b5">Redaction that keeps up with your records backlog</h2>
<p>Public records units are receiving more requests for body-worn camera video than ever. Join our free
webinar on <b>November 5</b> to see how agencies in Missouri, Ohio and Wisconsin cut video redaction time in half
and deliver footage by secure evidence.com-style share links instead of DVDs.</p>
<p><a href="https://events.clearframe-redact.example.com/nov5">Save my seat</a></p>
<p style="font-size:10px;color:#999">ClearFrame Video Systems, 400 Market St., Suite 900, Chicago, IL.
You received this email because you downloaded a public-records guide. <a href="https://clearframe-redact.example.com/unsub">Unsubscribe</a></p>
</body></html>"""
build('041-vendor-marketing-null.eml', {
    'From': 'ClearFrame Video Systems <events@clearframe-redact.example.com>', 'To': INBOX,
    'Date': '2026-10-26 09:00 -0500', 'Subject': 'Webinar: Body-worn camera redaction for public records units',
    'Message-ID': '<mkt.20261026.88213@clearframe-redact.example.com>',
    'List-Unsubscribe': '<https://clearframe-redact.example.com/unsub>', 'Precedence': 'bulk'}, html=h)

# 042 KCPD JustFOIA closure: no records
t = """Kansas City Missouri Police Department - Sunshine Requests

Request 2026-SR-00802 has been closed.

Response from the Custodian of Records:
After a diligent search by the Violent Crimes Division and the Office of General Counsel, the Department
has no records responsive to your request. The Kansas City Missouri Police Department does not maintain
a gang database or gang member list, and has no written policy for designating persons as gang members.
The Sunshine Law does not require the Department to create a record that does not exist.

Request closed: No Responsive Records

Powered by JustFOIA
"""
build('042-kcpd-no-records-gang.eml', {
    'From': 'Kansas City Missouri Police Department <notifications@justfoia.com>',
    'Reply-To': 'sunshinerequests@kcpd.org', 'To': plus(15), 'Date': '2026-10-27 16:05 -0500',
    'Subject': 'Request 2026-SR-00802 Closed', 'Message-ID': '<jf.9f1c3d7a55.2026-SR-00802@justfoia.com>'}, text=t)

# 043 KCPD denial letter only in a PDF whose file name carries the request number
pdf = pdf_bytes([
    'KANSAS CITY MISSOURI POLICE DEPARTMENT', 'Office of General Counsel', '1125 Locust Street, Kansas City, Missouri 64106', '',
    'October 30, 2026', '', 'Records Desk, The River & Plains Ledger', '',
    'Re: Sunshine Law request for body-worn camera and in-car video, June 2, 2026', '',
    'The Department has completed its review of the recordings responsive to your request.',
    'The officer-involved shooting of June 2, 2026 remains under active investigation by',
    'the Missouri State Highway Patrol and the Jackson County Prosecuting Attorney.', '',
    'The recordings are mobile video recordings and investigative records that are closed',
    'while the investigation is active, Section 610.100.1(6) and 610.100.2 RSMo. Your',
    'request is therefore denied in full. When the investigation becomes inactive, as',
    'defined in Section 610.100.1(3), you may renew your request.', '',
    'Custodian of Records, Kansas City Missouri Police Department'], 'Sunshine response letter')
build('043-kcpd-denial-pdf.eml', {
    'From': 'KCPD Sunshine Requests <sunshinerequests@kcpd.org>', 'To': plus(5), 'Date': '2026-10-30 15:30 -0500',
    'Subject': 'Response to your Sunshine Law request', 'Message-ID': '<20261030203011.4410.kcpd@kcpd.org>'},
    text='Please see the attached letter responding to your request.\n\nOffice of General Counsel - Sunshine Requests\nKansas City Missouri Police Department\n',
    attachments=[('2026-SR-00593_Response_Letter.pdf', 'application/pdf', pdf)])

# 044 IMPD: no answer to clarification -> denied for lack of particularity and closed
t = """Indianapolis Public Records

Record request #26-4507 has been closed.

Message from IMPD Records:
"We asked on September 28, 2026 for more detail about the records you are seeking and have not received a
reply. Because the request as submitted does not identify the records with reasonable particularity as
required by IC 5-14-3-3(a)(1), it is denied and has been closed. You are welcome to submit a new request
that describes the specific records you want.

You may file a formal complaint with the Indiana Public Access Counselor within 30 days of this denial
(IC 5-14-5-7)."

View request #26-4507: https://indianapolisin.nextrequest.com/requests/26-4507
"""
build('044-impd-denial-closed.eml', {
    'From': 'Indianapolis Public Records <indianapolisin@mail.nextrequest.com>', 'To': plus(8),
    'Date': '2026-11-02 09:48 -0500', 'Subject': '[Records Request #26-4507] Request closed',
    'Message-ID': '<nr.26-4507.closed.f2b71@mail.nextrequest.com>'}, text=t)

# 045 Milwaukee: no records for ALPR contract and audit logs (reply with new subject, quoting request)
t = """Good afternoon,

Re: OR26-02114

A search was made by the Fiscal Services Division, the Technology Division and the Intelligence Fusion
Center. The Milwaukee Police Department has no contract, purchase order or agreement for automated
license plate reader cameras or services, and therefore has no ALPR audit logs. No records responsive to
your request exist.

Because no records exist, this response is not a denial of access to an existing record. You may seek
review of this response by action for mandamus under Wis. Stat. 19.37(1), or by asking the Milwaukee
County District Attorney or the Wisconsin Attorney General to bring such an action.

Open Records Section, Milwaukee Police Department

> Under Wis. Stat. 19.31-19.39 we request all contracts, purchase orders and agreements for automated
> license plate reader cameras or services used by MPD, and the ALPR system audit logs for 2025.
"""
build('045-milwaukee-no-records.eml', {
    'From': 'MPD Open Records <mpdopenrecords@milwaukee.gov>', 'To': plus(12), 'Date': '2026-11-03 13:20 -0600',
    'Subject': 'ALPR records request - response', 'Message-ID': '<DM6PR04MB44109E8B7C21@DM6PR04MB4410.namprd04.prod.outlook.com>'},
    text=t)

# 046 Memphis GovQA message: ISB case summary no longer exists (first reply on this request)
t = """Dear Records Desk,

Your public records request P043977-102826 has been updated with the following response:

The Memphis Police Department Inspectional Services Bureau reports that ISB case 2019-0417 was closed as
"unfounded" in 2019. Under the Department's records retention schedule, unfounded ISB case files and
their summaries are destroyed five years after closure, and this file was destroyed in 2024. A search of
ISB files and the Department's records storage found no responsive records.

This request is now closed.

To view the request history please log into the Public Records Center.
This is an automated notification. Please do not reply to this message.

City of Memphis Public Records Center
"""
build('046-memphis-no-records-isb.eml', {
    'From': 'City of Memphis Public Records Center <noreply@mycusthelp.net>', 'To': plus(16),
    'Date': '2026-11-04 10:30 -0600', 'Subject': 'City of Memphis Public Records Request :: P043977-102826 - Closed',
    'Message-ID': '<3e7d19a0.5521.govqa.P043977@mycusthelp.net>'}, text=t)

# 047 Memphis: final installment, redactions explained, Evidence.com link
t = """Good afternoon,

This is the second and final installment for request P041882-090826.

The remaining four body-worn camera recordings and the three response-to-resistance reports have been
shared with you through Axon Evidence.com:

  https://memphispd.evidence.com/share/Kp4Wn7Zc2Hq9Lx1e   (link expires December 6, 2026)

Redactions: the faces and voices of two bystanders and the home address, date of birth and driver license
number of the driver were redacted under T.C.A. 10-7-504(a)(29) and 10-7-504(f). About four minutes of
one recording showing the interior of a residence is withheld in full to protect the privacy of the
occupants. All other portions are released.

The final cost was $388.72; a refund of $11.74 will be mailed to you. This completes your request, and it
has been closed.

MPD Central Records - Open Records Unit
"""
build('047-memphis-final-evidence.eml', {
    'From': 'MPD Central Records <mpdcentralrecords@memphistn.gov>', 'To': plus(1), 'Date': '2026-11-06 11:05 -0600',
    'Subject': 'P041882-090826 - Final release (installment 2 of 2)',
    'Message-ID': '<CH0PR09MB7741A8B3E6F1@CH0PR09MB7741.namprd09.prod.outlook.com>'}, text=t)

# 048 Columbus: shooting video and reports withheld (confidential law enforcement investigatory records)
h = """<html><body style="font-family:Segoe UI,Arial;font-size:10.5pt">
<p>Good morning,</p>
<p>The City of Columbus has completed its review of public records request <b>C013405-102026</b>.</p>
<p>The police shooting on Cleveland Avenue on September 27, 2026 is under investigation by the Ohio Bureau of
Criminal Investigation, and the case will be presented to a Franklin County grand jury. The body-worn camera
recordings and use-of-force reports you requested are confidential law enforcement investigatory records whose
release would create a high probability of disclosing specific investigatory work product, R.C. 149.43(A)(1)(h)
and (A)(2)(c). Your request is therefore denied.</p>
<p>The Division released a portion of one body-worn camera recording at its public briefing on September 30, 2026;
that video is available on the Division's website. You may renew your request once the criminal investigation
and any prosecution are complete.</p>
<p>Renee Hollis<br>Public Records Unit | Columbus Division of Police</p></body></html>"""
build('048-columbus-denial-cleir.eml', {
    'From': 'Hollis, Renee <rhollis@columbuspolice.org>', 'To': plus(17), 'Date': '2026-11-09 10:14 -0500',
    'Subject': 'RE: Public Records Request :: C013405-102026',
    'Message-ID': '<BN8PR14MB31621B7F4D08@BN8PR14MB3162.namprd14.prod.outlook.com>'}, html=h)

# 049 GovQA: bare "message posted" notice, to the main inbox, no number or city name
t = """A message has been posted to your public records request.

Please log in to the Public Records Center to view the message and respond if needed:
https://columbusoh.mycusthelp.com/WEBAPP/_rs/(S(x0b4kq2v1lmn3o))/RequestEdit.aspx?rid=12977

This is an automated notification. Please do not reply to this message.
"""
build('049-govqa-bare-update.eml', {
    'From': 'Public Records Center <noreply@mycusthelp.net>', 'To': INBOX, 'Date': '2026-11-10 16:45 -0500',
    'Subject': 'Public Records Request Update', 'Message-ID': '<f6a01d3e.2290.govqa.msg@mycusthelp.net>'}, text=t)

# 050 KCPD JustFOIA: completed, spreadsheet attached, nothing withheld
csv = ("badge_redacted,name,rank,unit,ot_hours_2025,ot_pay_2025\n"
       "1,\"ADAMS, J\",Officer,Patrol - Central,412.5,24117.80\n"
       "2,\"BELL, R\",Sergeant,Violent Crimes,388.0,28842.16\n"
       "3,\"CHO, M\",Officer,Patrol - East,501.25,29380.44\n"
       "4,\"DIAZ, L\",Detective,Property Crimes,97.0,6208.00\n"
       "# 1,842 further rows omitted in this stand-in\n").encode()
t = """Kansas City Missouri Police Department - Sunshine Requests

Request 2026-SR-00741 has been completed.

Response from the Custodian of Records:
Attached is a spreadsheet of overtime hours and overtime pay by officer for calendar year 2025, with name,
rank and assigned unit. Payment of $148.00 was received on October 14. No records were withheld and no
information was redacted. This request is now closed.

Powered by JustFOIA
"""
build('050-kcpd-final-overtime.eml', {
    'From': 'Kansas City Missouri Police Department <notifications@justfoia.com>',
    'Reply-To': 'sunshinerequests@kcpd.org', 'To': plus(6), 'Date': '2026-11-12 10:20 -0600',
    'Subject': 'Request 2026-SR-00741 Completed', 'Message-ID': '<jf.44e0b2f6c8.2026-SR-00741@justfoia.com>'}, text=t,
    attachments=[('KCPD_Overtime_CY2025.csv', 'text/csv', csv)])
