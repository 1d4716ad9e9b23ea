from email.message import EmailMessage
import email, email.policy
from lib import msg, raw, pdf, fx, plus, quote, US, POL
from reqs import subj, body, mid, sent

MSGS = []
def add(slug, date, eml, facts, note):
    MSGS.append((slug, date, eml, facts, note))

# --- PA OAG final response, granted in part / denied in part; number only in the PDF file name and PDF, REQ-111
pa_final = pdf([
    'COMMONWEALTH OF PENNSYLVANIA - OFFICE OF ATTORNEY GENERAL', 'Right-to-Know Office', '', 'October 29, 2026', '',
    'RE: RTK-2026-0312 - FINAL RESPONSE', '', 'Dear Requester:', '',
    'Your request is GRANTED IN PART and DENIED IN PART. Responsive records consisting of 388 pages of',
    'correspondence between the OAG and the Pennsylvania Opioid Trust are provided with this letter.', '',
    'The following records are withheld or redacted:', '',
    '1. Communications between OAG attorneys and counsel for the Trust and for participating counties',
    '   that are protected by the attorney-client privilege and the attorney work-product doctrine, and',
    '   shared under a common-interest arrangement in connection with the settlement litigation',
    '   (65 P.S. 67.102, definition of "privileged"; 67.305(a)(2)).',
    '2. Internal, predecisional deliberations of the OAG concerning allocation proposals',
    '   (65 P.S. 67.708(b)(10)(i)(A)).',
    '3. Personal telephone numbers and e-mail addresses (65 P.S. 67.708(b)(6)(i)(A)).', '',
    'APPEAL: Because this response is issued by the Office of Attorney General, an appeal is not filed',
    'with the Office of Open Records, which hears appeals from other Commonwealth and local agencies.',
    'Under Section 503(b) of the Law, you may appeal to the OAG Appeals Officer, Strawberry Square,',
    '16th Floor, Harrisburg, PA 17120, within fifteen (15) business days of the mailing date of this',
    'response. The appeal must state the grounds on which you assert the records are public records.', '',
    'Sincerely,', 'Open Records Officer', 'Office of Attorney General'], 'RTK-2026-0312 final')
add('paoag-final-partial-pdf', 'Thu, 29 Oct 2026 16:05:12 -0400', msg([
    ('From', 'OAG Right-to-Know <righttoknow@attorneygeneral.gov>'), ('To', plus('REQ-111')),
    ('Subject', 'Right-to-Know Law - Final Response'), ('Date', 'Thu, 29 Oct 2026 16:05:12 -0400'),
    ('Message-ID', '<PH0PR11MB4987FA02@PH0PR11MB4987.namprd11.prod.outlook.com>')],
    text='Please see the attached final response and responsive records.\n\nRight-to-Know Office\nOffice of Attorney General\n',
    attachments=[('RTK-2026-0312 Final Response.pdf', pa_final, 'application/pdf'),
                 ('RTK-2026-0312 Records Part 1.pdf', pdf(['OAG - Pennsylvania Opioid Trust correspondence, Jan-Sep 2026', 'pp. 1-388 (redacted)'], 'records'), 'application/pdf')]),
    fx('REQ-111', 'records_final', 'RTK-2026-0312', 'PA OAG grants in part / denies in part (privilege, common interest, predecisional); appeal to the OAG Appeals Officer, not OOR',
       ['plus', 'tracking'], adverse=True),
    'Pennsylvania final response where the OAG is the agency: appeal goes to its own 503(b) appeals officer; common-interest privilege')

