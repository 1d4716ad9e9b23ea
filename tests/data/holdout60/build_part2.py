"""Messages 011-020 (September 17 - September 28, 2026)."""
from build_common import *

# 011 ---------------------------------------------------------------- DOI PAL acknowledgment for FWS (REQ-005)
write('011-doi-pal-ack-fws-wolves.eml', pal_headers('011', 'FOIA Request FWS-2026-01733 has been received', '2026-09-17 11:05'),
      html(pal_html('This message confirms that your Freedom of Information Act request has been received and logged by the\n'
                    '<b>U.S. Fish and Wildlife Service</b>.',
                    [('Tracking Number', '<b>FWS-2026-01733</b>'), ('Received Date', '09/10/2026'), ('Request Type', 'FOIA'),
                     ('Processing Office', 'FWS Region 6 / Mountain-Prairie (Lakewood, CO)'),
                     ('Description', 'Gray wolf 10(j) rule implementation in Colorado: lethal take authorizations, depredation\n'
                      'investigations and correspondence with Colorado Parks and Wildlife')],
                    'You may check the status of this request at any time by signing in to the Public Access Link. Please refer to the\n'
                    'tracking number above in all communication with the processing office.')))

# 012 ---------------------------------------------------------------- CO DWR 7-working-day extension, with a date (REQ-006)
plain = """Records Desk,

This is in regard to your CORA request, reference C004812-091426.

The records you asked for are kept partly in the Division 3 office in Alamosa and
partly in Denver, and the request covers every well curtailment order and every
groundwater-rule compliance filing in the Rio Grande basin for almost two years.
Under C.R.S. 24-72-203(3)(b), the custodian finds that extenuating circumstances
exist because the request is broadly stated and encompasses a large volume of
records. The response period is therefore extended by seven (7) working days.

We expect the records to be ready in the Records Center on or before Monday,
September 28, 2026.

Thank you for your patience,

Tomas Ruiz
Records Custodian / CORA
Colorado Division of Water Resources
1313 Sherman Street, Room 821, Denver, CO 80203
"""
write('012-co-dwr-extension-7-days.eml', [
    ('From', '"Ruiz - DNR, Tomas" <tomas.ruiz@state.co.us>'),
    ('To', plus(6)),
    ('Cc', 'dwr.cora@state.co.us'),
    ('Subject', 'Re: Colorado Division of Water Resources Records Request :: C004812-091426'),
    ('Date', date('2026-09-17 15:55')),
    ('Message-ID', gmail_mid('012')),
    ('In-Reply-To', req_mid(6)),
    ('References', req_mid(6)),
], multi('alternative', [text(plain), html('<div dir="ltr">' + plain.replace('\n\n', '<br><br>').replace('\n', ' ') + '</div>\n')], '012'))

# 013 ---------------------------------------------------------------- NM OSE acknowledgment, received date differs from sent (REQ-009)
q = quoted(9, 'outlook').replace('{to}', 'ose.ipra@ose.nm.gov')
body = """Records Desk
%s

Re: Inspection of Public Records Act Request No. 26-0388

Dear Records Desk:

The Office of the State Engineer (OSE) received your written request on Friday,
September 18, 2026. Your email arrived after close of business on Thursday,
September 17, and was logged on the next business day.

You requested Lower Rio Grande groundwater meter data and records of priority
administration for the Lower Rio Grande basin, 2023 to the present.

Pursuant to NMSA 1978, Section 14-2-8(D), this is to inform you that the records
are not immediately available for inspection. Staff in the Water Resource
Allocation Program and the Las Cruces District IV office are locating responsive
records. OSE will respond to your request on or before October 5, 2026.

Electronic records will be provided at no charge. Copies of paper records are
$0.25 per page; you will be told of any charge before records are released.

Sincerely,

Records Custodian
New Mexico Office of the State Engineer
Concha Ortiz y Pino Building
130 South Capitol, Santa Fe, NM 87501
ose.ipra@ose.nm.gov

%s
""" % (plus(9), q)
write('013-nm-ose-ack-received-next-day.eml', [
    ('From', 'OSE IPRA <ose.ipra@ose.nm.gov>'),
    ('To', 'Records Desk <%s>' % plus(9)),
    ('Subject', 'IPRA No. 26-0388 - Acknowledgment'),
    ('Date', date('2026-09-21 10:12')),
    ('Message-ID', outlook_mid('013', 'DM6PR09MB')),
    ('In-Reply-To', req_mid(9)),
    ('References', req_mid(9)),
] + ms_headers('013', req(9)['subject']), text(body))

