"""Messages 041-050 (October 22 - November 12, 2026)."""
from build_common import *

# 041 ---------------------------------------------------------------- water-education newsletter on overlapping topics (no request)
plain = """HEADWATERS DIGEST | October 2026
Water Education Colorado

IN THIS ISSUE
* San Luis Valley: what the new round of well curtailment orders means for Subdistrict 1
* Lake Powell outlook: the October 24-Month Study and the post-2026 guidelines
* Gray wolves, year three: ranchers, compensation and the 10(j) rule
* Register: Winter Water Law Workshop, December 10, Denver

San Luis Valley - The Division 3 engineer issued curtailment orders to more than
40 wells this year as the Rio Grande groundwater rules reached full effect...

Read the full stories at https://www.watereducationcolorado.org/headwaters-digest

You are receiving this email because records@records.example.org subscribed at
watereducationcolorado.org. Unsubscribe: https://watereducationcolorado.us12.list-manage.com/unsubscribe?u=8c1e5a&id=3f0b2d
Water Education Colorado, 1580 Logan Street, Suite 700, Denver, CO 80203
"""
write('041-newsletter-water-education.eml', [
    ('From', 'Water Education Colorado <info@watereducationcolorado.org>'),
    ('Reply-To', 'info@watereducationcolorado.org'),
    ('To', '<%s>' % INBOX),
    ('Subject', 'Headwaters Digest: curtailment in the San Luis Valley, Lake Powell outlook, wolves year three'),
    ('Date', date('2026-10-22 07:00')),
    ('Message-ID', '<%s@mail253.atl121.mcdlv.net>' % h('041', 32)),
    ('List-Unsubscribe', '<https://watereducationcolorado.us12.list-manage.com/unsubscribe?u=8c1e5a&id=3f0b2d>, '
                         '<mailto:unsubscribe-mc.us12_8c1e5a.3f0b2d@unsubscribe.mailchimpapp.net>'),
    ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
    ('Precedence', 'bulk'),
    ('X-Mailer', 'Mailchimp Mailer - **CID%s**' % h('041c', 20)),
    ('X-Campaign', 'mailchimp8c1e5a.%s' % h('041d', 10)),
], multi('alternative', [text(plain), html('<html><body style="font-family:Georgia,serif"><h1>HEADWATERS DIGEST</h1>'
                                           '<p>October 2026 | Water Education Colorado</p><ul><li>San Luis Valley: what the new '
                                           'round of well curtailment orders means for Subdistrict 1</li><li>Lake Powell outlook: '
                                           'the October 24-Month Study and the post-2026 guidelines</li><li>Gray wolves, year three: '
                                           'ranchers, compensation and the 10(j) rule</li><li>Register: Winter Water Law Workshop, '
                                           'December 10, Denver</li></ul><p><a href="https://www.watereducationcolorado.org/'
                                           'headwaters-digest">Read the full stories</a></p></body></html>\n')], '041'))

# 042 ---------------------------------------------------------------- Utah DWR release with private records withheld, CSV (REQ-011)
csv = 'hunt_unit,unit_name,samples_tested,cwd_detected,species\n' + '\n'.join(
    '%s,%s,%d,%d,%s' % r for r in [
        ('1', 'Box Elder', 214, 0, 'mule deer'), ('8', 'North Slope', 166, 3, 'mule deer'),
        ('9', 'South Slope', 301, 7, 'mule deer'), ('10', 'Book Cliffs', 122, 1, 'mule deer'),
        ('13', 'La Sal', 187, 9, 'mule deer'), ('14', 'San Juan', 95, 2, 'mule deer'),
        ('16', 'Central Mtns', 412, 4, 'mule deer'), ('17', 'Wasatch Mtns', 263, 0, 'elk'),
        ('19', 'West Desert', 78, 0, 'mule deer'), ('27', 'Paunsaugunt', 140, 0, 'mule deer')]) + '\n'