# --- GovQA status change, REQ-101
add('txoag-govqa-status', 'Mon, 02 Nov 2026 08:30:00 -0600', msg([
    ('From', 'Texas OAG Public Information <txoag@govqa.us>'), ('To', plus('REQ-101')),
    ('Subject', 'Request R011842-090826 status update'), ('Date', 'Mon, 02 Nov 2026 08:30:00 -0600'),
    ('Message-ID', '<5d1f08c9a3e24b60.R011842.st@txoag.govqa.us>')],
    text='The status of your public information request R011842-090826 has changed to: Awaiting AG Ruling.\n\nLog in to the OAG Public Information Center to view details: https://txoag.govqa.us/WEBAPP/_rs/\n\nThis is an automated message. Please do not reply.\n'),
    fx('REQ-101', 'portal_notice', 'R011842-090826', 'GovQA status changed to "Awaiting AG Ruling"; nothing substantive', ['plus', 'tracking']),
    'GovQA status-change notice (plain text) for a request waiting on the office\'s own ruling')

# --- PA OAG denial: noncriminal investigation, REQ-112 (HTML + text)
pa_den_txt = """RE: Right-to-Know Request RTK-2026-0388

Dear Requester:

Your request for complaints received by the Bureau of Consumer Protection concerning Keystone Home
Renovations LLC, and related mediation correspondence, is DENIED.

The Bureau has an open investigation of Keystone Home Renovations LLC. Consumer complaints and mediation
files are records of an agency relating to a noncriminal investigation, including complaints submitted
to the agency and investigative materials, and are exempt from public access under Section 708(b)(17)(i)
and (ii) of the Right-to-Know Law. Records that would reveal the progress of an investigation, or that
are part of an investigation that has not concluded, are also exempt under Section 708(b)(17)(vi)(A).

You may appeal this denial to the OAG Appeals Officer, Office of Attorney General, Strawberry Square,
16th Floor, Harrisburg, PA 17120, within fifteen (15) business days of the mailing date of this response.

Open Records Officer
Office of Attorney General
"""
add('paoag-denial-investigation', 'Tue, 03 Nov 2026 11:45:06 -0500', msg([
    ('From', 'OAG Right-to-Know <righttoknow@attorneygeneral.gov>'), ('To', plus('REQ-112')),
    ('Subject', 'RTK-2026-0388 Final Response'), ('Date', 'Tue, 03 Nov 2026 11:45:06 -0500'),
    ('Message-ID', '<PH0PR11MB49870B57@PH0PR11MB4987.namprd11.prod.outlook.com>'),
    ('In-Reply-To', '<PH0PR11MB4987AC16@PH0PR11MB4987.namprd11.prod.outlook.com>'),
    ('References', mid('REQ-112') + ' <PH0PR11MB4987AC16@PH0PR11MB4987.namprd11.prod.outlook.com>')],
    text=pa_den_txt,
    html='<html><body style="font-family:Calibri,sans-serif">' + ''.join('<p>%s</p>' % p.replace('\n', ' ') for p in pa_den_txt.split('\n\n')) + '</body></html>'),
    fx('REQ-112', 'denial', 'RTK-2026-0388', 'PA OAG denies in full: noncriminal investigation exemption 708(b)(17), open investigation; appeal 15 business days',
       ['thread', 'plus', 'tracking'], adverse=True),
    'Pennsylvania "pending investigation" denial of consumer complaint files (708(b)(17)); multipart/alternative')

# --- AZ NextRequest update, REQ-110
add('azag-nextrequest-updated-2', 'Thu, 05 Nov 2026 10:10:44 -0700', msg([
    ('From', 'Arizona Attorney General <noreply@nextrequest.com>'), ('To', plus('REQ-110')),
    ('Subject', '[Records Request] Request 26-1618 has been updated'), ('Date', 'Thu, 05 Nov 2026 10:10:44 -0700'),
    ('Message-ID', '<nr.26-1618.upd.5be210@nextrequest.com>')],
    text='Request 26-1618 has been updated. Department assigned: Solicitor General.\n\nView request: https://azag.nextrequest.com/requests/26-1618\n'),
    fx('REQ-110', 'portal_notice', '26-1618', 'NextRequest update: department assigned; no substantive answer', ['plus', 'tracking']),
    'NextRequest internal-routing notice with no content for the requester')

