#!/usr/bin/env python3
"""Messages 041-050 (October 23 - November 12, 2026)."""
from common import *

F = []

# 041 SDCRAA first installment (rolling release)
m = plain('Ruiz, Alejandra <aruiz@san.org>', plus('REQ-014'), 'RE: PRA-26-187 - First installment',
          '2026-10-23 16:10 -0700', outlook_mid('041', 'BYAPR09MB6044.namprd09.prod.outlook.com'),
          """Good afternoon,

The Airport Authority has determined that your request PRA-26-187 seeks disclosable public records
in part. Attached is the first installment:

  - Memorandum of Understanding between the Authority and U.S. Customs and Border Protection for
    biometric exit / facial comparison services (2023), with the 2025 amendment.

The airlines' agreements are still under review with the carriers and CBP; we will produce them on
a rolling basis and expect to complete the production by November 20, 2026. Any material we
withhold will be identified with the final installment.

Alejandra Ruiz
Senior Records Analyst, Office of the Authority Clerk
San Diego County Regional Airport Authority
""", headers=[('Thread-Topic', 'PRA-26-187 - First installment')], rid_thread='REQ-014')
attach_pdf(m, 'SDCRAA-CBP_MOU_Biometric_Exit.pdf', ['MEMORANDUM OF UNDERSTANDING', 'between the San Diego County Regional Airport Authority',
                                                   'and U.S. Customs and Border Protection', 'Biometric Exit / Facial Comparison Services', '(released copy)'])
save('041-sdcraa-interim.eml', m)
F.append(fact('041-sdcraa-interim.eml', 'REQ-014', 'records_interim', 'PRA-26-187', estimated='2026-11-20',
              why='first installment (CBP MOU); airline agreements to follow on a rolling basis by Nov 20'))

# 042 RTD final: contract released, contractor-held reports not RTD records
m = plain('Vega, Marisol <marisol.vega@rtd-denver.com>', plus('REQ-008'), 'RE: Allied Universal records - cost estimate',
          '2026-10-27 10:00 -0600', outlook_mid('042', 'CY4PR09MB2871.namprd09.prod.outlook.com'),
          """Hello,

Thanks for talking with me last week and for narrowing to the contract plus whatever RTD itself
holds. Attached are:

  1. Contract 24DH031 with Allied Universal Security Services and Amendments 1-3.
  2. The monthly security performance summaries Allied delivered to RTD for July and August 2026.

As we discussed, the individual incident reports are created and stored by Allied in its own
reporting platform. RTD has read-only access for contract oversight but does not make, maintain
or keep those reports, so RTD has determined they are not public records of RTD under
C.R.S. 24-72-202(6). Because you narrowed the request, there is no charge.

This completes your request.

Marisol Vega
Records Custodian | Regional Transportation District
""", headers=[('Thread-Topic', 'Allied Universal records - cost estimate')])
m['In-Reply-To'] = outlook_mid('027', 'CY4PR09MB2871.namprd09.prod.outlook.com')
m['References'] = req('REQ-008')['message_id'] + ' ' + outlook_mid('027', 'CY4PR09MB2871.namprd09.prod.outlook.com')
attach_bytes(m, 'Allied_Contract_24DH031_and_Amendments.pdf', make_pdf(['CONTRACT 24DH031', 'Regional Transportation District',
             'and Allied Universal Security Services', 'Security Services - Amendments 1-3']), 'application', 'pdf')
attach_bytes(m, 'Allied_Monthly_Summaries_Jul-Aug_2026.pdf', make_pdf(['Monthly Security Performance Summary', 'July 2026', 'August 2026']),
             'application', 'pdf')
save('042-rtd-final-contractor-held.eml', m)
F.append(fact('042-rtd-final-contractor-held.eml', 'REQ-008', 'records_final', adverse=True,
              why='contract and summaries released; vendor-held incident reports declared not RTD records (a partial refusal); CO has no appeal days'))

