"""Messages 031-040 (October 7 - October 21, 2026)."""
import struct
from build_common import *

# 031 ---------------------------------------------------------------- DOI PAL acknowledgment for the second FWS request (REQ-017)
write('031-doi-pal-ack-fws-sage-grouse.eml', pal_headers('031', 'FOIA Request FWS-2026-02011 has been received', '2026-10-07 11:30'),
      html(pal_html('This message confirms that your Freedom of Information Act request has been received and logged by the\n'
                    '<b>U.S. Fish and Wildlife Service</b>.',
                    [('Tracking Number', '<b>FWS-2026-02011</b>'), ('Received Date', '10/06/2026'), ('Request Type', 'FOIA'),
                     ('Processing Office', 'FWS Region 6 / Mountain-Prairie (Lakewood, CO)'),
                     ('Description', 'Gunnison sage-grouse CCAAs and critical habitat section 7 consultation records, 2024-2026')],
                    'You may check the status of this request at any time by signing in to the Public Access Link. Please refer to the\n'
                    'tracking number above in all communication with the processing office.')))

# 032 ---------------------------------------------------------------- CUWCD notice of denial with GRAMA appeal rights (REQ-012)
htm = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p><b>NOTICE OF DENIAL</b><br>Utah Code 63G-2-205</p>
<p>Requester: Records Desk<br>GRAMA request: #118901 (Utah Open Records Portal)<br>Date received: September 23, 2026<br>
Date of this notice: October 7, 2026</p>
<p>You requested the minutes and recordings of closed meetings of the District's Board of Trustees held in 2025 and
2026 concerning Utah Lake and Central Utah Project water deliveries.</p>
<p>The District has identified four closed meetings within that description. Access to the recordings and to any
minutes of those meetings is <b>denied</b>. A recording and minutes of a closed meeting held under Utah Code 52-4-205
are protected records under Utah Code 52-4-206 and 63G-2-305, and may be disclosed only on order of a court. The
District has not located any other records within your request.</p>
<p><b>Right to appeal.</b> Under Utah Code 63G-2-401 you may appeal this denial to the District's chief administrative
officer, the General Manager, within 30 days after the date of this notice. The notice of appeal must contain your
name, mailing address and daytime telephone number, and the relief sought, and may include a short statement of
facts, reasons and legal authority. Appeals may be sent to grama@cuwcd.com or to 355 West University Parkway,
Orem, Utah 84058.</p>
<p>Amelia Strand<br>Records Officer<br>Central Utah Water Conservancy District</p>
</div></body></html>
"""
write('032-cuwcd-notice-of-denial.eml', [
    ('From', 'Amelia Strand <astrand@cuwcd.com>'),
    ('To', 'Records Desk <%s>' % plus(12)),
    ('Cc', 'grama@cuwcd.com'),
    ('Subject', 'GRAMA Request #118901 - Notice of Denial'),
    ('Date', date('2026-10-07 16:10')),
    ('Message-ID', outlook_mid('032', 'CH0PR09MB')),
    ('In-Reply-To', req_mid(12)),
    ('References', req_mid(12)),
] + ms_headers('032', req(12)['subject']), html(htm))

# 033 ---------------------------------------------------------------- IDFG partial release; number only in the PDF's file name (REQ-013)
letter = [
    '*IDAHO DEPARTMENT OF FISH AND GAME', '600 South Walnut / P.O. Box 25, Boise, Idaho 83707', '',
    'October 8, 2026', '', 'Records Desk', 'records.example.org', '',
    'Re: Public records request received September 24, 2026', '',
    'Dear Records Desk:', '',
    'The Department has completed its response to your request for records of wolf take funded by the Wolf '
    'Depredation Control Board and related contractor reimbursement, 2025-2026.', '',
    'The Department is providing 184 pages: agency-take summary reports for July 2025 through August 2026, '
    'the Department\'s share of reimbursement invoices, and correspondence with the Board\'s administrator. The records '
    'are available at the secure link in the email that transmitted this letter.', '',
    'The Department has redacted the names, addresses and telephone numbers of private contractors, trappers and '
    'landowners, and aircraft tail numbers, under Idaho Code 74-104(1) and 74-106. The Department holds no contractor '
    'files of the Board itself; those should be requested from the Wolf Depredation Control Board.', '',
    'This is a partial denial of your request. Under Idaho Code 74-115, you may file a petition in the district court '
    'of the county where the records or some part of them are located within 180 days from the date of mailing of '
    'this notice of denial or partial denial.', '',
    'Sincerely,', '', 'Wes Schaefer', 'Public Records Coordinator',
]
write('033-idfg-partial-release-pdf-filename.eml', [
    ('From', '"Schaefer, Wes" <wes.schaefer@idfg.idaho.gov>'),
    ('To', 'Records Desk <%s>' % plus(13)),
    ('Subject', 'RE: ' + req(13)['subject']),
    ('Date', date('2026-10-08 10:00', 'BOISE')),
    ('Message-ID', outlook_mid('033', 'SA1PR09MB')),
    ('In-Reply-To', outlook_mid('022', 'SA1PR09MB')),
    ('References', '%s %s %s' % (req_mid(13), outlook_mid('019', 'SA1PR09MB'), outlook_mid('022', 'SA1PR09MB'))),
] + ms_headers('033', req(13)['subject'], attach=True), multi('mixed', [
    text('Good morning,\n\nOur response letter is attached. The records are in this folder (link expires in 30 days):\n'
         'https://idfg-my.sharepoint.com/:f:/g/personal/wes_schaefer_idfg_idaho_gov/EkR2vXb9QnFJr3WcT0aYpLsB?e=Qm4tZ8\n\n'
         'Wes\n'),
    att(pdf(letter, 'Response'), 'application/pdf', 'IDFG-PRR2026-0419-Response.pdf')], '033'))

# 034 ---------------------------------------------------------------- BLM fee estimate letter in PDF, 20-workday warning (REQ-004)
letter = [
    '*United States Department of the Interior', 'BUREAU OF LAND MANAGEMENT', 'Colorado State Office',
    '2850 Youngfield Street, Lakewood, Colorado 80215', '', 'In Reply Refer To:', '1278 (CO-930)', 'DOI-BLM-2026-004602', '',
    'October 8, 2026', '', 'VIA EMAIL', 'Records Desk', plus(4), '',
    'Dear Records Desk:', '',
    'This letter concerns your Freedom of Information Act (FOIA) request for oil and gas lease sale protests and parcel '
    'deferral records of the Colorado River Valley Field Office, 2025-2026, which we received on September 9, 2026.', '',
    'Your request did not include information showing that the records are sought for dissemination by a news media '
    'organization, so for now we have placed you in the "all other requesters" fee category under 43 CFR 2.38. '
    'Requesters in that category receive two hours of search time and 100 pages of duplication free of charge.', '',
    'We estimate that processing your request will require 16 hours of professional search and review time beyond the '
    'two free hours, at $48.00 per hour, for an estimated total of $768.00. Because the estimated fees exceed the $50.00 '
    'you agreed to pay, we have stopped processing your request (43 CFR 2.49(b)).', '',
    'Within 20 workdays of the date of this letter, please do one of the following: (1) agree in writing to pay fees '
    'up to $768.00; (2) narrow your request to reduce the fees; or (3) send us information supporting news media status '
    'or a fee waiver. If we do not hear from you within 20 workdays, we will presume that you are no longer interested '
    'and will close your request.', '',
    'You may contact our FOIA Public Liaison, Brandon Okafor, at 303-239-3605, or the Office of Government Information '
    'Services (OGIS) at ogis@nara.gov or 1-877-684-6448 for assistance.', '',
    'Sincerely,', '', '', 'Marisol Reyes', 'Government Information Specialist',
]
write('034-blm-fee-estimate-letter-pdf.eml', [
    ('From', 'BLM CO FOIA <blm_co_foia@blm.gov>'),
    ('To', plus(4)),
    ('Subject', 'FOIA DOI-BLM-2026-004602 - Fee Estimate'),
    ('Date', date('2026-10-08 14:25')),
    ('Message-ID', gmail_mid('034')),
], multi('mixed', [
    text('Please see the attached fee estimate letter. A response is needed within 20 workdays.\n\nBLM Colorado FOIA\n'),
    att(pdf(letter, 'Fee estimate'), 'application/pdf', 'DOI-BLM-2026-004602_Fee_Estimate.pdf')], '034'))

# 035 ---------------------------------------------------------------- colleague forwards FWP's clarification as an attachment (REQ-016)
inner = """From: "Kowalczyk, Brenna" <brenna.kowalczyk@mt.gov>
To: Dylan Harjo <dharjo@records.example.org>
Subject: PRR-01093 Grizzly bear records - clarification needed
Date: Thu, 8 Oct 2026 15:42:07 +0000
Message-ID: %s
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit
MIME-Version: 1.0

