"""Messages 031-040."""
from lib import add, build, pdf, outlook, gg, req_mid, plus, INBOX

# 031 Elbert County Attorney: no responsive records for the Town of Kiowa
add('031-elbert-county-atty-kiowa-no-records.eml', build([
    ('From', 'Lyle Haskett <lhaskett@elbertcounty-co.gov>'),
    ('To', INBOX),
    ('Cc', 'Darlene Pruett <townclerk@townofkiowa.com>'),
    ('Subject', 'RE: Kiowa CORA request - response'),
    ('Date', 'Thu, 08 Oct 2026 10:30:27 -0600'),
    ('Message-ID', '<c7a2e09f11d84f55@elbertcounty-co.gov>'),
    ('In-Reply-To', '<8b01d4e2c3f64c70@elbertcounty-co.gov>'),
    ('References', '<2f9c1e77a0b54b2e@elbertcounty-co.gov> <8b01d4e2c3f64c70@elbertcounty-co.gov>'),
], text="""Records Desk:

The Town Clerk searched the Town Hall files and the records kept at the water
plant. The Town has no records responsive to your request:

- The Town has not received any notice of violation from CDPHE for its
  drinking water system since January 2023. (Routine monitoring reports are
  filed by the Town's certified operator directly with CDPHE.)
- The Town has no engineering reports on the water system dated 2023 or
  later. The Town's consulting engineer prepared a 2022 master plan, which
  falls outside the period you requested.

This concludes the Town's response to your request.

Lyle Haskett
Assistant County Attorney, on behalf of the Town of Kiowa
"""), 'REQ-009', 'no_records', adverse=True, signals=['subject'],
    why='county attorney reports no responsive Town records after searching; CO has no appeal days')

# 032 RecordsBridge status change for Donala after payment (portal notice)
add('032-recordsbridge-donala-status.eml', build([
    ('From', 'Donala Water & Sanitation District via RecordsBridge <notifications@recordsbridge.com>'),
    ('To', plus(10)),
    ('Subject', 'Status Update: DWSD-26-0093'),
    ('Date', 'Thu, 08 Oct 2026 14:00:03 -0600'),
    ('Message-ID', '<rb.dwsd.0093.3.1789840803@mailer.recordsbridge.com>'),
], html="""<html><body style="font-family:Arial;font-size:13px">
<p>The status of request <b>DWSD-26-0093</b> has changed from <i>Awaiting Payment</i> to <i>In Progress</i>.</p>
<p><a href="https://donala.recordsbridge.com/requests/DWSD-26-0093">View request</a></p>
<p style="font-size:11px;color:#888">Do not reply to this message. Powered by RecordsBridge.</p>
</body></html>"""), 'REQ-010', 'portal_notice', 'DWSD-26-0093', signals=['plus', 'tracking'],
    why='vendor portal status change (payment received, in progress); no substantive text')

# 033 DWB as Borough Attorney denies OPRA #26-188 as overbroad (NJ appeal 45 days)
add('033-dwb-hpboro-denial-overbroad.eml', build([
    ('From', 'Priya Delgado <pdelgado@dwblawnj.com>'),
    ('To', INBOX),
    ('Cc', '"Hervey, Joan" <clerk@hpboro.com>'),
    ('Subject', 'Borough of Highland Park - OPRA #26-188'),
    ('Date', 'Thu, 08 Oct 2026 16:20:11 -0400'),
    ('Message-ID', '<CH0PR04MB8123B77E01@CH0PR04MB8123.namprd04.prod.outlook.com>'),
] + outlook('Borough of Highland Park - OPRA #26-188', 'AdmZk1s2Pm4e6R9QTuP3c7XW1Yr3Ig=='),
text="""Dear Requester:

This firm is the Borough Attorney for the Borough of Highland Park. The
Municipal Clerk has asked us to respond to OPRA #26-188.

Your request seeks "all records relating to redevelopment agreements and
payments in lieu of taxes" from 2020 to the present. The request does not
identify specific government records; it would require the custodian to
search every Borough file for anything "relating to" redevelopment and to
analyze and compile the results. OPRA does not permit open-ended requests of
this kind. See MAG Entertainment, LLC v. Div. of Alcoholic Beverage Control,
375 N.J. Super. 534 (App. Div. 2005); Bent v. Stafford Police Dep't, 381 N.J.
Super. 30 (App. Div. 2005). The request is therefore denied.

You may submit a new request identifying specific records, for example the
financial agreement for a named redevelopment project or the PILOT payment
ledger for a stated year.

You may challenge this denial by filing an action in Superior Court or a
complaint with the Government Records Council within 45 days.

Priya Delgado, Esq.
Delgado Whitlock & Brennan, P.C.
"""), 'REQ-006', 'denial', '26-188', adverse=True, signals=['tracking', 'subject'],
    why='Borough Attorney firm (also the school board attorney) denies the request as overbroad under MAG; NJ 45-day appeal window')

