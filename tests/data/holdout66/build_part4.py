#!/usr/bin/env python3
"""Messages 032-041 (October 13-23, 2026)."""
from common import *

F = []

# 032 PACER quarterly statement (not about any request) -------------------------------------
write('032-pacer-quarterly-statement.eml', [
    ('From', 'PACER Service Center <pacer@psc.uscourts.gov>'), ('To', INBOX),
    ('Subject', 'PACER Quarterly Statement Available'), ('Date', when('2026-10-13 06:15', 'CT')),
    ('Message-ID', mid('032', 'psc.uscourts.gov'))],
    text('''This is an automated message from the PACER Service Center.

Your quarterly statement for the period July 1 - September 30, 2026 is
available. Log in to Manage My Account at pacer.uscourts.gov to view it.

Account username:   recordsdesk
Usage this quarter: $14.30

Because your usage did not exceed $30.00 in the quarter, no payment is due.
Electronic Public Access fees are set by the Judicial Conference of the
United States.

PACER Service Center | (800) 676-6856 | pacer@psc.uscourts.gov
Please do not reply to this message.
'''))
F.append(dict(file='032-pacer-quarterly-statement.eml', request=None, kind='other', tracking_number=None,
              signals=['none'], why='routine PACER account statement; not about REQ-015 although it mentions EPA fees',
              test='request null: judiciary sender and topic (PACER fees) overlap REQ-015; automated account mail',
              model='PACER quarterly statement notices (format paraphrased; $30 quarterly fee waiver threshold)'))

# 033 NY OCA: additional time (encoded subject) ---------------------------------------------------
t = wrap_para('''
Dear Records Desk:

Re: FOIL-2026-1182

Your request covers contracts, amendments, purchase orders and invoices for virtual appearance platforms across the Unified Court System, and the records are held by the Office of Court Administration's Division of Technology and by several district administrative offices. Some of the contracts may contain information that vendors have identified as trade secrets, and we must give those vendors an opportunity to be heard before release.

For these reasons OCA requires additional time. We now anticipate a determination on your request by December 4, 2026. If you wish to narrow the request, for example to contracts only or to a shorter period, we may be able to respond sooner.

Records Access Officer
Office of Court Administration
''')
write('033-nyoca-additional-time.eml', [
    ('From', 'OCA Records Access Officer <foil@nycourts.gov>'), ('To', plus('REQ-006')),
    ('Subject', '=?utf-8?Q?FOIL-2026-1182_=E2=80=93_Additional_Time_Required?='),
    ('Date', when('2026-10-14 14:48')), ('Message-ID', mid('033', 'nycourts.gov'))]
    + m365('033', 'FOIL-2026-1182 - Additional Time Required'), text(t))
F.append(dict(file='033-nyoca-additional-time.eml', request='REQ-006', kind='extension', tracking_number='FOIL-2026-1182',
              clock='extension', estimated='2026-12-04', signals=['plus', 'tracking'],
              why='OCA needs more time (volume, vendor trade-secret notice); determination by Dec 4; table +20 NY business days on the Sept 22 due',
              test='extension with a stated date far past the rule-derived due; RFC 2047 subject with an en dash',
              model='FOIL 89(3)(a) and 22 NYCRR 124.6 additional-time letters; trade secret notice under POL 89(5)'))

