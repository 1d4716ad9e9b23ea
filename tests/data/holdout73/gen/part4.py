from common import *

# 031 phishing lookalike (null)
make('031-phish-secure-foia-release.eml', [
    ('From', 'FOIA Release Center <no-reply@state-gov-docs.com>'), ('To', 'foia@newsroom.example.org'),
    ('Subject', 'Secure Document Release: Your FOIA records are ready (action required)'), ('Date', when(2026, 10, 14, 21, 12, 9)),
    ('Message-ID', mid('031', 'state-gov-docs.com'))],
    html="""<html><body><div style="font-family:Segoe UI,Arial"><p><b>You have (3) documents waiting</b></p>
<p>Records responsive to your Freedom of Information Act request have been released through our secure delivery system. Documents will be deleted after 48 hours.</p>
<p><a href="http://state-gov-docs.com/release/view?id=88314" style="background:#1f5fbf;color:#fff;padding:8px 16px;text-decoration:none">Review Documents</a></p>
<p style="font-size:10px">Verify with your Microsoft 365 credentials to open the secure package.</p></div></body></html>""",
    facts=dict(request=None, kind='other', tracking_number=None, signals=['none'],
               why='credential-phishing lure imitating a FOIA release from a look-alike domain; belongs to no request'))

# 032 Treasury/OFAC fee estimate with advance payment
make('032-treasury-ofac-fee-advance.eml', [
    ('From', 'OFAC FOIA <ofac.foia@treasury.gov>'), ('To', plus('REQ-010')),
    ('Subject', 'FOIA 2026-09-118 - Fee Estimate / Advance Payment Required'), ('Date', when(2026, 10, 15, 14, 48, 0)),
    ('Message-ID', mid('032', 'PH0PR09MB7730.namprd09.prod.outlook.com'))],
    text="""Dear Requester:

OFAC has completed its search for records responsive to FOIA case 2026-09-118 (specific licenses issued under
the Venezuela Sanctions Regulations in 2025). The search located approximately 4,200 pages, most of them held
only in a paper license-file archive.

As a news media requester you are not charged for search or review. Duplication is charged at $0.10 per page
after the first 100 pages, for an estimated total of $410.00. Under 31 CFR 1.7, because the estimated fee
exceeds $250.00, we require an advance payment of the full amount before processing continues.

Your options are:
  (a) remit the advance payment by check or through pay.gov (instructions attached on request);
  (b) narrow the request, for example to licenses issued to U.S. oil companies, or to the license
      documents themselves without the applications and supporting submissions;
  (c) ask us to release only the records that exist in electronic form, for which no fee would apply.

Your request is on hold pending your response. If we do not hear from you within 30 calendar days, we will
close the request.

Disclosure Services
Department of the Treasury
""", facts=dict(request='REQ-010', kind='fee_estimate', tracking_number='2026-09-118', signals=['plus', 'tracking', 'subject'],
                why='Treasury/OFAC: ~4,200 pages, $410 duplication, advance payment required (> $250); request on hold'))

# 033 MCC first interim release; tracking in the attachment name and subject
l033 = """Millennium Challenge Corporation
1099 Fourteenth Street NW, Suite 700
Washington, DC 20005

October 16, 2026

Re: FOIA Request FY26-031 - Interim Response No. 1

Dear Requester:

Thank you for your clarification of October 2 (second Mozambique compact; drafts and consultant comments included). This is MCC's first interim response.

We are releasing 212 pages in full. These consist of draft Environmental and Social Impact Assessment chapters and MCC staff comments. Additional records, consisting of consultant deliverables submitted by the accountable entity (MCA-Mocambique) and its contractors, are the subject of pre-disclosure notification under Executive Order 12600 because they may contain confidential commercial information. We will make a further response once that process is complete.

Sincerely,
FOIA Specialist, Office of the General Counsel"""
make('033-mcc-interim-release-1.eml', [
    ('From', 'Pereira, Ana L. <pereiraal@mcc.gov>'), ('To', plus('REQ-007')),
    ('Subject', 'FY26-031 interim release'), ('Date', when(2026, 10, 16, 17, 9, 21)),
    ('Message-ID', mid('033', 'mcc.gov'))],
    text="Hi,\n\nAttached is our first interim response and the released records (212 pages, link below because of size).\n\nhttps://mcc.box.com/s/q8x0r4ufy26031int1\n\nMore to come after the submitter notice period.\n\nAna\n",
    attachments=[('FY26-031 Interim Response 1.pdf', 'application/pdf', pdf(l033.split('\n'), 'Interim Response 1'))],
    facts=dict(request='REQ-007', kind='records_interim', tracking_number='FY26-031', signals=['plus', 'tracking', 'tracking-filename'],
               why='MCC releases 212 pages; remaining contractor deliverables pending E.O. 12600 submitter notice'))

