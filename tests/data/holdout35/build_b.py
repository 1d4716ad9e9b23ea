"""Messages 021-040 (late September - October 2026)."""
from pathlib import Path
from mklib import text, html, attachment, multipart, message, pdf, Part, rfc822_headers_part
from common import *
from build_a import write, REQ_SUBJ, DCPAL

# ------------------------------------------------------------------ 021 MPD extension, DC Code 2-532(d) wording
def m021():
    body = """GOVERNMENT OF THE DISTRICT OF COLUMBIA
METROPOLITAN POLICE DEPARTMENT
FOIA Office

September 28, 2026

Priya Raman
records@records.example.org

RE: FOIA Request No. 2026-FOIA-04512

Dear Ms. Raman:

This letter concerns your request under the District of Columbia Freedom
of Information Act, D.C. Official Code § 2-531 et seq., received by the
Metropolitan Police Department (MPD) on September 8, 2026, for contracts,
policies and data-sharing agreements related to automated license plate
readers.

Pursuant to D.C. Official Code § 2-532(d), this letter serves as written
notice that MPD is extending the time to respond to your request by an
additional ten (10) days, excluding Saturdays, Sundays, and legal public
holidays. Unusual circumstances exist because of (1) the need to search
for and collect the requested records from establishments that are
separate from the office processing the request, namely the Technology
Innovation Services Bureau and the Office of Contracting and Procurement,
and (2) the need for consultation with another agency having a substantial
interest in the determination of the request, the Office of the Chief
Technology Officer.

The expected date for a determination on your request is October 14,
2026.

If you have any questions, please contact the MPD FOIA Office at
mpd.foia@dc.gov or (202) 555-0154.

Sincerely,

Andre Whitaker
FOIA Specialist
Metropolitan Police Department
"""
    subj = '2026-FOIA-04512 - Notice of Extension'
    write('021-mpd-extension-dc-2-532d.eml', [
        ('From', 'MPD FOIA <mpd.foia@dc.gov>'),
        ('To', 'records+req-007@records.example.org'),
        ('Subject', subj),
        ('Date', date_hdr('2026-09-28 16:30:12', utc=True)),
        ('Message-ID', outlook_mid('m021', 'namprd09')),
    ] + outlook_headers('m021', subj, originator='dc.gov'), text(body))

# ------------------------------------------------------------------ 022 OCFO extension letter in PDF, DC wording variant
def m022():
    lines = ['GOVERNMENT OF THE DISTRICT OF COLUMBIA', 'OFFICE OF THE CHIEF FINANCIAL OFFICER',
             'Office of the General Counsel', '1101 4th Street, SW, Suite W800, Washington, DC 20024', '',
             'September 29, 2026', '',
             'Via electronic mail', 'Priya Raman', 'records@records.example.org', '',
             'Re: Freedom of Information Act Request No. 2026-FOIA-04530', '',
             'Dear Ms. Raman:', '',
             'The Office of the Chief Financial Officer (OCFO) is in receipt of your request under the '
             'District of Columbia Freedom of Information Act of 1976, D.C. Official Code § 2-531 et seq., '
             'which the OCFO received on September 9, 2026. You requested records of the Office of Tax and '
             'Revenue (OTR) concerning real property tax abatements approved for office-to-residential '
             'conversion projects from 2023 to the present.', '',
             'Under D.C. Official Code § 2-532(d) and 1 DCMR § 405.6, the time for responding to a request '
             'may be extended in unusual circumstances by written notice to the requester. Unusual '
             'circumstances apply here because your request calls for the search, collection and review of '
             'a voluminous amount of separate and distinct records held by OTR\'s Real Property Tax '
             'Administration and its Recorder of Deeds division.', '',
             'Accordingly, the OCFO is extending its time to respond by ten (10) business days. The OCFO '
             'anticipates issuing its response to your request no later than October 15, 2026.', '',
             'Please be advised that portions of the responsive records may contain confidential tax '
             'information protected by D.C. Official Code § 47-1805.04.', '',
             'Should you have any questions, please contact me at ocfo.foia@dc.gov.', '',
             'Sincerely,', '', 'Lorraine Banks', 'FOIA Officer', 'Office of the Chief Financial Officer']
    body = """Good morning Ms. Raman,

Please find attached correspondence regarding your FOIA request.

Regards,
Lorraine Banks
FOIA Officer | Office of the General Counsel
Office of the Chief Financial Officer | Government of the District of Columbia
"""
    subj = 'Your DC FOIA Request - Extension of Time'
    part = multipart('mixed', [text(body), attachment('2026-FOIA-04530 Extension Letter.pdf', pdf(lines, 'Extension'))], 'm022', 'outlook')
    write('022-ocfo-extension-pdf.eml', [
        ('From', '"Banks, Lorraine (OCFO)" <lorraine.banks@dc.gov>'),
        ('To', 'records+req-008@records.example.org'),
        ('Subject', subj),
        ('Date', date_hdr('2026-09-29 11:20:44', utc=True)),
        ('Message-ID', outlook_mid('m022')),
    ] + outlook_headers('m022', subj, True, originator='dc.gov'), part)