# 034 Reclamation: consultation/referral of part of the request (other)
add('034-usbr-referral-region.eml', build([
    ('From', 'Bureau of Reclamation FOIA Office <bor-foia@usbr.gov>'),
    ('To', plus(12)),
    ('Subject', 'BOR-2026-00871 - Referral of portion of request'),
    ('Date', 'Tue, 13 Oct 2026 10:00:40 -0600'),
    ('Message-ID', '<PH0PR09MB7744C3D5@PH0PR09MB7744.namprd09.prod.outlook.com>'),
], text="""Dear Requester:

This is to inform you that part of your FOIA request BOR-2026-00871 concerns
records created by the Missouri Basin Region and by the Department of the
Interior's Office of the Secretary, which administers the final WaterSMART
selection. We have referred the portion of your request seeking the final
selection memoranda to the Office of the Secretary FOIA office (DOI-OS), which
will respond to you directly and may assign its own tracking number.

The Bureau of Reclamation continues to process the remainder of your request
(applications and technical review scoring sheets).

If you have questions, please contact the FOIA Public Liaison at (303)
445-2049.

Reclamation FOIA Office
"""), 'REQ-012', 'other', 'BOR-2026-00871', signals=['plus', 'tracking'],
    why='federal referral notice: part of the request sent to DOI Office of the Secretary; rest still processed')

# 035 RecordsBridge fee estimate for Lodi USD (duplication), conditional wording
add('035-recordsbridge-lodi-fee.eml', build([
    ('From', 'Lodi Unified School District Records Center <notifications@recordsbridge.com>'),
    ('To', plus(3)),
    ('Subject', 'Message from Lodi Unified School District regarding LUSD-2026-0412'),
    ('Date', 'Tue, 13 Oct 2026 11:30:56 -0700'),
    ('Message-ID', '<rb.lusd.0412.3.1790274656@mailer.recordsbridge.com>'),
], html="""<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:13px">
<p>The following message was added to request <b>LUSD-2026-0412</b>:</p>
<blockquote style="border-left:3px solid #0b4f6c;padding-left:10px">
<p>The District has located approximately 1,240 pages of responsive records, including the
transportation contracts with Student Transportation of America and Durham School Services and the
related board agenda items. Most of these records exist only on paper.</p>
<p>If you would like paper copies or scans of the paper records, a duplication charge of $0.10 per
page may apply (estimated $124.00), payable before the records are released. Records that already
exist electronically (approximately 90 pages) can be provided at no cost.</p>
<p>Please let us know how you would like to proceed.</p>
<p>&mdash; Chris Paulsen, RecordsBridge Records Specialist, for Lodi Unified School District</p>
</blockquote>
<p><a href="https://lodiusd.recordsbridge.com/requests/LUSD-2026-0412">Respond to this message</a></p>
</body></html>"""), 'REQ-003', 'fee_estimate', 'LUSD-2026-0412', signals=['plus', 'tracking'],
    why='vendor specialist estimates $124 duplication that "may apply", payable before release')