# --- FL AG first installment via Google Group, REQ-103
add('flag-interim-ggroup', 'Fri, 06 Nov 2026 14:00:19 -0500', msg([
    ('From', "'Denise Alvarado' via Records Desk <records@records.example.org>"),
    ('Reply-To', 'Denise Alvarado <publicrecords@myfloridalegal.com>'), ('To', plus('REQ-103')),
    ('Subject', 'RE: PRR 2026-0419 cost estimate'), ('Date', 'Fri, 06 Nov 2026 14:00:19 -0500'),
    ('Message-ID', '<BN8PR09MB4412771BC@BN8PR09MB4412.namprd09.prod.outlook.com>'),
    ('In-Reply-To', '<BN8PR09MB44125B7E0@BN8PR09MB4412.namprd09.prod.outlook.com>'),
    ('X-Original-Sender', 'publicrecords@myfloridalegal.com'), ('Precedence', 'list'),
    ('List-ID', '<records.records.example.org>'), ('X-Google-Group-Id', '518804211377')],
    text="""Good afternoon,

Thank you for your deposit, received October 19. Attached is the first installment of records responsive
to PRR 2026-0419: 96 complaints received in 2023 and 2024, with confidential account and card numbers
redacted under s. 119.071(5), F.S.

Review of the 2025-2026 complaints is ongoing and we expect to send the next installment in December.

Denise Alvarado
Public Records Unit, Office of the Attorney General

--
You received this message because you are subscribed to the Google Groups "Records Desk" group.
""",
    attachments=[('PRR 2026-0419 Installment 1.pdf', pdf(['Suncoast Timeshare Exit Group - complaints 2023-2024 (96)', 'redacted under s. 119.071(5)'], 'installment 1'), 'application/pdf')]),
    fx('REQ-103', 'records_interim', 'PRR 2026-0419', 'FL AG first installment (96 complaints) after deposit; next installment in December; via Google Group',
       ['plus', 'tracking']),
    'Rolling release delivered through the Google Group, threaded to the agency\'s own fee e-mail rather than to our request')

# --- NY OAG denial (common interest) forwarded AS ATTACHMENT by a colleague, REQ-106
ny_den = """Dear Requester:

This responds to your Freedom of Information Law request, FOIL-2026-01093, for correspondence between this
Office and the offices of other state attorneys general concerning the multistate litigation over youth
social media platforms.

Your request is denied. The responsive records are communications among co-plaintiff states, their
counsel and retained experts made in furtherance of a common legal interest in pending litigation. They
are protected by the attorney-client privilege and the common-interest doctrine and by CPLR 3101(c) and
(d) as attorney work product and material prepared for litigation, and are therefore exempt under Public
Officers Law 87(2)(a). In addition, disclosure would interfere with judicial proceedings (Public Officers
Law 87(2)(e)(i)) and the records are inter-agency materials that are not statistical or factual
tabulations, final agency policy or determinations (Public Officers Law 87(2)(g)).

You may appeal this determination within 30 days by writing to the Records Access Appeals Officer, Office
of the Attorney General, 28 Liberty Street, New York, NY 10005, or foilappeals@ag.ny.gov.

Records Access Officer
New York State Office of the Attorney General
"""
inner = EmailMessage(policy=POL)
inner['From'] = 'FOIL <foil@ag.ny.gov>'
inner['To'] = 'Records Desk <records+req-106@records.example.org>'
inner['Cc'] = 'Priya Natarajan <pnatarajan@records.example.org>'
inner['Subject'] = 'FOIL-2026-01093 - Determination'
inner['Date'] = 'Mon, 09 Nov 2026 10:30:41 -0500'
inner['Message-ID'] = '<MN2PR14MB31701C9E57@MN2PR14MB3170.namprd14.prod.outlook.com>'
inner.set_content(ny_den)
add('fwd-nyoag-denial-attached', 'Mon, 09 Nov 2026 12:10:55 -0500', msg([
    ('From', 'Priya Natarajan <pnatarajan@records.example.org>'), ('To', US),
    ('Subject', 'Fwd: FOIL-2026-01093 - Determination'), ('Date', 'Mon, 09 Nov 2026 12:10:55 -0500'),
    ('Message-ID', '<a81c7f3e-4d2b-4a8e-9c11-2f3b7d90e6a4@records.example.org>')],
    text="""Flagging in case the desk copy got filtered - NY says it's all common-interest privileged. I think we
appeal at least the scheduling/logistics emails. Original attached.

Priya
""",
    attachments=[(None, inner, None)]),
    fx('REQ-106', 'denial', 'FOIL-2026-01093', 'colleague forwards (as attachment) NY OAG full denial: common-interest privilege, 87(2)(a),(e),(g); 30-day appeal',
       ['tracking', 'subject'], adverse=True),
    'Forward-as-attachment (message/rfc822) of a NY FOIL denial based on the common-interest doctrine in multistate litigation')

