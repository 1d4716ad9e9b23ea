"""Messages 021-030."""
from common import *

# 021: Pueblo clerk: animal services are contracted out -> referral (kind other)
build('021-pueblo-referral-hsppr.eml', [
    ('From', 'Pueblo City Clerk <cityclerk@pueblo.us>'),
    ('To', 'records+req-008@records.example.org'),
    ('Subject', 'RE: CORA Request: Animal services intake logs and euthanasia records, 2025-2026'),
    ('Date', date('2026-09-23 10:05', 'MT')), ('Message-ID', mid('021', 'pueblo.us')),
    ('In-Reply-To', req_mid(8, '2026-09-21')), ('References', req_mid(8, '2026-09-21'))],
    """Good morning,

Your request was logged as CORA 2026-0412.

Animal sheltering and animal law enforcement for the City of Pueblo are provided under contract
by the Humane Society of the Pikes Peak Region (HSPPR), which operates the Pueblo Animal Services
shelter on Franklin Avenue. The shelter's intake logs and euthanasia records are created and kept
by HSPPR in its own database, not by the City. HSPPR is a private nonprofit; please direct your
request for those records to HSPPR's records contact at records@hsppr.org.

We are checking whether the City itself has any reports HSPPR submits under the contract and will
follow up separately on that part.

City Clerk's Office
City of Pueblo
""")

# 022/023: Cedar Rapids JustFOIA acknowledgments (portal sender is not listed for any agency)
JF = 'City of Cedar Rapids via JustFOIA <cedarrapidsia@justfoia.com>'
def jf(fn, n, num, when, recv, dept, summary):
    html = f"""<html><body style="font-family:Arial;font-size:10pt">
<table width="600" cellpadding="8" style="border:1px solid #ccc">
<tr><td style="background:#003b5c;color:#fff"><b>City of Cedar Rapids &ndash; Open Records Requests</b></td></tr>
<tr><td>
<p>Hello Records Desk,</p>
<p>Your public records request has been received and assigned to <b>{dept}</b>.</p>
<p><b>Request #:</b> {num}<br><b>Date Received:</b> {recv}<br><b>Description:</b> {summary}</p>
<p>Iowa Code chapter 22 allows the lawful custodian a reasonable time, generally up to twenty (20) calendar
days, to determine whether a record is confidential. You will be notified by email when your request is
updated or when records are available.</p>
<p><a href="https://cedarrapidsia.justfoia.com/publicportal/home/track">Track your request</a></p>
</td></tr>
<tr><td style="font-size:8pt;color:#777">This is an automated notification from JustFOIA. Replies to this address are not monitored.</td></tr>
</table></body></html>"""
    build(fn, [('From', JF), ('To', 'records+req-%03d@records.example.org' % n),
               ('Subject', f'Request {num} Received'), ('Date', when),
               ('Message-ID', mid(fn, 'justfoia.com'))], html=html)

jf('022-cr-justfoia-ack-animal.eml', 11, 'CR-26-0714', date('2026-09-23 14:20', 'CT'), '09/23/2026',
   'Animal Care and Control', 'Intake and outcome logs and euthanasia statistics for the Cedar Rapids animal '
   'shelter, January 2024 to present.')
jf('023-cr-justfoia-ack-library.eml', 12, 'CR-26-0716', date('2026-09-24 08:55', 'CT'), '09/24/2026',
   'Cedar Rapids Public Library', 'Security incident logs and trespass/ban notices issued at Cedar Rapids Public '
   'Library locations, 2024 to present.')

# 024: Roanoke GovQA fee estimate with advance deposit (Va. Code 2.2-3704(H)); HTML + text
txt = """Dear Records Desk,

RE: Public Records Request :: R002318-090926

The City of Roanoke has prepared the following estimate of the cost of producing the records
you requested (shelter intake logs and euthanasia statistics, January 2023 to present), as
allowed by Va. Code Sec. 2.2-3704(F):

  Database export and review, Animal Care staff    6.0 hrs x $31.50   $189.00
  Redaction review, Clerk's Office                  1.5 hrs x $38.00    $57.00
  Estimated total                                                      $246.00

Because the estimated charges exceed $200, the City requires an advance deposit of the full
estimate before continuing, pursuant to Va. Code Sec. 2.2-3704(H). The period within which the
City must respond is tolled until the deposit is received. Payment can be made online in the
Public Records Center.

If you would like to narrow your request to reduce the cost, please reply through the portal.

Office of the City Clerk
City of Roanoke
"""
build('024-roa-govqa-fee-estimate.eml', [
    ('From', 'City of Roanoke Public Records Center <roanokeva@govqa.us>'),
    ('To', 'records+req-004@records.example.org'),
    ('Subject', 'Public Records Request :: R002318-090926 - Cost Estimate / Deposit Required'),
    ('Date', date('2026-09-24 10:10')), ('Message-ID', mid('024', 'govqa.us')), ('X-Mailer', 'GovQA')],
    txt, html='<html><body style="font-family:Tahoma;font-size:10pt"><pre style="font-family:Tahoma">' +
    txt.replace('&', '&amp;').replace('<', '&lt;') + '</pre><p><a href="https://roanokeva.govqa.us/WEBAPP/_rs/supporthome.aspx">'
    'Pay deposit</a></p></body></html>')

