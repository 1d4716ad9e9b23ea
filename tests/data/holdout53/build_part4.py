"""Messages 031-040 (October 5-23, 2026)."""
from build_common import *
from mimekit import text_part, b64_part, multipart, boundary, date_hdr, make_pdf

GROUP_FOOTER = """
--
You received this message because you are subscribed to the Google Groups "Quad Ledger Records Desk" group.
To unsubscribe from this group and stop receiving emails from it, send an email to records+unsubscribe@quadledger.example.org.
To view this discussion visit https://groups.google.com/a/quadledger.example.org/d/msgid/records/%s.
"""


def via_group(display, orig_addr, seed):
    """From/Reply-To/Sender as a Google Group collaborative inbox rewrites them (DMARC p=reject sender)."""
    return [('From', qaddr("'%s' via Quad Ledger Records Desk <records@quadledger.example.org>" % display)),
            ('Reply-To', qaddr('%s <%s>' % (display, orig_addr))),
            ('Sender', 'records@quadledger.example.org')] + group_headers(orig_addr, seed)


def m031():
    txt = """Re: FOIA Request No. 26-02311-F

Dear Ms. Quintanilla:

This letter concerns your Freedom of Information Act (FOIA) request for
contract modifications to the Federal Student Aid (FSA) loan servicer
contracts and FSA servicer performance scorecards for 2025 and 2026, which
this office received on September 9, 2026.

Unusual circumstances apply to your request within the meaning of 5 U.S.C.
552(a)(6)(B)(iii): responsive records must be searched for and collected
from several FSA offices, and the contract modifications contain information
submitted by the servicers, who must be notified and given an opportunity to
object to disclosure under Executive Order 12600 and 34 CFR 5.29.
Accordingly, we are extending the time limit to respond by ten working days,
to October 22, 2026.

We do not expect to be able to complete our response within that period.
Under 5 U.S.C. 552(a)(6)(B)(ii), you may limit the scope of your request so
that it can be processed more quickly, or agree to an alternative time frame.
Our current estimated date of completion is January 15, 2027. We intend to
release records on a rolling basis as they are processed.

You may contact me or the Department's FOIA Public Liaison at (202)
401-8365 for any further assistance and to discuss any aspect of your
request. Additionally, you may contact the Office of Government Information
Services (OGIS) at the National Archives and Records Administration to inquire
about the FOIA mediation services they offer: Office of Government
Information Services, National Archives and Records Administration, 8601
Adelphi Road-OGIS, College Park, Maryland 20740-6001; e-mail ogis@nara.gov;
telephone 202-741-5770; toll free 1-877-684-6448.

Sincerely,

Lydia Harrington
Government Information Specialist
FOIA Service Center
U.S. Department of Education
"""
    hs = std('Harrington, Lydia <Lydia.Harrington@ed.gov>', 'records@quadledger.example.org',
             'Mon, 5 Oct 2026 10:02:26 -0400', '26-02311-F - Notice of Unusual Circumstances',
             outlook_mid('031', 'namprd09'), cc='EDFOIAManager <EDFOIAManager@ed.gov>',
             extra=outlook_headers('031', '26-02311-F - Notice of Unusual Circumstances'))
    save('031-ed-extension-unusual-circumstances.eml', hs, text_part(txt))


def m032():
    inner = """<p>Dear Quad Ledger Records Desk:</p>
<p>The Office of Public Records has posted a response to public records request <b>R002915-090926</b>.</p>
<p style="border-left:3px solid #ba0c2f;padding-left:8px">Attached are the three amendments to the head football coach's
employment agreement executed since January 1, 2024 (First Amendment, March 2024; Second Amendment, January 2025;
Third Amendment, January 2026). They are released without redaction.<br><br>
The all-sports apparel and equipment agreement is being reviewed by the Office of Legal Affairs, including for
trade secret information of the outfitter. We anticipate releasing it by November 18, 2026. Your request will remain
open until then.</p>
<p>Office of Public Records<br>The Ohio State University</p>"""
    pdf = make_pdf(['|THE OHIO STATE UNIVERSITY - DEPARTMENT OF ATHLETICS',
                    '|Head Football Coach Employment Agreement - Amendments (release R002915-090926)', '',
                    '|First Amendment (03/2024): extension of term; retention bonus schedule.',
                    '|Second Amendment (01/2025): supplemental compensation; buyout schedule revised.',
                    '|Third Amendment (01/2026): term extended through 01/2032.', '',
                    '|[Stand-in for the 27-page release.]'], title='R002915-090926 amendments')
    b = boundary('032')
    body = multipart('mixed', [text_part(osu_portal_html(inner), 'html', force_qp=True),
                               b64_part(pdf, 'application/pdf', 'Head Coach Agreement Amendments 1-3.pdf')], b)
    hs = std(OSU_PORTAL_FROM, 'records@quadledger.example.org', 'Wed, 14 Oct 2026 11:20:40 -0400',
             'Public Records Request :: R002915-090926 - Response Posted', '<c81e0d77a2f14d53b0f9e2a6d4c35e19@govqa.us>',
             extra=[('X-Mailer', 'GovQA Notification Service')])
    save('032-osu-govqa-interim-amendments.eml', hs, body)