Mr. Harjo,

I'm the paralegal handling your public records request PRR-01093 for grizzly bear
conflict, relocation and euthanasia records in Regions 1 and 2.

Before we search, please clarify:
 (a) whether you want the export from the conflict database (date, location to
     the section, bear ID, action taken) or the full narrative incident reports -
     there are over 900 reports for 2025-2026;
 (b) whether "euthanasia records" includes necropsy reports from the Wildlife
     Health Lab in Bozeman; and
 (c) whether you also want capture and handling forms.

Under MCA 2-6-1006 the time for our response is suspended until we receive your
clarification. If we do not hear from you within 30 days the request may be
closed.

Brenna Kowalczyk
Paralegal, Legal Unit
Montana Fish, Wildlife & Parks
1420 East Sixth Avenue, Helena, MT 59620
""" % outlook_mid('035in', 'CY8PR09MB')
write('035-fwd-attached-fwp-clarification.eml', [
    ('From', 'Dylan Harjo <dharjo@records.example.org>'),
    ('To', 'Records Desk <%s>' % INBOX),
    ('Subject', 'Fwd: PRR-01093 Grizzly bear records - clarification needed'),
    ('Date', date('2026-10-09 11:20')),
    ('Message-ID', gmail_mid('035')),
], multi('mixed', [
    text("FWP's paralegal wrote to me instead of the desk (I put my name on their Smartsheet form). Original attached. "
         "I'd say (a) the database export plus narratives for relocations only, (b) yes, (c) no - but someone please reply "
         "from the desk address so it stays in the log.\n\nDylan\n", rewrap=True),
    Part('message/rfc822', inner, None, [('Content-Disposition', 'attachment;\n\tfilename="PRR-01093 clarification.eml"')])], '035'))

# 036 ---------------------------------------------------------------- USFS asks to narrow; request on hold (REQ-002)
prev = outlook_mid('007', 'PH0PR09MB')
body = """Good morning,