plain = """Hello,

Attached is the Division's response to GRAMA request #118834: chronic wasting
disease test results for the 2025 hunting season, summarized by hunt unit and
species (3,412 samples in all; the attachment shows the units with results
posted so far, and the full table is in the portal).

Hunter names, addresses, license numbers and the exact harvest coordinates
reported by hunters have been removed. Those fields are private records under
Utah Code 63G-2-302 and are not public.

This is a partial denial. Under Utah Code 63G-2-401 you may appeal to the
Division's chief administrative officer within 30 days of the date of this
response.

Jordan Pace
GRAMA Coordinator
Utah Division of Wildlife Resources
1594 W North Temple, Salt Lake City, UT 84116
"""
write('042-utah-dwr-cwd-release-csv.eml', [
    ('From', 'Jordan Pace <jpace@utah.gov>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'GRAMA #118834 - response'),
    ('Date', date('2026-10-23 14:10')),
    ('Message-ID', gmail_mid('042')),
], multi('mixed', [multi('alternative', [text(plain), html('<div dir="ltr">' + plain.replace('\n\n', '<br><br>').replace('\n', ' ') +
                                                           '</div>\n')], '042alt'),
                   att(csv, 'text/csv', 'CWD_results_2025_by_unit.csv')], '042'))

# 043 ---------------------------------------------------------------- Utah Open Records Portal status change (REQ-011)
write('043-utah-portal-status-closed.eml', uorp_headers('043', 'GRAMA request #118834 status update', '2026-10-23 14:12'),
      text('The status of your GRAMA request has changed.\n\nRequest #: 118834\nEntity: Division of Wildlife Resources\n'
           'New status: Closed - Response Provided\n\nSign in to view the request: https://openrecords.utah.gov/requests/118834\n\n'
           'This message was sent by the Utah Open Records Portal. Please do not reply to this email.\n'))

# 044 ---------------------------------------------------------------- WGFD: no feedground-specific records (REQ-015)
prev = gmail_mid('027')
body = """Records Desk,

Re: WG-2026-0077

The Wildlife Health Laboratory has searched for the records you requested. The
Department does not compile chronic wasting disease surveillance results by
feedground. Samples from elk, including elk that winter on feedgrounds, are
recorded by hunt area and herd unit, and no record exists that reports CWD
results for the feedgrounds as such. The Public Records Act does not require the
Department to create a record that does not exist.

Statewide CWD surveillance results by hunt area are published in the
Department's annual surveillance report, available on our website.

This closes request WG-2026-0077.

Casey Reinholt
Public Records Coordinator
Wyoming Game and Fish Department
"""
write('044-wgfd-no-feedground-records.eml', [
    ('From', 'Casey Reinholt <casey.reinholt@wyo.gov>'),
    ('To', plus(15)),
    ('Subject', 'RE: %s (re-sent)' % req(15)['subject']),
    ('Date', date('2026-10-26 09:30')),
    ('Message-ID', gmail_mid('044')),
    ('In-Reply-To', prev),
    ('References', '%s %s %s' % (req_mid(15), req_mid(15, '20260930', 2), prev)),
], text(body))

# 045 ---------------------------------------------------------------- Smartsheet row-update alert (REQ-016)
write('045-smartsheet-fwp-status-update.eml', [
    ('From', 'Montana FWP Records via Smartsheet <automation@app.smartsheet.com>'),
    ('Reply-To', 'fwprecords@mt.gov'),
    ('To', plus(16)),
    ('Subject', 'Update to your request PRR-01093'),
    ('Date', date('2026-10-27 08:00')),
    ('Message-ID', '<%s.%s@app.smartsheet.com>' % (h('045', 18), h('045b', 6))),
    ('X-Smartsheet-Notification', 'update-request'),
], html('<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#333">\n<p>A row in <b>FWP Public Records '
        'Requests</b> has changed.</p>\n<table cellpadding="5" style="font-size:13px">\n<tr><td style="color:#777">Request ID</td>'
        '<td>PRR-01093</td></tr>\n<tr><td style="color:#777">Status</td><td><s>Awaiting Clarification</s> &rarr; <b>In Progress'
        '</b></td></tr>\n<tr><td style="color:#777">Modified</td><td>10/27/26 7:59 AM</td></tr>\n</table>\n<p style="color:#999;'
        'font-size:11px">Sent by Smartsheet on behalf of fwprecords@mt.gov.</p>\n</body></html>\n'))

# 046 ---------------------------------------------------------------- WY SEO release with redactions, CSV attached (REQ-014)
csv = 'permit_no,priority_date,applicant_type,use,township,range,section,status\n' + '\n'.join(
    'UW %d,%s,%s,%s,%sN,%sW,%d,%s' % r for r in [
        (228114, '2024-02-13', 'individual', 'domestic', '14', '66', 22, 'complete'),
        (228409, '2024-04-30', 'municipal', 'municipal', '13', '67', 7, 'pending'),
        (229001, '2024-09-18', 'agricultural', 'irrigation', '15', '62', 30, 'complete'),
        (229377, '2025-01-06', 'individual', 'stock', '12', '64', 11, 'complete'),
        (230152, '2025-06-23', 'industrial', 'industrial', '14', '65', 3, 'denied'),
        (231008, '2026-03-02', 'individual', 'domestic', '16', '61', 19, 'pending')]) + '\n'
body = """Hello,

Attached is the list of well permits issued or pending in the Laramie County
Control Area from January 2024 to date. The four well-interference complaint
files (2024-2026) and the Ground Water Division's investigation memos are in the
folder at the link below.

Home telephone numbers and personal email addresses of complainants have been
redacted under W.S. 16-4-203. Nothing else was withheld. This completes the
State Engineer's Office response to your request.

https://drive.google.com/drive/folders/1Wq0LCCA-complaints-2024-2026?usp=sharing

Teresa Lindqvist
Designated Public Records Person
Wyoming State Engineer's Office
"""
write('046-wy-seo-release-csv.eml', [
    ('From', 'Teresa Lindqvist <teresa.lindqvist@wyo.gov>'),
    ('To', plus(14)),
    ('Subject', 'Re: ' + req(14)['subject']),
    ('Date', date('2026-10-29 16:45')),
    ('Message-ID', gmail_mid('046')),
    ('In-Reply-To', gmail_mid('024')),
    ('References', '%s %s' % (req_mid(14), gmail_mid('024'))),
], multi('mixed', [text(body), att(csv, 'text/csv', 'LCCA_well_permits_2024-2026.csv')], '046'))

# 047 ---------------------------------------------------------------- AZGFD denial in full, no thread (REQ-010)
body = """Records Desk:

Re: Public Records Request PRR 26 1142

The Arizona Game and Fish Department has completed its search for Mexican wolf
depredation incident reports and cross-foster and release records for 2025-2026.
The Department located 43 depredation incident reports and the release and
cross-foster files for nine packs.

The Department is denying access to these records in full. The incident reports
and release files record the precise locations of dens, release sites and
depredation events for an endangered species, and the names and ranch locations
of livestock producers. Disclosure would put the animals and private persons at
risk, and the Department has determined that the State's interest in
confidentiality outweighs the public interest in disclosure. See A.R.S. 39-121
et seq. and Carlson v. Pima County, 141 Ariz. 487 (1984). Records created by the
U.S. Fish and Wildlife Service as lead agency of the Interagency Field Team are
federal records and should be requested from that agency under the FOIA.

Summary depredation statistics are published in the Mexican Wolf Program's
monthly updates on the Department's website.

Custodian of Records
Arizona Game and Fish Department
"""
write('047-azgfd-denial-in-full.eml', [
    ('From', 'AZGFD Public Records <publicrecords@azgfd.gov>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'PRR 26 1142 - Response'),
    ('Date', date('2026-10-30 11:00', 'AZ')),
    ('Message-ID', outlook_mid('047', 'BYAPR09MB')),
] + ms_headers('047', 'PRR 26 1142 - Response'), text(body))

# 048 ---------------------------------------------------------------- Reclamation GovDelivery news release (no request)
plain = """U.S. Bureau of Reclamation - News Release

Reclamation releases October 24-Month Study; Lake Powell annual release to remain at 7.48 maf

SALT LAKE CITY - The Bureau of Reclamation today published its October 24-Month
Study, which projects operations of Lake Powell and Lake Mead for the next two
years. Under the study, Glen Canyon Dam will release 7.48 million acre-feet in
water year 2027...

Read more: https://www.usbr.gov/newsroom/news-release/5214

________________________________________________________________________
You are subscribed to Reclamation News for U.S. Bureau of Reclamation. This
information has recently been updated, and is now available.
Manage Subscriptions | Unsubscribe All | Help
This email was sent to records@records.example.org using GovDelivery Communications
Cloud on behalf of: U.S. Bureau of Reclamation - 1849 C Street NW - Washington, DC 20240
"""
write('048-govdelivery-reclamation-news.eml', [
    ('From', 'U.S. Bureau of Reclamation <usbr@public.govdelivery.com>'),
    ('To', INBOX),
    ('Subject', 'Reclamation releases October 24-Month Study; Lake Powell annual release to remain at 7.48 maf'),
    ('Date', date('2026-11-04 12:00', 'ET')),
    ('Message-ID', '<20261104170012.%s@public.govdelivery.com>' % h('048', 10)),
    ('List-Unsubscribe', '<https://public.govdelivery.com/accounts/USBR/subscriber/one_click_unsubscribe?verification=%s>' % h('048v', 24)),
    ('X-Accountcode', 'USBR'),
    ('X-Bulletin-Id', '3f%s' % h('048b', 6)),
    ('Precedence', 'bulk'),
], multi('alternative', [text(plain), html('<html><body><table width="600"><tr><td style="background:#003e7e;color:#fff;padding:8px">'
                                           'U.S. Bureau of Reclamation - News Release</td></tr><tr><td><h2>Reclamation releases October '
                                           '24-Month Study; Lake Powell annual release to remain at 7.48 maf</h2><p>SALT LAKE CITY - The '
                                           'Bureau of Reclamation today published its October 24-Month Study...</p><p><a href="https://'
                                           'www.usbr.gov/newsroom/news-release/5214">Read more</a></p></td></tr></table></body></html>\n')],
         '048'))

# 049 ---------------------------------------------------------------- BLM administrative closure after no reply to fees (REQ-004)
body = """DOI-BLM-2026-004602

Dear Records Desk:

On October 8, 2026, we sent you a letter estimating the fees for processing your
Freedom of Information Act request for oil and gas lease sale protests and parcel
deferral records of the Colorado River Valley Field Office. We asked you to agree
to pay the estimated fees, narrow the request, or provide information supporting
news media status within 20 workdays. We have not received a response.

We have therefore closed your request administratively, and no further action
will be taken on it. You may submit a new request at any time.

You may appeal this decision by writing to the Department of the Interior, FOIA
Appeals Office, 1849 C Street NW, MS-6556 MIB, Washington, DC 20240, or
FOIA.Appeals@sol.doi.gov. Your appeal must be received no later than 90 days
after the date of this letter. Please mark your appeal "FREEDOM OF INFORMATION
APPEAL" and include copies of your request and this letter.

You may also contact our FOIA Public Liaison, Brandon Okafor, at 303-239-3605, or
the Office of Government Information Services (OGIS) at ogis@nara.gov or
1-877-684-6448 for dispute resolution services.

Marisol Reyes
Government Information Specialist
BLM Colorado State Office
"""
write('049-blm-closure-no-fee-reply.eml', [
    ('From', 'BLM CO FOIA <blm_co_foia@blm.gov>'),
    ('To', plus(4)),
    ('Subject', 'Administrative Closure - FOIA Request'),
    ('Date', date('2026-11-10 09:15')),
    ('Message-ID', gmail_mid('049')),
], text(body))

# 050 ---------------------------------------------------------------- NM OSE final response, new subject, privilege withholding (REQ-009)
csv = 'well_id,basin,water_year,reported_af,meter_status\n' + '\n'.join(
    'LRG-%05d,Lower Rio Grande,%d,%.1f,%s' % (w, y, af, s) for w, y, af, s in [
        (4211, 2023, 312.4, 'reported'), (4211, 2024, 298.0, 'reported'), (7730, 2023, 88.2, 'reported'),
        (7730, 2024, 0.0, 'not reported'), (10452, 2025, 1420.7, 'reported'), (12009, 2025, 655.3, 'estimated')]) + '\n'
plain = """Records Desk,

Attached is the Lower Rio Grande meter data for water years 2023 through 2025
(extract; the complete file is at the link below), together with a link to 212
pages of priority administration records, including the 2024 and 2025 priority
calls and District IV correspondence:

https://ose.nm.gov/ipra/26-0388/

The OSE is withholding 37 documents of the Litigation and Adjudication Program.
They are communications between OSE attorneys and staff and attorney work product
prepared for the Texas v. New Mexico litigation, and are protected by the
attorney-client privilege (Rule 11-503 NMRA) and therefore exempt under NMSA
1978, Section 14-2-1 (records exempt "as otherwise provided by law").

This concludes the OSE's response to your request.

Records Custodian
New Mexico Office of the State Engineer
"""
write('050-nm-ose-final-new-subject.eml', [
    ('From', 'OSE IPRA <ose.ipra@ose.nm.gov>'),
    ('To', 'Records Desk <%s>' % plus(9)),
    ('Subject', 'Records - Lower Rio Grande meter data (your IPRA 26-0388)'),
    ('Date', date('2026-11-12 10:20')),
    ('Message-ID', outlook_mid('050', 'DM6PR09MB')),
] + ms_headers('050', 'Records - Lower Rio Grande meter data (your IPRA 26-0388)', attach=True), multi('mixed', [
    multi('alternative', [text(plain), html('<html><body><div style="font-family:Calibri,sans-serif">' +
                                            plain.replace('\n\n', '<br><br>').replace('\n', ' ') + '</div></body></html>\n')], '050alt'),
    att(csv, 'text/csv', 'LRG_meter_readings_2023-2025_extract.csv')], '050'))
print('part5 done')