# ------------------------------------------------------------------ 023 IRS 10-day statutory extension
def m023():
    body = """Department of the Treasury
Internal Revenue Service
Privacy, Governmental Liaison and Disclosure

Date: September 30, 2026
Case number: F26245-0087
Person to contact: Daniel R. Marquez, ID 1000459921
Telephone: 215-555-0188

Dear Ms. Raman:

We are writing about your Freedom of Information Act (FOIA) request that we
received on September 2, 2026.

The law allows 20 business days from the date we receive your request to
respond. We are unable to send you the information you requested within
this period because we need additional time to search for and collect
records from other IRS offices, including the Office of Chief Counsel and
the Small Business/Self-Employed division.

We have extended the response date to October 16, 2026, which is 10
business days from the original due date, as the law allows. If we cannot
locate and consider the records by then, we will contact you before that
date and give you an estimated completion date.

You don't need to reply to this letter if you agree with the extension.
You have the right to file suit in federal district court if we do not
respond by the extended date. You may also contact the IRS FOIA Public
Liaison, or the Office of Government Information Services (OGIS), which
offers mediation services to resolve disputes between FOIA requesters and
federal agencies (ogis@nara.gov; 877-684-6448).

If you have questions, please contact the person listed above.

Sincerely,

Daniel R. Marquez
Disclosure Specialist
Disclosure Office 2
"""
    subj = 'Case F26245-0087'
    write('023-irs-10day-extension.eml', [
        ('From', 'Marquez Daniel R <daniel.r.marquez@irs.gov>'),
        ('To', INBOX),
        ('Subject', subj),
        ('Date', date_hdr('2026-09-30 10:05:19', utc=True)),
        ('Message-ID', outlook_mid('m023')),
    ] + outlook_headers('m023', subj, originator='irs.gov'), text(body))

# ------------------------------------------------------------------ 024 SSA extension with an estimated completion date (encoded subject)
def m024():
    t = """Dear Ms. Raman:

We are writing about your Freedom of Information Act request SSA-2026-011482
for records on field office closures, reduced public hours and staffing
plans.

We need more time to respond. Unusual circumstances exist because we must
search for and collect records from our ten regional offices, which are
separate from the office processing your request, and consult with the
Office of Budget, Finance, and Management. Under 5 U.S.C. 552(a)(6)(B)(i),
we are extending the time limit to respond by 10 workdays, to October 16,
2026.

Even with this extension, we do not expect to complete your request by that
date. Our current estimate for completing your request is January 29,
2027. You may be able to receive a response sooner if you narrow your
request, for example to one region or to the closure notices alone. To
discuss narrowing, or an alternative time frame, please contact our FOIA
Public Liaison at foia.request@ssa.gov.

You may also contact the Office of Government Information Services (OGIS)
at the National Archives and Records Administration to inquire about the
FOIA mediation services they offer.

Sincerely,

Grace Hollins
Government Information Specialist
Office of Privacy and Disclosure
"""
    hb = '<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">' + \
         ''.join('<p>%s</p>' % p.replace('\n', ' ') for p in t.split('\n\n')) + '</div></body></html>'
    subj = 'SSA-2026-011482 – Extension of Time'
    write('024-ssa-extension-estimate.eml', [
        ('From', 'FOIA Request <foia.request@ssa.gov>'),
        ('To', 'Records Desk <records+req-001@records.example.org>'),
        ('Subject', enc(subj)),
        ('Date', date_hdr('2026-10-01 09:40:27', utc=True)),
        ('Message-ID', outlook_mid('m024')),
    ] + outlook_headers('m024', enc(subj), originator='ssa.gov'),
        multipart('alternative', [text(t), html(hb)], 'm024', 'outlook'))

# ------------------------------------------------------------------ 025 SBA clarification on the 8(a) request, quoting
def m025():
    body = """Ms. Raman,

The Office of Business Development has reviewed your request
SBA-2026-002893 and asked us to get clarification on item 2 before it
begins a search.

"Sole-source award review files" could refer to (a) the district office
files for each sole-source 8(a) offer SBA accepted, which would be several
thousand files over the period you requested; (b) the 2025 internal review
of sole-source awards above the competitive threshold conducted by the
Office of Business Development; or (c) both. Could you tell us which you
want? If you want (a), please consider limiting it to particular district
offices or to awards above a higher dollar amount.

Please reply to this e-mail within 20 business days. Your request is on
hold until we receive your answer. If we do not receive a response by
October 29, 2026, we will assume you are no longer interested in this
request and will administratively close it.

Thank you,

Denise M. Harrow
Government Information Specialist
FOIA and Privacy Act Office
U.S. Small Business Administration
"""
    body += quote_outlook('REQ-013', 'Wednesday, September 16, 2026 11:47 AM', 'FOIA <foia@sba.gov>', REQ_SUBJ['REQ-013'])
    subj = 'RE: ' + REQ_SUBJ['REQ-013']
    write('025-sba-clarification-8a-quoted.eml', [
        ('From', '"Harrow, Denise M." <denise.harrow@sba.gov>'),
        ('To', 'Records Desk <records+req-013@records.example.org>'),
        ('Cc', 'FOIA <foia@sba.gov>'),
        ('Subject', subj),
        ('Date', date_hdr('2026-10-01 15:10:05', utc=True)),
        ('Message-ID', outlook_mid('m025')),
        ('In-Reply-To', outlook_mid('m014')),
        ('References', '<req-013.20260916.1@records.example.org> %s' % outlook_mid('m014')),
    ] + outlook_headers('m025', REQ_SUBJ['REQ-013'], originator='sba.gov'), text(body))