def m033():
    txt = """Good afternoon Ms. Quintanilla,

I'm the specialist assigned to your request 27-00012-F for OCR Title VI
resolution agreements and case-closure letters involving public
universities (January 1, 2025 to October 1, 2026).

OCR tells me it resolved several hundred Title VI matters involving public
universities in that period, most of them closed without a resolution
agreement. OCR also already posts its resolution agreements and the related
letters on its website (Recent Resolutions, searchable by statute and
institution type). Before we task a search, could you clarify:

  1. Would the agreements already posted on OCR's site satisfy that part of
     your request, so that we search only for closure letters not posted?
  2. Do you want closure letters in all Title VI cases (race, color, national
     origin, including shared ancestry), or only in cases resolved by a
     resolution agreement?
  3. Would you accept a list of the cases first (docket number, institution,
     date and type of resolution), so that you can choose which files you
     want?

Under 5 U.S.C. 552(a)(6)(A)(ii)(I), the time to respond to your request is
tolled until we receive your answer. If we do not hear from you within 20
working days of this email, we will assume you are no longer interested in
these records and close the request administratively.

Thank you,

Jamal Reese
Government Information Specialist
FOIA Service Center, U.S. Department of Education
(202) 453-6027
"""
    hs = std('Reese, Jamal <Jamal.Reese@ed.gov>', 'records+req-015@quadledger.example.org',
             'Thu, 15 Oct 2026 14:10:05 -0400', 'FOIA 27-00012-F - clarification needed',
             outlook_mid('033', 'namprd09'), extra=outlook_headers('033', 'FOIA 27-00012-F - clarification needed'))
    save('033-ed-clarification-ocr.eml', hs, text_part(txt))


def m034():
    plain = """ITEMIZED STATEMENT OF ESTIMATED CHARGES
Tracking number: 2026-PIR-01522
Date: October 16, 2026

The University of Texas at Austin estimates that the charges to provide the
information you requested will exceed $40. Under section 552.2615 of the
Texas Government Code, we are providing this itemized statement.

  Personnel charge - locating, compiling and redacting
    (3.5 hours x $15.00/hour)                            $52.50
  Overhead charge (20% of personnel charge)              $10.50
  Copies - electronic delivery                            $0.00
                                                        -------
  TOTAL ESTIMATED CHARGES                                $63.00

No deposit is required. There is a less costly alternative: you may inspect
the agreements in person at our office at no charge.

You must respond to this statement in writing within 10 business days, by
October 30, 2026, stating that you (1) accept the estimated charges, (2)
wish to modify the request, or (3) have sent a complaint about the charges
to the Office of the Attorney General. If you do not respond in writing by
that date, your request will be considered automatically withdrawn under
section 552.2615(b).

Public Information Office
The University of Texas at Austin
"""
    html = '<html><body><pre style="font-family:Consolas,monospace;font-size:10pt">' + \
        plain.replace('&', '&amp;').replace('<', '&lt;') + '</pre></body></html>'
    b = boundary('034')
    body = multipart('alternative', [text_part(plain), text_part(html, 'html', force_qp=True)], b)
    hs = std('UT Austin Public Information <publicinfo@austin.utexas.edu>', 'records@quadledger.example.org',
             'Fri, 16 Oct 2026 09:00:12 -0500', 'Itemized Statement of Estimated Charges - 2026-PIR-01522',
             outlook_mid('034', 'namprd06'), extra=outlook_headers('034', 'Itemized Statement of Estimated Charges - 2026-PIR-01522'))
    save('034-utaustin-itemized-estimate.eml', hs, body)