# 025: Pueblo no-records response for pool inspection reports, pointing to the county health department
build('025-pueblo-no-records-pools.eml', [
    ('From', 'Pueblo City Clerk <cityclerk@pueblo.us>'),
    ('To', 'records+req-006@records.example.org'),
    ('Subject', 'CORA 2026-0388 response'),
    ('Date', date('2026-09-24 14:40', 'MT')), ('Message-ID', mid('025', 'pueblo.us'))],
    """Records Desk,

The City has completed its search for CORA 2026-0388 (pool inspection reports, 2025 and 2026).

Parks and Recreation reports it does not possess any responsive records. Inspections of public
swimming pools in Pueblo are conducted by the Pueblo Department of Public Health and Environment
(PDPHE), which is a separate agency and custodian of its own inspection reports. The City does not
receive copies. You may contact PDPHE at 101 W. 9th Street, Pueblo, or through its records page.

No fee is charged. This request is closed.

City Clerk's Office
City of Pueblo
""")

# 026: Knoxville Records Request Response Form (PDF) - time reasonably necessary
form = pdf(["CITY OF KNOXVILLE", "RECORDS REQUEST RESPONSE FORM", "Tennessee Public Records Act, T.C.A. 10-7-503(a)(2)(B)", "",
            "Date: September 25, 2026", "Request No.: W004512-091626", "Requestor: Records Desk (records@records.example.org)",
            "Records requested: Knox 311 call/service request data, Jan. 2025 - present; 311 performance reports", "",
            "The City of Knoxville is in receipt of your public records request. This form is provided as",
            "the City's response within seven business days, as required by T.C.A. 10-7-503(a)(2)(B).", "",
            "[ ] The requested records are available as follows: ______________________",
            "[ ] The request is denied for the following reason(s): ____________________",
            "[X] It is not practicable to provide the requested records promptly because additional time",
            "    is needed to determine whether records exist; to search for, retrieve or otherwise gather",
            "    the records; and to review the records for confidential information.", "",
            "    The time reasonably necessary to produce the records or information is estimated to be",
            "    on or before: October 30, 2026", "",
            "If you have any questions, please contact the Law Department public records coordinator at",
            "(865) 215-2050.", "",
            "Amelia Stroud-Hale", "Public Records Request Coordinator", "City of Knoxville Law Department"],
           title='Records Request Response Form W004512-091626')
build('026-knox-response-form-pdf.eml', [
    ('From', 'City of Knoxville Public Records <knoxvilletn@mycusthelp.net>'),
    ('To', 'records+req-009@records.example.org'),
    ('Subject', 'City of Knoxville Public Records Request :: W004512-091626'),
    ('Date', date('2026-09-25 11:20')), ('Message-ID', mid('026', 'mycusthelp.net'))],
    """Dear Records Desk,

Please see the attached Records Request Response Form regarding your request.

City of Knoxville Law Department
Public Records
""", attachments=[('Records Request Response Form.pdf', 'application/pdf', form)])

# 027: GR library staff sends the first batch (rolling release), same thread as 005
batch = pdf(["GRAND RAPIDS PUBLIC LIBRARY - REQUESTS FOR RECONSIDERATION, 2022-2023", "",
             "No.    Received     Title / format                         Decision      Date",
             "22-01  02/14/2022   picture book (juvenile)                Retained      03/30/2022",
             "22-02  05/03/2022   graphic novel (young adult)            Retained      06/21/2022",
             "22-03  09/12/2022   DVD (adult)                            Relocated     10/18/2022",
             "23-01  01/09/2023   young adult novel                      Retained      02/27/2023",
             "23-02  04/25/2023   nonfiction (juvenile)                  Retained      06/05/2023",
             "23-03  08/08/2023   young adult novel                      Retained      09/19/2023",
             "", "Forms and committee decision letters follow (requester name and address redacted",
             "pending final review)."], title='GRPL reconsideration 2022-2023')
build('027-grr-library-staff-interim.eml', [
    ('From', 'Tamsin Oyelaran <toyelaran@grandrapidsmi.gov>'),
    ('To', 'records+req-002@records.example.org'),
    ('Cc', 'FOIA Unit <foia@grandrapidsmi.gov>'),
    ('Subject', 'RE: FOIA Request: Grand Rapids Public Library requests for reconsideration of library materials, 2022-2026'),
    ('Date', date('2026-09-25 15:00')), ('Message-ID', mid('027', 'x', 'outlook')),
    ('In-Reply-To', '<req-002.20260911.2@records.example.org>'),
    ('References', req_mid(2, '2026-09-08') + ' ' + mid('005', 'x', 'outlook') + ' <req-002.20260911.2@records.example.org>'),
    ('Thread-Topic', 'FOIA Request: Grand Rapids Public Library requests for reconsideration of library materials, 2022-2026')],
    """Hi again,

Thanks for getting back to me - formal Reconsideration forms only is much easier.

Here's the first chunk: 2022 and 2023 (6 requests) with the committee's decision letters.
I'm still pulling 2024 through this year, which is where most of them are, so expect another
batch. Danielle in the Clerk's office will send the rest and the official response letter.

Tamsin
""", attachments=[('GRPL_Reconsideration_2022-2023.pdf', 'application/pdf', batch)])

