"""Messages 041-050."""
from common import *
from part3 import jf  # noqa (re-running part3 rewrites only its own files, identically)

# 041: Cedar Rapids JustFOIA ack for the library challenges request
jf('041-cr-justfoia-ack-challenges.eml', 14, 'CR-26-0802', date('2026-10-13 11:00', 'CT'), '10/13/2026',
   'Cedar Rapids Public Library', 'Requests for reconsideration of library materials (challenge forms) and the '
   'Library\'s written responses, 2023 to present.')

# 042: Knox 311 data analyst asks how to scope the export (informal, threaded)
build('042-knox-311-staff-clarify.eml', [
    ('From', 'Bo Whitlock <bwhitlock@knoxvilletn.gov>'),
    ('To', 'records+req-009@records.example.org'),
    ('Cc', 'Amelia Stroud-Hale <astroudhale@knoxvilletn.gov>'),
    ('Subject', 'RE: Public Records Request: Knox 311 call data and call-center performance reports, 2025-2026'),
    ('Date', date('2026-10-14 15:30')), ('Message-ID', mid('042', 'x', 'outlook')),
    ('In-Reply-To', req_mid(9, '2026-09-16')), ('References', req_mid(9, '2026-09-16'))],
    """Hey there -

I'm the data analyst over at 311 and Amelia asked me to build the export for your request
(W004512-091626). A couple of questions before I run it:

1) It's about 212,000 rows for Jan 2025 - Sept 2026. Do you want one CSV, or split by year? Excel
   tops out around a million rows so either is fine, just asking.
2) Do you need the "description" free-text field? That's what the caller says and what the agent
   types. It has names, phone numbers, sometimes medical stuff, so Law would have to redact it
   line by line and that would add weeks. Without it I can have this to you pretty quick.
3) For performance reports, we have a monthly dashboard PDF (calls offered, answered, abandon
   rate, avg speed of answer). Is that what you mean or were you after something else?

Thanks,
Bo

Bo Whitlock
Data & Performance Analyst, 311 Center
City of Knoxville | 865-215-4311
""")

# 043: our own MTA bounces our answer to Bo (mistyped domain)
raw('043-bounce-own-mta-knox.eml', f"""
From: Mail Delivery Subsystem <mailer-daemon@records.example.org>
To: records@records.example.org
Subject: Delivery Status Notification (Failure)
Date: {date('2026-10-15 09:05')}
Message-ID: <bounce.20261015130512.77ab1@records.example.org>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="dsn-7f2e91"

--dsn-7f2e91
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

** Address not found **

Your message wasn't delivered to bwhitlock@knoxvilletn.gv because the domain
knoxvilletn.gv couldn't be found. Check for typos or unnecessary spaces and try again.

The response was:
DNS Error: DNS type 'mx' lookup of knoxvilletn.gv responded with code NXDOMAIN

--dsn-7f2e91
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.records.example.org
Arrival-Date: Thu, 15 Oct 2026 09:04:58 -0400

Final-Recipient: rfc822; bwhitlock@knoxvilletn.gv
Action: failed
Status: 5.1.2
Diagnostic-Code: smtp; DNS type 'mx' lookup of knoxvilletn.gv responded with code NXDOMAIN

--dsn-7f2e91
Content-Type: message/rfc822

From: Records Desk <records@records.example.org>
Reply-To: records+req-009@records.example.org
To: Bo Whitlock <bwhitlock@knoxvilletn.gv>
Subject: RE: Public Records Request: Knox 311 call data and call-center performance reports, 2025-2026
Date: Thu, 15 Oct 2026 09:04:55 -0400
Message-ID: <req-009.20261015.2@records.example.org>
In-Reply-To: {mid('042', 'x', 'outlook')}
References: {req_mid(9, '2026-09-16')} {mid('042', 'x', 'outlook')}
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

Hi Bo - one CSV per year is great, and you can leave out the description field.
The monthly dashboard PDFs are what we want for the performance reports. Thanks!

--dsn-7f2e91--
""")

# 044: NextRequest ack for the parks vendor contract request
from part1 import nr_ack  # noqa
nr_ack('044-grr-nextrequest-ack-vendors.eml', 15, '26-1502', date('2026-10-19 09:50'),
       'Concession agreements, food truck and mobile vendor permits or contracts, and vendor agreements for '
       'City parks and aquatic facilities, 2024 to present.', 'Parks and Recreation; Purchasing', 'October 19, 2026')

