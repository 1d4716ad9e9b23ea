"""Messages 051-060."""
from common import *

# 051: NextRequest closing message that carries the release (vendor contracts, in full)
t51 = """Request #26-1502 has been closed.

Message from the City of Grand Rapids:

  The City's response to your FOIA request is complete. Parks and Recreation and Purchasing
  located 23 responsive records, which are released in full in the Documents section of this
  request:
    - Concession agreements: Millennium Park beach concessions (2024, 2025-2027 renewal),
      Richmond and Briggs pool snack bars (2024-2026)
    - Mobile food vendor park permits, 2024-2026 seasons (14)
    - Vendor agreement, John Ball Park special events (2025)
  No records were withheld and no fee was charged.

View the request and documents: https://grandrapidsmi.nextrequest.com/requests/26-1502
"""
build('051-grr-nextrequest-final-vendors.eml', [
    ('From', 'City of Grand Rapids Public Records <grandrapidsmi@mail.nextrequest.com>'),
    ('To', 'records+req-015@records.example.org'),
    ('Subject', '[City of Grand Rapids] Request #26-1502 has been closed'),
    ('Date', date('2026-11-02 10:00')), ('Message-ID', mid('051', 'mail.nextrequest.com')),
    ('X-Mailer', 'NextRequest Notifications')], t51)

# 052: Pueblo closes the vendor-contract request for non-payment (cp1252, curly quotes)
build('052-pueblo-closure-nonpayment.eml', [
    ('From', 'Marisol Quintana-Reyes <mquintana@pueblo.us>'),
    ('To', 'records@records.example.org'),
    ('Cc', 'Pueblo City Clerk <cityclerk@pueblo.us>'),
    ('Subject', 'CORA No. 2026-0389 \u2013 closed'),
    ('Date', date('2026-11-02 11:20', 'MT')), ('Message-ID', mid('052', 'pueblo.us'))],
    """Hello,

On September 18 we sent you a fee estimate of $124.11 for CORA No. 2026-0389. We haven\u2019t
received payment or any reply, so as stated in that letter the request is now closed and no
records will be produced.

If you still want these records, just send the payment or a new request and we\u2019ll pick it
back up \u2013 the contracts haven\u2019t gone anywhere.

Marisol Quintana-Reyes
Deputy City Clerk
City of Pueblo
""", charset='windows-1252')

# 053: Cedar Rapids library staff - no formal reconsideration requests in the period
build('053-cr-library-no-records.eml', [
    ('From', 'Ruth Ann Delacroix <rdelacroix@crlibrary.org>'),
    ('To', 'records+req-014@records.example.org'),
    ('Subject', 'Your request for reconsideration forms'),
    ('Date', date('2026-11-02 14:00', 'CT')), ('Message-ID', mid('053', 'x', 'outlook'))],
    """Hello,

I manage collection services at Cedar Rapids Public Library and was asked to answer your
open records request through the City's portal (CR-26-0802).

I checked our reconsideration files, the Board of Trustees minutes and the Library Director's
correspondence. The Library did not receive any formal Request for Reconsideration of Library
Materials between January 1, 2023 and today, so there are no forms or written responses to send
you. (We do get occasional verbal comments at the desk, but those aren't written down or kept.)

Since there are no records, there's no charge, and the City will close the request on its end.

Ruth Ann Delacroix
Collection Services Manager
Cedar Rapids Public Library
""")

# 054: NextRequest bare closure notice for 26-1502 (no content)
build('054-grr-nextrequest-closed.eml', [
    ('From', 'City of Grand Rapids Public Records <grandrapidsmi@mail.nextrequest.com>'),
    ('To', 'records+req-015@records.example.org'),
    ('Subject', '[City of Grand Rapids] Request #26-1502 - your feedback'),
    ('Date', date('2026-11-03 09:15')), ('Message-ID', mid('054', 'mail.nextrequest.com')),
    ('X-Mailer', 'NextRequest Notifications')],
    """Request #26-1502 is closed.

How did we do? Tell us about your experience with the City of Grand Rapids records process
(2 minutes): https://grandrapidsmi.nextrequest.com/requests/26-1502/survey

You are receiving this email because you submitted or follow this request.
""")

