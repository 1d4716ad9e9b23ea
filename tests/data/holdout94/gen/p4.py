"""Messages 031-040."""
from gen_common import *

def ggroup(sender_name, sender, seed):
    """headers added by the Google Group collaborative inbox records@records.example.org"""
    return [('From', f'"{sender_name} via Records Desk" <records@records.example.org>'),
            ('Reply-To', f'{sender_name} <{sender}>'), ('X-Original-Sender', sender),
            ('X-Original-Authentication-Results', f'mx.google.com; spf=pass smtp.mailfrom={sender}'),
            ('Mailing-list', 'list records@records.example.org; contact records+owners@records.example.org'),
            ('List-Id', '<records.records.example.org>'), ('Precedence', 'list'),
            ('X-Google-Group-Id', '418806652213')]

def build():
    out = []
    # 031 Hinds ack for second request
    body = text("""Records Desk:

Hinds County acknowledges receipt of your public records request dated
October 7, 2026 for the jail medical services contract and monthly staffing
reports for the Raymond Detention Center. It has been logged as PRR-2026-131.

The County will respond within seven (7) working days as required by Miss.
Code Ann. 25-61-5.

Hinds County Public Records Office
""")
    out.append(('031-hinds-ack-2.eml', finish([
        ('From', 'Hinds County Public Records <publicrecords@hindscountyms.com>'), ('To', plus('REQ-015')),
        ('Subject', 'PRR-2026-131 - Acknowledgment'), ('Date', ct('2026-10-07 13:20')),
        ('Message-ID', mid('031', 'hindscountyms.com'))], body),
        fact('031-hinds-ack-2.eml', 'REQ-015', 'acknowledgment', 'PRR-2026-131', clock='received_on_sent_date',
             signals=['plus', 'tracking-new', 'subject'],
             why='Hinds acknowledges the medical contract/staffing request dated Oct 7 as PRR-2026-131; MS 7 working days',
             note='second request to the same county, same template; only topic and plus address tell them apart | modeled on Mississippi county acknowledgments')))

    # 032 EBRSO pickup fee via Google Group
    r = req('REQ-011')
    body = text("""Thank you for your clarification (current Securus Technologies agreement and
amendments; commission statements for fiscal years 2024 through 2026).

The responsive records have been copied and are ready to be picked up at the
Sheriff's Office Legal Services Division, 8900 Jimmy Wedell Drive, Baton
Rouge, between 8:30 a.m. and 4:00 p.m., Monday through Friday.

  Securus agreement and 3 amendments ........ 41 pages
  Commission statements FY2024-FY2026 ....... 36 pages
  77 pages at $1.00 per page ................ $77.00

Payment is due in person when the records are picked up, by cash, money order
or check payable to East Baton Rouge Parish Sheriff's Office. Records will be
held for 30 days.

Legal Services Division
East Baton Rouge Parish Sheriff's Office
""")
    out.append(('032-ebrso-pickup-via-group.eml', finish([
        *ggroup('EBRSO Legal', 'legal@ebrso.org', '032'), ('To', 'Records Desk <records@records.example.org>'),
        ('Subject', 'Re: ' + r['subject']), ('Date', ct('2026-10-08 10:40')),
        ('Message-ID', mid('032', 'ebrso.org')), ('In-Reply-To', '<req-011.20261005.4@records.example.org>'),
        ('References', r['message_id'] + ' ' + mid('016', 'ebrso.org') + ' <req-011.20261005.4@records.example.org>')], body),
        fact('032-ebrso-pickup-via-group.eml', 'REQ-011', 'fee_estimate', signals=['thread', 'subject'],
             why='EBRSO: records ready for pickup, $77.00 payable in person at Legal Services; held 30 days',
             note='Google Group collaborative inbox delivery ("via Records Desk", X-Original-Sender); pickup-and-pay letter | modeled on Louisiana sheriff legal divisions charging $1/page at pickup')))

    # 033 FCSO needs more time (GA: no table extension)
    r = req('REQ-001')
    body = text("""FCSO-ORR-26-0917

Good afternoon,

We are still compiling records responsive to your request. Several of the
death files are being reviewed with the County Attorney's office because of
pending litigation and GBI investigations. We will need additional time
beyond the October 9 date in our earlier letter and now expect to complete
production by November 6, 2026. If we can release some records sooner we
will do so.

Open Records Unit
Fulton County Sheriff's Office
""")
    out.append(('033-fcso-more-time.eml', finish([
        ('From', 'FCSO Open Records <openrecords@fcsoga.org>'), ('To', plus('REQ-001')),
        ('Subject', 'RE: ' + r['subject']), ('Date', date_hdr('2026-10-08 15:00')),
        ('Message-ID', mid('033', 'fcsoga.org')), ('In-Reply-To', mid('004', 'fcsoga.org')),
        ('References', r['message_id'] + ' ' + mid('004', 'fcsoga.org')), *outlook_hdrs('033', r['subject'])], body),
        fact('033-fcso-more-time.eml', 'REQ-001', 'extension', 'FCSO-ORR-26-0917', clock='extension', estimated='2026-11-06',
             signals=['thread', 'plus', 'tracking'],
             why='FCSO moves production from Oct 9 to Nov 6; GA table has no extension days so no due, estimated only',
             note='informal "need more time" with a new date under a law with no extension provision | modeled on Georgia sheriff follow-up timelines')))

    # 034 FCSO no records (restraint chair)
    r = req('REQ-014')
    body = text("""Re: FCSO ORR 26-1042

The Fulton County Sheriff's Office has completed its search for records
responsive to your request for restraint chair and use-of-force logs at the
Fulton County Jail, June 2025 - August 2026.

The Jail Division and the Office of Professional Standards have no records
responsive to your request. The Sheriff's Office does not maintain a
restraint chair log or a separate use-of-force log for the Jail. Restraint
devices and uses of force are documented in individual incident reports,
which are not indexed as a log. The Open Records Act does not require the
Sheriff's Office to create a record that does not exist (O.C.G.A.
50-18-71(j)).

You may submit a new request for specific incident reports by date, inmate
name or incident number.

Open Records Unit
Fulton County Sheriff's Office
""")
    out.append(('034-fcso-no-records.eml', finish([
        ('From', 'FCSO Open Records <openrecords@fcsoga.org>'), ('To', plus('REQ-014')),
        ('Subject', 'RE: ' + r['subject']), ('Date', date_hdr('2026-10-09 09:20')),
        ('Message-ID', mid('034', 'fcsoga.org')), ('In-Reply-To', mid('030', 'fcsoga.org')),
        ('References', r['message_id'] + ' ' + mid('030', 'fcsoga.org')), *outlook_hdrs('034', r['subject'])], body),
        fact('034-fcso-no-records.eml', 'REQ-014', 'no_records', 'FCSO ORR 26-1042', adverse=True,
             signals=['thread', 'plus', 'tracking'],
             why='FCSO keeps no restraint chair or use-of-force log; no responsive records (GA: appeal_due null)',
             note='no-records letter that explains how the records are actually kept | modeled on Georgia "no obligation to create records" responses')))

    # 035 OPSO counsel out-of-office
    r = req('REQ-010')
    body = text("""I am out of the office with limited access to email through Monday, October 19.

For public records matters, please write to publicrecords@opso.us. For media
inquiries contact the OPSO Public Information Office.

Associate General Counsel
Orleans Parish Sheriff's Office
""")
    out.append(('035-opso-counsel-ooo.eml', finish([
        ('From', 'Renee Batiste <rbatiste@opso.us>'), ('To', plus('REQ-010')),
        ('Subject', 'Automatic reply: RE: Public Records Request PRR #26-0733'), ('Date', ct('2026-10-13 09:00')),
        ('Message-ID', mid('035', 'opso.us')), ('In-Reply-To', '<req-010.20261013.2@records.example.org>'),
        ('References', '<req-010.20261013.2@records.example.org>'),
        ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
        *outlook_hdrs('035', 'Public Records Request PRR #26-0733')], body),
        fact('035-opso-counsel-ooo.eml', 'REQ-010', 'auto_reply', 'PRR #26-0733', signals=['plus', 'tracking'],
             why='OPSO associate general counsel out of office; the tracking number is only in the echoed subject',
             note='auto-reply to our follow-up; number only in the subject we wrote | modeled on Exchange automatic replies of agency counsel')))

    # 036 Hinds clarification for REQ-015
    body = text("""PRR-2026-131

Records Desk:

To process your request, please clarify the following:

(1) "Jail medical services contract" - the County has had agreements with two
medical providers for the Raymond Detention Center since 2022. Do you want
both agreements, or only the agreement currently in effect?

(2) "Monthly staffing reports" - please specify the months you want. The
provider submits staffing reports monthly; the County has reports from July
2022 forward.

Under our policy the request will be considered withdrawn if we do not hear
from you within 30 days of this notice.

Hinds County Public Records Office
""")
    out.append(('036-hinds-clarification.eml', finish([
        ('From', 'Hinds County Public Records <publicrecords@hindscountyms.com>'), ('To', plus('REQ-015')),
        ('Subject', 'PRR-2026-131 - Clarification needed'), ('Date', ct('2026-10-13 14:30')),
        ('Message-ID', mid('036', 'hindscountyms.com'))], body),
        fact('036-hinds-clarification.eml', 'REQ-015', 'clarification', 'PRR-2026-131', signals=['plus', 'tracking'],
             why='Hinds asks which medical provider agreements and which months of staffing reports; 30-day withdrawal warning',
             note='clarification with a withdrawal deadline | modeled on Mississippi county clarification notices')))

    # 037 ICE unusual-circumstances extension with OGIS paragraph
    body = text("""RE: ICE FOIA Case Number 2026-ICFO-61207

Dear Requester:

ICE has determined that your request involves unusual circumstances within
the meaning of 5 U.S.C. 552(a)(6)(B)(iii): the records you seek must be
searched for and collected from field offices in Atlanta and New Orleans and
from the 287(g) Program Management Office, and they involve a voluminous
amount of material. ICE is therefore invoking a 10-working-day extension of
the time limit to respond to your request.

If you would like to narrow the scope of your request or arrange an
alternative time frame for processing, please contact this office.

You may also contact the Office of Government Information Services (OGIS) at
the National Archives and Records Administration to inquire about the FOIA
mediation services they offer: Office of Government Information Services,
National Archives and Records Administration, 8601 Adelphi Road-OGIS, College
Park, Maryland 20740-6001; e-mail ogis@nara.gov; telephone 202-741-5770; toll
free 1-877-684-6448.

Regards,
ICE Freedom of Information Act Office
""")
    out.append(('037-ice-extension.eml', finish([
        ('From', 'ICE-FOIA <ice-foia@ice.dhs.gov>'), ('To', plus('REQ-012')),
        ('Subject', 'ICE FOIA 2026-ICFO-61207 - Extension'), ('Date', date_hdr('2026-10-14 10:00')),
        ('Message-ID', mid('037', 'ice.dhs.gov')), *outlook_hdrs('037', 'ICE FOIA 2026-ICFO-61207 - Extension')], body),
        fact('037-ice-extension.eml', 'REQ-012', 'extension', '2026-ICFO-61207', clock='extension',
             signals=['plus', 'tracking'],
             why='ICE invokes the 10-working-day unusual-circumstances extension; +10 business days on the current due',
             note='federal extension with OGIS paragraph and offer to narrow | modeled on ICE/DHS unusual-circumstances letters')))

    # 038 Richland interim, number only in attachment file name
    pdf = pdf_part('RC-FOIA-26-0522_Medical_Services_Agreement.pdf',
                   ['RICHLAND COUNTY - ALVIN S. GLENN DETENTION CENTER', 'AGREEMENT FOR INMATE HEALTH CARE SERVICES', '',
                    '[Agreement between Richland County and the contracted medical provider,', 'with Amendments 1 through 4 and Exhibit B staffing matrix - excerpt]'], 'Medical Services Agreement')
    body = mixed(text("""Dear Records Desk,

Attached is the Detention Center's inmate health care services agreement with
its four amendments, released in full.

Our determination on the death investigation and incident records will
follow by the date given in our earlier email.

Office of the County Attorney - FOIA
Richland County
"""), pdf)
    out.append(('038-richland-interim.eml', finish([
        ('From', 'Richland County FOIA <foia@richlandcountysc.gov>'), ('To', 'records@records.example.org'),
        ('Subject', 'Alvin S. Glenn - medical services agreement'), ('Date', date_hdr('2026-10-14 15:10')),
        ('Message-ID', mid('038', 'richlandcountysc.gov')), *outlook_hdrs('038', 'Alvin S. Glenn - medical services agreement')], body),
        fact('038-richland-interim.eml', 'REQ-009', 'records_interim', 'RC-FOIA-26-0522', signals=['tracking-filename', 'subject'],
             why='Richland releases the medical services agreement in full; death records determination still to come; number only in the file name',
             note='new subject, no threading, tracking number only in the attachment name | modeled on county attorney staff sending records piecemeal')))

    # 039 ICE SecureRelease status notice
    plain = """Your request 2026-ICFO-61207 has been updated.

Status: In Process

Log in to SecureRelease to view details about your request.
https://securerelease.us/

This is a system-generated message. Please do not reply.
"""
    out.append(('039-ice-securerelease-status.eml', finish([
        ('From', 'SecureRelease <no-reply@securerelease.us>'), ('To', plus('REQ-012')),
        ('Subject', 'Request 2026-ICFO-61207 Status Update'), ('Date', date_hdr('2026-10-15 06:12')),
        ('Message-ID', mid('039', 'securerelease.us'))], text(plain)),
        fact('039-ice-securerelease-status.eml', 'REQ-012', 'portal_notice', '2026-ICFO-61207', signals=['plus', 'tracking'],
             why='SecureRelease status change to "In Process"; no substance',
             note='federal portal status notice from a portal domain | modeled on DHS SecureRelease notifications')))

    # 040 OPSO needs more time, via Google Group
    r = req('REQ-010')
    body = text("""PRR #26-0733

Good afternoon. We will not be able to complete your request by October 16.
The Medical Unit records are taking longer to review for protected health
information. We anticipate a first release by November 13, 2026 and will send
anything ready before then.

OPSO Public Records
""")
    out.append(('040-opso-more-time-via-group.eml', finish([
        *ggroup('OPSO Public Records', 'publicrecords@opso.us', '040'), ('To', 'Records Desk <records@records.example.org>'),
        ('Subject', 'RE: Public Records Request PRR #26-0733'), ('Date', ct('2026-10-16 16:45')),
        ('Message-ID', mid('040', 'opso.us')), ('In-Reply-To', mid('015', 'opso.us')), ('References', mid('015', 'opso.us'))], body),
        fact('040-opso-more-time-via-group.eml', 'REQ-010', 'extension', 'PRR #26-0733', clock='extension', estimated='2026-11-13',
             signals=['thread', 'tracking'],
             why='OPSO misses its Oct 16 date and expects a first release by Nov 13; LA table has no extension days',
             note='Google Group delivery; extension with a new date under Louisiana law | modeled on OPSO public records follow-ups')))
    return out