# 036 KAR releases all WTCPUA records after payment (final)
add('036-kar-wtcpua-final.eml', build([
    ('From', 'Marisol Alvarado <malvarado@karlawtx.com>'),
    ('To', plus(5)),
    ('Subject', 'RE: WTCPUA - Public Information Request W-0926-03 - Responsive Information'),
    ('Date', 'Wed, 14 Oct 2026 09:00:14 -0500'),
    ('Message-ID', '<DM6PR05MB6650E9A4C7@DM6PR05MB6650.namprd05.prod.outlook.com>'),
    ('In-Reply-To', '<DM6PR05MB6650F1E7B9@DM6PR05MB6650.namprd05.prod.outlook.com>'),
    ('References', '<req-005.20260916.2@records.example.org> <DM6PR05MB6650A8C4E2@DM6PR05MB6650.namprd05.prod.outlook.com> <DM6PR05MB6650F1E7B9@DM6PR05MB6650.namprd05.prod.outlook.com>'),
] + outlook('WTCPUA - Public Information Request W-0926-03', 'AdmKtp3lM0c5yRkXQ1i5p4Gm0jw9OwAD8xT1'),
text="""Good morning,

Thank you for your payment of $186.50. On behalf of the Agency, the following
information responsive to W-0926-03 is available for download:

  - 2021 and 2024 Water and Wastewater Impact Fee Studies and Capital
    Improvements Plans
  - Developer agreements (non-standard service agreements) approved 2021-2026,
    with exhibits
  - Scans of the 22 oversized plan sheets

https://karlawtx.sharefile.com/d-a91e3c07b2

No information has been withheld. This completes the Agency's response and
the request is closed.

Marisol Alvarado
Kolbeck Alvarado & Rusk, PLLC
General Counsel, West Travis County Public Utility Agency
"""), 'REQ-005', 'records_final', 'W-0926-03', signals=['thread', 'plus', 'tracking'],
    why='general counsel releases everything for WTCPUA, nothing withheld; request closed (TX, no appeal)')

# 037 RecordsBridge clarification for LUSD-2026-0488 (search terms), with withdrawal warning
add('037-recordsbridge-lodi-clarify.eml', build([
    ('From', 'Lodi Unified School District Records Center <notifications@recordsbridge.com>'),
    ('To', plus(13)),
    ('Subject', 'Clarification Needed - LUSD-2026-0488'),
    ('Date', 'Wed, 14 Oct 2026 13:00:31 -0700'),
    ('Message-ID', '<rb.lusd.0488.2.1790366431@mailer.recordsbridge.com>'),
], text="""Request LUSD-2026-0488 - Lodi Unified School District

The District needs more information to process your request.

A preliminary search of the Superintendent's and seven trustees' mailboxes
for "closure" and "consolidation" returned more than 9,000 messages, most of
them newsletters and unrelated facilities items. To help the District
identify responsive records, please provide: (1) a narrower date range;
(2) specific school names or search terms; and (3) whether attachments
should be included.

Per Government Code 7922.600, the District is glad to assist you in
formulating a focused request. If we do not receive a response within 10
business days, the District will consider the request withdrawn and close it.

Reply at: https://lodiusd.recordsbridge.com/requests/LUSD-2026-0488

RecordsBridge Public Records Services for Lodi Unified School District
"""), 'REQ-013', 'clarification', 'LUSD-2026-0488', signals=['plus', 'tracking'],
    why='vendor asks for narrower dates/search terms; warns of closure after 10 business days')