# 034 Peace Corps analyst asks for a call; personal address, no threading, no number
make('034-peacecorps-call-request.eml', [
    ('From', 'Whitfield, Darnell <dwhitfield@peacecorps.gov>'), ('To', 'foia@newsroom.example.org'),
    ('Subject', 'your request - evacuation records'), ('Date', when(2026, 10, 19, 15, 40, 12)),
    ('Message-ID', mid('034', 'DM6PR09MB4417.namprd09.prod.outlook.com'))],
    text="""Hi there,

I picked up your request about the Niger and Gabon evacuations after our fee letter went out. Thanks for
sending the information about your newsroom - that should take care of the fee category question.

Before I task the posts' records I'd like to talk through the scope for about ten minutes; some of what you
asked for is in the volunteer medical files, which we'd have to handle very differently. Could you give me a
call at 202-692-1877 any afternoon this week?

Thanks,
Darnell Whitfield
Government Information Specialist
Peace Corps
""", facts=dict(request='REQ-006', kind='other', tracking_number=None, signals=['subject'],
                why='Peace Corps analyst from a personal address, no thread headers or number, asks for a phone call; topic (Niger/Gabon evacuations) places it'))

# 035 USAID partial referral to State
make('035-usaid-referral-to-state.eml', [
    ('From', 'USAID FOIA <foia@usaid.gov>'), ('To', plus('REQ-005')),
    ('Subject', 'F-00436-26 - Referral of records to the Department of State'), ('Date', when(2026, 10, 20, 12, 0, 44)),
    ('Message-ID', mid('035', 'usaid.gov'))],
    text="""Dear Requester:

This concerns your FOIA request F-00436-26 for humanitarian logistics contracts for Sudan and Chad.

As part of the 2025 realignment of foreign assistance functions, records of the former Bureau for
Humanitarian Assistance awarded after July 1, 2025 are now maintained by the Department of State. We have
therefore referred the portion of your request covering those awards to the Department of State, Office of
Information Programs and Services, which will respond to you directly. State may assign its own case number.

USAID will continue to process the portion of your request covering awards made before July 1, 2025.

Respectfully,
USAID FOIA Office
""", facts=dict(request='REQ-005', kind='other', tracking_number='F-00436-26', signals=['plus', 'tracking', 'subject'],
                why='USAID referral notice: post-July 2025 BHA awards referred to State IPS; USAID continues with the rest'))

# 036 USTR first interim release, multipart/alternative
t036 = """Dear Requester:

This is the first interim response to your Freedom of Information Act request USTR-2026-0231 concerning the
Section 301 tariff exclusion process.

We have reviewed 148 pages. 97 pages are released in full and 51 pages are released in part. Information has
been withheld under the following exemptions:

  (b)(4)  confidential commercial information submitted by exclusion applicants;
  (b)(5)  deliberative process privilege (draft exclusion determinations and internal recommendations);
  (b)(6)  personal privacy (names and contact details of private individuals and junior staff).

The records are available at the link below for 30 days. We continue to process the remaining records and
plan to make releases approximately every 30 days. Because this is an interim response, your appeal rights
will be described in our final response.

Release package: https://ustr.sharefile.com/d-s4b1e0c9a7f2
Sincerely,
FOIA Office, USTR"""
make('036-ustr-interim-1.eml', [
    ('From', 'USTR FOIA <FOIA@ustr.eop.gov>'), ('To', plus('REQ-014')),
    ('Subject', 'USTR-2026-0231 Interim Response #1'), ('Date', when(2026, 10, 22, 16, 20, 0)),
    ('Message-ID', mid('036', 'ustr.eop.gov'))],
    text=t036, html='<html><body><pre style="font-family:Calibri">' + t036.replace('&', '&amp;').replace('<', '&lt;') + '</pre></body></html>',
    facts=dict(request='REQ-014', kind='records_interim', tracking_number='USTR-2026-0231', signals=['plus', 'tracking', 'subject'],
               why='USTR first interim release: 148 pages, (b)(4)/(b)(5)/(b)(6) redactions, monthly releases to follow'))

# 037 OFAC enforcement extension with estimated date
make('037-treasury-ofac-extension.eml', [
    ('From', 'OFAC FOIA <ofac.foia@treasury.gov>'), ('To', plus('REQ-011')),
    ('Subject', 'FOIA 2026-09-241 - Unusual Circumstances'), ('Date', when(2026, 10, 26, 10, 8, 19)),
    ('Message-ID', mid('037', 'PH0PR09MB7730.namprd09.prod.outlook.com'))],
    text="""Dear Requester:

We are writing about your FOIA request 2026-09-241 for OFAC enforcement records concerning virtual currency
exchanges.

Processing your request involves unusual circumstances under 5 U.S.C. 552(a)(6)(B)(iii): the responsive
enforcement case files are voluminous, and many contain information provided by the Financial Crimes
Enforcement Network and the Department of Justice, with whom we must consult before making a determination.
Accordingly, we are extending the time to respond by ten working days.

We will not be able to complete our response within the extended period. Your request has been placed in
Treasury's complex track, and we estimate completing it by March 31, 2027. You may contact us to discuss
narrowing the request or an alternative time frame; the Treasury FOIA Public Liaison and OGIS are also
available to assist.

Disclosure Services
Department of the Treasury
""", facts=dict(request='REQ-011', kind='extension', tracking_number='2026-09-241', clock='extension', estimated='2027-03-31',
                signals=['plus', 'tracking', 'subject'],
                why='Treasury/OFAC unusual circumstances (volume, consultation with FinCEN/DOJ): +10 working days, estimate Mar 31, 2027'))