# 034 CT PDS: more time, no statutory extension -------------------------------------------------
write('034-ctpds-more-time.eml', [
    ('From', 'Brandt, Hollis <Hollis.Brandt@ct.gov>'), ('To', 'records+req-014@records.example.org'),
    ('Subject', 'RE: FOIA Request PDS-FOI-26-031'), ('Date', when('2026-10-15 16:02')),
    ('Message-ID', mid('034', 'ct.gov')), ('In-Reply-To', mid('023', 'ct.gov')), ('References', mid('023', 'ct.gov'))]
    + m365('034', 'FOIA Request PDS-FOI-26-031'),
    text('''Good afternoon,

I wanted to let you know where PDS-FOI-26-031 stands. The monthly caseload
reports are being pulled from our case management system, and the vacancy and
hiring data has to come from Human Resources, which also has to review it for
personnel information.

We will need more time than we first expected. I expect to send the caseload
reports by October 30 and to complete the request by November 13, 2026.

Hollis Brandt
FOIA Liaison | Division of Public Defender Services
55 Farmington Avenue, Hartford, CT 06105
'''))
F.append(dict(file='034-ctpds-more-time.eml', request='REQ-014', kind='extension', tracking_number='PDS-FOI-26-031',
              estimated='2026-11-13', signals=['thread', 'plus', 'tracking'],
              why='PDS needs more time, completion expected Nov 13; CT table has no extension days, so no new due (estimated only)',
              test='extension in a state with no extension rule: estimated date but no due label',
              model='Connecticut agency status letters (FOIA has no fixed extension period; "promptly" standard)'))

# 035 NY Commission on Judicial Conduct: denial -------------------------------------------------
b = wrap_para('''
Dear Records Desk:

Re: FOIL No. 26/041

This responds to your request for records showing each complaint received about a town or village justice from 2020 through 2025, the court involved and the disposition of each complaint.

Complaints to the Commission, and the Commission's investigations and proceedings, are confidential under Judiciary Law 44 and 45 unless and until a public determination is filed with the Court of Appeals. Records that are confidential under a state statute are exempt from disclosure under Public Officers Law 87(2)(a). The Commission does not keep a public list of complaints by court, and FOIL does not require an agency to create one. Your request is therefore denied.

The Commission's annual reports, available on its website, give the number of complaints received and their dispositions by type of court, including town and village courts, for each year. Public determinations of admonition, censure and removal, and public stipulations, are also posted on the website.

You may appeal this denial in writing within 30 days to the Commission's FOIL Appeals Officer, Corning Tower, Suite 2301, Empire State Plaza, Albany, NY 12223.
''') + '\n\nMarian Ellery\nRecords Access Officer\nState of New York Commission on Judicial Conduct\n'
write('035-nycjc-denial.eml', [
    ('From', 'NYS Commission on Judicial Conduct <foil@cjc.ny.gov>'), ('To', plus('REQ-007')),
    ('Subject', 'FOIL No. 26/041 - Determination'), ('Date', when('2026-10-16 11:18')),
    ('Message-ID', mid('035', 'cjc.ny.gov'))], text(b))
F.append(dict(file='035-nycjc-denial.eml', request='REQ-007', kind='denial', tracking_number='26/041', adverse=True,
              appeal_window=True, signals=['plus', 'tracking'],
              why='judicial conduct commission withholds all complaint records (Judiciary Law 44/45, POL 87(2)(a)); points to annual reports; 30-day appeal',
              test='denial with what is public anyway; NY appeal 30 days from Oct 16 = Sun Nov 15, rolls to Mon Nov 16',
              model='NY Commission on Judicial Conduct confidentiality (Judiciary Law 45) and annual-report statistics; FOIL denial format'))

# 036 WA AOC first installment through the Google Group -----------------------------------------
csv = ('fiscal_year,language,court_level,payments,amount\n'
       '2022,Spanish,Superior,1412,487220.15\n2022,Vietnamese,District,233,61004.00\n'
       '2023,Spanish,Superior,1530,522813.40\n2023,Russian,Superior,198,70311.25\n'
       '2024,Spanish,District,1677,402119.80\n2025,Somali,Superior,141,49230.00\n'
       '2026,Spanish,Superior,1602,566970.35\n')
