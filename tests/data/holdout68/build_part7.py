#!/usr/bin/env python3
"""Messages 058-063 (December 1, 2026 - January 12, 2027)."""
from common import *

# 058 APD sergeant writes from her own address: investigation concluded, file a new request (other)
m = new('"Whitlock, Renee (Sgt.)" <rwhitlock@atlantapd.org>', 'records@newsdesk.example.net',
        'OPS case 24-C-0311 - records request', '2026-12-01 09:00:33 -0500',
        '<SN4PR09MB7203A6C1E8F04B2D9D3C7E5A1B@SN4PR09MB7203.namprd09.prod.outlook.com>')
text(m, """Good morning,

I'm following up on your open records request for the Office of Professional Standards file
in OPS case 24-C-0311 (W026115-093026), which was closed in October because the
investigation was still pending.

OPS concluded that investigation on November 17, 2026. Under O.C.G.A. 50-18-72(a)(8), the
file becomes available ten days after the investigation is concluded. Because your earlier
request was closed, please submit a new request through the City's open records portal and
mention this email; we will move it to the front of the line. If you would rather talk it
through, my direct line is (404) 546-0871.

Sgt. Renee Whitlock
Open Records Unit, Atlanta Police Department
226 Peachtree St. SW, Atlanta, GA 30303
""")
save('058-apd-sergeant-ops-concluded.eml', m, fact('058-apd-sergeant-ops-concluded.eml', 'REQ-012', 'other', 'W026115-093026',
     signals=['tracking', 'subject'],
     why='APD sergeant (own address, no thread) says the OPS case closed and asks us to file a new request; no records, no decision'))

# 059 Hennepin paralegal sends the first batch; the request number appears only in the attachment name
m = new('"Brandt, Lukas" <lukas.brandt@hennepin.us>', 'records@newsdesk.example.net',
        'First batch - charging reviews', '2026-12-03 13:00:12 -0600',
        '<SA1PR09MB66307C2E0A9B41D5F8E3C6A0B2@SA1PR09MB6630.namprd09.prod.outlook.com>',
        cc='Dana Whitfield <dana.whitfield@newsdesk.example.net>', post=[('X-Boundary-Style', 'outlook')])
text(m, """Hi,

As promised, attached is the first batch: the declination letters and public statements
for the 14 police use-of-force incidents the office reviewed from 2022 through 2024, with an
index. Names and identifying details of victims and witnesses and medical data have been
removed as private or confidential data under Minn. Stat. 13.82.

The 2020-2021 files (the ones in offsite storage) and the 2025-2026 reviews will follow in
January.

Lukas

Lukas Brandt | Paralegal, Data Practices
Hennepin County Attorney's Office
""")
attach(m, pdf([['HENNEPIN COUNTY ATTORNEY\'S OFFICE', 'Data Practices Production - Batch 1', '',
                'Police use-of-force charging reviews, 2022-2024: index of released documents', '',
                'No.  Incident date  Agency                      Document',
                '1    2022-02-02    Minneapolis PD              Declination letter and public statement',
                '2    2022-07-14    Brooklyn Center PD          Declination letter',
                '3    2022-11-30    Hennepin County Sheriff     Public statement',
                '4    2023-03-09    Minneapolis PD              Declination letter and public statement',
                '5    2023-08-21    Bloomington PD              Declination letter',
                '...  (9 further incidents listed on page 2 of the original index)', '',
                'Private and confidential data removed under Minn. Stat. 13.82, subd. 17 and 13.384.']],
           'Batch 1'), 'HCAO_DR26-177_Production1.pdf')
save('059-hcao-interim-filename-only.eml', m, fact('059-hcao-interim-filename-only.eml', 'REQ-010', 'records_interim', 'DR26-177',
     signals=['tracking-filename', 'subject'],
     why='first batch of declination letters; the office\'s number DR26-177 appears only in the attachment name; more in January'))

# 060 COPA acknowledgment meant for another requester, sent to our inbox by mistake (request: null)
m = new('COPA FOIA <foia@chicagocopa.org>', 'records@newsdesk.example.net', 'FOIA Request C26-01544 - Acknowledgment',
        '2026-12-08 10:40:05 -0600', '<CH0PR09MB8842B49E0D6A2C7F3E1B5D9A08@CH0PR09MB8842.namprd09.prod.outlook.com>')
text(m, """Dear Ms. Alvarez:

The Civilian Office of Police Accountability (COPA) is in receipt of your request under the
Illinois Freedom of Information Act, received on December 7, 2026, in which you seek the
audio recordings of 911 calls and OEMC dispatch records related to COPA Log #2026-0003108.

Your request has been assigned COPA FOIA No. C26-01544. COPA will respond within five (5)
business days of receipt as required by Section 3(d) of FOIA, unless the time for response
is extended under Section 3(e).

Respectfully,

FOIA Unit - Legal Section
Civilian Office of Police Accountability
""")
save('060-copa-misdirected-ack.eml', m, fact('060-copa-misdirected-ack.eml', None, 'acknowledgment', 'C26-01544',
     signals=['none'],
     why='COPA acknowledgment addressed to another requester (Ms. Alvarez, 911 audio) sent to our inbox by mistake; none of our requests'))

# 061 SF NextRequest closure with final production and records withheld (multipart/alternative)
m = new('San Francisco Public Records <sanfrancisco@mail.nextrequest.com>', 'records+req-013@newsdesk.example.net',
        'San Francisco record request #26-4412 has been closed', '2026-12-14 17:00:21 -0800',
        '<nr.26-4412.closed.e21a6c@mail.nextrequest.com>')