# 038 Dripping Springs City Secretary acknowledges REQ-014 (own staff, HTML only)
m = req_mid(14, '2026-10-13')
add('038-dripping-citysec-ack-str.eml', build([
    ('From', 'Andrea Cunningham <acunningham@cityofdrippingsprings.com>'),
    ('To', plus(14)),
    ('Subject', 'RE: PIA Request: Dripping Springs code enforcement complaints and short-term rental permits, 2025-2026'),
    ('Date', 'Wed, 14 Oct 2026 15:10:20 -0500'),
    ('Message-ID', '<9a4b2e6d1f@cityofdrippingsprings.com>'),
    ('In-Reply-To', m), ('References', m),
], html="""<html><body><div style="font-family:Tahoma;font-size:10pt">
<p>Good afternoon,</p>
<p>Your request was received on <b>Tuesday, October 13, 2026</b> and assigned <b>PIR #2026-251</b>.</p>
<p>Thank you,<br>Andrea Cunningham, TRMC<br>City Secretary | City of Dripping Springs</p>
</div></body></html>"""), 'REQ-014', 'acknowledgment', '2026-251', clock='received_on_sent_date',
    signals=['thread', 'plus', 'tracking-new'],
    why='City Secretary (own) confirms receipt Oct 13 (= sent), PIR #2026-251; TX 10 business days')

# 039 RecordsBridge first installment for Donala, arriving through the Google Group inbox
add('039-recordsbridge-donala-interim-gg.eml', build(gg('Donala Water & Sanitation District via RecordsBridge', 'notifications@recordsbridge.com') + [
    ('To', INBOX),
    ('Subject', 'Records Available: DWSD-26-0093 (Installment 1 of 2)'),
    ('Date', 'Thu, 15 Oct 2026 12:00:08 -0600'),
    ('Message-ID', '<rb.dwsd.0093.4.1790445608@mailer.recordsbridge.com>'),
], text="""Installment 1 of 2 for request DWSD-26-0093 is ready.

Released today: PFAS sampling results for Wells D-1 through D-8 and the
Holbein water treatment plant, quarterly reports Q1 2024 through Q2 2026
(38 files).

Download: https://donala.recordsbridge.com/requests/DWSD-26-0093/documents

The consultant reports are being reviewed by the District and will be
released in a second installment.

RecordsBridge Public Records Services, for Donala Water and Sanitation District
"""), 'REQ-010', 'records_interim', 'DWSD-26-0093', signals=['tracking', 'subject'],
    why='vendor releases installment 1 of 2 via the Google Group collaborative inbox (no plus address)')

# 040 Highland Park BOE Business Administrator: separation agreements now, invoices later
add('040-hpboe-ba-interim.eml', build([
    ('From', 'Michael Grosso <mgrosso@hpschools.net>'),
    ('To', INBOX),
    ('Subject', 'OPRA-2026-041 - partial response'),
    ('Date', 'Mon, 19 Oct 2026 13:30:45 -0400'),
    ('Message-ID', '<MN2PR07MB60117A2C4D@MN2PR07MB6011.namprd07.prod.outlook.com>'),
    ('In-Reply-To', '<MN2PR07MB6011E4B21F@MN2PR07MB6011.namprd07.prod.outlook.com>'),
    ('References', '<MN2PR07MB6011E4B21F@MN2PR07MB6011.namprd07.prod.outlook.com>'),
], text="""Good afternoon,

Attached are the three separation agreements approved by the Board between
January 2024 and the present (item 1).

The legal invoices (item 2) require redaction of privileged narrative
entries by the Board Attorney. We expect to provide them by November 6, 2026.

Michael Grosso
School Business Administrator / Board Secretary
Highland Park Public Schools
""", attachments=[('Separation Agreements 2024-2026 (OPRA-2026-041).txt', 'text/plain',
    'Stand-in for a 19-page scanned PDF: three separation agreements approved by the Highland Park Board of Education (Res. 24-112, 25-038, 26-071).\n')]),
    'REQ-007', 'records_interim', 'OPRA-2026-041', estimated='2026-11-06', signals=['tracking'],
    why='Board Secretary releases item 1 now, invoices expected Nov 6 after attorney redaction')