b = wrap_para('''
Hello,

Attached is the first installment for AOC-26-0412: interpreter reimbursement payments made through the AOC interpreter program, fiscal years 2022 through 2026, summarized by language and court level.

The complaint records are still being gathered and reviewed under GR 31.1. I expect to complete your request by December 18, 2026.
''') + '\n\nDana Whitcomb\nPublic Records Officer, Administrative Office of the Courts\n'
write('036-waaoc-installment1-ggroup.eml', ggroup('Dana Whitcomb', 'dana.whitcomb@courts.wa.gov') + [
    ('To', plus('REQ-003')), ('Subject', 'RE: ' + subject('REQ-003')), ('Date', when('2026-10-16 13:40', 'PT')),
    ('Message-ID', mid('036', 'courts.wa.gov')), ('In-Reply-To', mid('005', 'courts.wa.gov')),
    ('References', '%s %s' % (req_mid('REQ-003'), mid('005', 'courts.wa.gov')))],
    multi('mixed', [text(b), attachment('AOC-26-0412_installment1_interpreter_payments.csv', csv, 'text/csv')],
          '000000000000a1b2c3036'))
F.append(dict(file='036-waaoc-installment1-ggroup.eml', request='REQ-003', kind='records_interim',
              tracking_number='AOC-26-0412', estimated='2026-12-18', signals=['thread', 'plus', 'tracking'],
              why='first GR 31.1 installment (payments CSV); complaint records pending; completion expected Dec 18',
              test='rolling release through the Google Group rewrite; interim with a stated completion date',
              model='GR 31.1 installment practice (GR 31.1(d))'))

# 037 JustFOIA generic update ------------------------------------------------------------------
write('037-cajc-justfoia-update.eml', [
    ('From', 'JustFOIA Notifications <notifications@justfoia.com>'), ('To', plus('REQ-010')),
    ('Subject', 'Request PAR-26-0314 Updated'), ('Date', when('2026-10-16 17:02', 'PT')),
    ('Message-ID', mid('037', 'justfoia.com'))],
    text('<html><body style="font-family:Helvetica,Arial;font-size:10pt"><p>Request <b>PAR-26-0314</b> has been updated.'
         '</p><p>Log in to the <a href="https://jcc.justfoia.com/publicportal/home/track">public portal</a> to view '
         'details.</p><p style="font-size:8pt;color:#888">Automated notification from JustFOIA.</p></body></html>\n',
         'html'))
F.append(dict(file='037-cajc-justfoia-update.eml', request='REQ-010', kind='portal_notice', tracking_number='PAR-26-0314',
              signals=['plus', 'tracking'], why='JustFOIA "updated" notice, no content (arrives on the stated determination date)',
              test='portal_notice on the day a determination was promised; must not be read as a determination',
              model='JustFOIA update notifications'))