# --- MI AG clarification, REQ-114
add('miag-clarify', 'Mon, 09 Nov 2026 14:15:28 -0500', msg([
    ('From', 'AG-FOIA <ag-foia@michigan.gov>'), ('To', plus('REQ-114')),
    ('Subject', 'RE: ' + subj('REQ-114')), ('Date', 'Mon, 09 Nov 2026 14:15:28 -0500'),
    ('Message-ID', '<CH0PR09MB7740A4C8@CH0PR09MB7740.namprd09.prod.outlook.com>'),
    ('In-Reply-To', mid('REQ-114')), ('References', mid('REQ-114'))],
    text="""Good afternoon,

Your request has been assigned FOIA-26-0731. Before the Department can search, please clarify what you
mean by "distributed." Money received under consumer protection settlements is generally either paid out
as restitution by a settlement administrator, deposited with the State Treasurer, or directed to
specific uses in the judgment. The Department does not itself hold a single ledger of settlement
distributions. Could you tell us whether you are seeking (a) the judgments or settlement agreements that
direct the use of the funds, (b) records of payments the Department made, or (c) both? It would also help
to know whether you are interested in particular settlements.

Under MCL 15.235 the Department's time to respond will run from the date we receive your clarification.

FOIA Coordinator
Michigan Department of Attorney General
"""),
    fx('REQ-114', 'clarification', 'FOIA-26-0731', 'MI AG asks what "distributed" means and which settlements; time runs from our answer; assigns FOIA-26-0731',
       ['thread', 'plus', 'tracking-new']),
    'Michigan clarification question about settlement distributions, with the number first assigned here')

# --- FL AG denial: active litigation work product, REQ-115
add('flag-denial-work-product', 'Tue, 10 Nov 2026 16:20:33 -0500', msg([
    ('From', 'Public Records Unit <publicrecords@myfloridalegal.com>'), ('To', plus('REQ-115')),
    ('Subject', 'RE: Public Records Request PRR-2026-0502'), ('Date', 'Tue, 10 Nov 2026 16:20:33 -0500'),
    ('Message-ID', '<BN8PR09MB4412F0A37@BN8PR09MB4412.namprd09.prod.outlook.com>'),
    ('In-Reply-To', '<BN8PR09MB4412D8811@BN8PR09MB4412.namprd09.prod.outlook.com>')],
    text="""Good afternoon,

The Office has completed its review of records responsive to PRR-2026-0502. The correspondence with other
states' attorneys general concerning the search-engine antitrust case consists of mental impressions,
litigation strategy and legal theories of the attorneys prosecuting the case, exchanged among the
plaintiff states under a common-interest agreement. These records are exempt from disclosure under
section 119.071(1)(d)1., Florida Statutes, until the conclusion of the litigation, including appeals.

No records will be provided at this time. You may renew your request once the litigation has concluded.
This response closes PRR-2026-0502.

Public Records Unit
Office of the Attorney General
"""),
    fx('REQ-115', 'denial', 'PRR-2026-0502', 'FL AG withholds all coalition correspondence as litigation work product until the case ends (119.071(1)(d)); FL has no appeal days',
       ['thread', 'plus', 'tracking'], adverse=True),
    'Florida pending-litigation work-product refusal with common-interest wording; closes the request')