def m035():
    # Procurement staffer hits reply-all on the FOIA officer's internal note; the desk is on cc. Body: "see attached".
    inner_mid = outlook_mid('035-internal', 'namprd17')
    pdf = make_pdf(['|LAKESHORE PROTECTIVE SERVICES, INC. - INVOICES TO CITY COLLEGES OF CHICAGO',
                    '|Contract 2023-0417   Batch 1 of 3: July 2023 - June 2024', '',
                    '|INV-24-0711  07/31/2023  Daley College         1,488.0 hrs   $41,961.60',
                    '|INV-24-0712  07/31/2023  Kennedy-King College  1,352.5 hrs   $38,140.50',
                    '|INV-24-0713  07/31/2023  District Office         744.0 hrs   $20,980.80',
                    '|...', '|[Stand-in for the 468-page batch.]'], title='Invoices batch 1')
    b1, b2 = boundary('035a'), boundary('035b')
    alt = multipart('alternative', [text_part('see attached\n'),
                                    text_part('<html><head></head><body><div style="font-family:Aptos,Calibri,sans-serif;font-size:12pt">see attached</div></body></html>', 'html')], b2)
    body = multipart('mixed', [alt, b64_part(pdf, 'application/pdf', 'Lakeshore invoices FY24 batch 1.pdf')], b1)
    hs = std('Vukovich, Lorraine <lvukovich@ccc.edu>', 'Ferreira, Marisol <mferreira@ccc.edu>',
             'Fri, 16 Oct 2026 16:52:47 +0000', 'RE: FOIA 26-212 - security vendor invoices', outlook_mid('035', 'namprd17'),
             cc='Quad Ledger Records Desk <records@quadledger.example.org>', irt=inner_mid, refs=inner_mid,
             extra=outlook_headers('035', 'FOIA 26-212 - security vendor invoices', has_attach=True))
    save('035-ccc-staffer-see-attached.eml', hs, body)


def m036():
    html = """<html><body style="font-family:Arial,sans-serif;max-width:620px">
<div style="background:#ba0c2f;color:#fff;padding:10px"><b>UGA Today</b> &middot; Monday, October 19, 2026</div>
<h2>Research expenditures reach a record high</h2>
<p>The University of Georgia's research and development spending topped $700 million last fiscal year, the Office of
Research announced. The Vice President for Research credited growth in agricultural and biomedical programs and new
federal awards.</p>
<h2>Homecoming week kicks off</h2>
<p>Parade, pep rally and the Dawg Walk &mdash; here is the full schedule.</p>
<h2>Open enrollment for 2027 benefits</h2>
<p>Faculty and staff can review plan changes through November 6.</p>
<p style="font-size:8pt;color:#888">UGA Today is published by the Division of Marketing &amp; Communications, University of
Georgia, Athens, GA 30602. <a href="https://news.uga.edu/unsubscribe?u=a72c">Unsubscribe</a></p>
</body></html>"""
    hs = std('UGA Today <ugatoday@uga.edu>', 'records@quadledger.example.org', 'Mon, 19 Oct 2026 06:30:00 -0400',
             'UGA Today: Research spending hits record; Homecoming week', '<20261019103000.5521.ugatoday@uga.edu>',
             extra=[('List-Unsubscribe', '<https://news.uga.edu/unsubscribe?u=a72c>'), ('Precedence', 'bulk')])
    save('036-uga-today-newsletter.eml', hs, text_part(html, 'html', force_qp=True))


def m037():
    # Exchange NDR: our answer to the ED clarification went to a mistyped address.
    b = boundary('037')
    our_mid = '<req-015.20261019.2@quadledger.example.org>'
    human = """Your message to jamal.reece@ed.gov couldn't be delivered.

jamal.reece wasn't found at ed.gov.

records         Office 365      jamal.reece
Action Required                 Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the
following:
- Retype the recipient's address, then resend the message.
- If the address is correct, contact the recipient by some other means.

Diagnostic information for administrators:
Generating server: DM6PR09MB4711.namprd09.prod.outlook.com
jamal.reece@ed.gov
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
not found by SMTP address lookup'
"""
    status = """Reporting-MTA: dns;DM6PR09MB4711.namprd09.prod.outlook.com
Received-From-MTA: dns;mail-sor-f41.google.com
Arrival-Date: Mon, 19 Oct 2026 20:40:52 +0000

Final-Recipient: rfc822;jamal.reece@ed.gov
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""
    orig = """From: Quad Ledger Records Desk <records@quadledger.example.org>
Reply-To: records+req-015@quadledger.example.org
To: "Reese, Jamal" <jamal.reece@ed.gov>
Subject: RE: FOIA 27-00012-F - clarification needed
Date: Mon, 19 Oct 2026 16:40:31 -0400
Message-ID: %s
In-Reply-To: %s
References: %s %s %s
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"

Mr. Reese,

Thanks for the call-out. Answers: (1) yes, posted agreements are fine, so
please search only for closure letters that are not posted; (2) only cases
resolved by a resolution agreement; (3) a list first would be welcome.