# 038 Texas OCA: Rule 12 response, summary released, reports withheld -------------------------------
clar = '<clar-004.20260922.1@records.example.org>'
resend = '<req-004.20260914.2@records.example.org>'
L = letter('''TEXAS OFFICE OF COURT ADMINISTRATION
Legal Division
205 West 14th Street, Suite 600, Austin, Texas 78701

October 20, 2026

Records Desk
records+req-004@records.example.org

Re: Rule 12 request R12-2026-117

Dear Records Desk:

On September 22, 2026 you clarified that you seek both the statewide summary data and the individual court security incident reports submitted to OCA from January 2023 to the present.

Released: the enclosed statewide summary tables, which show the number of reported incidents by county, month and incident category.

Withheld: the individual incident report forms. These reports describe security procedures, staffing and vulnerabilities at identified courthouses. Rule 12.5 of the Rules of Judicial Administration excepts from disclosure records whose release would compromise the security of judges, court personnel or court facilities, and OCA has determined that the reports fall within that exception.

You may appeal this denial of access by filing a petition for review with the Administrative Director of the Office of Court Administration under Rule 12.9. The petition must be filed not later than 30 days after the date you receive this notice.

Sincerely,

Celia Montemayor
Assistant General Counsel''')
csv = 'year,county,incidents_reported,threats,disturbances,weapons\n2023,Travis,41,12,22,7\n2024,Harris,118,33,64,21\n2025,Bexar,57,19,29,9\n2026,Dallas,63,20,31,12\n'
write('038-txoca-rule12-response.eml', [
    ('From', 'Celia Montemayor <celia.montemayor@txcourts.gov>'), ('To', plus('REQ-004')),
    ('Subject', 'RE: Rule 12 request R12-2026-117 - clarification needed'), ('Date', when('2026-10-20 14:25', 'CT')),
    ('Message-ID', mid('038', 'txcourts.gov')), ('In-Reply-To', clar),
    ('References', '%s %s %s %s' % (req_mid('REQ-004'), resend, mid('013', 'txcourts.gov'), clar))]
    + m365('038', 'Rule 12 request R12-2026-117'),
    multi('mixed', [text('Please see the attached response and summary tables.\n\nCelia Montemayor\n'
                         'Assistant General Counsel, Texas Office of Court Administration\n'),
                    attachment('R12-2026-117 Response.pdf', pdf(L, 'Rule 12 response')),
                    attachment('Court_Security_Incidents_Summary_2023-2026.csv', csv, 'text/csv')], '_007_TXOCA038_'))
F.append(dict(file='038-txoca-rule12-response.eml', request='REQ-004', kind='records_final', tracking_number='R12-2026-117',
              adverse=True, appeal_window=False, signals=['thread', 'plus', 'tracking'],
              why='Rule 12 response: summary tables released, incident reports withheld (Rule 12.5); Rule 12.9 gives 30 days but the table has no TX appeal days, so null',
              test='partial release by a body outside the PIA; a court-rule appeal window that the rules table does not carry',
              model='Tex. R. Jud. Admin. 12.5 and 12.9 (petition to OCA Administrative Director within 30 days); txcourts.gov policy'))

# 039 Florida Bar Clients' Security Fund: no claims --------------------------------------------------
write('039-flbar-csf-no-records.eml', [
    ('From', "Clients' Security Fund <csf@floridabar.org>"), ('To', INBOX),
    ('Subject', "RR2026-0290 - Clients' Security Fund"), ('Date', when('2026-10-21 09:55')),
    ('Message-ID', mid('039', 'floridabar.org'))],
    text(wrap_para('''
Dear Records Desk,

The Office of General Counsel asked the Clients' Security Fund to search its records for claims paid involving the five attorneys named in your public records request.

The Fund's records, which go back to 2000, show no claims paid involving any of the five attorneys. There are therefore no Fund records responsive to this part of your request.
''') + "\n\nClients' Security Fund\nThe Florida Bar\n"))
F.append(dict(file='039-flbar-csf-no-records.eml', request='REQ-013', kind='no_records', tracking_number='RR2026-0290',
              adverse=True, appeal_window=False, signals=['tracking', 'subject'],
              why="Clients' Security Fund found no claims paid for the five attorneys; Florida has no appeal days",
              test='no_records from a sub-unit address; number learned from an attachment file name earlier (028)',
              model="Florida Bar Clients' Security Fund practice; no-records letters"))

