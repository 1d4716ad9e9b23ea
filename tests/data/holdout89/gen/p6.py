"""Messages 051-057."""
from gen_common import *

def build():
    out = []
    # 051 GAO denial of engagement documentation
    body = text("""Records Desk,

This responds to request RR-26-0128 for the documentation of GAO's review of
air traffic controller staffing (GAO-25-107120).

GAO has decided not to make the engagement documentation available. Under
4 CFR 81.6, GAO does not disclose records whose release would interfere with
its audit and evaluation functions, including workpapers and other records
prepared in the course of an engagement, or information GAO obtained from
another agency that the agency could itself withhold. Much of the
documentation consists of Federal Aviation Administration staffing models and
facility data; you may request those records directly from the FAA under the
Freedom of Information Act.

The published report and its appendices remain available on gao.gov.

If you disagree with this decision, you may ask GAO to reconsider it by
writing to the Records Request Team; please explain why you believe the
records should be made available.

Records Request Team
U.S. Government Accountability Office
""")
    out.append(('051-gao-denial-workpapers.eml', finish([
        ('From', 'GAO Records Request <recordsrequest@gao.gov>'), ('To', plus('REQ-010')),
        ('Subject', 'RR-26-0128 - Decision'), ('Date', date_hdr('2026-12-11 15:45')),
        ('Message-ID', mid('051', 'gao.gov')), ('In-Reply-To', mid('038', 'gao.gov')),
        ('References', mid('022', 'gao.gov') + ' ' + mid('038', 'gao.gov'))], body),
        fact('051-gao-denial-workpapers.eml', 'REQ-010', 'denial', 'RR-26-0128', adverse=True,
             signals=['plus', 'tracking'],
             why='GAO withholds all engagement documentation under 4 CFR 81.6 and points to FAA for its records; reconsideration offered',
             note='denial under GAO\'s own access regulation, no FOIA appeal language; US appeal rule applied mechanically | modeled on GAO records decisions')))

    # 052 Amtrak final release for the APD request, earlier than estimated
    body = text("""Re: FOIA-2026-00391

Dear Records Desk:

Amtrak has completed processing of your request for Amtrak Police Department
use-of-force reports and reviews for 2024 through 2026, ahead of the date we
estimated.

The APD located 87 use-of-force reports and 12 supervisory review memoranda
(392 pages). They are released in part. We withheld names, badge numbers and
other identifying information of officers, subjects and witnesses under
Exemptions 6 and 7(C), and law enforcement techniques and procedures under
Exemption 7(E). Body-worn camera video is not included; those recordings are
the subject of a separate review and may be requested separately.

You may appeal this response within 90 calendar days of the date of this
letter by writing to the Amtrak FOIA Appeals Officer at
foiarequests@amtrak.com with "FOIA Appeal" in the subject line. You may also
contact our FOIA Public Liaison or OGIS (ogis@nara.gov; 202-741-5770).

Amtrak FOIA Office
""")
    out.append(('052-amtrak-final-apd.eml', finish([
        ('From', 'FOIA Requests <foiarequests@amtrak.com>'), ('To', plus('REQ-012')),
        ('Subject', 'FOIA-2026-00391 Final Response'), ('Date', date_hdr('2026-12-15 10:25')),
        ('Message-ID', mid('052', 'amtrak.com'))], body),
        fact('052-amtrak-final-apd.eml', 'REQ-012', 'records_final', 'FOIA-2026-00391', adverse=True,
             signals=['plus', 'tracking'],
             why='Amtrak final release in part of APD use-of-force reports (Ex. 6, 7(C), 7(E)); appeal within 90 days',
             note='final response earlier than the estimated date; mentions a separate video review (not a referral) | modeled on Amtrak final response letters')))

    # 053 TVA final release, multipart/alternative
    plain = """Dear Requester:

This is TVA's final response to FOIA No. 26-0417 for groundwater monitoring
reports for the Kingston and Bull Run coal combustion residual units.

In addition to the 63 Kingston reports released on November 12, we are
releasing 41 Bull Run reports and 126 pages of correspondence with TVA's
environmental contractors. We withheld portions of the contractors'
laboratory method descriptions and pricing under Exemption 4, draft
interpretations of monitoring results under Exemption 5, and the personal
telephone numbers of contractor staff under Exemption 6.

You may appeal this response to TVA's FOIA Appeals Official within 90 days of
the date of this letter. Appeals should be marked "FOIA Appeal" and sent to
foia@tva.gov or to TVA FOIA Appeals Official, 400 West Summit Hill Drive,
WT 7D, Knoxville, TN 37902.

You may seek dispute resolution services from TVA's FOIA Public Liaison or
from OGIS, ogis@nara.gov, 202-741-5770.

TVA FOIA Office
"""
    html = "<html><body style='font-family:Segoe UI,Arial'>" + "".join(
        f"<p>{p.replace(chr(10), ' ')}</p>" for p in plain.strip().split("\n\n")) + \
        "<p><a href='https://tva.app.box.com/s/r4w7zq1b8c2ne'>Download release 2</a></p></body></html>"
    out.append(('053-tva-final-alt.eml', finish([
        ('From', 'TVA FOIA <foia@tva.gov>'), ('To', plus('REQ-001')),
        ('Subject', 'FOIA 26-0417 - Final Response'), ('Date', date_hdr('2026-12-18 14:00')),
        ('Message-ID', mid('053', 'tva.gov'))], alt(plain, html)),
        fact('053-tva-final-alt.eml', 'REQ-001', 'records_final', '26-0417', adverse=True,
             signals=['plus', 'tracking'],
             why='TVA final release (Bull Run reports, contractor correspondence) with Ex. 4, 5, 6 withholdings; appeal within 90 days',
             note='final rolling-release letter, multipart/alternative | modeled on TVA final response letters')))

    # 054 GAO full release for REQ-014
    body = text("""Records Desk,

We have completed our response to request RR-26-0151. Attached or linked
below are:

  - GAO Order on workplace flexibilities and telework (current version and
    the 2024 version it replaced);
  - two headquarters space utilization studies (2024 and 2025); and
  - the headquarters building lease and occupancy agreements with tenant
    agencies, with amendments.

All records are provided in full. There is no charge for this request.

Records Request Team
U.S. Government Accountability Office
""")
    out.append(('054-gao-final-telework.eml', finish([
        ('From', 'GAO Records Request <recordsrequest@gao.gov>'), ('To', plus('REQ-014')),
        ('Subject', 'RR-26-0151 - Records'), ('Date', date_hdr('2026-12-21 11:00')),
        ('Message-ID', mid('054', 'gao.gov'))],
        mixed(body, txt_attachment('RR-26-0151_links.txt',
              'https://www.gao.gov/records-request/rr-26-0151/telework-order.pdf\nhttps://www.gao.gov/records-request/rr-26-0151/space-studies.zip\n'))),
        fact('054-gao-final-telework.eml', 'REQ-014', 'records_final', 'RR-26-0151', adverse=False,
             signals=['plus', 'tracking'],
             why='GAO releases telework orders, space studies and lease records in full, no charge',
             note='full release with no withholdings (no appeal_due) | modeled on GAO records-request releases')))

    # 055 Board final release, multipart/alternative
    plain = """Re: FOIA Request No. F-2026-00531

Dear Records Desk:

This is the final response to your request for Board oversight reviews of
the Federal Reserve Bank of Richmond, 2024 to the present.

Staff located 9 additional documents (212 pages). 2 are released in full, 6
in part, and 1 (an operations examination report) is withheld in full.
Information was withheld under Exemptions 5, 6 and 8, as described in our
November 17 interim response. In total the Board has processed 20 documents.

You may appeal this response within 90 days of the date of this letter by
writing to the Board's Freedom of Information Office. For further assistance
you may contact the Board's FOIA Public Liaison at (202) 452-3684 or the
Office of Government Information Services at ogis@nara.gov.

Freedom of Information Office
Board of Governors of the Federal Reserve System
"""
    html = "<html><body>" + "".join(f"<p>{p.replace(chr(10), ' ')}</p>" for p in plain.strip().split("\n\n")) + "</body></html>"
    out.append(('055-frb-board-final.eml', finish([
        ('From', 'FOIA Office <foia-requests@frb.gov>'), ('To', plus('REQ-011')),
        ('Subject', 'FOIA Request No. F-2026-00531 - Final Response'), ('Date', date_hdr('2026-12-22 16:10')),
        ('Message-ID', mid('055', 'frb.gov'))], alt(plain, html)),
        fact('055-frb-board-final.eml', 'REQ-011', 'records_final', 'F-2026-00531', adverse=True,
             signals=['plus', 'tracking'],
             why='Board final release with one document withheld in full and others in part (Ex. 5, 6, 8); appeal within 90 days',
             note='final response withholding one document in full, multipart/alternative | modeled on Federal Reserve Board final letters')))

    # 056 AOC answers our question about appeals -> other
    body = text("""Good morning,

Thanks for your note asking how to appeal our October 28 response on
AOC-RR-26-041. Because the AOC is not subject to FOIA, there is no
administrative appeal process of the kind executive branch agencies have.
If you'd like us to take another look at the withheld categories, you're
welcome to write to me with any narrowing you're willing to consider - for
example, change-order totals without the contractor's line-item pricing -
and I'll discuss it with the project office.

Karen Oyelaran
Senior Counsel, Office of the General Counsel
Architect of the Capitol
""")
    out.append(('056-aoc-no-appeal-process.eml', finish([
        ('From', 'Oyelaran, Karen <Karen.Oyelaran@aoc.gov>'), ('To', plus('REQ-006')),
        ('Subject', 'RE: AOC-RR-26-041 - appeal?'), ('Date', date_hdr('2027-01-06 10:00')),
        ('Message-ID', mid('056', 'aoc.gov')), ('In-Reply-To', '<req-006.20270105.4@records.example.org>'),
        ('References', '<req-006.20260917.1@records.example.org> <req-006.20270105.4@records.example.org>'),
        *outlook_hdrs('056', 'AOC-RR-26-041 - appeal?')], body),
        fact('056-aoc-no-appeal-process.eml', 'REQ-006', 'other', 'AOC-RR-26-041', signals=['thread', 'plus', 'tracking'],
             why='AOC explains there is no administrative appeal and invites an informal narrowed re-ask; no new determination',
             note='human answer to our question after the final response | modeled on AOC counsel correspondence')))

    # 057 Amtrak second and final installment for REQ-003
    body = text("""Dear Records Desk,

This is the second and final installment for FOIA-2026-00342 (NextGen Acela
defect, warranty and fleet availability records).

We are releasing the remaining 1,214 pages of defect reports and 88 pages of
warranty correspondence with the manufacturer. Portions were withheld under
Exemption 4 (confidential commercial information of the manufacturer) and
Exemption 5 (attorney-client privileged legal advice about warranty claims).
The invoice for duplication is attached; the amount due is $87.40, below the
$150 you agreed to pay.

You may appeal this response within 90 calendar days by writing to the
Amtrak FOIA Appeals Officer at foiarequests@amtrak.com with "FOIA Appeal" in
the subject line. You may also contact OGIS at ogis@nara.gov.

Amtrak FOIA Office

Download (expires in 14 days): https://amtrak.sharefile.com/d-s1c9e44b02
""")
    out.append(('057-amtrak-final-acela.eml', finish([
        ('From', 'FOIA Requests <foiarequests@amtrak.com>'), ('To', plus('REQ-003')),
        ('Subject', 'FOIA-2026-00342 - Final Installment'), ('Date', date_hdr('2027-01-12 11:40')),
        ('Message-ID', mid('057', 'amtrak.com'))],
        mixed(body, pdf_part('Invoice_FOIA-2026-00342.pdf', ['National Railroad Passenger Corporation', 'FOIA Invoice', '',
              'Request: FOIA-2026-00342', 'Duplication (native files and 1,302 pages)  $87.40', 'Amount due: $87.40'], 'Invoice'))),
        fact('057-amtrak-final-acela.eml', 'REQ-003', 'records_final', 'FOIA-2026-00342', adverse=True,
             signals=['plus', 'tracking'],
             why='Amtrak second and final installment with Ex. 4 and 5 withholdings and an invoice; appeal within 90 days',
             note='final release carrying an invoice (an amount due is not a fee estimate) | modeled on Amtrak final installment letters')))
    return out