Teresa Quintanilla
Records Coordinator, The Quad Ledger
""" % (our_mid, outlook_mid('033', 'namprd09'), mid('REQ-015'), outlook_mid('028', 'namprd09'), outlook_mid('033', 'namprd09'))
    body = multipart('report', [
        text_part(human),
        'Content-Type: message/delivery-status\n\n' + status,
        'Content-Type: message/rfc822\n\n' + orig,
    ], b, params='; report-type=delivery-status')
    hs = std('Microsoft Outlook <postmaster@ed.gov>', 'records@quadledger.example.org',
             'Mon, 19 Oct 2026 20:41:03 +0000', 'Undeliverable: RE: FOIA 27-00012-F - clarification needed',
             '<f2c3e9a1-77b4-4c0d-9a51-3e0b6d2f8c41@DM6PR09MB4711.namprd09.prod.outlook.com>',
             irt=our_mid, refs=our_mid, extra=[('Auto-Submitted', 'auto-replied'),
                                              ('X-MS-Exchange-Message-Is-Ndr', '')])
    save('037-ed-ndr-clarification-reply.eml', hs, body)


def m038():
    inner = """<p>Dear Quad Ledger Records Desk:</p>
<p>Your public records request <b>R002987-091626</b> has been updated.</p>
<p>To view the update, please <a href="https://osu.govqa.us/WEBAPP/_rs/(S(x4q1m))/RequestLogin.aspx">log in to the Public
Records Center</a> and open My Request Center.</p>"""
    hs = std(OSU_PORTAL_FROM, 'records@quadledger.example.org', 'Wed, 21 Oct 2026 08:15:19 -0400',
             'Public Records Request :: R002987-091626 has been updated', '<9a4be1c07d2f4e8891c3f05b7e6a2d11@govqa.us>',
             extra=[('X-Mailer', 'GovQA Notification Service'), ('Auto-Submitted', 'auto-generated')])
    save('038-osu-govqa-updated-hazing.eml', hs, text_part(osu_portal_html(inner), 'html', force_qp=True))


def m039():
    txt = """Hello,

Re: PRR #26-4582 (drone detection systems at athletics venues)

Thank you for your request of October 13, 2026. The University has located
one purchase agreement for a drone detection system used at UCLA athletics
events and a vendor site assessment prepared for UCLA Police Department.

The University is withholding both records in their entirety. They describe
the locations, coverage and capabilities of security systems protecting
venues where large crowds gather, and are exempt from disclosure under
Government Code section 7929.210 (records assessing vulnerability to
terrorist attack or other criminal acts) and section 7923.600 (security
procedures of a local police agency). In addition, on the facts of this
request the public interest served by withholding the records clearly
outweighs the public interest served by disclosure (Gov. Code 7922.000).

This concludes the University's response to your request.

Denise Okafor
Public Records Analyst
Records Management & Information Practices
UCLA
""" + quote_outlook('REQ-017')
    hs = std('Okafor, Denise <dokafor@finance.ucla.edu>', 'Quad Ledger Records Desk <records+req-017@quadledger.example.org>',
             'Fri, 23 Oct 2026 11:00:08 -0700', 'RE: ' + subj('REQ-017'), outlook_mid('039'),
             irt=mid('REQ-017'), refs=mid('REQ-017'), cc='UCLA Public Records <publicrecords@finance.ucla.edu>',
             extra=outlook_headers('039', subj('REQ-017')))
    save('039-ucla-denial-drone-detection.eml', hs, text_part(txt))


def m040():
    seed = '040'
    plain = """Good afternoon,

This responds to your public records request received September 11, 2026,
assigned PRR-1187, for final investigation reports in each research
misconduct proceeding at the University of Florida that concluded between
January 1, 2020 and the present with a finding of research misconduct.

The Office of Research Integrity, Security & Compliance searched its case
files for the period. Every proceeding in that period either closed at the
inquiry stage or concluded without a finding of research misconduct, so no
final investigation report of the kind you describe exists. The University
therefore has no records responsive to your request.

We are closing PRR-1187. If you would like records of a different kind, such
as the annual reports the University files with the federal Office of
Research Integrity, please submit a new request.

Sincerely,

UF Public Records
Office of the Vice President and General Counsel
University of Florida
"""
    html = '<html><body style="font-family:Calibri,sans-serif;font-size:11pt">' + \
        ''.join('<p>%s</p>' % p.replace('\n', ' ') for p in plain.strip().split('\n\n')) + '</body></html>'
    b = boundary(seed)
    body = multipart('alternative', [text_part(plain + GROUP_FOOTER % outlook_mid(seed, 'namprd22').strip('<>')),
                                     text_part(html, 'html', force_qp=True)], b)
    hs = via_group('UF Public Records', 'publicrecords@ufl.edu', seed) + [
        ('To', 'Quad Ledger Records Desk <records@quadledger.example.org>'),
        ('Subject', 'Public Records Request PRR-1187 - Response'),
        ('Date', 'Fri, 23 Oct 2026 19:00:41 +0000'), ('Message-ID', outlook_mid(seed, 'namprd22'))]
    save('040-uf-no-records-via-group.eml', hs, body)


def build():
    for f in (m031, m032, m033, m034, m035, m036, m037, m038, m039, m040):
        f()


if __name__ == '__main__':
    build()