# 045: GR City Attorney denial - letter only in PDF; number only in the PDF and its file name
den = pdf(["CITY OF GRAND RAPIDS", "OFFICE OF THE CITY ATTORNEY", "300 Monroe Avenue NW, Suite 620, Grand Rapids, MI 49503", "",
           "October 20, 2026", "", "Records Desk", "records@records.example.org", "",
           "Re: Freedom of Information Act Request No. 26-1409", "", "Dear Requester:", "",
           "The City of Grand Rapids received your request on October 5, 2026 for security incident reports,",
           "incident logs and patron ban/trespass letters for all Grand Rapids Public Library locations from",
           "January 1, 2024 to the present. Your request is DENIED.", "",
           "1. The incident reports and ban letters identify individual library patrons and the library",
           "   services and materials they used. Library records that personally identify a patron are",
           "   confidential under the Library Privacy Act, MCL 397.603, and are therefore exempt under",
           "   MCL 15.243(1)(d) (records specifically described and exempted by statute).",
           "2. The reports and logs also describe the Library's security staffing, camera placement and",
           "   response procedures, and are exempt under MCL 15.243(1)(y) as records of measures designed",
           "   to protect the security or safety of persons or property. The public interest in disclosure",
           "   does not outweigh the public interest in nondisclosure in this instance.",
           "3. To the extent the reports contain information of a personal nature, disclosure would be a",
           "   clearly unwarranted invasion of privacy, MCL 15.243(1)(a).", "",
           "Because exempt and nonexempt material cannot reasonably be separated, the records are withheld",
           "in full.", "",
           "Your rights under MCL 15.240: you may (a) submit to the head of the public body, the Mayor,",
           "a written appeal that specifically states the word 'appeal' and identifies the reason or",
           "reasons for reversal of this denial; or (b) commence a civil action in the Kent County Circuit",
           "Court within 180 days after the date of this final determination. If a civil action is",
           "commenced and the court determines the City has not complied with MCL 15.235, you may be",
           "awarded reasonable attorneys' fees, costs and disbursements, and punitive damages of $1,000",
           "if the court finds the City arbitrarily and capriciously violated the Act.", "",
           "Sincerely,", "", "Nathaniel Osei-Brandt", "Assistant City Attorney"], title='FOIA Denial 26-1409')
build('045-grr-attorney-denial-pdf.eml', [
    ('From', 'Nathaniel Osei-Brandt <nosei-brandt@grandrapidsmi.gov>'),
    ('To', 'records@records.example.org'),
    ('Cc', 'FOIA Unit <foia@grandrapidsmi.gov>'),
    ('Subject', 'FOIA correspondence'),
    ('Date', date('2026-10-20 16:45')), ('Message-ID', mid('045', 'x', 'outlook'))],
    """Please see attached correspondence.

Office of the City Attorney
City of Grand Rapids
""", attachments=[('26-1409 Denial.pdf', 'application/pdf', den)])

# 046: Cedar Rapids JustFOIA partial release
build('046-cr-justfoia-interim-animal.eml', [
    ('From', 'City of Cedar Rapids via JustFOIA <cedarrapidsia@justfoia.com>'),
    ('To', 'records+req-011@records.example.org'),
    ('Subject', 'Records Available - Request CR-26-0714'),
    ('Date', date('2026-10-21 10:10', 'CT')), ('Message-ID', mid('046', 'justfoia.com'))],
    html="""<html><body style="font-family:Arial;font-size:10pt">
<p>Hello Records Desk,</p>
<p>Records have been released on your request <b>CR-26-0714</b>.</p>
<p><b>Partial release:</b> Animal Care and Control intake and outcome log, January 1 &ndash; June 30, 2026 (1 file, 412 KB).
Staff are continuing to compile the 2024 and 2025 logs and the annual euthanasia summaries, which will be released when
complete. Thank you for agreeing to the estimated fees; an invoice will be issued with the final release.</p>
<p><a href="https://cedarrapidsia.justfoia.com/publicportal/home/track">Log in to download your records</a></p>
<p style="font-size:8pt;color:#777">This is an automated notification from JustFOIA. Replies to this address are not monitored.</p>
</body></html>""")

# 047: GR clerk final on the library challenges; patron identities redacted; MI appeal paragraph
build('047-grr-clerk-final-challenges.eml', [
    ('From', 'FOIA Unit <foia@grandrapidsmi.gov>'),
    ('To', 'records+req-002@records.example.org'),
    ('Subject', 'FOIA #26-1185 - Final Response (Granted in Part / Denied in Part)'),
    ('Date', date('2026-10-22 13:00')), ('Message-ID', mid('047', 'x', 'outlook')),
    ('Thread-Topic', 'FOIA #26-1185 - Final Response (Granted in Part / Denied in Part)')],
    """Dear Requester:

This is the City's final response to FOIA request #26-1185, as clarified on September 11, 2026 to
formal Requests for Reconsideration of library materials, January 1, 2022 to present.

Your request is GRANTED IN PART and DENIED IN PART. Grand Rapids Public Library previously sent
you the 2022-2023 records. Attached are the remaining 19 Requests for Reconsideration received
from 2024 through September 2026, with the Reconsideration Committee's decision letters.

The names, addresses, telephone numbers, email addresses and library card numbers of the persons
who filed the requests have been redacted. Information that identifies a library patron is
confidential under the Library Privacy Act, MCL 397.603, and exempt under MCL 15.243(1)(d); home
contact information is also exempt under MCL 15.243(1)(a).

Under MCL 15.240, you may submit a written appeal to the Mayor, as head of the public body, that
specifically states the word "appeal" and identifies the reasons for reversal, or you may file a
civil action in Kent County Circuit Court within 180 days of this final determination.

There is no charge for this request. This request is now closed.

Sincerely,

Danielle Ruiz-Hadley
FOIA Coordinator, Office of the City Clerk
City of Grand Rapids
""", attachments=[('GRPL_Reconsideration_2024-2026_redacted.pdf', 'application/pdf',
                   pdf(["GRAND RAPIDS PUBLIC LIBRARY - REQUESTS FOR RECONSIDERATION 2024-2026 (REDACTED)", "",
                        "24-01 through 26-05: 19 forms with committee decision letters.",
                        "Requester identifying information redacted - MCL 397.603; MCL 15.243(1)(a),(d)."],
                       title='GRPL reconsideration 2024-2026'))])