# ------------------------------------------------------------------ 026 Treasury contractor extension
def m026():
    body = """Dear Ms. Raman,

We are writing regarding your FOIA request 2026-OFAC-0412 for OFAC specific
licenses and license denials involving the Venezuelan oil sector.

Unusual circumstances apply to your request. OFAC's search has identified a
voluminous amount of potentially responsive license files, and several
licenses contain commercial information that requires consultation with
the submitters under Executive Order 12600, as well as consultation with
the Department of State. Therefore, pursuant to 5 U.S.C. 552(a)(6)(B)(i),
we are extending the time to respond by ten working days, to October 20,
2026.

We anticipate that we will not be able to complete processing by that
date. We estimate that we will complete processing of your request by
December 18, 2026, and we intend to make interim releases as records are
reviewed. If you would like to narrow the scope of your request or agree to
an alternative time frame, please contact us. You may also contact our
FOIA Public Liaison or the Office of Government Information Services
(OGIS) for dispute resolution services.

Regards,

Jorge Alvarez
FOIA Analyst (Contractor)
FOIA and Transparency | Office of Privacy, Transparency, and Records
U.S. Department of the Treasury

--
Chesapeake Records Group, LLC | Supporting the U.S. Department of the Treasury
"""
    subj = '2026-OFAC-0412 | Extension Notice'
    write('026-treasury-contractor-extension.eml', [
        ('From', 'Jorge Alvarez <jalvarez@chesapeakerecords.com>'),
        ('To', 'records+req-005@records.example.org'),
        ('Cc', 'TreasuryFOIA <treasuryfoia@chesapeakerecords.com>'),
        ('Subject', subj),
        ('Date', date_hdr('2026-10-02 10:25:50', utc=True)),
        ('Message-ID', outlook_mid('m026', 'namprd11')),
    ] + outlook_headers('m026', subj, originator='chesapeakerecords.com'), text(body))

# ------------------------------------------------------------------ 027 National FOIA Portal status notice (State)
def m027():
    t = """FOIA.gov - The National FOIA Portal

Your FOIA request has been updated

Agency:              U.S. Department of State
Component:           Office of Information Programs and Services
Tracking number:     F-2026-14532
Status:              In Process

The agency has updated the status of your request. For questions about
your request, including an estimated date of completion, contact the
agency's FOIA office or FOIA Public Liaison. Contact information is
available at https://www.foia.gov/agency-search.html

This is an automated message from FOIA.gov. Please do not reply.
"""
    hb = """<html><body style="font-family:'Source Sans Pro',Helvetica,Arial,sans-serif;font-size:15px">
<div style="background:#112e51;color:#fff;padding:10px"><b>FOIA.gov</b> &ndash; The National FOIA Portal</div>
<h3>Your FOIA request has been updated</h3>
<table cellpadding="4">
<tr><td><b>Agency</b></td><td>U.S. Department of State</td></tr>
<tr><td><b>Component</b></td><td>Office of Information Programs and Services</td></tr>
<tr><td><b>Tracking number</b></td><td>F-2026-14532</td></tr>
<tr><td><b>Status</b></td><td>In Process</td></tr>
</table>
<p>The agency has updated the status of your request. For questions about your request, including an estimated date of completion, contact the agency&rsquo;s FOIA office or FOIA Public Liaison.</p>
<p style="color:#5b616b;font-size:12px">This is an automated message from FOIA.gov. Please do not reply.</p>
</body></html>"""
    write('027-foiagov-portal-status-state.eml', [
        ('From', 'National FOIA Portal <noreply@foia.gov>'),
        ('To', 'records+req-004@records.example.org'),
        ('Subject', 'Status update for your FOIA request'),
        ('Date', date_hdr('2026-10-05 14:00:03')),
        ('Message-ID', '<0100019a5c1e7f2b-6d0c1a44-3e1b-4b0f-9f6c-2a51d0c7e9a1-000000@email.amazonses.com>'),
    ], multipart('alternative', [text(t), html(hb)], 'm027', 'plain'))