# 043 SDCRAA final via JustFOIA with the clerk's message
g = """<html><body style="font-family:Arial;font-size:10pt"><table width="600" cellpadding="8" style="border:1px solid #bbb">
<tr><td style="background:#0b4f8a;color:#fff"><b>San Diego County Regional Airport Authority &ndash; Public Records</b></td></tr>
<tr><td><p>Request <b>PRA-26-195</b> has been completed.</p>
<p><b>Message from the Authority:</b></p>
<p>Thank you for your clarification. Attached are (1) Authority Policy 3.50 and the Security Camera System SOP, which
provide that terminal CCTV recordings are retained for 30 days unless preserved for an incident, claim or legal hold
(incident clips are kept two years), and (2) a list of the 143 outside-party requests for Terminal 1 and Terminal 2
footage received January 1 through October 15, 2026. No records were withheld. This request is now closed.</p>
<p><a href="https://sandiegoairport.justfoia.com/publicportal/home/track">View documents</a></p></td></tr>
<tr><td style="font-size:8pt;color:#777">This is an automated notification from JustFOIA. Please do not reply.</td></tr>
</table></body></html>"""
m = html_only('San Diego Airport Authority via JustFOIA <sandiegoairport@justfoia.com>', plus('REQ-015'),
              'Request PRA-26-195 Completed', '2026-10-29 10:20 -0700', mid('043jf', 'justfoia.com'), g)
save('043-sdcraa-justfoia-final.eml', m)
F.append(fact('043-sdcraa-justfoia-final.eml', 'REQ-015', 'records_final', 'PRA-26-195',
              why='JustFOIA completion notice carrying the substantive answer: 30-day CCTV retention policy and footage request list, nothing withheld'))

# 044 Port Authority extension with a new date
m = plain('FOI Administrator <foiadmin@panynj.gov>', plus('REQ-012'), 'FOI Reference No. 23981 - Status',
          '2026-10-30 12:00 -0400', outlook_mid('044', 'DM6PR09MB4012.namprd09.prod.outlook.com'),
          """Dear Requester:

Re: Freedom of Information Reference No. 23981

We write regarding your request for the PATH station CCTV video retention policy and records of
law enforcement requests for George Washington Bridge toll data in 2025. Additional time is
required to complete the search and to review the responsive records with the Office of
Security Operations and the Tunnels, Bridges and Terminals Department.

We now anticipate responding on or before December 15, 2026. We appreciate your patience.

Very truly yours,
FOI Administrator
The Port Authority of New York and New Jersey
""", headers=[('Thread-Topic', 'FOI Reference No. 23981 - Status')])
m['In-Reply-To'] = outlook_mid('022', 'DM6PR09MB4012.namprd09.prod.outlook.com')
m['References'] = req('REQ-012')['message_id'] + ' ' + outlook_mid('022', 'DM6PR09MB4012.namprd09.prod.outlook.com')
save('044-panynj-extension.eml', m)
F.append(fact('044-panynj-extension.eml', 'REQ-012', 'extension', '23981', clock='extension', estimated='2026-12-15',
              why='more time needed, new date Dec 15; NY table extension of 20 business days on the Oct 2 due'))

# 045 Port Authority clarification via the Google Group
m = plain("'Lisa Marchetti' via Records Desk <records@records.example.org>", 'Records Desk <records@records.example.org>',
          'FOI 24107 - AirTrain incident logs', '2026-11-04 11:00 -0400',
          outlook_mid('045', 'DM6PR09MB4012.namprd09.prod.outlook.com'),
          """Good morning,

I am the FOI analyst assigned to reference no. 24107. AirTrain JFK is operated and maintained under
contract by a private operator, which keeps its own operations control center logs. The Port
Authority receives (a) monthly operating reports and (b) incident notifications the operator is
required to submit under the contract, but not the operator's internal logs.

Would you like us to proceed with the monthly reports and incident notifications for January
through June 2026? If we do not hear from you within 30 days we may close the request.

Thank you,
Lisa Marchetti
FOI Analyst, Office of the Secretary
The Port Authority of New York and New Jersey
""", headers=[('Reply-To', 'Lisa Marchetti <lmarchetti@panynj.gov>'), ('List-Id', '<records.records.example.org>'),
              ('X-Original-Sender', 'lmarchetti@panynj.gov'), ('X-Original-From', 'Lisa Marchetti <lmarchetti@panynj.gov>'),
              ('Precedence', 'list'), ('Mailing-list', 'list records@records.example.org; contact records+owners@records.example.org')])