I'm working on your FOIA request 2026-FS-R3-04471-F and have a question about scope.

The Santa Fe and Carson National Forests carried out about 160 prescribed burn
entries between January 2023 and now. Each burn plan runs 60 to 150 pages with its
appendices, so the request as written is several thousand pages.

Would you accept the following instead?
  - the complete burn plan, go/no-go checklist and any review for each burn that
    escaped or was converted to a wildfire (7 burns), and
  - a list of all prescribed burn entries with date, unit name and acres.

Or do you need every plan? Please let me know by October 27. Your request is on
hold until we hear from you; if we don't receive a reply within 20 working days
we may close the request administratively.

Thank you,

Lena Garcia-Ortiz
FOIA Specialist | Southwestern Region
Forest Service
c: 505-842-3292
"""
write('036-usfs-scope-question.eml', [
    ('From', '"Garcia-Ortiz, Lena - FS, NM" <lena.garcia-ortiz@usda.gov>'),
    ('To', '"Records Desk" <%s>' % plus(2)),
    ('Subject', 'RE: FOIA 2026-FS-R3-04471-F - scope question'),
    ('Date', date('2026-10-13 10:45')),
    ('Message-ID', outlook_mid('036', 'PH0PR09MB')),
    ('In-Reply-To', prev),
    ('References', '%s %s' % (req_mid(2), prev)),
] + ms_headers('036', 'FOIA 2026-FS-R3-04471-F - scope question'), text(body))

# 037 ---------------------------------------------------------------- FWS hedged fee estimate (REQ-005)
plain = """Dear Records Desk,

Re: FOIA request FWS-2026-01733 (gray wolf 10(j) rule implementation in Colorado)

Based on our initial search, fees may apply to this request. The Mountain-Prairie
Region and the Colorado Ecological Services Field Office have located about 4,800
pages of email, depredation investigation files and permit correspondence.

As a representative of the news media you are charged only for duplication, and
the first 100 pages are free. At $0.05 per page for electronic production, our
estimate is $235.00 for about 4,700 billable pages. This is an estimate only;
actual fees may be lower once duplicates are removed.

Because this is more than the $50.00 you agreed to pay, please tell us within 20
workdays whether you agree to pay up to $235.00, or narrow the request (for
example, by excluding the permit correspondence). We will not continue processing
until we receive your reply.