# ------------------------------------------------------------------ 028 MPD hedged fee estimate (DC)
def m028():
    body = """Ms. Raman,

I am writing about your FOIA request 2026-FOIA-04877 for overtime hours
and expenditures during the August-September 2025 federal law enforcement
surge.

MPD's Office of Budget and Finance advises that producing overtime totals
by district, unit and day will require a custom report from the PeopleTime
payroll system. Under 1 DCMR § 408, fees may be charged for the cost of
computer programming time needed to produce records in the form you
requested. We estimate the cost at approximately $85.00 (2 hours of
programmer time at $42.50 per hour). There may also be a duplication charge
of $0.25 per page if you want paper copies; electronic copies sent by
e-mail carry no duplication charge.

Please confirm in writing that you agree to pay up to $85.00 so that we can
ask Budget and Finance to run the report. Alternatively, we can provide the
standard biweekly overtime summaries by district, which are already
compiled and would be provided at no charge, but do not break the figures
out by day.

Andre Whitaker
FOIA Specialist
Metropolitan Police Department
(202) 555-0154
"""
    subj = 'FOIA 2026-FOIA-04877 - estimated fees'
    write('028-mpd-fee-estimate-may-apply.eml', [
        ('From', '"Whitaker, Andre (MPD)" <andre.whitaker@dc.gov>'),
        ('To', INBOX),
        ('Subject', subj),
        ('Date', date_hdr('2026-10-05 16:20:31', utc=True)),
        ('Message-ID', outlook_mid('m028')),
    ] + outlook_headers('m028', subj, originator='dc.gov'), text(body))

# ------------------------------------------------------------------ 029 VA PAL status change (no substance)
def m029():
    t = """Dear Priya Raman,

The status of your request has been updated.

   Request Number:   26-09817-F
   New Status:       In Process - Complex Track

You may log in to the VA FOIA Public Access Link to view your request:
https://vapal.efoia-host.com/app/Home.aspx

*** This is an automatically generated message. Replies to this address
are not monitored. ***
"""
    write('029-va-pal-status-change.eml', [
        ('From', 'VA FOIA Public Access Link <vapal-donotreply@efoia-host.com>'),
        ('To', INBOX),
        ('Subject', 'Status Update - Request 26-09817-F'),
        ('Date', date_hdr('2026-10-06 11:30:09')),
        ('Message-ID', '<1791300609117.4890.JavaMail.pal@vapal.efoia-host.com>'),
    ], text(t))

# ------------------------------------------------------------------ 030 VBA extension letter (PDF + short body)
def m030():
    lines = ['DEPARTMENT OF VETERANS AFFAIRS', 'Veterans Benefits Administration',
             'FOIA/Privacy Act Office (20M33)', '810 Vermont Avenue, NW', 'Washington, DC 20420', '',
             'October 7, 2026', '', 'Priya Raman', 'records@records.example.org', '',
             'In Reply Refer To: 20M33', 'FOIA Request: 26-10144-F', '',
             'Dear Ms. Raman:', '',
             'This letter concerns your Freedom of Information Act (FOIA) request received by the Veterans '
             'Benefits Administration (VBA) on September 14, 2026, for records concerning automated '
             'decision-support tools, machine-learning models or other artificial intelligence used in '
             'processing disability compensation claims.', '',
             'The FOIA permits an agency to extend the time limit for responding by up to ten working days '
             'when unusual circumstances exist. 5 U.S.C. 552(a)(6)(B)(i). Unusual circumstances exist here '
             'because responsive records must be searched for and collected from field facilities and from '
             'other VA components, and because consultation with those components is required. We are '
             'therefore extending the time limit by ten working days, to October 27, 2026.', '',
             'Because of the volume of records and the number of offices involved, we anticipate completing '
             'our response by December 11, 2026. You may contact us to narrow the scope of your request or '
             'to arrange an alternative time frame.', '',
             'You may contact the VBA FOIA Public Liaison at foia.vbaco@va.gov, or the Office of Government '
             'Information Services (OGIS), National Archives and Records Administration, 8601 Adelphi Road, '
             'College Park, MD 20740 (ogis@nara.gov), for dispute resolution services.', '',
             'Sincerely,', '', 'VBA FOIA Officer', 'Veterans Benefits Administration']
    body = """Please see the attached letter regarding your FOIA request.

VBA FOIA/Privacy Act Office (20M33)
"""
    subj = '26-10144-F Extension Letter'
    part = multipart('mixed', [text(body), attachment('26-10144-F Extension Letter.pdf', pdf(lines, 'Extension'))], 'm030', 'outlook')
    write('030-vba-extension-pdf.eml', [
        ('From', 'FOIA VBACO <foia.vbaco@va.gov>'),
        ('To', 'records+req-011@records.example.org'),
        ('Subject', subj),
        ('Date', date_hdr('2026-10-07 16:45:00', utc=True)),
        ('Message-ID', outlook_mid('m030')),
    ] + outlook_headers('m030', subj, True, originator='va.gov'), part)