save('045-panynj-clarify-google-group.eml', m)
F.append(fact('045-panynj-clarify-google-group.eml', 'REQ-013', 'clarification', '24107',
              why='asks whether PA-held reports (not the contractor operator\'s own logs) will do; via Google Group with X-Original-Sender'))

# 046 MBTA first installment
m = plain('MBTA Public Records <publicrecords@mbta.com>', plus('REQ-005'), 'R001842-091426 - Partial Response',
          '2026-11-05 15:20 -0500', mid('046mbta', 'mbta.com'),
          """Dear Records Desk:

Thank you for your payment of $150.00. Attached is the MBTA Transit Police Department policy on
Video Surveillance Systems (Policy 2.18), which provides that station and vehicle CCTV recordings
are retained for 15 days (stations) and 7 days (buses and trackless trolleys) unless copied for an
incident or legal hold.

The footage request log is still under review for redactions. We expect to provide it by
December 4, 2026.

Records Access Officer
Massachusetts Bay Transportation Authority
""")
attach_pdf(m, 'MBTA_TPD_Policy_2.18_Video_Surveillance.pdf', ['MBTA TRANSIT POLICE DEPARTMENT', 'Policy 2.18 - Video Surveillance Systems',
                                                           'Retention: stations 15 days; buses 7 days', '(released)'])
save('046-mbta-interim.eml', m)
F.append(fact('046-mbta-interim.eml', 'REQ-005', 'records_interim', 'R001842-091426', estimated='2026-12-04',
              why='first installment (retention policy); log to follow by Dec 4; no thread headers, number in subject'))

# 047 MBTA closes the GLTPS request for lack of response
m = plain('Brennan, Kevin <kbrennan@mbta.com>', plus('REQ-006'), 'R001907-092126 - Request closed',
          '2026-11-06 10:00 -0500', outlook_mid('047', 'BL1PR09MB3391.namprd09.prod.outlook.com'),
          """Hello,

On October 5, 2026 we asked you to clarify the date range and scope of request R001907-092126
(Green Line Train Protection System progress reports). We have not received a response. The MBTA
is therefore closing this request. If you are still interested in these records, you may submit
a new request at any time through the Public Records Center.

Kevin Brennan
MBTA
""", charset='utf-8')
save('047-mbta-closed-no-response.eml', m)
F.append(fact('047-mbta-closed-no-response.eml', 'REQ-006', 'other', 'R001907-092126',
              why='closure for non-response to the clarification; not a records decision, so labeled other'))

# 048 WMATA first installment of the body-camera contract
m = plain('Tanisha Greer <tgreer@wmata.com>', plus('REQ-002'), 'RE: PARP Request No. 27-0104 - Fee Estimate',
          '2026-11-09 13:00 -0500', outlook_mid('048', 'MN2PR09MB5120.namprd09.prod.outlook.com'),
          """Good afternoon,

Thank you for confirming your news media status; search fees are waived. Attached is the first
release for PARP 27-0104: the base contract for MTPD body-worn cameras and Modifications 1-3
(212 pages).

Modifications 4-6 and the vendor's cloud evidence-storage terms are with the vendor for
submitter notice under PARP Section 6.1.4. We expect to release them next month.

Tanisha Greer
PARP Specialist | Office of General Counsel, WMATA
""", headers=[('Thread-Topic', 'PARP Request No. 27-0104 - Fee Estimate')])
m['In-Reply-To'] = outlook_mid('019', 'MN2PR09MB5120.namprd09.prod.outlook.com')
m['References'] = outlook_mid('005', 'MN2PR09MB5120.namprd09.prod.outlook.com') + ' ' + outlook_mid('019', 'MN2PR09MB5120.namprd09.prod.outlook.com')
attach_pdf(m, 'PARP_27-0104_Release_1.pdf', ['WMATA Contract - MTPD Body-Worn Camera System', 'Base contract and Modifications 1-3', '(release 1 of 2)'])
save('048-wmata-interim.eml', m)
F.append(fact('048-wmata-interim.eml', 'REQ-002', 'records_interim', '27-0104',
              why='first release of the body-camera contract; vendor submitter notice pending for the rest'))