# 028: NextRequest notice with no content (REQ-001, only the number)
build('028-grr-nextrequest-message-notice.eml', [
    ('From', 'City of Grand Rapids Public Records <grandrapidsmi@mail.nextrequest.com>'),
    ('To', 'records+req-001@records.example.org'),
    ('Subject', '[City of Grand Rapids] Request #26-1184 has been updated'),
    ('Date', date('2026-09-28 09:10')), ('Message-ID', mid('028', 'mail.nextrequest.com')),
    ('X-Mailer', 'NextRequest Notifications')],
    """Request #26-1184 has been updated.

A document or message was added to your request. Sign in to view it:
https://grandrapidsmi.nextrequest.com/requests/26-1184

You are receiving this email because you submitted or follow this request.
""", html="""<html><body style="font-family:Helvetica,Arial"><p>Request <b>#26-1184</b> has been updated.</p>
<p>A document or message was added to your request. <a href="https://grandrapidsmi.nextrequest.com/requests/26-1184">Sign in to view it</a>.</p>
<p style="font-size:11px;color:#999">You are receiving this email because you submitted or follow this request. Powered by NextRequest</p></body></html>""")

# 029: GR clerk: Michigan detailed itemization fee form, 50% good-faith deposit (MCL 15.234(8))
form = pdf(["CITY OF GRAND RAPIDS - FOIA DETAILED COST ITEMIZATION", "Request No. 26-1184        Date: September 29, 2026", "",
            "Labor costs are the hourly wage of the lowest-paid employee capable of the work (MCL 15.234(3)).", "",
            "1. Labor: search, locate and examine       6.0 hrs x $24.80 =  $148.80",
            "2. Labor: separating/deleting exempt info  1.0 hrs x $24.80 =   $24.80",
            "3. Copies on non-paper physical media                          $0.00",
            "4. Paper copies (scanning, 88 pages x $0.10)                    $8.80",
            "5. Mailing                                                       $0.00",
            "                                               TOTAL ESTIMATE  $182.40", "",
            "Because the estimate exceeds $50.00, a good-faith deposit of 50% ($91.20) is required before",
            "the City will process the request (MCL 15.234(8)). The City's best-efforts estimate is that the",
            "records will be provided within 15 business days after the deposit is received.", "",
            "You may request a fee reduction under MCL 15.240a. The City's FOIA Procedures and Guidelines and",
            "Written Public Summary are available at grandrapidsmi.gov/foia."], title='Detailed Cost Itemization 26-1184')
build('029-grr-clerk-fee-itemization.eml', [
    ('From', 'FOIA Unit <foia@grandrapidsmi.gov>'),
    ('To', 'records+req-001@records.example.org'),
    ('Subject', 'FOIA #26-1184 - Response / Fee Itemization'),
    ('Date', date('2026-09-29 11:00')), ('Message-ID', mid('029', 'x', 'outlook')),
    ('Thread-Topic', 'FOIA #26-1184 - Response / Fee Itemization'), ('Content-Language', 'en-US')],
    """Dear Requester:

Your request #26-1184 is granted. Records exist and will be provided upon payment; please see the
attached Detailed Cost Itemization. A good-faith deposit of $91.20 is required before the City
will begin processing. Payment can be made by check to the City of Grand Rapids (Attn: City Clerk,
FOIA) or by card at the Clerk's counter or by phone.

Sincerely,

Danielle Ruiz-Hadley
FOIA Coordinator, Office of the City Clerk
""", attachments=[('26-1184 Cost Itemization.pdf', 'application/pdf', form)])

# 030: CR library admin out-of-office, reply to our follow-up
build('030-cr-library-ooo.eml', [
    ('From', 'Hollis Brandtner <hbrandtner@crlibrary.org>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'Automatic reply: Following up: Iowa Open Records Request: Library security incident logs and trespass notices, 2024-2026'),
    ('Date', date('2026-10-01 08:30', 'CT')), ('Message-ID', mid('030', 'x', 'outlook')),
    ('In-Reply-To', '<req-012.20260930.2@records.example.org>'),
    ('References', req_mid(12, '2026-09-23') + ' <req-012.20260930.2@records.example.org>'),
    ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')],
    """Thank you for your message. I am away at the Iowa Library Association conference through
Friday, October 2, and will have limited access to email. For urgent building or security
matters please call the Ladd Library service desk at (319) 398-5123.

Hollis Brandtner
Deputy Director, Operations
""")