# ------------------------------------------------------------------ 031 SSA referral to another agency (Treasury Bureau of the Fiscal Service)
def m031():
    body = """Dear Ms. Raman:

This is an update on your FOIA request SSA-2026-011906 for records on
overpayment recovery, waiver and the default withholding rate.

During our search we located 14 documents (about 60 pages) that originated
with the Department of the Treasury, Bureau of the Fiscal Service. These
concern the Treasury Offset Program and the collection of delinquent
overpayment debts referred by SSA. Under our regulations (20 CFR 402.45),
when we locate records that another agency created, we refer them to that
agency for a release determination and direct response to you.

We have referred those 14 documents to:

   Bureau of the Fiscal Service
   Disclosure Services
   FOIA Office
   Parkersburg, WV 26106

The Bureau of the Fiscal Service will respond to you directly and may
assign its own tracking number. Please contact that office for the status
of the referred documents.

We are continuing to process the rest of your request and will respond as
soon as we can.

Marcus Tillery
Government Information Specialist
Office of Privacy and Disclosure
Social Security Administration
"""
    subj = 'SSA-2026-011906 - Referral of records to the Bureau of the Fiscal Service'
    write('031-ssa-referral-fiscal-service.eml', [
        ('From', '"Tillery, Marcus" <marcus.tillery@ssa.gov>'),
        ('To', 'records+req-012@records.example.org'),
        ('Subject', subj),
        ('Date', date_hdr('2026-10-08 09:15:40', utc=True)),
        ('Message-ID', outlook_mid('m031')),
    ] + outlook_headers('m031', subj, originator='ssa.gov'), text(body))

# ------------------------------------------------------------------ 032 MPD specialist out-of-office (reply to our status check)
def m032():
    body = """Thank you for your email. I am out of the office until Tuesday, October
13, 2026. For FOIA matters requiring immediate attention, please email
mpd.foia@dc.gov and a member of the FOIA team will assist you.

Andre Whitaker
FOIA Specialist | Metropolitan Police Department
"""
    write('032-mpd-specialist-ooo.eml', [
        ('From', '"Whitaker, Andre (MPD)" <andre.whitaker@dc.gov>'),
        ('To', 'Records Desk <records+req-007@records.example.org>'),
        ('Subject', 'Automatic reply: Status check - 2026-FOIA-04512'),
        ('Date', date_hdr('2026-10-09 13:55:02', utc=True)),
        ('Message-ID', outlook_mid('m032')),
        ('In-Reply-To', '<status-007.20261009.1@records.example.org>'),
        ('References', '%s <status-007.20261009.1@records.example.org>' % outlook_mid('m021', 'namprd09')),
        ('Auto-Submitted', 'auto-replied'),
        ('X-Auto-Response-Suppress', 'All'),
    ] + outlook_headers('m032', 'Status check - 2026-FOIA-04512', originator='dc.gov'), text(body))

# ------------------------------------------------------------------ 033 State Glomar response for a third party (PDF)
def m033():
    lines = ['United States Department of State', 'Washington, D.C. 20520', '',
             'October 13, 2026', '', 'Ms. Priya Raman', 'The Capital Ledger', 'records@records.example.org', '',
             'Case Number: F-2026-14877', '',
             'Dear Ms. Raman:', '',
             'This is in response to your Freedom of Information Act (FOIA) request received by the Office of '
             'Information Programs and Services on September 10, 2026, for records concerning the revocation '
             'of the U.S. passport of Thomas J. Rademacher.', '',
             'You have requested records about a named private individual. You have not provided that '
             'individual\'s written authorization for release, proof of his death, or information showing '
             'that a public interest in disclosure outweighs his privacy interest. The Department can neither '
             'confirm nor deny the existence of records responsive to your request. Confirming or denying '
             'the existence of such records would itself disclose information about a private individual, '
             'the disclosure of which would constitute a clearly unwarranted invasion of personal privacy '
             'under 5 U.S.C. § 552(b)(6), and could reasonably be expected to constitute an unwarranted '
             'invasion of personal privacy under 5 U.S.C. § 552(b)(7)(C).', '',
             'This response should not be taken as an indication that records do or do not exist. It is '
             'given in every case of this kind, whether or not records exist.', '',
             'You may administratively appeal this determination by writing to the Appeals Officer, '
             'Appeals Review Panel, Office of Information Programs and Services, U.S. Department of State, '
             '2201 C Street NW, Washington, DC 20520, or by e-mail to A_GIS_IPS_PP_LA@state.gov. Your appeal '
             'must be postmarked or electronically transmitted within 90 days of the date of this letter.', '',
             'You may seek dispute resolution services from our FOIA Public Liaison (202-555-0167) or from '
             'the Office of Government Information Services (OGIS), National Archives and Records '
             'Administration, 8601 Adelphi Road-OGIS, College Park, Maryland 20740-6001; ogis@nara.gov; '
             'telephone 202-741-5770; toll free 1-877-684-6448.', '',
             'Sincerely,', '', 'Jeanette L. Coombs', 'Chief, Requester Liaison Division',
             'Office of Information Programs and Services']
    body = """Ms. Raman,

Attached please find the Department's response to your FOIA request.

Office of Information Programs and Services
U.S. Department of State
"""
    subj = 'FOIA Case F-2026-14877'
    part = multipart('mixed', [text(body), attachment('F-2026-14877 Final Response.pdf', pdf(lines, 'Final Response'))], 'm033', 'outlook')
    write('033-state-glomar-third-party-pdf.eml', [
        ('From', 'FOIAStatus <foiastatus@state.gov>'),
        ('To', 'records+req-010@records.example.org'),
        ('Subject', subj),
        ('Date', date_hdr('2026-10-13 10:30:22', utc=True)),
        ('Message-ID', outlook_mid('m033', 'gccprd01')),
    ] + outlook_headers('m033', subj, True, originator='state.gov'), part)

