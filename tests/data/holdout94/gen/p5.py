"""Messages 041-050."""
from gen_common import *

def build():
    out = []
    # 041 Securus PR reply to a press inquiry (null)
    body = text("""Hi there,

Thanks for reaching out about inmate calling rates in Louisiana and
Mississippi parish and county facilities. Securus does not comment on the
terms of individual customer contracts; those agreements are public records of
the contracting agency, and we'd refer you to the sheriff's office for copies.

Under the FCC's 2024 rules, per-minute rates for audio calls from jails of all
sizes are now capped, and site commissions on those calls are no longer
permitted. Happy to set up a background call with our regulatory team.

Best,
Corporate Communications
Securus Technologies
""")
    out.append(('041-securus-pr-null.eml', finish([
        ('From', 'Securus Media Relations <media@securustech.example.com>'), ('To', 'records@records.example.org'),
        ('Subject', 'RE: Press inquiry - jail phone rates and commissions'), ('Date', date_hdr('2026-10-19 11:00')),
        ('Message-ID', mid('041', 'securustech.example.com'))], body),
        fact('041-securus-pr-null.eml', None, 'other', signals=['none'],
             why='vendor press office answering a press inquiry, not a records request; mentions phone contracts and sheriffs (trap for REQ-011/REQ-004)',
             note='unrelated vendor PR mail with the same topic words as two requests | modeled on corporate communications replies to reporters')))

    # 042 colleague forwards the Jefferson County Attorney's letter (final, partial withholding)
    inner = """________________________________
From: Office of the County Attorney <countyattorney@jccal.org>
Sent: Monday, October 19, 2026 4:48 PM
To: Alicia Moreno <amoreno@records.example.org>
Cc: records@jeffcosheriff.net
Subject: JCSO 26-311 - response to open records request

Ms. Moreno:

This office represents the Sheriff of Jefferson County with respect to open
records request JCSO 26-311. Thank you for the proof of residency and for
limiting the period to 2024 through the present.

Enclosed through the Sheriff's file share are:
  - the Inmate Communications Services Agreement (2021) and Amendments 1-2;
  - quarterly commission reports, Q1 2024 through Q2 2026.

The vendor's pricing proposal and network security exhibits (Exhibit D and
Exhibit F) are withheld. Their disclosure would be detrimental to the security
of the Jail's communications monitoring system, and records of that kind are
excepted from disclosure under Ala. Code 36-12-40 and the security exceptions
recognized by Alabama courts. Names of individual inmates in the commission
reports have been redacted.

This completes the Sheriff's response to your request.

Assistant County Attorney
Jefferson County, Alabama
"""
    body = text("""Fwding - this went to me instead of the desk address. This is the Jeffco jail
phone request (I sent them my AL license copy for the residency thing).
Files are in the shared drive under JCSO 26-311.

- Alicia

""" + inner)
    out.append(('042-fwd-jcso-county-attorney-final.eml', finish([
        ('From', 'Alicia Moreno <amoreno@records.example.org>'), ('To', 'records@records.example.org'),
        ('Subject', 'FW: JCSO 26-311 - response to open records request'), ('Date', date_hdr('2026-10-20 09:30')),
        ('Message-ID', mid('042', 'records.example.org')), *outlook_hdrs('042', 'JCSO 26-311 - response to open records request')], body),
        fact('042-fwd-jcso-county-attorney-final.eml', 'REQ-004', 'records_final', 'JCSO 26-311', adverse=True,
             signals=['tracking', 'subject'],
             why='forwarded county attorney letter: phone contract and commission reports released, two exhibits withheld on security grounds; complete',
             note='"FW:" by our staffer of a county attorney final response with partial withholding | modeled on Alabama county attorneys answering for the sheriff')))

    # 043 ICE analyst asks for a call (REQ-013)
    body = text("""Good afternoon,

I'm the FOIA analyst assigned to 2026-ICFO-63388. Before I task the program
offices I'd like to talk through the scope of the steering committee portion
of your request - the 287(g) program doesn't hold steering committee minutes
the way your request describes them. Could you give me a call at 202-732-0000
ext. 4471 this week? Mornings are best.

Thanks,
Kendra
Government Information Specialist
ICE FOIA Office
""")
    out.append(('043-ice-call-request.eml', finish([
        ('From', 'Pruitt, Kendra <kendra.pruitt@ice.dhs.gov>'), ('To', plus('REQ-013')),
        ('Subject', '2026-ICFO-63388'), ('Date', date_hdr('2026-10-21 14:00')),
        ('Message-ID', mid('043', 'ice.dhs.gov')), *outlook_hdrs('043', '2026-ICFO-63388')], body),
        fact('043-ice-call-request.eml', 'REQ-013', 'other', '2026-ICFO-63388', signals=['plus', 'tracking'],
             why='ICE analyst asks for a phone call about scope; no formal clarification or clock stop',
             note='informal call request from a personal .gov address | modeled on federal FOIA analysts phoning requesters')))

    # 044 Mobile denial of incident reports, scanned letter from legal advisor
    lines = ['MOBILE COUNTY SHERIFF\'S OFFICE', 'Office of Legal Counsel', '510 S. Royal Street, Mobile, Alabama 36603', '',
             'October 22, 2026', '', 'Records Desk', 'records@records.example.org', '',
             'Re: Your October 9, 2026 follow-up - use-of-force incident reports, Metro Jail', '',
             'You have asked for copies of the use-of-force incident reports, supervisor reviews',
             'and restraint chair placement narratives referenced in the logs provided to you',
             'earlier this month.', '',
             'Your request for these records is denied. Use-of-force and restraint incident reports',
             'are law enforcement investigative reports and are not public records under Ala.',
             'Code 12-21-3.1(b). Alabama courts have also held that the public interest in the',
             'confidentiality of such reports outweighs the interest in disclosure. See Stone v.',
             'Consolidated Publishing Co., 404 So. 2d 678 (Ala. 1981).', '',
             'The logs already produced to you are the only records the Office will release.', '',
             'Legal Counsel', 'Mobile County Sheriff\'s Office']
    body = mixed(text('Please see attached.\n\n'), pdf_part('DOC102226.pdf', lines, 'DOC102226'))
    out.append(('044-mobile-denial-scan.eml', finish([
        ('From', 'Sharon Delchamps <sdelchamps@mobileso.com>'), ('To', 'records@records.example.org'),
        ('Subject', 'Records request'), ('Date', ct('2026-10-22 10:15')),
        ('Message-ID', mid('044', 'mobileso.com'))], body),
        fact('044-mobile-denial-scan.eml', 'REQ-005', 'denial', adverse=True, signals=['subject'],
             why='Mobile SO legal counsel denies the UOF incident reports as investigative reports (12-21-3.1(b), Stone); AL: appeal_due null',
             note='denial letter only in a scanned PDF with a generic subject and "Please see attached" | modeled on Alabama sheriffs citing the investigative-reports exception')))

    # 045 Hinds: call us about your request - which one? (null)
    body = text("""Good morning,

Please call our office at 601-968-0000 regarding your public records request.

Thank you,
Hinds County Public Records Office
""")
    out.append(('045-hinds-call-unplaceable.eml', finish([
        ('From', 'Hinds County Public Records <publicrecords@hindscountyms.com>'), ('To', 'records@records.example.org'),
        ('Subject', 'Public records request'), ('Date', ct('2026-10-23 11:40')),
        ('Message-ID', mid('045', 'hindscountyms.com'))], body),
        fact('045-hinds-call-unplaceable.eml', None, 'other', signals=['none'],
             why='Hinds asks for a call about "your public records request" with two Hinds requests open (REQ-006, REQ-015) and nothing to tell which',
             note='cannot be placed: same agency, two open requests, no number, topic or threading | modeled on one-line county call-back emails')))

    # 046 Fulton GovQA: request completed, documents released
    plain = """Records Desk,

Open Records Request R004812-090826 has been completed.

Thank you for your payment of $174.73. The following documents responsive to
your request are available for download in the Fulton County Open Records
Center:

  1. NaphCare Inmate Health Services Agreement (Contract 23RFP1213-JS)
  2. Amendments No. 1 through No. 4
  3. NaphCare monthly invoices, July 2025 - July 2026

No records were withheld. This request is now closed.

To download your documents, log in to the Open Records Center and open the
request from "My Request Center".

Fulton County Open Records Center
"""
    html = '<html><body style="font-family:Verdana,sans-serif;font-size:10pt">' + \
        ''.join(f'<p>{p.replace(chr(10), "<br>")}</p>' for p in plain.strip().split('\n\n')) + '</body></html>'
    out.append(('046-fulton-govqa-completed.eml', finish([
        ('From', 'Fulton County Open Records Center <fultoncountyga@mycusthelp.net>'), ('To', 'records@records.example.org'),
        ('Subject', 'Open Records Request :: R004812-090826 - Completed'), ('Date', date_hdr('2026-11-02 10:00')),
        ('Message-ID', mid('046', 'mycusthelp.net')), ('X-Mailer', 'GovQA Notification Service')], alt(plain, html)),
        fact('046-fulton-govqa-completed.eml', 'REQ-002', 'records_final', 'R004812-090826', adverse=False,
             signals=['tracking', 'subject'],
             why='GovQA: payment received, NaphCare contract, amendments and invoices released in full; request closed',
             note='portal closure that carries a real final release | modeled on GovQA "request completed" messages')))

    # 047 OPSO first rolling release via ShareFile
    body = text("""PRR #26-0733 - First Release

Good afternoon,

The first set of records responsive to your request is available at the link
below (expires in 30 days):

https://opso.sharefile.com/d-s8c1e2f7a4b9

Included: the inmate medical services agreement and amendments, and the
Sheriff's in-custody death notifications for 2024. Records for 2025 and 2026
remain under review and will follow.

OPSO Public Records
""")
    out.append(('047-opso-interim-sharefile.eml', finish([
        ('From', 'OPSO Public Records <publicrecords@opso.us>'), ('To', plus('REQ-010')),
        ('Subject', 'PRR #26-0733 - First Release'), ('Date', ct('2026-11-04 15:00')),
        ('Message-ID', mid('047', 'opso.us'))], body),
        fact('047-opso-interim-sharefile.eml', 'REQ-010', 'records_interim', 'PRR #26-0733', signals=['plus', 'tracking'],
             why='OPSO first release by ShareFile link (medical agreement, 2024 death notifications); 2025-2026 to follow',
             note='rolling release by file-share link, no attachment | modeled on Louisiana sheriff ShareFile productions')))

    # 048 Charleston JustFOIA closed with records
    plain = """FOIA Request 2026-0488 has been closed.

Response from the Charleston County Sheriff's Office:

Thank you for your deposit. The following records are released and attached
to your request in the portal:
  - 287(g) Memorandum of Agreement (Jail Enforcement Model) and 2025 renewal
  - Monthly ICE detainer reports, Al Cannon Detention Center, Jan 2025 - Sep 2026

No steering committee minutes were located. The balance of the fee ($93.75)
is waived.

Log in to download your records:
https://charlestoncountysheriffsc.justfoia.com/publicportal/home/track

Powered by JustFOIA
"""
    out.append(('048-charleston-justfoia-closed.eml', finish([
        ('From', 'Charleston County Sheriff\'s Office <noreply@justfoia.com>'), ('To', plus('REQ-008')),
        ('Subject', 'FOIA Request 2026-0488 Closed'), ('Date', date_hdr('2026-11-05 10:30')),
        ('Message-ID', mid('048', 'justfoia.com'))], text(plain)),
        fact('048-charleston-justfoia-closed.eml', 'REQ-008', 'records_final', '2026-0488', adverse=False,
             signals=['plus', 'tracking'],
             why='JustFOIA closure: 287(g) MOA, renewal and detainer reports released; no minutes located; nothing withheld',
             note='portal closure with substantive final text | modeled on JustFOIA closed-request emails')))

    # 049 ICE interim release, PDF letter with exemptions
    lines = ['U.S. Department of Homeland Security', 'U.S. Immigration and Customs Enforcement', 'Freedom of Information Act Office',
             '500 12th Street SW, Stop 5009, Washington, DC 20536-5009', '', 'November 9, 2026', '',
             'RE: ICE FOIA Case Number 2026-ICFO-61207 - Interim Release 1', '', 'Dear Requester:', '',
             'This is the first interim response to your FOIA request for 287(g) Memoranda of',
             'Agreement and renewals with sheriffs in Georgia, Alabama, Mississippi, South',
             'Carolina and Louisiana. ICE has reviewed 212 pages; 198 pages are released in full',
             'and 14 pages are released in part. Portions are withheld under FOIA Exemptions',
             '(b)(6) and (b)(7)(C) (names, email addresses and telephone numbers of ICE and',
             'sheriff personnel) and (b)(7)(E) (law enforcement techniques).', '',
             'ICE continues to process the remaining records and will make further releases.', '',
             'You may appeal this determination within 90 days of the date of this letter to:',
             'Government Information Law Division, ICE Office of the Principal Legal Advisor.', '',
             'Sincerely,', 'ICE FOIA Office']
    body = mixed(text("Please see the attached interim response and records for 2026-ICFO-61207.\n"),
                 pdf_part('2026-ICFO-61207 Interim Release 1.pdf', lines, '2026-ICFO-61207'))
    out.append(('049-ice-interim.eml', finish([
        ('From', 'ICE-FOIA <ice-foia@ice.dhs.gov>'), ('To', plus('REQ-012')),
        ('Subject', 'ICE FOIA 2026-ICFO-61207 - Interim Release'), ('Date', date_hdr('2026-11-09 12:00')),
        ('Message-ID', mid('049', 'ice.dhs.gov'))], body),
        fact('049-ice-interim.eml', 'REQ-012', 'records_interim', '2026-ICFO-61207', signals=['plus', 'tracking'],
             why='ICE first interim release of 287(g) MOAs, 14 pages in part; more to come (interim: no appeal_due)',
             note='federal interim release with exemptions and appeal rights, PDF letter | modeled on ICE interim response letters')))

    # 050 Hinds final with withholdings
    body = text("""RE: PRR 2026-114 - Final Response

Records Desk:

Attached through the County's file link are the remaining records responsive
to your request: in-custody death incident reports for 2024 through August
2026, with personal identifiers and medical information redacted.

Investigative files for two deaths in 2026 that remain under investigation by
the Mississippi Bureau of Investigation are withheld in full under Miss. Code
Ann. 25-61-12(2)(a) and 25-61-3(f) (investigative reports).

https://hindscountyms.sharefile.com/d-7a1b2c3d

This completes the County's response to PRR 2026-114.

Office of the Board Attorney
Hinds County Board of Supervisors
""")
    out.append(('050-hinds-final.eml', finish([
        ('From', 'Hinds County Public Records <publicrecords@hindscountyms.com>'), ('To', plus('REQ-006')),
        ('Subject', 'PRR 2026-114 - Final Response'), ('Date', ct('2026-11-10 15:20')),
        ('Message-ID', mid('050', 'hindscountyms.com'))], body),
        fact('050-hinds-final.eml', 'REQ-006', 'records_final', 'PRR 2026-114', adverse=True, signals=['plus', 'tracking'],
             why='Hinds final: remaining death reports released redacted, two investigative files withheld (MS: appeal_due null)',
             note='final response with withholdings under the investigative-reports exemption | modeled on Mississippi board attorney final letters')))
    return out