FWS FOIA Office
U.S. Fish and Wildlife Service
"""
write('037-fws-fee-may-apply.eml', [
    ('From', 'FWS FOIA <fwsfoia@fws.gov>'),
    ('To', plus(5)),
    ('Subject', 'FWS-2026-01733 - Fee estimate / assurance of payment'),
    ('Date', date('2026-10-15 13:30')),
    ('Message-ID', gmail_mid('037')),
    ('In-Reply-To', req_mid(5)),
    ('References', req_mid(5)),
], multi('alternative', [text(plain), html('<div dir="ltr">' + plain.replace('\n\n', '<br><br>').replace('\n', ' ') + '</div>\n')], '037'))

# 038 ---------------------------------------------------------------- voicemail from an unnamed Cheyenne caller (REQ-014, cannot be placed)
n = 1600
wav = b'RIFF' + struct.pack('<I', 36 + n) + b'WAVEfmt ' + struct.pack('<IHHIIHH', 16, 1, 1, 8000, 8000, 1, 8) + \
    b'data' + struct.pack('<I', n) + bytes([128]) * n
write('038-voicemail-cheyenne-unplaced.eml', [
    ('From', 'Desk Voicemail <voicemail@records.example.org>'),
    ('To', INBOX),
    ('Subject', 'New voicemail from (307) 777-5937 (0:24)'),
    ('Date', date('2026-10-16 15:02')),
    ('Message-ID', '<vm.%s@pbx.records.example.org>' % h('038', 16)),
    ('Auto-Submitted', 'auto-generated'),
], multi('mixed', [
    text('You have a new voicemail.\n\nFrom: (307) 777-5937  CHEYENNE WY\nReceived: Fri Oct 16 2026 3:01 PM\nLength: 0:24\n\n'
         'Transcription (automatic, may contain errors):\n"Hi, this is Jo calling from Cheyenne about the records request you '
         'sent us a couple weeks back. I had a quick question about the date range on it before I pull everything. '
         'If you could give me a call back at 307-777-5937. Thanks, bye."\n', rewrap=True),
    att(wav, 'audio/wav', 'voicemail-20261016-1501.wav')], '038'))

# 039 ---------------------------------------------------------------- FWS coordinator asks for a call, no number, no thread (REQ-017)
write('039-fws-call-request-no-number.eml', [
    ('From', '"Hollis, Dana" <dana_hollis@fws.gov>'),
    ('To', INBOX),
    ('Subject', 'your FOIA request'),
    ('Date', date('2026-10-20 10:10')),
    ('Message-ID', gmail_mid('039')),
], multi('alternative', [
    text('Hi,\n\nI\'m the regional FOIA coordinator for the Mountain-Prairie Region and I\'m working on one of your requests. '
         'I have a question about the date range before I task the field office. Could someone give me a call at '
         '303-236-4471 this week?\n\nThanks,\nDana\n', rewrap=True),
    html('<div dir="ltr">Hi,<div><br></div><div>I\'m the regional FOIA coordinator for the Mountain-Prairie Region and I\'m '
         'working on one of your requests. I have a question about the date range before I task the field office. Could '
         'someone give me a call at 303-236-4471 this week?</div><div><br></div><div>Thanks,</div><div>Dana</div></div>\n')], '039'))

# 040 ---------------------------------------------------------------- Garfield County final release with privilege withholdings (REQ-008)
est = outlook_mid('030est', 'BY5PR09MB')
body = """Good afternoon,

We received the $330.96 deposit on October 9 and have finished the review for CORA
2026-117.

Of the 1,312 messages located, 1,164 are released. They are available for 30 days
at the ShareFile link below. Twenty-two of the released messages have personal
telephone numbers and home addresses redacted.

148 messages are withheld in full. They are communications with the County
Attorney's Office that are privileged attorney-client communications and are not
subject to inspection under C.R.S. 24-72-204(3)(a)(IV).

The actual time spent was seven hours beyond the first hour ($289.59). A refund of
$41.37 will be mailed to you. This completes the County's response.

https://garfieldcounty.sharefile.com/d-s4e1c0b7a9f2d4

Hanna Brooks
Deputy Clerk to the Board
Garfield County, Colorado
"""
write('040-garfield-final-privilege.eml', [
    ('From', 'Hanna Brooks <hbrooks@garfield-county.com>'),
    ('To', 'Records Desk <%s>' % plus(8)),
    ('Cc', 'Priya Natarajan <pnatarajan@records.example.org>'),
    ('Subject', 'RE: CORA 2026-117 - cost estimate'),
    ('Date', date('2026-10-21 15:30')),
    ('Message-ID', outlook_mid('040', 'BY5PR09MB')),
    ('In-Reply-To', est),
    ('References', '%s %s' % (req_mid(8), est)),
] + ms_headers('040', 'CORA 2026-117 - cost estimate'), text(body))
print('part4 done')