# 014 ---------------------------------------------------------------- Garfield County asks to narrow (REQ-008)
prev = outlook_mid('010', 'BY5PR09MB')
body = """Good afternoon,

We ran your request (commissioner emails regarding BLM oil and gas leasing and the
Thompson Divide withdrawal) against the county's email archive. Without a date range
the search returns roughly 14,000 messages for the three commissioners and the
county manager.

Before we can go further please tell us:
 1. the date range you want;
 2. which accounts (the three commissioners only, or also the county manager and
    the oil and gas liaison); and
 3. the search terms you want us to use.

We will hold the request until we hear back from you. The three-day response period
will start again on the day we receive your narrowed request.

Hanna Brooks
Deputy Clerk to the Board
Garfield County, Colorado
970-945-5004 ext. 1530
"""
write('014-garfield-narrow-request.eml', [
    ('From', 'Hanna Brooks <hbrooks@garfield-county.com>'),
    ('To', 'Records Desk <%s>' % plus(8)),
    ('Cc', 'Garfield County CORA <cora@garfield-county.com>'),
    ('Subject', 'RE: %s [CORA 2026-117]' % req(8)['subject']),
    ('Date', date('2026-09-21 16:40')),
    ('Message-ID', outlook_mid('014', 'BY5PR09MB')),
    ('In-Reply-To', prev),
    ('References', '%s %s' % (req_mid(8), prev)),
] + ms_headers('014', req(8)['subject']), text(body))

# 015 ---------------------------------------------------------------- Utah Open Records Portal acknowledgment, DWR (REQ-011)
rows = [('Request #', '118834'), ('Entity', 'Division of Wildlife Resources (Department of Natural Resources)'),
        ('Date received', '09/22/2026'), ('Records officer', 'Jordan Pace'),
        ('Description', 'Chronic wasting disease test results by hunt unit, 2025 hunting season')]
plain = ('Your GRAMA request has been received.\n\n' + '\n'.join('%s: %s' % r for r in rows) +
         '\n\nUnder Utah Code 63G-2-204 the governmental entity will respond as soon as reasonably possible, and no later '
         'than 10 business days after receiving the request (5 business days if expedited treatment was requested and '
         'granted).\n\nYou can follow this request at https://openrecords.utah.gov/requests/118834\n\n'
         'This message was sent by the Utah Open Records Portal on behalf of the governmental entity named above. '
         'Please do not reply to this email.\n')
htm = ('<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">\n<h2 style="color:#0b4f6c">Your GRAMA '
       'request has been received</h2>\n<table cellpadding="6">\n' + ''.join('<tr><td><b>%s</b></td><td>%s</td></tr>\n' % r for r in rows) +
       '</table>\n<p>Under Utah Code 63G-2-204 the governmental entity will respond as soon as reasonably possible, and no later\n'
       'than 10 business days after receiving the request (5 business days if expedited treatment was requested and\ngranted).</p>\n'
       '<p><a href="https://openrecords.utah.gov/requests/118834">View request</a></p>\n<p style="color:#888;font-size:12px">This '
       'message was sent by the Utah Open Records Portal on behalf of the governmental entity named above.\nPlease do not reply '
       'to this email.</p>\n</body></html>\n')
write('015-utah-portal-ack-dwr.eml', uorp_headers('015', 'GRAMA request #118834 received', '2026-09-22 11:30'),
      multi('alternative', [text(plain, rewrap=True), html(htm)], '015'))

# 016 ---------------------------------------------------------------- CUWCD records officer out of office (REQ-012)
write('016-cuwcd-outlook-autoreply.eml', [
    ('From', 'Amelia Strand <astrand@cuwcd.com>'),
    ('To', 'Records Desk <%s>' % plus(12)),
    ('Subject', 'Automatic reply: ' + req(12)['subject']),
    ('Date', date('2026-09-23 09:02')),
    ('Message-ID', outlook_mid('016', 'CH0PR09MB')),
    ('In-Reply-To', req_mid(12)),
    ('References', req_mid(12)),
    ('Auto-Submitted', 'auto-replied'),
    ('X-Auto-Response-Suppress', 'All'),
] + ms_headers('016', req(12)['subject']), multi('alternative', [
    text('I am out of the office through Monday, September 28. Messages sent to grama@cuwcd.com during this time are '
         'being monitored by the District secretary and will be entered in the Utah Open Records Portal.\n\n'
         'Amelia Strand\nRecords Officer\nCentral Utah Water Conservancy District\n355 West University Parkway, Orem, UT 84058\n',
         rewrap=True),
    html('<html><body><p>I am out of the office through Monday, September 28. Messages sent to grama@cuwcd.com during this '
         'time are being monitored by the District secretary and will be entered in the Utah Open Records Portal.</p>'
         '<p>Amelia Strand<br>Records Officer<br>Central Utah Water Conservancy District</p></body></html>\n')], '016'))

# 017 ---------------------------------------------------------------- Utah Open Records Portal acknowledgment, CUWCD (REQ-012)
rows = [('Request #', '118901'), ('Entity', 'Central Utah Water Conservancy District'), ('Date received', '09/23/2026'),
        ('Entered by', 'Governmental entity (request received by email)'), ('Records officer', 'Amelia Strand'),
        ('Description', 'Closed-meeting minutes and recordings of the Board of Trustees concerning Utah Lake and CUP deliveries, 2025-2026')]