# 038 State analyst out of office, threaded to our follow-up on REQ-003
make('038-state-analyst-ooo.eml', [
    ('From', 'Okafor, Chinedu <OkaforC2@state.gov>'), ('To', plus('REQ-003')),
    ('Subject', 'Automatic reply: F-2026-14655 - status inquiry'), ('Date', when(2026, 10, 27, 8, 2, 55)),
    ('Message-ID', mid('038', 'SJ0PR09MB6612.namprd09.prod.outlook.com')),
    ('In-Reply-To', '<fu-003.20261027.1@newsroom.example.org>'),
    ('References', rmid('REQ-003') + ' <fu-003.20261027.1@newsroom.example.org>'),
    ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')],
    text="""I am out of the office on temporary duty until November 9 with limited access to e-mail. For FOIA case
status, please write to FOIAStatus@state.gov. For urgent matters, contact the Requester Liaison Division at
202-261-8484.
""", facts=dict(request='REQ-003', kind='auto_reply', tracking_number='F-2026-14655', signals=['thread', 'plus', 'tracking'],
                why='State analyst out-of-office reply to our status inquiry; References carry our REQ-003 message id; number only echoed in the subject'))

# 039 BIS extension for interagency consultation (no estimated date)
make('039-bis-extension-erc.eml', [
    ('From', 'BIS FOIA <foia@bis.doc.gov>'), ('To', plus('REQ-009')),
    ('Subject', 'DOC-BIS-2026-001902 - extension of time'), ('Date', when(2026, 10, 29, 11, 33, 6)),
    ('Message-ID', mid('039', 'bis.doc.gov'))],
    text="""Dear Requester,

Regarding FOIA request DOC-BIS-2026-001902 (End-User Review Committee records and Entity List decisions,
2024-2025): the End-User Review Committee is chaired by Commerce and includes representatives of the
Departments of State, Defense and Energy, and, where appropriate, the Treasury. Records of its deliberations
contain information of those member agencies, which we must consult before making a determination.

This constitutes an unusual circumstance under 5 U.S.C. 552(a)(6)(B)(iii)(III), and we are therefore taking
an additional ten working days to respond. We cannot give you a firm estimate of when the consultations will
be completed.

BIS FOIA Office
""", facts=dict(request='REQ-009', kind='extension', tracking_number='DOC-BIS-2026-001902', clock='extension',
                signals=['plus', 'tracking', 'subject'],
                why='BIS takes +10 working days to consult ERC member agencies (State, Defense, Energy); no estimated date'))

# 040 Peace Corps no records (Vanuatu)
make('040-peacecorps-no-records.eml', [
    ('From', 'FOIA <foia@peacecorps.gov>'), ('To', plus('REQ-016')),
    ('Subject', 'FOIA No. 27-0009 - Final Response'), ('Date', when(2026, 11, 2, 14, 11, 37)),
    ('Message-ID', mid('040', 'DM6PR09MB4417.namprd09.prod.outlook.com'))],
    text="""Dear Requester:

This is the final response to your FOIA request No. 27-0009 for the Peace Corps country agreement with the
Republic of Vanuatu and related amendments, diplomatic notes and correspondence from 2025 through 2026.

The Office of the General Counsel and the Inter-America and the Pacific Region searched their files and
shared drives using the terms "Vanuatu," "country agreement" and "diplomatic note." The country agreement
with Vanuatu dates from 1989 and was not amended during the period you specified, and no correspondence about
it from 2025 or 2026 was located. We therefore have no records responsive to your request.

You may appeal this response by writing to the Peace Corps FOIA Appeals Officer, 1275 First Street NE,
Washington, DC 20526, or foia@peacecorps.gov, within 90 days of the date of this letter. You may also seek
assistance from our FOIA Public Liaison or from OGIS (ogis@nara.gov; 202-741-5770).

Sincerely,
FOIA/Privacy Act Office
""", facts=dict(request='REQ-016', kind='no_records', tracking_number='27-0009', adverse_determination=True,
                signals=['plus', 'tracking', 'subject'],
                why='Peace Corps found no Vanuatu agreement records for 2025-2026 (agreement dates from 1989); appeal 90 days'))

dump_facts('part4')