# 055: GR clerk - first installment of pool inspection records after deposit
build('055-grr-clerk-interim-pools.eml', [
    ('From', 'FOIA Unit <foia@grandrapidsmi.gov>'),
    ('To', 'records+req-001@records.example.org'),
    ('Subject', 'FOIA #26-1184 - Partial Release (1 of 2)'),
    ('Date', date('2026-11-09 09:40')), ('Message-ID', mid('055', 'x', 'outlook')),
    ('Thread-Topic', 'FOIA #26-1184 - Partial Release (1 of 2)')],
    """Dear Requester:

Thank you for your deposit. Attached is the first installment of records responsive to FOIA
#26-1184: the 2024 Kent County Health Department inspection reports on file with Parks and
Recreation for the five City pools and splash pads (31 pages).

The 2025 and 2026 inspection reports and the operator chemistry logs are being scanned and will
be sent in a second installment, together with the final invoice, on or about December 4, 2026.

Sincerely,

Danielle Ruiz-Hadley
FOIA Coordinator, Office of the City Clerk
""", attachments=[('26-1184 Installment 1 - 2024 inspections.pdf', 'application/pdf',
                   pdf(["KENT COUNTY HEALTH DEPARTMENT - PUBLIC SWIMMING POOL INSPECTION REPORT", "",
                        "Facility: Richmond Park Pool, 1101 Richmond St NW     Date: 06/11/2024",
                        "Free chlorine 2.4 ppm   pH 7.4   Turnover OK   Safety equipment OK",
                        "Result: APPROVED TO OPERATE", "", "(30 further pages)"], title='26-1184 installment 1'))])

# 056: Cedar Rapids Animal Care staff - more time needed, estimated date (Iowa: no statutory extension)
build('056-cr-animal-extension-estimate.eml', [
    ('From', 'Jolene Mraz <j.mraz@cedar-rapids.org>'),
    ('To', 'records+req-011@records.example.org'),
    ('Subject', 'RE: Request CR-26-0714 - remaining intake logs'),
    ('Date', date('2026-11-18 10:30', 'CT')), ('Message-ID', mid('056', 'x', 'outlook'))],
    """Good morning,

I wanted to give you an update on the rest of your request (CR-26-0714). Our shelter software
vendor changed database versions in early 2025, and the 2024 records have to be pulled from the
archived system by the vendor, which has taken longer than we hoped. We may need until
December 11, 2026 to finish the 2024-2025 logs and the annual euthanasia summaries. If the vendor
gets us the archive sooner, we'll send everything sooner.

Sorry for the delay, and thank you for bearing with us.

Jolene Mraz
Administrative Coordinator
Cedar Rapids Animal Care and Control
""")