plain = ('Your GRAMA request has been received.\n\n' + '\n'.join('%s: %s' % r for r in rows) +
         '\n\nUnder Utah Code 63G-2-204 the governmental entity will respond as soon as reasonably possible, and no later '
         'than 10 business days after receiving the request.\n\nYou can follow this request at '
         'https://openrecords.utah.gov/requests/118901\n\nThis message was sent by the Utah Open Records Portal on behalf '
         'of the governmental entity named above. Please do not reply to this email.\n')
write('017-utah-portal-ack-cuwcd.eml', uorp_headers('017', 'GRAMA request #118901 received', '2026-09-23 14:20'),
      text(plain, rewrap=True))

# 018 ---------------------------------------------------------------- AZGFD acknowledgment, no threading headers (REQ-010)
body = """Good morning,

The Arizona Game and Fish Department received your public records request on
September 21, 2026. It has been assigned number PRR 26 1142.

Your request has been sent to the Wildlife Management Division and the Mexican
Wolf Program for a search. Some of the records you describe are created by the
Interagency Field Team and may need review by the U.S. Fish and Wildlife Service
before release. The Department will respond as promptly as possible.

If the records are wanted for a commercial purpose, A.R.S. 39-121.03 requires a
statement saying so. Please let us know if that applies.

Custodian of Records
Arizona Game and Fish Department
5000 W. Carefree Highway, Phoenix, AZ 85086
"""
write('018-azgfd-ack-new-thread.eml', [
    ('From', 'AZGFD Public Records <publicrecords@azgfd.gov>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'Public Records Request PRR 26 1142'),
    ('Date', date('2026-09-24 10:05', 'AZ')),
    ('Message-ID', outlook_mid('018', 'BYAPR09MB')),
] + ms_headers('018', 'Public Records Request PRR 26 1142'), text(body))

# 019 ---------------------------------------------------------------- IDFG acknowledgment quoting our request (REQ-013)
q = quoted(13, 'outlook').replace('{to}', 'publicrecords@idfg.idaho.gov')
body = """Good morning,

We received your public records request yesterday afternoon, September 24.

Idaho Code 74-103 gives us three working days to grant or deny a request, or up
to ten working days from the date of the request if we need more time to locate
or retrieve the records. I will let you know by Tuesday which it will be.

Please note that the Wolf Depredation Control Board keeps its own contractor files.
We will search what Fish and Game holds, including the Bureau of Wildlife's
agency-take records and any reimbursement paperwork routed through our fiscal
office.

Wes Schaefer
Public Records Coordinator
Idaho Department of Fish and Game
600 S. Walnut, Boise, ID 83712

%s
""" % q
write('019-idfg-ack-quoted.eml', [
    ('From', '"Schaefer, Wes" <wes.schaefer@idfg.idaho.gov>'),
    ('To', 'Records Desk <%s>' % plus(13)),
    ('Subject', 'RE: ' + req(13)['subject']),
    ('Date', date('2026-09-25 08:50', 'BOISE')),
    ('Message-ID', outlook_mid('019', 'SA1PR09MB')),
    ('In-Reply-To', req_mid(13)),
    ('References', req_mid(13)),
] + ms_headers('019', req(13)['subject']), text(body))

# 020 ---------------------------------------------------------------- GovQA completion with the release (REQ-006)
body = """<html><body style="font-family:Verdana,Geneva,sans-serif;font-size:9pt">
<p>Dear Records Desk,</p>
<p>Your records request <b>C004812-091426</b> has been completed. The Division of Water Resources has left you the
following message:</p>
<blockquote style="border-left:3px solid #a7b88a;padding-left:8px">The responsive records are now in the Records Center:
41 well curtailment orders issued in Water Division 3 between January 2025 and August 2026, the annual compliance
reports for Subdistricts 1 through 6 under the Rio Grande groundwater rules, and the 2025 well-meter readings
spreadsheet. No records were withheld and no fee was charged. This completes our response to your request.<br>
- Tomas Ruiz, Records Custodian</blockquote>
<p>To view and download your documents, log in to the
<a href="https://coloradodnr.mycusthelp.com/WEBAPP/_rs/(S(x4k2nq))/supporthome.aspx">Colorado DNR Records Center</a>
and open <i>My Request Center</i>.</p>
<p>Colorado Department of Natural Resources<br>Records Center</p>
<p style="font-size:7.5pt;color:#777">Please do not reply to this message; replies are not monitored.</p>
</body></html>
"""
write('020-govqa-dnr-completed-dwr.eml', [
    ('From', 'Colorado DNR Records Center <coloradodnr@mycusthelp.net>'),
    ('To', INBOX),
    ('Subject', '[Records Center] Request C004812-091426 has been completed'),
    ('Date', date('2026-09-28 14:30')),
    ('Message-ID', '<%s@mycusthelp.net>' % h('020', 26)),
    ('X-Mailer', 'GovQA'),
], html(body))
print('part2 done')