# 040 WA AOC Data Dissemination: cost estimate --------------------------------------------------
dda = letter('''WASHINGTON STATE ADMINISTRATIVE OFFICE OF THE COURTS
JIS DATA DISSEMINATION AGREEMENT (summary form)

Requester: Records Desk
Request: AOC-26-0447 - LFO waiver and remission motions and outcomes, by county and year, 2020-present

The requester agrees to use the data in compliance with JISCR 15 and the JIS Data Dissemination Policy,
not to attempt to re-identify individuals, and to cite the AOC as the source.

Signature: ______________________  Date: __________''')
write('040-waaoc-data-cost-estimate.eml', [
    ('From', 'AOC Data Dissemination <datadissemination@courts.wa.gov>'), ('To', plus('REQ-009')),
    ('Cc', 'dana.whitcomb@courts.wa.gov'),
    ('Subject', 'RE: AOC-26-0447 - LFO data / where case records are kept'), ('Date', when('2026-10-22 11:25', 'PT')),
    ('Message-ID', mid('040', 'courts.wa.gov')), ('In-Reply-To', mid('026', 'courts.wa.gov')),
    ('References', mid('026', 'courts.wa.gov'))],
    multi('mixed', [text(wrap_para('''
Hello,

Dana forwarded your request AOC-26-0447 to us. We can produce counts, by county and year, of motions to waive or remit legal financial obligations and of the outcomes, from superior and limited-jurisdiction court case data for 2020 to the present.

This requires custom programming. Our estimate is 6 hours of programming and review at $60.00 per hour, for a total of $360.00. The actual cost may be lower; if it looks like it will be higher we will check with you first.

Before we begin, please (1) confirm in writing that you accept the estimate and (2) sign and return the attached data dissemination agreement. Payment is due when the data is delivered.
''') + '\n\nAOC Data Dissemination\nAdministrative Office of the Courts\n'),
        attachment('Data_Dissemination_Agreement.pdf', pdf(dda, 'Agreement'))], '_008_WAAOC040_'))
F.append(dict(file='040-waaoc-data-cost-estimate.eml', request='REQ-009', kind='fee_estimate', tracking_number='AOC-26-0447',
              signals=['thread', 'plus', 'tracking'],
              why='Data Dissemination estimates $360 (6 hrs at $60); written acceptance and signed agreement required before work',
              test='fee estimate from a different unit of the same body, replying in the referral thread; fee "may" be lower',
              model='JISCR 15 / JIS data dissemination cost recovery (rate illustrative)'))

# 041 Florida Bar News e-newsletter (not about any request) ------------------------------------
t = ("THE FLORIDA BAR NEWS - October 23, 2026\n\n"
     "* Clients' Security Fund reports record year of claims paid\n"
     "* Board of Governors approves budget, discusses advertising rule changes\n"
     "* Supreme Court disciplinary orders: September summary\n\n"
     "Read the full issue at floridabar.org/news.\n\nUnsubscribe: https://www.floridabar.org/news/unsubscribe\n")
h = ('<html><body style="font-family:Georgia,serif"><h2 style="color:#00386b">The Florida Bar News</h2>'
     '<p><i>October 23, 2026</i></p><ul><li>Clients&#39; Security Fund reports record year of claims paid</li>'
     '<li>Board of Governors approves budget, discusses advertising rule changes</li>'
     '<li>Supreme Court disciplinary orders: September summary</li></ul>'
     '<p><a href="https://www.floridabar.org/news">Read the full issue</a></p>'
     '<p style="font-size:9px">You receive this newsletter as a subscriber. '
     '<a href="https://www.floridabar.org/news/unsubscribe">Unsubscribe</a></p></body></html>\n')
write('041-flbar-news.eml', [
    ('From', 'The Florida Bar News <news@floridabar.org>'), ('To', INBOX),
    ('Subject', "Florida Bar News | Clients' Security Fund record year, disciplinary orders"),
    ('Date', when('2026-10-23 07:00')), ('Message-ID', mid('041', 'floridabar.org')),
    ('List-Unsubscribe', '<https://www.floridabar.org/news/unsubscribe>'), ('Precedence', 'bulk')],
    multi('alternative', [text(t), text(h, 'html')], '=_flbarnews_041'))
F.append(dict(file='041-flbar-news.eml', request=None, kind='other', tracking_number=None, signals=['none'],
              why='Florida Bar newsletter; same domain and topic words as REQ-013 but not about the request',
              test="request null: agency's own domain, mentions Clients' Security Fund and discipline", model='bar association newsletters (format only)'))

save_facts(4, F)