# --- IL AG interim release of calendar after narrowing, REQ-108
add('iloag-interim-calendar', 'Thu, 12 Nov 2026 11:00:47 -0600', msg([
    ('From', 'FOIA Officer <foia@ilag.gov>'), ('To', plus('REQ-108')),
    ('Subject', '2026 FOIA 05127 - partial production'), ('Date', 'Thu, 12 Nov 2026 11:00:47 -0600'),
    ('Message-ID', '<SA1PR09MB8121E0D@SA1PR09MB8121.namprd09.prod.outlook.com>')],
    text="""Dear Requester:

Thank you for narrowing your request to e-mails between the Chief of Staff and the two outside firms you
named. Attached is the Attorney General's calendar for June 1 - September 30, 2026. Private telephone
numbers and meeting dial-in codes are redacted under section 7(1)(b) and the locations of certain
security-sensitive events under section 7(1)(v).

The review of the narrowed e-mail search is continuing and the e-mails will be produced separately.

Sincerely,
FOIA Officer
Office of the Illinois Attorney General
""",
    attachments=[('AG Calendar Jun-Sep 2026 (redacted).pdf', pdf(['Office of the Illinois Attorney General - public calendar', 'June 1 - September 30, 2026', '(redacted)'], 'calendar'), 'application/pdf')]),
    fx('REQ-108', 'records_interim', '2026 FOIA 05127', 'IL AG produces the AG calendar now; narrowed e-mails to follow', ['plus', 'tracking']),
    'Illinois partial production of the AG\'s own calendar with the e-mail part continuing')

# --- AZ NextRequest document release, REQ-109 (request stays open)
add('azag-nextrequest-docs', 'Fri, 13 Nov 2026 15:30:12 -0700', msg([
    ('From', 'Arizona Attorney General <noreply@nextrequest.com>'), ('To', plus('REQ-109')),
    ('Subject', '[Records Request] Documents released for request 26-1432'), ('Date', 'Fri, 13 Nov 2026 15:30:12 -0700'),
    ('Message-ID', '<nr.26-1432.docs.77c1ad@nextrequest.com>')],
    text="""Documents have been released for request 26-1432.

Message from the Arizona Attorney General's Office:
"Attached are the expenditure reports for the Attorney General's share of opioid settlement funds for
FY2025 and FY2026 to date. The One Arizona distribution records are still being reviewed and will be
released when that review is complete."

Released documents:
 - AG Opioid Settlement Expenditures FY2025.xlsx
 - AG Opioid Settlement Expenditures FY2026 YTD.xlsx

View request: https://azag.nextrequest.com/requests/26-1432
""",
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif"><p>Documents have been released for request <b>26-1432</b>.</p>
<blockquote style="border-left:3px solid #ccc;padding-left:8px">Attached are the expenditure reports for the Attorney General's share of opioid settlement funds for FY2025 and FY2026 to date.
The One Arizona distribution records are still being reviewed and will be released when that review is complete.</blockquote>
<ul><li>AG Opioid Settlement Expenditures FY2025.xlsx</li><li>AG Opioid Settlement Expenditures FY2026 YTD.xlsx</li></ul>
<p><a href="https://azag.nextrequest.com/requests/26-1432">View request</a></p></body></html>"""),
    fx('REQ-109', 'records_interim', '26-1432', 'NextRequest release of expenditure reports; distribution records still under review', ['plus', 'tracking']),
    'NextRequest "documents released" mail carrying a staff note that more is coming')
