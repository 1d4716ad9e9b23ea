"""Messages 041-050."""
from gen_common import *

OGIS = ("You may contact the Office of Government Information Services (OGIS) at the National Archives and\n"
        "Records Administration, 8601 Adelphi Road - OGIS, College Park, MD 20740-6001; ogis@nara.gov;\n"
        "202-741-5770, for mediation services. Using OGIS does not affect your right to appeal.\n")

def build():
    out = []
    # 041 TVA rolling release, HTML only, secure link
    html = """<html><body style="font-family:Segoe UI,Arial;font-size:10.5pt">
<p>Dear Requester,</p>
<p>TVA is making a first, partial release of records responsive to FOIA No. <b>26-0417</b> (groundwater monitoring reports, Kingston and Bull Run).</p>
<p>This release contains 63 annual and semiannual groundwater monitoring reports for the Kingston Fossil Plant, 2022 through 2025, released in full.
The files are available for 30 days at the secure link below:</p>
<p><a href="https://tva.app.box.com/s/k9x2mq7vdl0wz">https://tva.app.box.com/s/k9x2mq7vdl0wz</a></p>
<p>Reports for Bull Run and the contractor correspondence are still being reviewed and will follow in a later release.</p>
<p>TVA FOIA Office<br>foia@tva.gov</p></body></html>"""
    out.append(('041-tva-interim-link.eml', finish([
        ('From', 'TVA FOIA <foia@tva.gov>'), ('To', plus('REQ-001')),
        ('Subject', 'FOIA 26-0417 - Partial Release 1'), ('Date', date_hdr('2026-11-12 10:30')),
        ('Message-ID', mid('041', 'tva.gov'))], text(html, 'html')),
        fact('041-tva-interim-link.eml', 'REQ-001', 'records_interim', '26-0417', signals=['plus', 'tracking'],
             why='TVA first partial release (Kingston reports) via secure link; Bull Run and correspondence to follow',
             note='rolling release by download link, HTML only | modeled on TVA/Box secure-file releases')))

    # 042 TVA administrative closure for non-response to the fee letter -> other
    body = text("""Hello,

On October 14 I wrote about the estimated $96.00 fee for FOIA 26-0431
(large-load and data center power supply agreements) and asked you to
confirm that you'd pay it or narrow the request. I haven't received a
response, so I've administratively closed the request as of today.

If you're still interested, just reply to this email or submit a new request
and reference 26-0431 - we can pick up from the search that has already been
done.

Jenna Branson
FOIA Specialist | Tennessee Valley Authority
""")
    out.append(('042-tva-closure-nonresponse.eml', finish([
        ('From', 'Branson, Jenna M <jmbranson@tva.gov>'), ('To', INBOX),
        ('Subject', 'RE: TVA FOIA 26-0431 (data center load agreements)'), ('Date', date_hdr('2026-11-16 09:05')),
        ('Message-ID', mid('042', 'tva.gov')), ('In-Reply-To', mid('027', 'tva.gov')),
        ('References', mid('009', 'tva.gov') + ' ' + mid('027', 'tva.gov'))], body),
        fact('042-tva-closure-nonresponse.eml', 'REQ-007', 'other', '26-0431', signals=['tracking', 'thread', 'subject'],
             why='TVA closes 26-0431 administratively because we did not answer the fee letter; no records decision, no appeal rights',
             note='closure for non-response (not a denial on the merits) | modeled on federal administrative-closure emails')))

    # 043 Board interim release with withholdings
    body = text(f"""Re: FOIA Request No. F-2026-00531

Dear Records Desk:

This is an interim response to your request for Board reviews of the Federal
Reserve Bank of Richmond. Staff have located 11 documents (146 pages) that
are responsive to the first part of your request. Of these, 4 documents are
released in full and 7 are released in part. Information has been withheld
under FOIA Exemption 5 (deliberative process) and Exemption 8 (records
related to the examination, operating or condition reports of financial
institutions), and employee names below the officer level under Exemption 6.

The Board continues to search for and review records responsive to the
remainder of your request and will release them when that review is
complete. Your appeal rights will be described in our final response.

Freedom of Information Office
Board of Governors of the Federal Reserve System
""")
    out.append(('043-frb-board-interim.eml', finish([
        ('From', 'FOIA Office <foia-requests@frb.gov>'), ('To', plus('REQ-011')),
        ('Subject', 'FOIA Request No. F-2026-00531 - Interim Response'), ('Date', date_hdr('2026-11-17 15:30')),
        ('Message-ID', mid('043', 'frb.gov'))], mixed(body,
                 txt_attachment('F-2026-00531_Interim_Release_1_index.txt',
                                'Doc 1  RBOPS review memo, FRB Richmond cash operations (2024)  RIP b5 b6\nDoc 2  Operations review summary (2024)  RIF\n'))),
        fact('043-frb-board-interim.eml', 'REQ-011', 'records_interim', 'F-2026-00531', signals=['plus', 'tracking'],
             why='Board releases 146 pages in full/part (Exemptions 5, 6, 8) and continues processing the remainder',
             note='interim release with an attached document index; same Board address as the referred REQ-004 | modeled on Federal Reserve Board interim letters')))

    # 044 Amtrak first installment after fee agreement
    body = text("""Dear Records Desk,

Thank you for agreeing on October 23 to accept the fleet availability data in
native format and to pay fees of up to $150. This is the first installment
of records responsive to FOIA-2026-00342.

Enclosed via the link below are the NextGen Acela daily fleet availability
spreadsheets for January 2025 through September 2026 (released in full) and
the first 480 pages of defect reports. Portions of the defect reports have
been withheld under Exemption 4 to protect the manufacturer's confidential
commercial information.

We expect to send the remaining defect reports and warranty correspondence
in a second installment. An invoice will be sent with the final installment.

Download (expires in 14 days): https://amtrak.sharefile.com/d-s8f0a2c71e

Amtrak FOIA Office
""")
    out.append(('044-amtrak-interim-acela.eml', finish([
        ('From', 'FOIA Requests <foiarequests@amtrak.com>'), ('To', plus('REQ-003')),
        ('Subject', 'FOIA-2026-00342 - First Installment'), ('Date', date_hdr('2026-11-19 11:40')),
        ('Message-ID', mid('044', 'amtrak.com'))], body),
        fact('044-amtrak-interim-acela.eml', 'REQ-003', 'records_interim', 'FOIA-2026-00342', signals=['plus', 'tracking'],
             why='Amtrak first installment (spreadsheets in full, defect reports in part under Ex. 4); second installment to follow',
             note='rolling release after a fee agreement; mentions fees but is not a fee estimate | modeled on Amtrak installment letters')))

    # 045 Board no-records response to the referred request (REQ-004)
    body = text("""Re: FOIA Request No. F-2026-00547

Dear Records Desk:

This responds to your request, referred to the Board by the Federal Reserve
Bank of Richmond, for records concerning the consolidation of the Baltimore
Branch's cash operations.

Board staff searched the records of the Division of Reserve Bank Operations
and Payment Systems and the Office of the Secretary and located no records
responsive to your request. Decisions about the location of a Reserve Bank's
cash processing are made by the Reserve Bank, and its operating records are
not Board records under 12 CFR 261.2.

You may appeal this response by writing to the Board's Freedom of Information
Office within 90 days of the date of this letter. Please mark the envelope or
email subject line "Freedom of Information Act Appeal".

""" + OGIS + """
Freedom of Information Office
Board of Governors of the Federal Reserve System
""")
    out.append(('045-frb-board-no-records-referred.eml', finish([
        ('From', 'FOIA Office <foia-requests@frb.gov>'), ('To', INBOX),
        ('Subject', 'Response to FOIA Request No. F-2026-00547'), ('Date', date_hdr('2026-11-23 16:00')),
        ('Message-ID', mid('045', 'frb.gov'))], body),
        fact('045-frb-board-no-records-referred.eml', 'REQ-004', 'no_records', 'F-2026-00547', adverse=True,
             signals=['tracking', 'subject'],
             why='Board finds no responsive Board records for the referred Baltimore cash request; Reserve Bank records are not Board records',
             note='no-records response from the referee body with appeal rights and OGIS paragraph; Nov 23 + 90 = Sun Feb 21, rolls to Feb 22 | modeled on Federal Reserve Board no-records letters')))

    # 046 USPS final response (PDF letter) for REQ-002
    lines = ['UNITED STATES POSTAL SERVICE', 'Privacy and Records Management Office', '475 L\'Enfant Plaza SW, Washington, DC 20260', '',
             'November 30, 2026', '', 'Records Desk', 'records.example.org', '',
             'RE: FOIA Case No. 2026-FPRO-02716', '',
             'Dear Requester:', '',
             'This is the final response to your Freedom of Information Act request, as clarified on October 2, 2026,',
             'for daily mail condition reports, delayed-mail summaries and related correspondence for the Atlanta',
             '(Palmetto) Regional Processing and Distribution Center from January 1, 2025 to the present.', '',
             'With this letter we are releasing an additional 655 pages through your PAL account. Names and',
             'employee identification numbers were withheld under FOIA Exemption 6. Portions of two internal',
             'network operations briefings were withheld under Exemption 3, 5 U.S.C. 552(b)(3), in conjunction',
             'with 39 U.S.C. 410(c)(2) (commercial information not disclosed under good business practice), and',
             'under Exemption 5 (deliberative process).', '',
             'You have the right to appeal this response. An appeal must be received within 90 days of the date',
             'of this letter and should be addressed to the General Counsel, U.S. Postal Service, 475 L\'Enfant',
             'Plaza SW, Washington, DC 20260-1101, or sent through the PAL. See 39 CFR 265.8.', '',
             'You may also seek assistance from the USPS FOIA Public Liaison or from the Office of Government',
             'Information Services (OGIS), ogis@nara.gov, 202-741-5770.', '',
             'Sincerely,', '', 'Darnell K. Whitmore', 'FOIA Analyst']
    body = mixed(text("Please see the attached final response.\n"),
                 pdf_part('2026-FPRO-02716_Final_Response.pdf', lines, 'Final Response'))
    out.append(('046-usps-final-pdf.eml', finish([
        ('From', 'USPS FOIA <foia@usps.gov>'), ('To', plus('REQ-002')),
        ('Subject', 'Final Response'), ('Date', date_hdr('2026-11-30 14:00', -5)),
        ('Message-ID', mid('046', 'usps.gov'))], body),
        fact('046-usps-final-pdf.eml', 'REQ-002', 'records_final', '2026-FPRO-02716', adverse=True,
             signals=['plus', 'tracking-filename', 'tracking-attachment'],
             why='USPS final release of 655 pages with Exemption 6, Exemption 3/39 U.S.C. 410(c)(2) and Exemption 5 withholdings; appeal to General Counsel',
             note='final letter only in PDF with a bare "Final Response" subject; Nov 30 + 90 = Sun Feb 28, rolls to Mar 1 | modeled on USPS final response letters (39 CFR 265.8 appeals)')))

    # 047 FDIC no-records response, HTML only
    html = """<html><body style="font-family:Calibri,Arial;font-size:11pt">
<p><b>Re: FDIC-FOIA-2026-001104</b></p>
<p>Dear Requester:</p>
<p>This is the final response to your request for Office of Professional Conduct (OPC) case statistics and tracking reports for 2024 through 2026.</p>
<p>The FDIC conducted a search of the records of the Office of Professional Conduct and the Division of Administration reasonably calculated to locate
responsive records. The search did not locate any records responsive to your request. OPC does not prepare periodic statistical or tracking reports,
and FOIA does not require an agency to create records in response to a request.</p>
<p>If you consider this response to be an adverse determination, you may file an appeal with the FDIC's General Counsel. Your appeal must be
postmarked or electronically transmitted within 90 days of the date of this response.</p>
<p>You may also seek dispute resolution services from the FDIC FOIA Public Liaison or from the Office of Government Information Services (OGIS)
at ogis@nara.gov.</p>
<p>FDIC FOIA/Privacy Act Group</p></body></html>"""
    out.append(('047-fdic-no-records-html.eml', finish([
        ('From', 'FDIC FOIA <efoia@fdic.gov>'), ('To', plus('REQ-013')),
        ('Subject', 'Final Response: FDIC-FOIA-2026-001104'), ('Date', date_hdr('2026-12-02 11:10')),
        ('Message-ID', mid('047', 'fdic.gov'))], text(html, 'html')),
        fact('047-fdic-no-records-html.eml', 'REQ-013', 'no_records', 'FDIC-FOIA-2026-001104', adverse=True,
             signals=['plus', 'tracking'],
             why='FDIC search located no OPC statistics or tracking reports; appeal within 90 days',
             note='HTML-only no-records letter with "does not require creating records" wording | modeled on FDIC final responses')))

    # 048 FDIC denial in full (PDF), number in attachment name and text only
    lines = ['FEDERAL DEPOSIT INSURANCE CORPORATION', 'Legal Division - FOIA/Privacy Act Group', '550 17th Street NW, Washington, DC 20429', '',
             'December 4, 2026', '', 'Re: FDIC-FOIA-2026-000912', '', 'Dear Requester:', '',
             'This responds to your request for supervisory and resolution records concerning Republic First Bank,',
             'Philadelphia, Pennsylvania, for 2022 through 2024.', '',
             'The FDIC located reports of examination, supervisory correspondence, problem-bank memoranda and',
             'resolution planning records responsive to your request. These records are withheld in full under',
             'FOIA Exemption 8, 5 U.S.C. 552(b)(8), which protects matters contained in or related to examination,',
             'operating or condition reports prepared by, on behalf of, or for the use of an agency responsible',
             'for the regulation or supervision of financial institutions. Portions are also protected by',
             'Exemptions 4 and 5. We reviewed the records for reasonably segregable, non-exempt information and',
             'found none that could be released. We reasonably foresee that disclosure would harm interests',
             'protected by these exemptions.', '',
             'The FDIC Office of Inspector General\'s report on the failure of the bank and the bid summary are',
             'publicly available on fdic.gov.', '',
             'You may appeal this determination by writing to the FDIC General Counsel within 90 days of the',
             'date of this letter, as provided in 12 CFR 309.5. You may also contact our FOIA Public Liaison or',
             'OGIS (ogis@nara.gov; 202-741-5770) for dispute resolution services.', '',
             'Sincerely,', '', 'Supervisory Government Information Specialist', 'FDIC FOIA/Privacy Act Group']
    body = mixed(text("Attached is the FDIC's response to your Freedom of Information Act request.\n\nFDIC FOIA/Privacy Act Group\n"),
                 pdf_part('FDIC-FOIA-2026-000912_Response.pdf', lines, 'Response'))
    out.append(('048-fdic-denial-pdf.eml', finish([
        ('From', 'FDIC FOIA <efoia@fdic.gov>'), ('To', plus('REQ-005')),
        ('Subject', 'FDIC FOIA Response'), ('Date', date_hdr('2026-12-04 17:20')),
        ('Message-ID', mid('048', 'fdic.gov'))], body),
        fact('048-fdic-denial-pdf.eml', 'REQ-005', 'denial', 'FDIC-FOIA-2026-000912', adverse=True,
             signals=['plus', 'tracking-filename', 'tracking-attachment'],
             why='FDIC withholds all Republic First supervisory/resolution records in full (Exemption 8, also 4 and 5); appeal within 90 days',
             note='full denial only in PDF; generic subject; number in file name and letter | modeled on FDIC Exemption 8 denial letters')))

    # 049 Amtrak analyst out-of-office
    body = text("""Thank you for your message. I am out of the office and will return on Monday,
December 14. During my absence, please contact the FOIA Office at
foiarequests@amtrak.com or 202-906-3741.

Priya Nandakumar
FOIA Analyst | Amtrak Law Department
""")
    out.append(('049-amtrak-out-of-office.eml', finish([
        ('From', 'Nandakumar, Priya <Priya.Nandakumar@amtrak.com>'), ('To', plus('REQ-012')),
        ('Subject', 'Automatic reply: Status of FOIA-2026-00391'), ('Date', date_hdr('2026-12-08 09:50')),
        ('Message-ID', mid('049', 'amtrak.com')), ('In-Reply-To', '<req-012.20261208.2@records.example.org>'),
        ('References', '<req-012.20261005.1@records.example.org> <req-012.20261208.2@records.example.org>'),
        ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')], body),
        fact('049-amtrak-out-of-office.eml', 'REQ-012', 'auto_reply', 'FOIA-2026-00391', signals=['thread', 'plus', 'tracking'],
             why='Amtrak analyst out-of-office reply to our status inquiry',
             note='out-of-office reply from an analyst who handled the other Amtrak request (REQ-003); thread and subject place it | modeled on Exchange automatic replies')))

    # 050 USPS second and final release for REQ-008
    body = text("""Dear Records Desk:

This is the final response to FOIA request 2026-FPRO-02904 (NGDV charging
infrastructure contracts and task orders).

We have completed our review of the remaining 18 task orders and are
releasing 301 pages in part through your PAL account. As in our interim
response, unit pricing, site installation schedules and supplier rate tables
have been withheld under Exemption 3 in conjunction with 39 U.S.C. 410(c)(2),
and supplier proprietary technical data under Exemption 4. Personal contact
information of contractor staff has been withheld under Exemption 6.

You may appeal this decision within 90 days of the date of this response by
writing to the General Counsel, United States Postal Service, 475 L'Enfant
Plaza SW, Washington, DC 20260-1101, or through the PAL. You may also contact
the USPS FOIA Public Liaison or OGIS for assistance.

USPS FOIA Requester Service Center
""")
    out.append(('050-usps-final-ngdv.eml', finish([
        ('From', 'USPS FOIA <foia@usps.gov>'), ('To', plus('REQ-008')),
        ('Subject', 'Final Response - FOIA 2026-FPRO-02904'), ('Date', date_hdr('2026-12-09 13:30')),
        ('Message-ID', mid('050', 'usps.gov'))], body),
        fact('050-usps-final-ngdv.eml', 'REQ-008', 'records_final', '2026-FPRO-02904', adverse=True,
             signals=['plus', 'tracking'],
             why='USPS final release in part with 410(c)(2)/Ex. 3, Ex. 4 and Ex. 6 withholdings; appeal within 90 days',
             note='final partial release citing the Postal Service exemption | modeled on USPS final letters')))
    return out