# 048: colleague forwards a call request she got from the Roanoke shelter
build('048-fwd-roa-shelter-call.eml', [
    ('From', 'Nadia Okonkwo-Reyes <nadia@records.example.org>'),
    ('To', 'Records Desk <records@records.example.org>'),
    ('Subject', 'Fwd: intake log fields?'),
    ('Date', date('2026-10-26 09:12')), ('Message-ID', mid('048', 'x', 'google'))],
    """Records team - this came to my own address since my name was on the request letter.
Can someone call her back? I'm out on the courthouse story all day.

-Nadia

---------- Forwarded message ---------
From: Keisha Tolliver <keisha.tolliver@roanokeva.gov>
Date: Fri, Oct 23, 2026 at 4:41 PM
Subject: intake log fields?
To: Nadia Okonkwo-Reyes <nadia@records.example.org>


Hi Nadia,

I'm the one pulling the intake logs for your FOIA with the Clerk. Before I run the rest of
the quarters, could you or someone on your team give me a call? The full export has about 60
columns (microchip numbers, kennel locations, medical notes, finder and owner info) and most of
it will end up redacted anyway. If I know which columns you actually need I can save everybody
a lot of time and the Clerk can probably knock some of the deposit back.

I'm at 540-853-1476, usually 8 to 4:30.

Thanks,
Keisha Tolliver
Operations Manager
Roanoke Center for Animal Care and Protection
""")

# 049: Knoxville GovQA completion notice with substantive text; description field withheld
build('049-knox-portal-final-311.eml', [
    ('From', 'City of Knoxville Public Records <knoxvilletn@mycusthelp.net>'),
    ('To', 'records+req-009@records.example.org'),
    ('Subject', 'City of Knoxville Public Records Request :: W004512-091626 - Completed'),
    ('Date', date('2026-10-28 14:30')), ('Message-ID', mid('049', 'mycusthelp.net'))],
    html="""<html><body><table style="font-family:Verdana;font-size:9pt" width="640"><tr><td>
<p>Dear Records Desk:</p>
<p>The City of Knoxville has responded to your public records request, reference number <b>W004512-091626</b>.</p>
<p>The following records are available in the Public Records Center:</p>
<ul><li>Knox311_service_requests_2025.csv</li><li>Knox311_service_requests_2026_Jan-Sep.csv</li>
<li>311 Monthly Performance Dashboards, January 2025 - September 2026 (21 PDF files)</li></ul>
<p>As discussed with 311 staff, the free-text &ldquo;description&rdquo; field has been removed from the export. Caller names,
telephone numbers and addresses of residences are not provided, as they are confidential under T.C.A. &sect; 10-7-504(a)(29)
and are not part of the data set produced.</p>
<p>There is no charge for these records. Your request is now closed.</p>
<p>To view your records, please log in to the <a href="https://knoxvilletn.mycusthelp.net/WEBAPP/_rs/supporthome.aspx">Public Records Center</a>.</p>
<p>City of Knoxville Law Department<br>Public Records</p>
</td></tr></table></body></html>""")

# 050: Roanoke GovQA final response with redactions (no appeal days in VA)
build('050-roa-govqa-final-animal.eml', [
    ('From', 'City of Roanoke Public Records Center <roanokeva@govqa.us>'),
    ('To', 'records+req-004@records.example.org'),
    ('Subject', 'Public Records Request :: R002318-090926 - Completed'),
    ('Date', date('2026-10-29 15:15')), ('Message-ID', mid('050', 'govqa.us')), ('X-Mailer', 'GovQA')],
    """Dear Records Desk,

The City of Roanoke has completed its response to your public records request R002318-090926.

Records provided (available in the Public Records Center):
  - Intake and outcome log, January 2023 - August 2026 (fields agreed with shelter staff on
    October 26: animal ID, species, intake date, intake type, outcome date, outcome type)
  - Monthly outcome summary, 2023-2026 (previously sent by shelter staff on October 8)

Personal information of members of the public (names, addresses, telephone numbers and email
addresses of owners, finders and adopters) has been withheld pursuant to Va. Code Sec.
2.2-3705.1(10) and Sec. 2.2-3704.01. Because the field list was narrowed, the final cost was
$151.50; the balance of your $246.00 deposit ($94.50) will be refunded.

This request is now closed.

Office of the City Clerk
City of Roanoke
""")
