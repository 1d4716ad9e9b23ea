#!/usr/bin/env python3
"""Messages 031-040 (October 8-20, 2026)."""
from common import *

F = []

# 031 NextRequest closed with the agency's closing message
g = """<html><body style="font-family:Helvetica,Arial;font-size:14px;color:#333">
<div style="max-width:600px;margin:auto;border-top:4px solid #00573d;padding:16px">
<p>Request <b>#26-4471</b> has been closed.</p>
<p>The department wrote:</p>
<blockquote style="border-left:3px solid #ccc;padding-left:10px">
Metro's onboard video retention SOP (VID-04, rev. 2025) has been released. As previously explained, no
onboard video from the Route 7 coach for September 2, 2026 exists: coach recorders overwrite after about
72 hours of service and no clip was retained. This completes King County's response to request 26-4471.
</blockquote>
<p><a href="https://kingcounty.nextrequest.com/requests/26-4471">View request</a></p>
<p style="font-size:11px;color:#999">Powered by NextRequest. Please do not reply to this email.</p>
</div></body></html>"""
m = html_only('King County Public Records <kingcounty@mail.nextrequest.com>', plus('REQ-007'),
              '[King County Public Records] Request 26-4471 has been closed', '2026-10-08 13:22 -0700',
              mid('031nr', 'mail.nextrequest.com'), g)
save('031-kcmetro-nextrequest-closed.eml', m)
F.append(fact('031-kcmetro-nextrequest-closed.eml', 'REQ-007', 'records_final', '26-4471',
              why='NextRequest closure quoting staff: SOP released, video does not exist; completes the response'))

# 032 RTD no records, no threading headers, different subject
m = plain('Vega, Marisol <marisol.vega@rtd-denver.com>', 'records@records.example.org',
          'Your CORA request - Union Station video requests', '2026-10-08 14:25 -0600',
          outlook_mid('032', 'CY4PR09MB2871.namprd09.prod.outlook.com'),
          """Hello,

This responds to your Colorado Open Records Act request received October 6, 2026 (our office was
closed October 5) for any log or list of law-enforcement requests for Denver Union Station
surveillance video from January 2025 to date.

After a search by RTD Transit Police and the Safety, Security and Asset Management division, RTD
has no records responsive to this request. RTD does not keep a log of outside agency requests for
Union Station video. Denver Police Department requests are made through a shared evidence portal
operated by the City and County of Denver, and those records, if any, are held by the City.

This concludes RTD's response. There is no charge.

Marisol Vega
Records Custodian | Regional Transportation District
""")
save('032-rtd-no-records-no-thread.eml', m)
F.append(fact('032-rtd-no-records-no-thread.eml', 'REQ-009', 'no_records', adverse=True,
              why='no thread headers or number; topic (Union Station video requests) identifies REQ-009; no records; CO has no appeal days'))

# 033 Port Authority ack #2 (HTML-only letter style)
g = """<html><body style="font-family:'Times New Roman',serif;font-size:12pt">
<p><b>THE PORT AUTHORITY OF NY &amp; NJ</b><br>Office of the Secretary</p>
<p>October 8, 2026</p>
<p>Re: Freedom of Information Reference No. 24107</p>
<p>Dear Requester:</p>
<p>This acknowledges receipt on October 1, 2026 of your request, made under the Port Authority&rsquo;s Freedom of
Information Code, for incident logs kept by the AirTrain JFK operator for January through June 2026.</p>
<p>Your request is being processed. Please refer to the above reference number in any future correspondence.</p>
<p>Very truly yours,<br>FOI Administrator</p></body></html>"""
m = html_only('FOI Administrator <foiadmin@panynj.gov>', plus('REQ-013'), 'FOI Reference No. 24107',
              '2026-10-08 16:30 -0400', outlook_mid('033', 'DM6PR09MB4012.namprd09.prod.outlook.com'), g,
              rid_thread='REQ-013')
save('033-panynj-ack-2.eml', m)
F.append(fact('033-panynj-ack-2.eml', 'REQ-013', 'acknowledgment', '24107', clock='received_on_sent_date',
              why='second Port Authority ack: received Oct 1 = sent, No. 24107; NY 5 business days'))

# 034 GovQA notice for NTTA, shared sender, no agency name at all
g = """<html><body style="font-family:Arial;font-size:13px">
<p>Your request <b>P004417-092326</b> has been updated.</p>
<p>Status: <b>In Progress - Awaiting Requester Response</b></p>
<p><a href="https://ntta.mycusthelp.com/WEBAPP/_rs/supporthome.aspx">View request</a></p>
<p style="font-size:10px;color:#999">Automated notification. Do not reply.</p></body></html>"""
m = html_only('Public Records Center <noreply@mycusthelp.net>', 'records@records.example.org',
              'Request P004417-092326 Updated', '2026-10-09 09:10 -0500', mid('034govqa', 'mycusthelp.net'), g)