msg = """Record request #26-4412 has been closed.

Closure reason: Records released

Message from Police Accountability:
Today DPA released its final production (23 documents) for cases closed in 2024 and 2025.
Redactions are as described in the first production. The files in DPA cases 2024-0519,
2025-0077 and 2025-0140 are withheld in full under Penal Code 832.7(b)(7)(A), because
criminal proceedings against the officers involved are pending, and communications with
the City Attorney are withheld under Government Code 7927.705 and Evidence Code 954.
This completes DPA's response.
"""
alt(m, msg + '\nView the request: https://sanfrancisco.nextrequest.com/requests/26-4412\n',
    '<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">' +
    ''.join('<p>%s</p>' % p.replace('\n', ' ') for p in msg.split('\n\n')) + '</body></html>')
save('061-sf-nextrequest-closed-final.eml', m, fact('061-sf-nextrequest-closed-final.eml', 'REQ-013', 'records_final', '26-4412',
     adverse=True, signals=['plus', 'tracking'],
     why='NextRequest closure with final production; three case files withheld (pending prosecutions) and privileged mail; CA has no appeal window'))

# 062 NY AG final response, letter in PDF, with partial withholding and 30-day appeal
m = new('FOIL Records Access Officer <foil@ag.ny.gov>', 'records@newsdesk.example.net',
        'OAG-FOIL-26-0812 - Final Response', '2026-12-17 15:00:58 -0500',
        '<MN2PR09MB6011C4A0E7B93D2F1A6E5C8D47@MN2PR09MB6011.namprd09.prod.outlook.com>',
        post=[('X-Boundary-Style', 'outlook'), ('X-MS-Has-Attach', 'yes')])
text(m, """Please see the attached final response to your Freedom of Information Law request.

Records Access Office
Office of the New York State Attorney General
""")
attach(m, pdf([[
    'STATE OF NEW YORK', 'OFFICE OF THE ATTORNEY GENERAL', 'Records Access Office', '', 'December 17, 2026', '',
    'Re: FOIL Request OAG-FOIL-26-0812 - Final Response', '', 'Dear Requester:', '',
    'This letter completes the Office\'s response to your request for case records of Office of Special',
    'Investigation matters closed without charges in 2024 and 2025. Records for the remaining three matters',
    'are available at https://securefiles.ag.ny.gov/w/Qm4nV8cR1tY7 until January 18, 2027.', '',
    'Portions of the records have been withheld as follows:',
    '  - testimony and exhibits presented to grand juries in OSI 2024-077 and OSI 2025-102, which are',
    '    confidential under Criminal Procedure Law Sec. 190.25(4) and exempt under Public Officers Law Sec. 87(2)(a);',
    '  - autopsy photographs and medical records, exempt under Sec. 87(2)(a) and 87(2)(b);',
    '  - identifying information of civilian witnesses, exempt under Sec. 87(2)(b).', '',
    'You may appeal this partial denial within thirty (30) days by writing to the Records Access Appeals',
    'Officer, Office of the Attorney General, 28 Liberty Street, New York, NY 10005, or foilappeals@ag.ny.gov.', '',
    'Very truly yours,', '', 'Jonah Feldstein', 'Assistant Records Access Officer']], 'OAG FOIL final response'),
    'Final Response.pdf')
save('062-nyag-final-pdf.eml', m, fact('062-nyag-final-pdf.eml', 'REQ-006', 'records_final', 'OAG-FOIL-26-0812', adverse=True,
     signals=['tracking'], why='NY AG final letter (PDF): last records via link, grand jury and autopsy material withheld; appeal within 30 days'))

# 063 Denver GovQA closure: rest of the IA files released, two withheld while discipline appeals are pending (HTML only)
m = new('Denver Public Records Center <denvergov@govqa.us>', 'records+req-007@newsdesk.example.net',
        'Denver Public Records Center :: P004418-091626 - Request Closed', '2027-01-12 10:30:44 -0700',
        '<b90e3f6a-21d7-4c58-9a4e-7f1c5d2e8b03@govqa.us>')
html(m, """<html><body style="font-family:Verdana,sans-serif;font-size:12px">
<p>Your request <b>P004418-091626</b> has been closed. The response from the department is below.</p>
<hr>
<p>Dear Records Desk,</p>
<p>The Denver Police Department has completed its response. The Internal Affairs Section files for six of the remaining
eight investigations (IAS 2024-0327, 2024-0355, 2024-0371, 2024-0388, 2024-0402, 2024-0419) and their body-worn camera video
are now posted in the Public Records Center, with the same categories of redactions described on November 10, 2026.</p>
<p>The files in IAS 2024-0311 and IAS 2024-0342 are withheld in full. Although the Internal Affairs investigations are closed,
the resulting discipline is on appeal before the Civil Service Commission, and the custodian has determined under
C.R.S. 24-72-305(5) that disclosure while those proceedings are pending would be contrary to the public interest.</p>
<p>Actual billable time was 45.0 hours ($1,861.65). Your deposit of $1,054.94 and the balance of $806.71 received
January 8, 2027 have been applied.</p>
<p>Records Unit &ndash; Denver Police Department</p>
</body></html>
""")
save('063-denver-govqa-closed-final.eml', m, fact('063-denver-govqa-closed-final.eml', 'REQ-007', 'records_final', 'P004418-091626',
     adverse=True, signals=['plus', 'tracking'],
     why='DPD closes the IA request: six more files released, two withheld under CCJRA while discipline appeals are pending; CO has no appeal window'))

finish(7)
