"""Messages 031-040."""
from common import *

# 031: Roanoke Assistant City Attorney - final response, part withheld (litigation work product)
letter = pdf(["CITY OF ROANOKE", "OFFICE OF THE CITY ATTORNEY", "464 Noel C. Taylor Municipal Building",
              "215 Church Avenue, S.W., Roanoke, Virginia 24011", "", "October 1, 2026", "",
              "Via electronic mail", "Records Desk", "", "Re: Virginia Freedom of Information Act request",
              "    City Clerk reference R002331-091026 (short-term rental code enforcement records)", "",
              "Dear Records Desk:", "",
              "This office responds on behalf of the City to your request, as narrowed in your email of",
              "September 18, 2026 to zoning unpermitted-use cases involving short-term rental activity",
              "opened from January 1, 2025 to the present.", "",
              "The City is providing the following records, attached to this email:",
              "  1. Case summary report, unpermitted-use cases with STR activity noted (41 cases);",
              "  2. Notices of violation issued in those cases (37 notices);",
              "  3. Complaint intake records, with complainant names and contact information redacted.", "",
              "Records are withheld in part as follows:",
              "  - Complainant names, telephone numbers and email addresses, pursuant to Va. Code",
              "    Sec. 2.2-3705.1(10) and Sec. 2.2-3704.01;",
              "  - The files of four cases that have been referred to this office for enforcement in the",
              "    General District Court, which are legal memoranda and other work product compiled",
              "    specifically for use in litigation, pursuant to Va. Code Sec. 2.2-3705.1(3).", "",
              "No charge is being assessed for this response. This concludes the City's response to your",
              "request.", "", "Very truly yours,", "", "Garrett L. Ashby", "Assistant City Attorney"],
             title='R002331-091026 response')
build('031-roa-attorney-final-str.eml', [
    ('From', '"Ashby, Garrett" <garrett.ashby@roanokeva.gov>'),
    ('To', 'records+req-005@records.example.org'),
    ('Cc', '"Whitfield, Corinne" <corinne.whitfield@roanokeva.gov>, "Pruitt, Desmond" <desmond.pruitt@roanokeva.gov>'),
    ('Subject', 'City of Roanoke - Response to Records Request (Short-Term Rental Enforcement)'),
    ('Date', date('2026-10-01 15:50')), ('Message-ID', mid('031', 'x', 'outlook')),
    ('Thread-Topic', 'City of Roanoke - Response to Records Request (Short-Term Rental Enforcement)')],
    """Please see the attached letter and records responding to your recent FOIA request.

Garrett L. Ashby
Assistant City Attorney
City of Roanoke

CONFIDENTIALITY NOTICE: This e-mail may contain information that is privileged or confidential.
If you are not the intended recipient, please notify the sender and delete this message.
""", attachments=[('FOIA Response Letter - STR.pdf', 'application/pdf', letter),
                  ('STR_case_summary_2025-2026.csv', 'text/csv',
                   'case_no,opened,violation_type,status,nov_issued\nZV25-0112,2025-01-21,Unpermitted use - STR,Closed-compliance,2025-02-03\n'
                   'ZV25-0140,2025-02-06,Unpermitted use - STR,Closed-compliance,2025-02-19\nZV25-0388,2025-05-12,Unpermitted use - STR,Referred-City Attorney,2025-05-28\n'
                   'ZV26-0051,2026-01-15,Unpermitted use - STR,Open,2026-02-02\n')])