# ------------------------------------------------------------------ 034 MPD first installment; number only in the attachment name
def m034():
    body = """Ms. Raman,

Thanks for agreeing to the programming charge. Budget and Finance ran the
report sooner than expected. Attached is the first installment on your
request for overtime records covering the August-September 2025 federal
surge: overtime hours and cost by district and unit, by day, for August 11
through August 31, 2025 (one spreadsheet, about 14 printed pages).

The September 2025 figures and the budget memoranda are still being
reviewed. I expect to send them in November. We'll invoice the $85.00 with
the final installment.

Andre Whitaker
FOIA Specialist
Metropolitan Police Department
"""
    csv = ('pay_date,district,unit,ot_hours,ot_cost_usd\n'
           '2025-08-11,1D,Patrol Services,412.5,27861.25\n'
           '2025-08-11,3D,Patrol Services,388.0,25990.40\n'
           '2025-08-11,SOD,Special Operations Division,620.5,46811.72\n'
           '2025-08-12,1D,Patrol Services,455.0,30732.75\n'
           '2025-08-12,5D,Patrol Services,301.5,19864.83\n'
           '...,...,...,...,...\n'
           'TOTAL (Aug 11-31),,,58214.0,4011873.66\n').encode()
    subj = 'Overtime records - first installment'
    part = multipart('mixed', [text(body), attachment('2026-FOIA-04877_Installment1_OT_Aug2025.csv', csv, 'text/csv')], 'm034', 'outlook')
    write('034-mpd-interim-overtime-filename-only.eml', [
        ('From', '"Whitaker, Andre (MPD)" <andre.whitaker@dc.gov>'),
        ('To', INBOX),
        ('Subject', subj),
        ('Date', date_hdr('2026-10-13 16:05:14', utc=True)),
        ('Message-ID', outlook_mid('m034')),
    ] + outlook_headers('m034', subj, True, originator='dc.gov'), part)

# ------------------------------------------------------------------ 035 MPD final response (DC exemptions), via Google Group
def m035():
    body = """GOVERNMENT OF THE DISTRICT OF COLUMBIA
METROPOLITAN POLICE DEPARTMENT

October 14, 2026

RE: FOIA Request No. 2026-FOIA-04512

Dear Ms. Raman:

This is MPD's final response to your request under the D.C. Freedom of
Information Act for contracts, policies and data-sharing agreements
related to automated license plate readers (ALPR).

MPD located the following records, which are attached:

  1. Standard Operating Procedure SOP-22-004, "Automated License Plate
     Recognition Systems" (12 pages), released in part;
  2. Contract No. CW88412 with Sentry Plate Systems, LLC, and two task
     orders (41 pages), released in full;
  3. Memorandum of Understanding on regional ALPR data sharing with the
     Northern Virginia Regional Information Center (9 pages), released in
     part.

Portions of records 1 and 3 are withheld under D.C. Official Code
§ 2-534(a)(3)(E), because their release would disclose investigative
techniques and procedures not generally known outside the government, and
under § 2-534(a)(2), to protect the personal privacy of individuals named
in the records. MPD's records retention schedule for ALPR data is
contained in section VI of SOP-22-004.

You have the right to appeal this decision to the Mayor of the District of
Columbia under D.C. Official Code § 2-537 and 1 DCMR § 412. An appeal
should be sent to: Mayor's Office of Legal Counsel, FOIA Appeal, 1350
Pennsylvania Avenue, NW, Suite 407, Washington, DC 20004, or by e-mail to
foia.appeals@dc.gov. Please include a copy of this letter with your appeal.

Sincerely,

Andre Whitaker
FOIA Specialist
Metropolitan Police Department
"""
    sop = pdf(['METROPOLITAN POLICE DEPARTMENT', 'STANDARD OPERATING PROCEDURE SOP-22-004',
               'Automated License Plate Recognition Systems', '',
               'I. Purpose ...', 'II. Authorized Users ...', 'III. Hot Lists [REDACTED (a)(3)(E)]', '',
               'VI. Retention: ALPR read data not associated with an investigation is retained for 90 days.'], 'SOP-22-004')
    subj = '2026-FOIA-04512 - Final Response'
    part = multipart('mixed', [text(body), attachment('SOP-22-004_ALPR_redacted.pdf', sop)], 'm035', 'outlook')
    write('035-mpd-final-alpr-via-group.eml', [
        ('From', '"\'MPD FOIA\' via Records Desk" <records@records.example.org>'),
        ('Reply-To', 'MPD FOIA <mpd.foia@dc.gov>'),
        ('To', 'records+req-007@records.example.org'),
        ('Subject', subj),
        ('Date', date_hdr('2026-10-14 15:00:37', utc=True)),
        ('Message-ID', outlook_mid('m035')),
    ] + google_group_headers('mpd.foia@dc.gov') + outlook_headers('m035', subj, True, originator='dc.gov'), part)