save('034-ntta-govqa-status.eml', m)
F.append(fact('034-ntta-govqa-status.eml', 'REQ-011', 'portal_notice', 'P004417-092326',
              why='GovQA status change from the shared sender to the plain inbox; only the number (and ntta link) identify REQ-011'))

# 035 SDCRAA clerk asks to clarify, threaded to our request
m = plain('Ruiz, Alejandra <aruiz@san.org>', plus('REQ-015'), 'RE: ' + req('REQ-015')['subject'],
          '2026-10-09 14:00 -0700', outlook_mid('035', 'BYAPR09MB6044.namprd09.prod.outlook.com'),
          """Hi,

Thanks for your request, which we've logged as PRA-26-195. Two questions so we search the right
places:

1. By "requests for terminal footage," do you mean requests from outside parties (police, attorneys,
   insurers, the public) or also internal preservation requests from Airport departments and tenants?
2. Terminal 1, Terminal 2, or both? Terminal 1 cameras were replaced this year as part of the New T1
   project and the older system's request records are kept separately.

The retention policy itself is straightforward and I'll send it with the rest once I hear back.

Alejandra Ruiz
Senior Records Analyst, Office of the Authority Clerk
San Diego County Regional Airport Authority
""" + '\n\n' + quote('REQ-015'), headers=[('Thread-Topic', req('REQ-015')['subject'])], rid_thread='REQ-015')
save('035-sdcraa-clarification.eml', m)
F.append(fact('035-sdcraa-clarification.eml', 'REQ-015', 'clarification', 'PRA-26-195',
              why='staff asks which requesters and which terminals before searching; number first stated here'))

# 036 RTD staffer asks for a call: no thread, no topic
m = plain('Vega, Marisol <marisol.vega@rtd-denver.com>', 'records@records.example.org', 'CORA request - question',
          '2026-10-14 11:15 -0600', outlook_mid('036', 'CY4PR09MB2871.namprd09.prod.outlook.com'),
          """Hi,

Could someone give me a call when you get a chance about your open records request? There's a
question I'd rather talk through than put in email. 303-299-2304, I'm in until 4.

Thanks,
Marisol
""")
save('036-rtd-call-me-ambiguous.eml', m)
F.append(fact('036-rtd-call-me-ambiguous.eml', 'REQ-008', 'other',
              why='RTD custodian asks for a call, no topic or thread; REQ-009 was closed Oct 8, so the only open RTD request is REQ-008'))

# 037 WMATA final response with partial withholding (letter in PDF + alternative body)
letter = ['WASHINGTON METROPOLITAN AREA TRANSIT AUTHORITY', 'Office of General Counsel', '', 'October 14, 2026', '',
          'Re: PARP Request 27-0091', '', 'Dear Requester:', '',
          'This is WMATA\'s final response to your request for the Metrorail station CCTV retention',
          'schedule, video release and preservation procedures, and FY2026 preservation request counts.', '',
          'WMATA is releasing 31 pages:',
          '  - Records Retention Schedule, Item 4.12 (station CCTV: 30 days unless preserved)',
          '  - MTPD General Order 320 (Video Evidence Preservation and Release), with redactions',
          '  - FY2026 summary: 2,418 preservation requests (MTPD 1,692; Claims 511; external 215)', '',
          'WMATA is withholding the appendices to General Order 320, which list camera locations,',
          'fields of view and network architecture, under PARP Section 6.1.8 (records whose release',
          'could reasonably be expected to endanger the security of WMATA facilities or systems).', '',
          'You may appeal this determination by writing to the Chief Counsel within 30 business days',
          'of the date of this letter at parp@wmata.com, marked "PARP Appeal".', '',
          'Sincerely,', 'PARP Office']
txt = 'Please find attached WMATA\'s final response to PARP 27-0091 and the responsive records.\n\nPARP Office\n'
m = alternative('WMATA Public Access to Records <parp@wmata.com>', plus('REQ-001'), 'PARP 27-0091 - Final Response',
                '2026-10-14 15:00 -0400', outlook_mid('037', 'BY5PR09MB4411.namprd09.prod.outlook.com'), txt,
                '<html><body><p>Please find attached WMATA&#39;s final response to PARP 27-0091 and the responsive records.</p><p>PARP Office</p></body></html>',
                headers=[('Thread-Topic', 'PARP 27-0091 - Final Response'), ('X-MS-Has-Attach', 'yes')])
m.make_mixed()
attach_pdf(m, 'PARP_27-0091_Final_Response.pdf', letter)
attach_pdf(m, 'PARP_27-0091_Records.pdf', ['[Release] Records Retention Schedule Item 4.12 ...',
                                          'MTPD General Order 320 (redacted)', 'FY2026 preservation request summary'])
save('037-wmata-final-partial.eml', m)
F.append(fact('037-wmata-final-partial.eml', 'REQ-001', 'records_final', '27-0091', adverse=True,
              why='final release with GO 320 appendices withheld (PARP 6.1.8); PARP appeal window of 30 business days is not in the DC table, so appeal_due null'))