# 032: GR library director out-of-office (we copied her on REQ-013)
build('032-grr-library-director-ooo.eml', [
    ('From', 'Lorraine Vukovich <lvukovich@grandrapidsmi.gov>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'Automatic reply: FOIA Request: Grand Rapids Public Library security incident reports, 2024-2026'),
    ('Date', date('2026-10-05 09:44')), ('Message-ID', mid('032', 'x', 'outlook')),
    ('In-Reply-To', req_mid(13, '2026-10-05')), ('References', req_mid(13, '2026-10-05')),
    ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')],
    """I am out of the office until Monday, October 12. FOIA requests are processed by the City Clerk's
office at foia@grandrapidsmi.gov; please send your request there if you have not already.
For all other library matters, please contact Administration at (616) 988-5400.
""")

# 033: Pueblo clerk final for the City-held part of the animal request, via Google Group
build('033-pueblo-final-animal-via-group.eml', [
    ('From', "'Marisol Quintana-Reyes' via Records Desk <records@records.example.org>"),
    ('To', 'Records Desk <records@records.example.org>'),
    ('Reply-To', 'Marisol Quintana-Reyes <mquintana@pueblo.us>'),
    ('Subject', 'CORA 2026-0412 - City records'),
    ('Date', date('2026-10-05 13:30', 'MT')), ('Message-ID', mid('033', 'x', 'google')),
    ('X-Original-Sender', 'mquintana@pueblo.us'), ('X-Original-From', 'Marisol Quintana-Reyes <mquintana@pueblo.us>'),
    ('Sender', 'records@records.example.org')] + GROUP,
    """Hello,

Following up on your request about the animal shelter. As I mentioned, the intake and euthanasia
logs belong to HSPPR. What the City does have are the services agreement with HSPPR and the monthly
statistical reports HSPPR sends us under Section 6 of that agreement (intakes, adoptions, returns to
owner, transfers, euthanasia counts). Those are attached for January 2025 through August 2026.

Nothing was withheld and there is no charge. This completes the City's response.

Marisol Quintana-Reyes
Deputy City Clerk
City of Pueblo
""", attachments=[('HSPPR monthly reports 2025-2026.pdf', 'application/pdf',
                   pdf(["HUMANE SOCIETY OF THE PIKES PEAK REGION - PUEBLO ANIMAL SERVICES",
                        "Monthly Statistical Report to the City of Pueblo", "",
                        "Month     Intake  Adopted  RTO  Transfer  Euthanized",
                        "2025-01    612     298     101    94        63",
                        "2025-02    588     301      97    88        58",
                        "...", "2026-08    701     344     122   118        55"], title='HSPPR monthly reports'))])

# 034: GR clerk final for the 311 data - CSV export, released in full
csvdata = ('sr_number,category,opened,closed,status,ward\n'
           'SR-2025-000014,Pothole,2025-01-02,2025-01-09,Closed,2\n'
           'SR-2025-000015,Missed Recycling,2025-01-02,2025-01-03,Closed,1\n'
           'SR-2025-000021,Streetlight Out,2025-01-02,2025-01-27,Closed,3\n'
           'SR-2026-041877,Illegal Dumping,2026-08-31,,Open,1\n')
build('034-grr-clerk-final-311-csv.eml', [
    ('From', 'FOIA Unit <foia@grandrapidsmi.gov>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'FOIA #26-1231 - Final Response'),
    ('Date', date('2026-10-05 16:10')), ('Message-ID', mid('034', 'x', 'outlook')),
    ('Thread-Topic', 'FOIA #26-1231 - Final Response'), ('Content-Language', 'en-US')],
    """Dear Requester:

Your Freedom of Information Act request #26-1231 is granted. Attached is the export of 311 service
requests opened January 1, 2025 through August 31, 2026 (98,412 rows) with the fields you
requested. The full file is also posted to the request in the portal because of its size; the
attachment here is an excerpt for reference.

No records were withheld. No fee is being charged.

This completes the City's response to your request.

Sincerely,

Danielle Ruiz-Hadley
FOIA Coordinator, Office of the City Clerk
City of Grand Rapids
""", attachments=[('26-1231_311_export_excerpt.csv', 'text/csv', csvdata)])

# 035: NextRequest ack REQ-013, received Oct 5
from part1 import nr_ack  # noqa  (re-running part1 only rewrites its own files)
nr_ack('035-grr-nextrequest-ack-incidents.eml', 13, '26-1409', date('2026-10-06 08:30'),
       'Security incident reports, incident logs and patron ban/trespass letters for all Grand Rapids Public Library '
       'locations, January 1, 2024 to present.', 'Grand Rapids Public Library; City Attorney', 'October 5, 2026')

# 036: Cedar Rapids JustFOIA message with a hedged fee estimate
build('036-cr-justfoia-fee-maybe.eml', [
    ('From', 'City of Cedar Rapids via JustFOIA <cedarrapidsia@justfoia.com>'),
    ('To', 'records+req-011@records.example.org'),
    ('Subject', 'New Message on Request CR-26-0714'),
    ('Date', date('2026-10-07 11:15', 'CT')), ('Message-ID', mid('036', 'justfoia.com'))],
    """A new message has been posted to your request CR-26-0714.

Message from Animal Care and Control:

  Hello - we have started pulling the intake and outcome data for 2024 to present. Depending on
  how much of the kennel notes need to be reviewed, there may be a charge for staff time beyond the
  first 30 minutes (current rate $32.00/hour). Our rough estimate is between $60 and $90. Before we
  go further, please confirm that you agree to pay fees up to $90, or let us know if you would like
  to limit the request (for example to the summary statistics only, which would be no charge).
  We will wait to hear from you before continuing.

To reply, log in to the portal: https://cedarrapidsia.justfoia.com/publicportal/home/track
""")

# 037: Roanoke shelter manager sends stats directly; new subject, no thread headers, no number
stats = ('month,intake_total,stray,owner_surrender,adopted,returned_to_owner,transferred,euthanized\n'
         '2023-01,301,188,72,131,44,39,41\n2023-02,276,170,61,127,39,35,37\n'
         '2026-08,344,219,80,151,52,48,33\n')
build('037-roa-shelter-staff-interim.eml', [
    ('From', 'Keisha Tolliver <keisha.tolliver@roanokeva.gov>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'euthanasia numbers'),
    ('Date', date('2026-10-08 10:30')), ('Message-ID', mid('037', 'x', 'outlook'))],
    """Hi,

Corinne at the Clerk's office said your deposit came through so I'm sending what I have now
instead of making you wait. Attached is the monthly outcome summary Jan 2023 through Aug 2026
(that's where the euthanasia numbers are - last column).

The intake logs themselves are taking longer. Our shelter software only exports 90 days at a time
so I'm running them quarter by quarter. Those will go to the Clerk and come to you through the
portal when they're done.

Keisha Tolliver
Operations Manager
Roanoke Center for Animal Care and Protection
""", attachments=[('RCACP_monthly_outcomes_2023-2026.csv', 'text/csv', stats)])

# 038: Knoxville Law Department - no records (STR citations), plain text letter in body
build('038-knox-law-no-records-str.eml', [
    ('From', 'Amelia Stroud-Hale <astroudhale@knoxvilletn.gov>'),
    ('To', 'records+req-010@records.example.org'),
    ('Subject', 'Public Records Request W004601-092226 - Response'),
    ('Date', date('2026-10-08 14:00')), ('Message-ID', mid('038', 'x', 'outlook'))],
    """Dear Records Desk,

I write in response to your public records request, reference number W004601-092226, seeking
complaints, inspection reports, notices of violation and citations concerning short-term rental
units operating without a permit from January 2024 to the present.

Plans Review and Inspections staff searched the Codes Enforcement case management system and the
short-term rental permit database for any case coded as an unpermitted short-term rental, and
searched complaint emails received through 311 and the Short-Term Rental Hotline. After a diligent
search, the City has not located any records responsive to your request. Complaints about
unpermitted short-term rentals received during this period were referred to the property owners
by letter through the permit program and were not opened as enforcement cases; those letters are
not retained once a permit is issued.

The City therefore has no records responsive to your request, and your request is now closed.
If you would like to submit a new request for the permit program's records, you may do so
through the Public Records Center.

Sincerely,

Amelia Stroud-Hale
Public Records Request Coordinator
City of Knoxville Law Department
""")

# 039: Cedar Rapids assistant city attorney denial (multipart/alternative)
t39 = """Records Desk:

Re: Public records request CR-26-0716 - Cedar Rapids Public Library security incident logs and
trespass notices, 2024 to present

The City of Cedar Rapids and the Cedar Rapids Public Library Board of Trustees have reviewed your
request. The Library's incident reports and trespass notices are withheld in their entirety.

The incident reports and trespass notices identify library patrons and the library materials and
services they were using, and are confidential under Iowa Code Sec. 22.7(13) (library records that
would reveal the identity of library patrons checking out or requesting an item or information).
In addition, the incident log is maintained as part of the Library's security procedures and
emergency preparedness planning, and its disclosure could reasonably be expected to jeopardize
the safety of persons or property; it is confidential under Iowa Code Sec. 22.7(50). Redaction is
not practicable because the identifying details are throughout each report.

If you believe this decision is in error, you may file a complaint with the Iowa Public Information
Board within sixty (60) days, as provided in Iowa Code Sec. 23.7, or seek enforcement in district
court under Iowa Code Sec. 22.10.

Sincerely,

Priya Venkataraman-Lutz
Assistant City Attorney
City of Cedar Rapids
"""
build('039-cr-attorney-denial-library.eml', [
    ('From', 'Priya Venkataraman-Lutz <p.venkataramanlutz@cedar-rapids.org>'),
    ('To', 'records+req-012@records.example.org'),
    ('Cc', 'Hollis Brandtner <hbrandtner@crlibrary.org>'),
    ('Subject', 'CR-26-0716 response'),
    ('Date', date('2026-10-09 09:20', 'CT')), ('Message-ID', mid('039', 'x', 'outlook'))],
    t39, html='<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">' +
    ''.join('<p>%s</p>' % p.replace('\n', ' ') for p in t39.strip().split('\n\n')) + '</div></body></html>')

# 040: unrelated Knoxville public-meeting notice about STR rules (request: null)
build('040-knox-str-meeting-notice-null.eml', [
    ('From', 'City of Knoxville <knoxville@public.govdelivery.com>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'Public meeting Oct. 20: proposed updates to short-term rental regulations'),
    ('Date', date('2026-10-12 10:00')), ('Message-ID', mid('040', 'public.govdelivery.com')),
    ('Precedence', 'bulk'), ('List-Unsubscribe', '<https://public.govdelivery.com/accounts/TNKNOX/subscriber/edit>')],
    """City of Knoxville - Plans Review and Inspections

The City invites residents, hosts and neighborhood groups to a public meeting on proposed updates
to the short-term rental ordinance (Chapter 16, Article XIV), including permit caps for
non-owner-occupied units and a new online complaint form.

Tuesday, October 20, 2026, 5:30 p.m.
Main Assembly Room, City County Building, 400 Main Street

Can't attend? Comments may be submitted at knoxvilletn.gov/str until October 30.

You are subscribed to Plans Review and Inspections updates from the City of Knoxville.
""")