# ------------------------------------------------------------------ 036 OCFO first installment with a page count
def m036():
    body = """Good morning Ms. Raman,

As promised in our letter of September 29, the OCFO is making a first
installment of records responsive to your request 2026-FOIA-04530.

This installment consists of 212 pages:
  - OTR abatement certification letters for six office-to-residential
    conversion projects (84 pages); and
  - the fiscal impact statements and OTR implementation memoranda for the
    abatement program (128 pages).

The remaining records, consisting of the abatement agreements and annual
compliance reports submitted by the property owners, are still under
review for confidential taxpayer information. We anticipate completing our
review and issuing a final response on or before November 20, 2026.

The records are available for download at the secure link below for 30
days:
https://ocfo.box.com/s/example-2026foia04530-part1

Regards,
Lorraine Banks
FOIA Officer | Office of the General Counsel
Office of the Chief Financial Officer
"""
    subj = 'RE: Your DC FOIA Request - Extension of Time'
    write('036-ocfo-interim-212-pages.eml', [
        ('From', '"Banks, Lorraine (OCFO)" <lorraine.banks@dc.gov>'),
        ('To', 'records+req-008@records.example.org'),
        ('Subject', subj),
        ('Date', date_hdr('2026-10-15 11:10:03', utc=True)),
        ('Message-ID', outlook_mid('m036')),
        ('In-Reply-To', outlook_mid('m022')),
        ('References', outlook_mid('m022')),
    ] + outlook_headers('m036', 'Your DC FOIA Request - Extension of Time', originator='dc.gov'), text(body))

# ------------------------------------------------------------------ 037 VBA refers parts of the request to VA OIT and VHA
def m037():
    body = """Dear Ms. Raman:

This is an update on your FOIA request 26-10144-F, concerning automated
decision-support and artificial intelligence tools used in processing
disability compensation claims.

The Department of Veterans Affairs is a decentralized agency; each of its
administrations and staff offices maintains its own records and responds
to FOIA requests for those records. Our review shows that some of the
records you asked for are maintained by other VA components:

  * Item 3 (development and acquisition contracts, statements of work and
    technical documentation for the Automated Claims Review Engine and
    similar systems) is maintained by the Office of Information and
    Technology (OIT).
  * Item 5 (tools used to draft or review medical opinions for
    compensation examinations) is maintained by the Veterans Health
    Administration (VHA).

We have referred those portions of your request to the OIT FOIA Office and
the VHA FOIA Office. Each will respond directly to you and may assign a
separate tracking number. VBA will continue to process items 1, 2 and 4.

If you have questions about this referral, please contact the VBA FOIA
Office at foia.vbaco@va.gov.

Sincerely,

VBA FOIA/Privacy Act Office (20M33)
Veterans Benefits Administration
"""
    subj = 'Referral of portions of your FOIA request 26-10144-F to VA OIT and VHA'
    write('037-vba-referral-oit-vha.eml', [
        ('From', 'FOIA VBACO <foia.vbaco@va.gov>'),
        ('To', 'records+req-011@records.example.org'),
        ('Cc', 'OIT FOIA <oitfoia@va.gov>, VHA FOIA <vhafoia@va.gov>'),
        ('Subject', subj),
        ('Date', date_hdr('2026-10-19 12:00:26', utc=True)),
        ('Message-ID', outlook_mid('m037')),
    ] + outlook_headers('m037', subj, originator='va.gov'), text(body))

# ------------------------------------------------------------------ 038 SBA specialist out-of-office
def m038():
    body = """I am on leave October 19 through October 23, 2026, and will return on
Monday, October 26. For FOIA questions in my absence please write to
foia@sba.gov.

Denise M. Harrow
FOIA and Privacy Act Office
U.S. Small Business Administration
"""
    write('038-sba-specialist-ooo.eml', [
        ('From', '"Harrow, Denise M." <denise.harrow@sba.gov>'),
        ('To', 'Records Desk <records+req-006@records.example.org>'),
        ('Subject', 'Automatic reply: RE: SBA-2026-002761 - Fee Estimate and Fee Category'),
        ('Date', date_hdr('2026-10-20 09:02:18', utc=True)),
        ('Message-ID', outlook_mid('m038')),
        ('In-Reply-To', '<reply-006.20261020.1@records.example.org>'),
        ('References', '%s <reply-006.20261020.1@records.example.org>' % outlook_mid('m020')),
        ('Auto-Submitted', 'auto-replied'),
        ('X-Auto-Response-Suppress', 'All'),
    ] + outlook_headers('m038', 'SBA-2026-002761 - Fee Estimate and Fee Category', originator='sba.gov'), text(body))