# 057: vendor webinar marketing (request: null)
build('057-vendor-webinar-null.eml', [
    ('From', 'Civic Records Summit <events@civicrecordssummit.com>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'Webinar Dec 3: What 311 data and shelter statistics reveal about your city'),
    ('Date', date('2026-11-19 12:00')), ('Message-ID', mid('057', 'mail.civicrecordssummit.com')),
    ('List-Unsubscribe', '<mailto:unsubscribe@civicrecordssummit.com>'), ('Precedence', 'bulk')],
    """Join us Thursday, December 3 at 1 p.m. ET for a free 60-minute webinar for newsrooms and
researchers working with municipal data.

 - Getting usable 311 exports out of city CRM systems
 - Reading animal shelter intake and euthanasia statistics (live release rate pitfalls)
 - Public records requests that city clerks can actually fulfil

Register: https://civicrecordssummit.com/webinars/dec3

You received this message because you attended a Civic Records Summit event.
Unsubscribe: unsubscribe@civicrecordssummit.com
""", html="""<html><body style="font-family:Arial"><h2>Webinar Dec 3: What 311 data and shelter statistics reveal about your city</h2>
<p>Join us Thursday, December 3 at 1 p.m. ET for a free 60-minute webinar for newsrooms and researchers working with municipal data.</p>
<ul><li>Getting usable 311 exports out of city CRM systems</li><li>Reading animal shelter intake and euthanasia statistics (live release rate pitfalls)</li>
<li>Public records requests that city clerks can actually fulfil</li></ul>
<p><a href="https://civicrecordssummit.com/webinars/dec3">Register now</a></p>
<p style="font-size:10px">You received this message because you attended a Civic Records Summit event.</p></body></html>""")

# 058: GR clerk final for pool records; lifeguard personal info redacted; appeal paragraph
build('058-grr-clerk-final-pools.eml', [
    ('From', 'FOIA Unit <foia@grandrapidsmi.gov>'),
    ('To', 'records+req-001@records.example.org'),
    ('Subject', 'FOIA #26-1184 - Final Release (2 of 2)'),
    ('Date', date('2026-12-03 13:00')), ('Message-ID', mid('058', 'x', 'outlook')),
    ('Thread-Topic', 'FOIA #26-1184 - Final Release (2 of 2)')],
    """Dear Requester:

Attached is the second and final installment of records responsive to FOIA #26-1184: the 2025
and 2026 pool and splash pad inspection reports and the daily operator logs of chlorine and pH
readings for the five City aquatic facilities (212 pages).

The names and employee ID numbers of seasonal lifeguards and pool operators written on the
daily logs, and one page of an incident note describing a patron's medical condition, have been
redacted as information of a personal nature whose disclosure would constitute a clearly
unwarranted invasion of privacy, MCL 15.243(1)(a).

Your final fee is $171.20. With your deposit of $91.20, the balance due is $80.00.

To the extent this response denies part of your request, you may submit a written appeal to the
Mayor that specifically states the word "appeal" and identifies the reasons for reversal, or
commence a civil action in the Kent County Circuit Court within 180 days after this final
determination, as provided in MCL 15.240.

This completes the City's response.

Sincerely,

Danielle Ruiz-Hadley
FOIA Coordinator, Office of the City Clerk
City of Grand Rapids
""", attachments=[('26-1184 Installment 2 - 2025-2026 inspections and logs.pdf', 'application/pdf',
                   pdf(["CITY OF GRAND RAPIDS PARKS AND RECREATION - DAILY POOL OPERATOR LOG", "",
                        "Facility: Briggs Park Pool     Week of 07/13/2026", "Operator: [REDACTED - MCL 15.243(1)(a)]",
                        "Date   Time   Free Cl  pH   Temp", "07/13  06:30  2.1      7.5  79F", "(211 further pages)"],
                       title='26-1184 installment 2'))])

# 059: Cedar Rapids final release; reporter identities withheld; IPIB 60-day complaint window
build('059-cr-animal-final.eml', [
    ('From', 'Jolene Mraz <j.mraz@cedar-rapids.org>'),
    ('To', 'records+req-011@records.example.org'),
    ('Subject', 'RE: Request CR-26-0714 - remaining intake logs'),
    ('Date', date('2026-12-10 15:00', 'CT')), ('Message-ID', mid('059', 'x', 'outlook')),
    ('In-Reply-To', '<req-011.20261118.3@records.example.org>'),
    ('References', mid('056', 'x', 'outlook') + ' <req-011.20261118.3@records.example.org>')],
    """Hello again,

The rest of your request CR-26-0714 is now posted in the portal: the 2024 and 2025 intake and
outcome logs and the annual euthanasia summaries for 2024, 2025 and 2026 year-to-date.

In the intake logs, the names and contact information of people who reported animal bites,
cruelty or neglect have been removed. The City treats those reports as confidential
communications from members of the public under Iowa Code section 22.7(18), because people
would be less likely to report if their names were released. The rest of each record is
provided.

The final invoice for staff time is $76.80, payable through the portal. If you disagree with any
part of this response you can contact me, or you may file a complaint with the Iowa Public
Information Board within 60 days.

Jolene Mraz
Administrative Coordinator
Cedar Rapids Animal Care and Control
""")

# 060: JustFOIA closure notice, January 2027, no content
build('060-cr-justfoia-closed.eml', [
    ('From', 'City of Cedar Rapids via JustFOIA <cedarrapidsia@justfoia.com>'),
    ('To', 'records+req-011@records.example.org'),
    ('Subject', 'Request CR-26-0714 Closed'),
    ('Date', date('2027-01-06 09:00', 'CT')), ('Message-ID', mid('060', 'justfoia.com'))],
    html="""<html><body style="font-family:Arial;font-size:10pt">
<p>Hello Records Desk,</p>
<p>Your request <b>CR-26-0714</b> has been closed.</p>
<p><a href="https://cedarrapidsia.justfoia.com/publicportal/home/track">View your request</a></p>
<p style="font-size:8pt;color:#777">This is an automated notification from JustFOIA. Replies to this address are not monitored.</p>
</body></html>""")