# 049 NTTA final with a CSV attachment
csv_data = ('request_date,requesting_agency,request_type,images_provided\n'
            '2025-01-06,Dallas Police Department,subpoena,yes\n2025-01-21,Plano Police Department,court order,yes\n'
            '2025-02-03,Texas DPS,written request,no\n2026-08-28,Frisco Police Department,subpoena,yes\n')
m = plain('NTTA Public Information <publicinformation@ntta.org>', plus('REQ-011'),
          'P004417-092326 - Responsive Information', '2026-11-12 09:30 -0600', mid('049ntta', 'ntta.org'),
          """Dear Requester:

Thank you for your payment. Attached is the information responsive to request P004417-092326:

  1. NTTA Records Retention Schedule, series 4.1 (image and transaction data): toll transaction
     images are retained 3 years after the transaction is closed, or 90 days if no toll is due.
  2. Log of law enforcement requests for toll images, January 2025 through September 2026
     (412 entries), in spreadsheet form.

This completes the Authority's response to your request.

Public Information Office
North Texas Tollway Authority
""")
attach_bytes(m, 'P004417-092326_LE_image_requests.csv', csv_data.encode(), 'text', 'csv')
attach_pdf(m, 'NTTA_Retention_Schedule_4.1.pdf', ['NTTA RECORDS RETENTION SCHEDULE', 'Series 4.1 Image and Transaction Data'])
save('049-ntta-final-csv.eml', m)
F.append(fact('049-ntta-final-csv.eml', 'REQ-011', 'records_final', 'P004417-092326',
              why='full release: retention schedule and CSV log of law-enforcement image requests'))

# 050 SEPTA final with confidential proprietary redactions
m = plain('SEPTA Open Records <righttoknow@septa.org>', plus('REQ-004'), 'RTK #2026-1232 - Final Response',
          '2026-11-12 16:00 -0500', outlook_mid('050', 'PH0PR11MB7431.namprd11.prod.outlook.com'),
          """Re: Right-to-Know Request RTK #2026-1232

Dear Requester:

SEPTA has received your payment of $103.00. Your request is GRANTED IN PART and DENIED IN PART.
The SEPTA Key contract with Conduent Transport Solutions, Inc., its amendments, and the data
security and privacy exhibit are enclosed (412 pages).

SEPTA has redacted unit pricing breakdowns and system architecture diagrams as confidential
proprietary information and trade secrets (65 P.S. 67.708(b)(11)) and information whose
disclosure would be reasonably likely to jeopardize computer security (708(b)(4)). SEPTA does not
share rider account or tap data with third parties except as stated in Exhibit G, enclosed.

You may appeal this partial denial to the Office of Open Records within fifteen (15) business days
of the mailing date of this response. Conduent has also been notified of this response.

Open Records Officer
Southeastern Pennsylvania Transportation Authority
""", headers=[('Thread-Topic', 'RTK #2026-1232 - Final Response')], charset='windows-1252', cte='quoted-printable')
attach_pdf(m, 'RTK_2026-1232_Responsive_Records_Redacted.pdf', ['SEPTA KEY NEW PAYMENT TECHNOLOGIES CONTRACT', 'Conduent Transport Solutions, Inc.',
                                                              '[REDACTED 708(b)(11)]', 'Exhibit G - Data Security and Privacy'])
save('050-septa-final-partial.eml', m)
F.append(fact('050-septa-final-partial.eml', 'REQ-004', 'records_final', '2026-1232', adverse=True,
              why='granted in part: Conduent pricing and architecture redacted (708(b)(11), (b)(4)); appeal 15 days per table'))

record(5, F)