# 038 SEPTA denial of the railcar video
m = plain('SEPTA Open Records <righttoknow@septa.org>', plus('REQ-003'), 'RTK #2026-1187 - Final Response',
          '2026-10-15 10:30 -0400', outlook_mid('038', 'PH0PR11MB7431.namprd11.prod.outlook.com'),
          """Re: Right-to-Know Request RTK #2026-1187

Dear Requester:

SEPTA has completed its review of your request for railcar camera video from the Market-Frankford
Line car involved in the August 14, 2026 incident. Your request is DENIED.

The video was retained by the SEPTA Transit Police Department as part of a criminal investigation
and is exempt from disclosure under Section 708(b)(16) of the RTKL (records relating to or
resulting in a criminal investigation, including investigative materials and videos) and
Section 9106 of the Criminal History Record Information Act. To the extent the recording is an
audio or video recording made by a law enforcement agency, a request must be made under 42 Pa.C.S.
Chapter 67A within 60 days of the recording on the form required by that chapter; the RTKL does not
apply to such recordings (42 Pa.C.S. 67A02).

You have a right to appeal this denial in writing to the Office of Open Records, 333 Market Street,
16th Floor, Harrisburg, PA 17101-2234, within fifteen (15) business days of the mailing date of this
response (65 P.S. 67.1101). An appeal must include a copy of your request and of this response.

Sincerely,
Open Records Officer
Southeastern Pennsylvania Transportation Authority
""", headers=[('Thread-Topic', req('REQ-003')['subject'])], rid_thread='REQ-003', charset='windows-1252', cte='quoted-printable')
save('038-septa-denial-video.eml', m)
F.append(fact('038-septa-denial-video.eml', 'REQ-003', 'denial', '2026-1187', adverse=True,
              why='video withheld in full (708(b)(16), Act 22 chapter 67A); appeal to OOR; table gives 15 (counted as calendar days)'))

# 039 MDTA hedged extension asking consent
m = plain('MDTA Public Information Act Office <mdtapia@mdta.maryland.gov>', 'records@records.example.org',
          'RE: MPIA Request MDTA-PIA-2026-0412', '2026-10-16 09:45 -0400', mid('039mdta', 'mdta.maryland.gov'),
          """Dear Records Desk:

We are writing about MDTA-PIA-2026-0412. The customer service center contractor has not yet
completed its extraction of the image-retention settings and the law enforcement query reports,
and the MDTA may need more time than the 30 days the Act provides.

Under General Provisions Article 4-203(d), the MDTA requests your consent to extend the time to
respond by up to 30 days, to November 18, 2026. If we do not hear otherwise from you by
October 19, we will understand that you consent. We will release records in installments as they
are ready.

Sincerely,
PIA Coordinator
Maryland Transportation Authority
""", headers=[('In-Reply-To', mid('020mdta', 'mdta.maryland.gov')), ('References', mid('020mdta', 'mdta.maryland.gov'))])
save('039-mdta-extension-consent.eml', m)
F.append(fact('039-mdta-extension-consent.eml', 'REQ-010', 'extension', 'MDTA-PIA-2026-0412', clock='extension', estimated='2026-11-18',
              why='MPIA 4-203(d) consent extension, hedged ("may need"), up to 30 days to Nov 18; threads only to 020'))

# 040 SEPTA duplication fee, prepayment required
m = plain('SEPTA Open Records <righttoknow@septa.org>', plus('REQ-004'), 'RTK #2026-1232 - Fee Notice',
          '2026-10-20 14:00 -0400', outlook_mid('040', 'PH0PR11MB7431.namprd11.prod.outlook.com'),
          """Re: Right-to-Know Request RTK #2026-1232 (SEPTA Key / Conduent contract)

Dear Requester:

SEPTA has identified 412 pages of records responsive to your request. The third party, Conduent
Transport Solutions, was notified under Section 707(b) and has designated portions as confidential
proprietary information; SEPTA is reviewing that designation.

Under the Office of Open Records fee schedule, copies are $0.25 per page. Because the records are
kept in paper form in the contract file, the total duplication fee is $103.00. As the fees exceed
$100.00, prepayment is required before the records will be released (65 P.S. 67.1307(h)). You may
instead inspect the records at 1234 Market Street at no charge.

Please remit payment by check payable to SEPTA, referencing RTK #2026-1232.

Open Records Office, SEPTA
""", headers=[('Thread-Topic', 'RTK #2026-1232 - Fee Notice')])
save('040-septa-fee-prepay.eml', m)
F.append(fact('040-septa-fee-prepay.eml', 'REQ-004', 'fee_estimate', '2026-1232',
              why='$103 duplication fee, prepayment required over $100 before release; number learned from the PDF file name (011)'))

record(4, F)