# ------------------------------------------------------------------ 039 Gmail DSN: our follow-up to a departed contractor analyst bounced
def m039():
    orig = """Return-Path: <records@records.example.org>
From: Records Desk <records@records.example.org>
To: Megan Kessler <mkessler@chesapeakerecords.com>
Subject: Re: Treasury FOIA 2026-OFAC-0437 - Acknowledgment
Date: Mon, 26 Oct 2026 10:47:51 -0400
Message-ID: <status-014.20261026.1@records.example.org>
In-Reply-To: %s
References: %s
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"

Hello Ms. Kessler,

Could you tell us where OFAC's search for our request 2026-OFAC-0437
(ship-to-ship transfer enforcement records) stands? The 20-day period ran
on October 16.

Thank you,
Records Desk
""" % (outlook_mid('m016', 'namprd11'), outlook_mid('m016', 'namprd11'))
    human = """
** Address not found **

Your message wasn't delivered to mkessler@chesapeakerecords.com because the
address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

550 5.1.1 The email account that you tried to reach does not exist.
"""
    hb = ('<html><body><table><tr><td style="font-family:Google Sans,Roboto,Arial;font-size:24px">'
          'Address not found</td></tr><tr><td style="font-family:Roboto,Arial;font-size:14px">'
          'Your message wasn\'t delivered to <a style="color:#212121;text-decoration:none">'
          '<b>mkessler@chesapeakerecords.com</b></a> because the address couldn\'t be found, or is unable to '
          'receive mail.</td></tr></table><p>The response was:</p><p style="font-family:monospace">'
          '550 5.1.1 The email account that you tried to reach does not exist.</p></body></html>')
    status = Part([('Content-Type', 'message/delivery-status')],
        """Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; records@records.example.org
Arrival-Date: Mon, 26 Oct 2026 07:47:52 -0700 (PDT)
X-Original-Message-ID: <status-014.20261026.1@records.example.org>

Final-Recipient: rfc822; mkessler@chesapeakerecords.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; chesapeakerecords-com.mail.protection.outlook.com. (52.101.40.12, the server for the domain chesapeakerecords.com.)
Diagnostic-Code: smtp; 550 5.1.1 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
Last-Attempt-Date: Mon, 26 Oct 2026 07:47:53 -0700 (PDT)
""")
    origpart = Part([('Content-Type', 'message/rfc822')], orig)
    alt = multipart('alternative', [text(human), html(hb)], 'm039', 'gmail')
    rep = multipart('report', [alt, status, origpart], 'm039r', 'gmail', extra=';\n\treport-type=delivery-status')
    write('039-gmail-dsn-treasury-contractor.eml', [
        ('From', 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>'),
        ('To', INBOX),
        ('Subject', 'Delivery Status Notification (Failure)'),
        ('Date', date_hdr('2026-10-26 10:48:01')),
        ('Message-ID', '<6720f1a9.050a0220.1c3b2d.7a11.GMR@mx.google.com>'),
        ('References', '<status-014.20261026.1@records.example.org>'),
        ('In-Reply-To', '<status-014.20261026.1@records.example.org>'),
        ('Auto-Submitted', 'auto-replied'),
    ], rep)

# ------------------------------------------------------------------ 040 OGIS newsletter (unrelated, request null)
def m040():
    t = """The FOIA Ombudsman
News from the Office of Government Information Services (OGIS)
October 2026

IN THIS ISSUE
- Still interested? What agencies may - and may not - do when they ask
- FOIA Advisory Committee meets November 19
- New: requester's guide to fee categories

STILL INTERESTED?
Several requesters asked us this quarter about letters asking whether they
are still interested in a request. The Department of Justice's guidance
allows agencies to ask, but they must give requesters a reasonable time to
answer (at least 30 working days) and should not close a request when the
requester has answered. If you receive one of these letters, respond by the
date given.

FEE CATEGORIES
Whether you are a commercial, news media, educational or "all other"
requester affects what you pay. Our new guide explains how agencies decide.

OGIS does not process FOIA requests. Contact the agency that holds the
records for the status of a request.

Office of Government Information Services
National Archives and Records Administration
8601 Adelphi Road - OGIS, College Park, MD 20740-6001
ogis@nara.gov | 202-741-5770

Unsubscribe: https://public.govdelivery.com/accounts/USNARA/subscriber/edit
"""
    hb = '<html><body style="font-family:Georgia,serif;max-width:600px">' + \
         ''.join('<p>%s</p>' % p.replace('\n', '<br>') for p in t.split('\n\n')) + '</body></html>'
    write('040-ogis-newsletter-null.eml', [
        ('From', 'Office of Government Information Services <USNARA@public.govdelivery.com>'),
        ('To', INBOX),
        ('Subject', 'The FOIA Ombudsman - October 2026'),
        ('Date', date_hdr('2026-10-28 12:00:00')),
        ('Message-ID', '<20261028.120411905@public.govdelivery.com>'),
        ('List-Unsubscribe', '<https://public.govdelivery.com/accounts/USNARA/subscriber/one_click_unsubscribe?verification=5.a71e>'),
        ('Precedence', 'bulk'),
    ], multipart('alternative', [text(t), html(hb)], 'm040', 'java'))

ALL = [m021, m022, m023, m024, m025, m026, m027, m028, m029, m030,
       m031, m032, m033, m034, m035, m036, m037, m038, m039, m040]

if __name__ == '__main__':
    for f in ALL:
        f()
    print('built', len(ALL))
