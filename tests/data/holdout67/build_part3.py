#!/usr/bin/env python3
"""Messages 021-030 (Oct 2 - Oct 13, 2026)."""
import datetime as dt
from common import *  # noqa: F401,F403

IDFPR_HOST = 'CH0PR09MB8937.namprd09.prod.outlook.com'

# 021 IDFPR staff out-of-office, answering our reply to the clarification ----------------------------------
ours = '<req-010.20261001.2@newsdesk.example.org>'
s = 'Automatic reply: RE: FOIA F26-3402 - Clarification Needed'
write('021-idfpr-ooo.eml', simple([
    ('From', '"Brandt, Lucas" <lucas.brandt@illinois.gov>'), ('To', 'Records Desk <%s>' % plus('REQ-010')), ('Subject', s),
    ('Date', date_hdr(2026, 10, 2, 8, 0, 'CT', 14)), ('Message-ID', outlook_mid('021', IDFPR_HOST)),
    ('In-Reply-To', ours), ('References', '%s %s' % (req_mid('REQ-010'), ours)),
    ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'), *outlook_headers('021', s)],
    "I am out of the office through Wednesday, October 7, 2026, with limited access to email.\n\n"
    "For FOIA matters, please write to FPR.FOIA@illinois.gov. For license verification, please use\n"
    "the License Lookup on the Department's website.\n\nLucas Brandt\nFOIA Officer\n"),
    {'request': 'REQ-010', 'kind': 'auto_reply', 'signals': ['thread', 'plus'],
     'why': 'IDFPR FOIA officer out-of-office replying to our answer to the Keel clarification',
     'note': 'OOO with a return date that is not an agency estimate. Modeled on Outlook automatic replies.'})

# 022 TDLR itemized statement of estimated charges (GovQA HTML) -------------------------------------------
html = html_page([
    'Dear Records Desk,',
    'Re: Public Information Request <b>R001146-092326</b>',
    'The Texas Department of Licensing and Regulation has determined that the charges for your request will '
    'exceed $40.00. As required by Section 552.2615 of the Government Code, this itemized statement of estimated '
    'charges is provided.',
    '<table border="1" cellpadding="4" cellspacing="0" style="font-size:9pt">'
    '<tr style="background:#e8e8e8"><td>Item</td><td>Quantity</td><td>Rate</td><td>Amount</td></tr>'
    '<tr><td>Labor - locating, compiling and manipulating data</td><td>7.5 hours</td><td>$15.00</td><td>$112.50</td></tr>'
    '<tr><td>Overhead (20% of labor)</td><td></td><td></td><td>$22.50</td></tr>'
    '<tr><td>Electronic copies (e-mail delivery)</td><td>-</td><td>-</td><td>$0.00</td></tr>'
    '<tr><td colspan="3"><b>Total estimated charges</b></td><td><b>$135.00</b></td></tr></table>',
    'The actual charges may be more or less than this estimate. A less costly alternative may be available: if you '
    'limit the request to final orders only, which are posted on the Department\'s website, there would be no charge.',
    'You must respond to this statement in writing within <b>10 business days</b> (by October 16, 2026), stating '
    'that you accept the estimated charges, that you are modifying the request, or that you have sent a complaint '
    'about the charges to the Office of the Attorney General. If you do not respond in time, the request will be '
    'considered automatically withdrawn. Payment or a deposit may be required before the information is released.',
    'Reply through the <a href="https://tdlr.govqa.us/WEBAPP/_rs/supporthome.aspx">TDLR Open Records Center</a>.',
    'TDLR Open Records'], 'font-family:Verdana,Arial;font-size:9pt')
write('022-tdlr-govqa-cost-estimate.eml', simple([
    ('From', 'TDLR Open Records Center <tdlr@govqa.us>'), ('To', plus('REQ-011')),
    ('Subject', 'Public Information Request :: R001146-092326 - Itemized Statement of Estimated Charges'),
    ('Date', date_hdr(2026, 10, 2, 11, 17, 'CT', 9)), ('Message-ID', '<%s@govqa.us>' % h('022', 28))],
    html, 'html', cte='quoted-printable'),
    {'request': 'REQ-011', 'kind': 'fee_estimate', 'tracking_number': 'R001146-092326', 'signals': ['plus', 'tracking'],
     'why': 'Tex. Gov. Code 552.2615 itemized estimate of $135.00; accept/modify within 10 business days or withdrawn',
     'note': 'Texas cost statement with a cheaper alternative and a withdrawal date that is not a response due. '
             'Modeled on Texas itemized statements of estimated charges.'})

# 023 WA DOL five-day letter: estimate of first installment (extension with no statutory due) ------------
pdf = make_pdf(['STATE OF WASHINGTON', 'DEPARTMENT OF LICENSING', 'Public Records Office', 'PO Box 9030, Olympia, WA 98507',
                '', 'October 5, 2026', '', 'Records Desk', '', 'RE: Public Records Request 26-1732', '',
                'Dear Requester:', '',
                'This letter is the Department\'s response within five business days under RCW 42.56.520. The '
                'Department received your request on September 28, 2026, for records of disclosures of driver and '
                'vehicle record information to federal immigration agencies from 2024 through 2026.', '',
                'The Department needs additional time to locate and assemble the records, to notify third persons '
                'affected by the request, and to determine whether any of the information is exempt. Driver and '
                'vehicle records contain personal information protected by the federal Driver\'s Privacy Protection '
                'Act, 18 U.S.C. 2721 et seq., and by RCW 46.12.630 and RCW 46.20.118.', '',
                'The Department will provide the records in installments. We estimate that the first installment '
                'will be available on or before November 6, 2026. This is an estimate; if more time is needed we '
                'will let you know.', '', 'Sincerely,', '', 'Marta Oyelaran', 'Public Records Officer'], '5-day letter')
write('023-wadol-five-day-letter.eml', mixed([
    ('From', 'Marta Oyelaran <marta.oyelaran@dol.wa.gov>'), ('To', INBOX),
    ('Subject', 'PRR 26-1732 - five day letter'), ('Date', date_hdr(2026, 10, 5, 16, 2, 'PT', 37)),
    ('Message-ID', outlook_mid('023', 'SJ0PR09MB9712.namprd09.prod.outlook.com')),
    *outlook_headers('023', 'PRR 26-1732 - five day letter', True)],
    text_part('Hello,\n\nAttached is our five-day letter for your public records request.\n\nMarta Oyelaran\n'
              'Public Records Officer | Washington State Department of Licensing\n'),
    [attachment('26-1732 Five Day Letter.pdf', 'application/pdf', pdf)], '023'),
    {'request': 'REQ-013', 'kind': 'extension', 'tracking_number': '26-1732', 'clock': 'extension',
     'estimated': dt.date(2026, 11, 6), 'signals': ['tracking', 'subject'],
     'why': 'WA five-day letter: more time needed, first installment estimated Nov 6; WA has no extension days so no due',
     'note': 'WA "reasonable estimate" letter (PDF): an extension that sets no statutory due. Modeled on '
             'Washington agencies\' five-day letters under RCW 42.56.520.'})

# 024 TDLR notice that it asked the Attorney General for a ruling (other) ----------------------------------
pdf = make_pdf(['Texas Department of Licensing and Regulation', 'Office of General Counsel', 'PO Box 12157, Austin, Texas 78711',
                '', 'October 7, 2026', '', 'Open Records Division', 'Office of the Attorney General', 'PO Box 12548',
                'Austin, Texas 78711-2548', '', 'Re: Request for a ruling; TDLR reference R001146-092326', '',
                'Dear Open Records Division:', '',
                'The Texas Department of Licensing and Regulation received a request for information on September 23, 2026. '
                'On the Department\'s behalf, I ask for a decision under Section 552.301 of the Government Code. The '
                'requestor seeks complaints, investigations and final orders concerning air conditioning and '
                'refrigeration contractors in Harris County from 2023 to 2026.', '',
                'The Department believes that portions of the information, including the identities of complainants '
                'and information in pending investigation files, are excepted from disclosure under Sections 552.101 '
                '(in conjunction with common-law privacy) and 552.108 of the Government Code. The Department will '
                'submit its arguments and representative samples within fifteen business days of receipt of the '
                'request.', '', 'cc: Requestor (via email)', '', 'Sincerely,', 'Assistant General Counsel'],
               'OAG request')
write('024-tdlr-ag-ruling-notice.eml', mixed([
    ('From', '"Open Records (TDLR)" <open.records@tdlr.texas.gov>'), ('To', plus('REQ-011')),
    ('Subject', 'R001146-092326 - Notice of Request for Attorney General Decision'),
    ('Date', date_hdr(2026, 10, 7, 10, 40, 'CT', 1)), ('Message-ID', outlook_mid('024', 'DS7PR09MB6244.namprd09.prod.outlook.com')),
    *outlook_headers('024', 'R001146-092326 - Notice of Request for Attorney General Decision', True)],
    text_part("Dear Requestor,\n\nThank you for accepting the estimated charges for request R001146-092326.\n\n"
              "Please be advised that the Department has asked the Office of the Attorney General for a\n"
              "decision on whether portions of the requested information may be withheld. A copy of our\n"
              "letter to the Attorney General is attached. Information that is not the subject of the\n"
              "ruling request will be released to you together with the remaining information once the\n"
              "Attorney General issues a decision. You may send written comments to the Open Records\n"
              "Division about why the information should be released.\n\nTDLR Open Records\n"),
    [attachment('OAG ruling request R001146-092326.pdf', 'application/pdf', pdf)], '024'),
    {'request': 'REQ-011', 'kind': 'other', 'tracking_number': 'R001146-092326', 'signals': ['plus', 'tracking'],
     'why': 'TDLR notice (552.301(d)) that it asked the Attorney General for a ruling; not a release, denial or extension',
     'note': 'Texas AG-ruling notice; no statutory extension applies in TX, so labeled other. Modeled on Texas '
             'governmental bodies\' 552.301 requestor notices.'})

# 025 IRS 10-workday extension + estimate (PDF, OGIS paragraph) -------------------------------------------
pdf = make_pdf(['Department of the Treasury', 'Internal Revenue Service', 'Disclosure Office 10', '', 'Date: October 8, 2026',
                'Case Number: 2026-18422', 'Person to Contact: R. Hollis', '', 'Dear Requester:', '',
                'We are writing about your Freedom of Information Act (FOIA) request received on September 10, 2026.',
                '', 'The statutory response date for your request is October 8, 2026. We are extending that date by 10 '
                'workdays, to October 23, 2026, as permitted by 5 U.S.C. 552(a)(6)(B)(i), because we need to search for '
                'and collect records from other offices, including Procurement and the Privacy, Governmental Liaison and '
                'Disclosure office, and to consult with the vendor about commercial information in the contracts.', '',
                'We will not be able to respond by October 23, 2026. We anticipate completing our response by '
                'December 18, 2026. You may narrow the scope of your request to help us respond sooner, or agree to an '
                'alternative time frame.', '',
                'You may contact the IRS FOIA Public Liaison for assistance. You may also contact the Office of '
                'Government Information Services (OGIS) at the National Archives and Records Administration, which '
                'offers mediation services to resolve disputes between FOIA requesters and federal agencies: OGIS, '
                '8601 Adelphi Road - OGIS, College Park, MD 20740-6001; ogis@nara.gov; 202-741-5770; toll free '
                '1-877-684-6448.', '',
                'If we have not responded by October 23, 2026, you may file suit; however, you may prefer to wait '
                'for the records we expect to release.', '', 'Sincerely,', '', 'Disclosure Manager'], 'Letter 5675')
write('025-irs-extension-req001.eml', mixed([
    ('From', '"Hollis Renee M" <Renee.M.Hollis@irs.gov>'), ('To', INBOX), ('Subject', 'FOIA case 2026-18422 - letter'),
    ('Date', date_hdr(2026, 10, 8, 13, 0, 'ET', 48)), ('Message-ID', outlook_mid('025', 'DM8PR09MB6811.namprd09.prod.outlook.com')),
    *outlook_headers('025', 'FOIA case 2026-18422 - letter', True)],
    text_part('Please see the attached letter.\n\nRenee Hollis\nDisclosure Specialist\n'),
    [attachment('2026-18422 Extension.pdf', 'application/pdf', pdf)], '025'),
    {'request': 'REQ-001', 'kind': 'extension', 'tracking_number': '2026-18422', 'clock': 'extension',
     'estimated': dt.date(2026, 12, 18), 'signals': ['tracking', 'subject'],
     'why': 'IRS 10-workday unusual-circumstances extension (to Oct 23) and an estimated completion of Dec 18',
     'note': 'federal extension naming both the statutory date and a later estimate; OGIS paragraph. Modeled on IRS '
             'extension letters.'})

# 026 colleague forwards IDFPR's partial release on the Keel request (Gmail forward with PDF) ---------------
fwd = ("FYI - IDFPR sent this to me directly after I called them Wednesday. We got the 2019 consent\n"
       "order but nothing from the complaint files. Can the desk log it? Worth a PAC review?\n\nPriya\n\n"
       "---------- Forwarded message ---------\nFrom: Brandt, Lucas <lucas.brandt@illinois.gov>\n"
       "Date: Fri, Oct 9, 2026 at 10:14 AM\nSubject: FOIA F26-3402 - Final Response\nTo: Priya Raman <priya.raman@newsdesk.example.org>\n"
       "Cc: FPR.FOIA <fpr.foia@illinois.gov>\n\n\nMs. Raman,\n\n"
       "As discussed, this responds to FOIA request F26-3402, limited to physician Martin A. Keel, M.D.\n\n"
       "Released: the Consent Order of March 12, 2019 in Department Case No. 2017-04431 and the entry\n"
       "in the Department's March 2019 monthly disciplinary report (attached).\n\n"
       "Withheld: complaint files, investigative reports and the Medical Disciplinary Board's\n"
       "deliberative materials. These records are confidential under Section 36 of the Medical Practice\n"
       "Act of 1987 (225 ILCS 60/36) and are exempt under Section 7(1)(a) of FOIA; peer review\n"
       "materials are also privileged under the Medical Studies Act (735 ILCS 5/8-2101).\n\n"
       "You may request review of this partial denial by the Public Access Counselor of the Office of\n"
       "the Attorney General within 60 days, or seek judicial review under Section 11 of FOIA.\n\n"
       "Lucas Brandt\nFOIA Officer, IDFPR\n")
pdf = make_pdf(['STATE OF ILLINOIS', 'DEPARTMENT OF FINANCIAL AND PROFESSIONAL REGULATION', 'DIVISION OF PROFESSIONAL REGULATION',
                '', 'IN THE MATTER OF: MARTIN A. KEEL, M.D.', 'License No. 036.1xxxxx   Case No. 2017-04431', '',
                'CONSENT ORDER', '', 'The Department, by its attorneys, and Respondent agree that Respondent\'s license is '
                'placed on probation for two years, with conditions on prescribing of controlled substances...'],
               'Consent Order')
write('026-fwd-idfpr-keel-partial.eml', mixed([
    ('From', 'Priya Raman <priya.raman@newsdesk.example.org>'), ('To', INBOX),
    ('Subject', 'Fwd: FOIA F26-3402 - Final Response'), ('Date', date_hdr(2026, 10, 9, 17, 32, 'ET', 10)),
    ('Message-ID', '<CAJ%s@mail.gmail.com>' % h('026', 30))],
    text_part(fwd), [attachment('Keel_Consent_Order_2019.pdf', 'application/pdf', pdf)], '026'),
    {'request': 'REQ-010', 'kind': 'records_final', 'tracking_number': 'F26-3402', 'adverse_determination': True,
     'signals': ['tracking', 'subject'],
     'why': 'forwarded IDFPR final response: public 2019 consent order released, complaint/investigative files withheld',
     'note': 'forward by a colleague (agency wrote to her, not to the desk); public discipline released, confidential '
             'complaint files withheld. Modeled on IDFPR partial denials and 225 ILCS 60/36.'})

# 027 CDI JustFOIA documents released with staff message (interim) --------------------------------------
msg = ("The Department has determined that records responsive to item 1 of your request are disclosable.\n"
       "Released today: a spreadsheet of closed consumer complaints concerning homeowners wildfire claims,\n"
       "by insurer and complaint reason, January 2024 - August 2026 (PRA-2026-0731_complaints.xlsx).\n"
       "Complainant names, contact information and claim numbers are not included; see Gov. Code\n"
       "7927.705 and Ins. Code 12919.\n\n"
       "Item 2 (market conduct examination reports) remains under review. The Department expects to\n"
       "produce the disclosable reports on or before November 13, 2026.\n\nPublic Records Act Unit\n")
html = html_page(['<b>Documents have been released for request PRA-2026-0731.</b>',
                  '<table cellpadding="3"><tr><td>PRA-2026-0731_complaints.xlsx</td><td>48 KB</td></tr></table>', '<hr>'] +
                 [p.replace('\n', ' ') for p in msg.strip().split('\n\n')] +
                 ['<a href="https://cdi.justfoia.com/publicportal/home/track">View your request</a>'])
write('027-cdi-justfoia-interim.eml', alternative([
    ('From', 'California Department of Insurance <no-reply@justfoia.com>'), ('To', plus('REQ-008')),
    ('Subject', 'Documents Released: PRA-2026-0731'), ('Date', date_hdr(2026, 10, 12, 14, 0, 'PT', 5)),
    ('Message-ID', '<%s@email.justfoia.com>' % h('027', 32))],
    'Documents have been released for request PRA-2026-0731.\n\n' + msg, html, '027'),
    {'request': 'REQ-008', 'kind': 'records_interim', 'tracking_number': 'PRA-2026-0731', 'estimated': dt.date(2026, 11, 13),
     'signals': ['plus', 'tracking'],
     'why': 'CDI releases the complaint spreadsheet (item 1); exam reports (item 2) expected by Nov 13',
     'note': 'portal release notice carrying a real first installment and an estimate. Modeled on JustFOIA releases.'})

# 028 WA DOL NextRequest clarification for the second DOL request (new number) ----------------------------
txt = ("Washington State Department of Licensing\n\nRecord request #26-1809 - Clarification requested\n\n"
       "Message from the Department:\n\nThank you for your request. The Department provides vehicle and driver record data under\n"
       "contract to businesses with a permissible use under the DPPA (for example insurers, towing\n"
       "companies and vehicle manufacturers for recall notices). To identify responsive records, please\n"
       "tell us which of the following you are requesting:\n\n"
       "  (a) a list of current data-purchase contract holders;\n  (b) the contracts themselves; or\n"
       "  (c) audit reports on contract holders' compliance with permissible-use terms.\n\n"
       "Under RCW 42.56.520(3)(b), if we do not receive a response within 30 days of this message\n"
       "(by November 11, 2026) we will consider the request abandoned and close it.\n\n"
       "View request: https://wadol.nextrequest.com/requests/26-1809\n")
write('028-wadol-nextrequest-clarification.eml', simple([
    ('From', 'Washington State Department of Licensing <wadol@mail.nextrequest.com>'), ('To', plus('REQ-015')),
    ('Subject', '[Records Request 26-1809] Clarification requested'), ('Date', date_hdr(2026, 10, 12, 15, 30, 'PT', 41)),
    ('Message-ID', '<%s@mail.nextrequest.com>' % h('028', 24))], txt),
    {'request': 'REQ-015', 'kind': 'clarification', 'tracking_number': '26-1809', 'signals': ['plus', 'tracking-new'],
     'why': 'DOL asks which of three record sets we mean; abandonment after 30 days under RCW 42.56.520(3)(b)',
     'note': 'clarification with an abandonment date (not a due date). Modeled on NextRequest messages and WA practice.'})

# 029 NY DMV denial of a driving-record request under DPPA / VTL 202 (threaded, quoting) ------------------
s = 'RE: %s [DMV-26-01593]' % REQS['REQ-014']['subject']
write('029-dmv-denial-req014.eml', simple([
    ('From', 'NYS DMV Records Access Office <dmv.foil@dmv.ny.gov>'), ('To', plus('REQ-014')), ('Subject', s),
    ('Date', date_hdr(2026, 10, 13, 10, 15, 'ET', 36)), ('Message-ID', outlook_mid('029', 'MW4PR09MB9160.namprd09.prod.outlook.com')),
    *thread('REQ-014'), *outlook_headers('029', REQS['REQ-014']['subject'])],
    "Re: FOIL Request DMV-26-01593\n\nDear Requester:\n\n"
    "Your request for the driving record and license suspension history of a named individual is\n"
    "denied. Department records that contain personal information about a driver may be released\n"
    "only as permitted by the federal Driver's Privacy Protection Act (18 U.S.C. 2721 et seq.) and\n"
    "Vehicle and Traffic Law section 202. These records are therefore exempt from disclosure under\n"
    "Public Officers Law sections 87(2)(a) and 87(2)(b).\n\n"
    "A driving record abstract may be requested by the licensee, or by a person who certifies a\n"
    "permissible use under the DPPA on form MV-15 (Request for DMV Records) with proof of identity.\n"
    "News gathering is not a permissible use. If you obtain the written, notarized consent of the\n"
    "individual, you may submit it with form MV-15 and the applicable search fee.\n\n"
    "You may appeal this denial within 30 days by writing to the Records Access Appeals Officer, New\n"
    "York State Department of Motor Vehicles, 6 Empire State Plaza, Albany, NY 12228, or\n"
    "foil.appeals@dmv.ny.gov.\n\nRecords Access Officer\nNYS Department of Motor Vehicles\n\n"
    + quote('REQ-014') + '\n'),
    {'request': 'REQ-014', 'kind': 'denial', 'tracking_number': 'DMV-26-01593', 'adverse_determination': True,
     'signals': ['thread', 'plus', 'tracking-new'],
     'why': 'DMV denies the driving-record request under DPPA/VTL 202 (POL 87(2)(a),(b)); consent + MV-15 route; appeal 30 days',
     'note': 'statutory confidentiality denial with an identity/consent route. Modeled on NY DMV FOIL denials and MV-15.'})

# 030 DTF extension with a new date, subject changed, staff sender, no thread -------------------------------
write('030-dtf-extension-req003.eml', simple([
    ('From', 'Carolyn Vaughan <carolyn.vaughan@tax.ny.gov>'), ('To', INBOX), ('Subject', 'Your FOIL request - additional time needed'),
    ('Date', date_hdr(2026, 10, 13, 11, 40, 'ET', 22)), ('Message-ID', outlook_mid('030', 'BL0PR09MB4630.namprd09.prod.outlook.com')),
    *outlook_headers('030', 'Your FOIL request - additional time needed')],
    "Dear Requester:\n\nRe: DTF-26-00417\n\n"
    "Our letter of September 16 estimated a determination on your request for residency audit\n"
    "statistics by October 14, 2026. The county-level counts must be compiled by the Office of\n"
    "Budget and Management Analysis and then reviewed so that no individual taxpayer can be\n"
    "identified, as Tax Law section 697(e) requires. We therefore need additional time and now\n"
    "expect to respond on or before December 11, 2026.\n\n"
    "Carolyn Vaughan\nRecords Access Office\nNYS Department of Taxation and Finance\n"),
    {'request': 'REQ-003', 'kind': 'extension', 'tracking_number': 'DTF-26-00417', 'clock': 'extension',
     'estimated': dt.date(2026, 12, 11), 'signals': ['tracking', 'body'],
     'why': 'DTF needs more time for disclosure review of the statistics; new date Dec 11',
     'note': 'extension with a date certain, staff sender, generic subject, two DTF requests open. Modeled on NY '
             'agencies\' date-certain letters under POL 89(3)(a).'})

save_facts('part3')
