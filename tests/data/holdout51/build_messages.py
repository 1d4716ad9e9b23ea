#!/usr/bin/env python3
"""Writes messages/*.eml for this set. All wording, people and numbers are invented for this set.

    python3 build_messages.py
"""
import sys, datetime as dt, yaml
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from mklib import *  # noqa

HERE = Path(__file__).resolve().parent
OUT = HERE / 'messages'
REQS = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
DESK = 'Records Desk <records@records.example.org>'

# ------------------------------------------------------------------ our outgoing requests (for quoting)
REQ_META = {
    'REQ-001': ('dps.publicrecords@vermont.gov', None, '2026-09-08 09:58', """To the Records Custodian, Vermont Department of Public Safety:

Under the Vermont Public Records Act, 1 V.S.A. §§ 315-320, we request copies of:

1. Use-of-force reports completed by Vermont State Police members from January 1, 2023 to the date of this request, including any supervisory review forms attached to them.
2. The current and any superseded Department policies or directives governing cruiser (mobile video) and body-worn camera recording, and the retention schedule that applies to those recordings.

We prefer electronic copies. If you withhold any record or part of a record, please cite the specific exemption and release all reasonably segregable portions. Please contact us before incurring charges over $50.

Thank you,
Records Desk
records.example.org"""),
    'REQ-002': ('rtk@dhhs.nh.gov', 'dhhs.rtk@dhhs.state.nh.us', '2026-09-09 18:40', """Dear Right-to-Know Coordinator:

Pursuant to RSA 91-A:4, we request copies of the following records of the Department of Health and Human Services:

1. All agreements, task orders and amendments between the Department and staffing agencies for contract (traveling/agency) nurses or mental health workers at New Hampshire Hospital, January 1, 2024 to present.
2. Invoices submitted under those agreements for the same period.

Electronic copies are preferred. If any portion is withheld, please identify the exemption relied on.

Thank you,
Records Desk
records.example.org"""),
    'REQ-003': ('ums.foaa@maine.edu', None, '2026-09-10 10:05', """To the Public Access Officer, University of Maine System:

Under the Maine Freedom of Access Act, 1 M.R.S. § 408-A, we request copies of the following records for January 1, 2023 through the present:

1. Agreements between the University of Maine System or any of its universities and athletic apparel or equipment vendors, including amendments.
2. Agreements, memoranda of understanding or policies concerning name, image and likeness (NIL) activities of student-athletes, including any agreements with NIL collectives.

Please provide records electronically. Please let us know in advance if fees will exceed $50.

Thank you,
Records Desk
records.example.org"""),
    'REQ-004': ('publicrecords@providenceri.gov', None, '2026-09-11 08:20', """To the City of Providence Public Records Officer:

Under the Rhode Island Access to Public Records Act, R.I. Gen. Laws § 38-2-1 et seq., we request:

1. All contracts, amendments and renewals between the City of Providence or the Providence Police Department and SoundThinking, Inc. (ShotSpotter) or any other acoustic gunshot detection vendor, 2024 to present.
2. Alert data from the system for January 1, 2024 to the date of this request: date, time, alert type, location and disposition of each alert.

Electronic format is preferred (spreadsheet for item 2).

Thank you,
Records Desk
records.example.org"""),
    'REQ-005': ('danbytownclerk@gmail.com', 'danbyselectboard@gmail.com', '2026-09-14 14:10', """Hello,

Under Vermont's Public Records Act (1 V.S.A. § 315 et seq.), we'd like copies of:

1. Selectboard meeting minutes from January 2025 to now, including any minutes of executive sessions.
2. The current contract or agreement with the Town's road commissioner, and any plowing or sanding agreements for the 2025-26 winter.

Email copies are fine. Thank you!

Records Desk
records.example.org"""),
    'REQ-006': ('doc.foi@ct.gov', None, '2026-09-15 09:30', """To the Freedom of Information Officer, Department of Correction:

Pursuant to the Connecticut Freedom of Information Act, Conn. Gen. Stat. § 1-200 et seq., we request copies of:

1. Logs, checklists or other documentation of each placement of an incarcerated person in a restraint chair or in in-cell restraints, January 1, 2024 to the present, at all facilities.
2. Any summary reports of such placements prepared for the Commissioner or the Security Division during the same period.

Electronic copies are preferred. If any records are withheld, please cite the statutory basis.

Thank you,
Records Desk
records.example.org"""),
    'REQ-007': ('townoffice@monsonmaine.org', None, '2026-09-16 15:45', """Hello,

Under Maine's Freedom of Access Act, we request copies of the Town of Monson's current contract for operation of the transfer station, and the Select Board meeting minutes for calendar year 2025.

Email copies would be ideal. Please let us know the cost before copying.

Thank you,
Records Desk
records.example.org"""),
    'REQ-008': ('vhawrjfoia@va.gov', None, '2026-09-17 10:20', """FOIA Officer
White River Junction VA Medical Center

Under the Freedom of Information Act, 5 U.S.C. § 552, we request the following records for fiscal years 2024 through 2026:

1. Reports, dashboards or summaries of wait times for community care consults originating at the White River Junction VAMC and its community-based outpatient clinics.
2. Contracts, task orders and invoices for contract or agency nurse staffing at the White River Junction VAMC.

We are members of the news media and request a fee waiver. Please send correspondence to Priya Natarajan or to records+req-008@records.example.org.

Priya Natarajan, for the Records Desk
records.example.org"""),
    'REQ-009': ('selectmen@sandwichnh.org', None, '2026-09-21 09:05', """To the Board of Selectmen:

Under RSA 91-A, we request copies of correspondence (letters and emails) between the Board of Selectmen or Town staff and NHDOT, the Road Agent or the Town's engineer concerning the replacement of the Route 113 culvert, from January 1, 2024 to the present.

Thank you,
Records Desk
records.example.org"""),
    'REQ-010': ('records@rsd13.org', None, '2026-09-22 10:40', """To the Superintendent's Office, Regional School District 13:

Under the Connecticut Freedom of Information Act, we request copies of:

1. The employment contract(s) of the former superintendent of schools in effect from 2024 to 2026.
2. Any separation, resignation or settlement agreement with the former superintendent, with attachments.
3. Invoices from outside legal counsel to the District, July 1, 2024 to present.

Electronic copies are preferred.

Thank you,
Records Desk
records.example.org"""),
    'REQ-011': ('dps.publicrecords@vermont.gov', None, '2026-10-05 11:00', """To the Records Custodian, Vermont Department of Public Safety:

Under 1 V.S.A. § 315 et seq., we request records showing overtime hours and overtime pay for Vermont State Police members, broken down by barracks, for fiscal years 2025 and 2026, in spreadsheet form if available.

Thank you,
Records Desk
records.example.org"""),
    'REQ-013': ('rtk@dhhs.nh.gov', None, '2026-10-13 09:45', """Dear Right-to-Know Coordinator:

Pursuant to RSA 91-A:4, we request records showing, for each New Hampshire town and city and for each year 2022 through 2025, the number of children under age six tested for blood lead and the number with a confirmed elevated blood lead level.

A spreadsheet or other electronic format is preferred.

Thank you,
Records Desk
records.example.org"""),
    'REQ-014': ('ums.foaa@maine.edu', None, '2026-10-20 10:10', """To the Public Access Officer, University of Maine System:

Under 1 M.R.S. § 408-A, we request, for each university in the System and each academic year 2021-22 through 2025-26: annual Title IX reports, and records showing the number of Title IX reports received, formal complaints, investigations and outcomes, broken down by whether the complainant and respondent were students, employees or third parties.

Thank you,
Records Desk
records.example.org"""),
    'REQ-015': ('vhawrjfoia@va.gov', None, '2026-10-22 17:55', """FOIA Officer
White River Junction VA Medical Center

Under 5 U.S.C. § 552, we request: (1) use-of-force reports prepared by VA Police Service officers at the White River Junction VAMC, January 1, 2023 to present; and (2) any local policy or standard operating procedure governing VA Police body-worn cameras at the medical center.

We request a fee waiver as news media.

Records Desk
records.example.org"""),
    'REQ-016': ('danbytownclerk@gmail.com', None, '2026-10-26 13:30', """Hi Sue,

One more under the Public Records Act: any reports the Town has about the August 2026 fire at the town garage (fire or incident reports, correspondence), and the Town's insurance claim for the damage.

Thanks again,
Records Desk
records.example.org"""),
}


def req_dt(rid):
    return dt.datetime.strptime(REQ_META[rid][2], '%Y-%m-%d %H:%M')


def outlook_orig(rid, sep='-----Original Message-----'):
    to, cc, when, body = REQ_META[rid]
    d = req_dt(rid)
    s = '%s\nFrom: Records Desk <records@records.example.org>\nSent: %s\nTo: %s\n' % (
        sep, d.strftime('%A, %B ') + str(d.day) + d.strftime(', %Y ') + d.strftime('%I:%M %p').lstrip('0'), to)
    if cc:
        s += 'Cc: %s\n' % cc
    return s + 'Subject: %s\n\n%s\n' % (REQS[rid]['subject'], body)


def gmail_intro(rid):
    d = req_dt(rid)
    return 'On %s, %s at %s Records Desk <records@records.example.org> wrote:' % (
        d.strftime('%a, %b ') + str(d.day), d.year, d.strftime('%I:%M %p').lstrip('0'))


def our_headers(rid):
    """headers of our original request, for embedding in bounces"""
    to, cc, when, body = REQ_META[rid]
    r = REQS[rid]
    return headers([('From', DESK), ('Reply-To', r['reply_address']), ('To', to), ('Cc', cc),
                    ('Subject', r['subject']), ('Date', date_hdr(when)), ('Message-ID', r['message_id']),
                    ('MIME-Version', '1.0'), ('Content-Type', 'text/plain; charset="utf-8"')])


# ------------------------------------------------------------------ message-id styles
def mid_outlook(seed, pod='namprd09'):
    box = {'namprd09': 'SA1PR09MB', 'namprd12': 'CH3PR12MB', 'namprd14': 'BL1PR14MB'}[pod]
    n = str(int(h(seed, 6), 16) % 9000 + 1000)
    return '<%s%s%s@%s%s.%s.prod.outlook.com>' % (box, n, h(seed + 'x', 28).upper(), box, n, pod)


def mid_gmail(seed):
    import base64 as _b
    t = _b.b64encode(bytes.fromhex(h(seed, 48))).decode().replace('/', '_')
    return '<CA%s@mail.gmail.com>' % t


def thread_index(seed):
    import base64 as _b
    return _b.b64encode(bytes.fromhex('01dc' + h(seed + 'ti', 40))).decode()


def outlook_hdrs(seed, topic, attach=False, org='vermont.gov', auto=False):
    t = topic
    for p in ('RE: ', 'Re: ', 'FW: ', 'Fwd: ', 'Automatic reply: '):
        if t.startswith(p):
            t = t[len(p):]
    return [('Thread-Topic', t), ('Thread-Index', thread_index(seed)),
            ('Accept-Language', 'en-US'), ('Content-Language', 'en-US'),
            ('X-MS-Has-Attach', 'yes' if attach else ''), ('X-MS-TNEF-Correlator', ''),
            ('X-MS-Exchange-Organization-SCL', '-1'),
            ('X-MS-Exchange-Organization-AuthSource', 'SA1PR09MB%s.namprd09.prod.outlook.com' % (int(h(seed, 4), 16) % 9000 + 1000)),
            ('X-MS-Exchange-Organization-AuthAs', 'Internal' if not auto else 'Internal'),
            ('X-OriginatorOrg', org)]


def alt_outlook(seed, text):
    b = '_000_%s_' % h(seed + 'b', 30).upper()
    return multipart('alternative', b, [enc_text(text), enc_text(outlook_html(text), 'html')])


def mixed(seed, first, atts, style='outlook'):
    b = ('_004_%s_' % h(seed + 'm', 30).upper()) if style == 'outlook' else ('000000000000%s' % h(seed + 'm', 12))
    return multipart('mixed', b, [first] + list(atts))


def alt_gmail(seed, text, intro=None, quoted=None):
    plain = text if not intro else text.rstrip('\n') + '\n\n' + intro + '\n\n' + gt_quote(quoted) + '\n'
    b = '000000000000%s' % h(seed + 'a', 12)
    return multipart('alternative', b, [enc_text(plain), enc_text(gmail_html(text, intro, quoted), 'html')])


def write(name, data):
    (OUT / name).write_bytes(data)


M = []  # list of (filename, builder)


def msg(fn):
    M.append(fn)
    return fn


# ================================================================== messages
@msg
def m001():
    fn = '001-vsp-autoreply-ack-disclaimer.eml'
    r = REQS['REQ-001']
    subj = 'Automatic reply: ' + r['subject']
    text = """Thank you for contacting the Vermont Department of Public Safety public records mailbox.

This automated message confirms only that your email reached this mailbox. It is not a response to a public records request under 1 V.S.A. § 318. Requests are reviewed by Records Section staff during regular business hours, Monday through Friday, 7:45 a.m. to 4:30 p.m., excluding state holidays, and are processed in the order received.

Please note:
- Crash reports are available through the Vermont crash report request page and are not processed through this mailbox.
- Criminal record checks are handled by the Vermont Crime Information Center (VCIC).
- Please do not send the same request more than once; duplicate submissions delay processing.

Vermont Department of Public Safety
45 State Drive, Waterbury, VT 05671-1300"""
    hp = [('From', '"DPS - Public Records" <dps.publicrecords@vermont.gov>'), ('To', r['reply_address']),
          ('Subject', subj), ('Date', date_hdr('2026-09-08 10:14')), ('Message-ID', mid_outlook(fn)),
          ('In-Reply-To', r['message_id']), ('References', r['message_id']),
          ('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All')] + outlook_hdrs(fn, subj, auto=True)
    write(fn, message(hp, alt_outlook(fn, text)))


@msg
def m002():
    fn = '002-bounce-postfix-nhdhhs-legacy-domain.eml'
    b = '4gT7Nq1Zr3xVb.1789080760/mx2.records.example.org'
    note = """This is the mail system at host mx2.records.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<dhhs.rtk@dhhs.state.nh.us>: Host or domain name not found. Name service error
    for name=dhhs.state.nh.us type=AAAA: Host not found
"""
    ds = """Reporting-MTA: dns; mx2.records.example.org
X-Postfix-Queue-ID: 4gT7Nq1Zr3xVb
X-Postfix-Sender: rfc822; records@records.example.org
Arrival-Date: Wed,  9 Sep 2026 18:40:43 -0400 (EDT)

Final-Recipient: rfc822; dhhs.rtk@dhhs.state.nh.us
Original-Recipient: rfc822;dhhs.rtk@dhhs.state.nh.us
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
    for name=dhhs.state.nh.us type=AAAA: Host not found
"""
    rh = 'Return-Path: <records@records.example.org>\nReceived: by mx2.records.example.org (Postfix, from userid 1001)\n\tid 4gT7Nq1Zr3xVb; Wed,  9 Sep 2026 18:40:43 -0400 (EDT)\n' + our_headers('REQ-002')
    parts = [('Content-Description: Notification\nContent-Type: text/plain; charset="us-ascii"', note),
             ('Content-Description: Delivery report\nContent-Type: message/delivery-status', ds),
             ('Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers', rh)]
    hp = [('Return-Path', '<>'), ('From', 'MAILER-DAEMON@mx2.records.example.org (Mail Delivery System)'),
          ('To', 'records@records.example.org'), ('Subject', 'Undelivered Mail Returned to Sender'),
          ('Date', date_hdr('2026-09-09 18:52')), ('Message-ID', '<20260909225240.4gT7Nq1Zr3xVb@mx2.records.example.org>'),
          ('Auto-Submitted', 'auto-replied')]
    write(fn, message(hp, multipart('report', b, parts, '; report-type=delivery-status')))


@msg
def m003():
    fn = '003-nhdhhs-ack-received-next-day.eml'
    r = REQS['REQ-002']
    subj = 'RE: ' + r['subject']
    text = """Good morning,

The Department of Health and Human Services acknowledges receipt of your Right-to-Know request, copied below. Because your email arrived after the close of business on Wednesday, September 9, it was logged as received on Thursday, September 10, 2026. It has been assigned tracking number RTK 26-0388; please use that number in any further correspondence about this request.

The records you describe are not immediately available. Under RSA 91-A:4, IV, the Department needs additional time to locate and compile the agreements and invoices and to review them for information that may be confidential or exempt under RSA 91-A:5. We anticipate responding on or before October 22, 2026. Where records can be reviewed sooner, we will release them on a rolling basis.

The Department may charge the actual cost of providing copies. We will let you know in advance if a charge will apply.

Kristen M. Ouellette
Paralegal II | Right-to-Know Coordinator
Office of Legal and Regulatory Services
NH Department of Health and Human Services
129 Pleasant Street, Concord, NH 03301
(603) 555-0147

""" + outlook_orig('REQ-002')
    hp = [('From', '"Ouellette, Kristen" <Kristen.M.Ouellette@dhhs.nh.gov>'), ('To', r['reply_address']),
          ('CC', 'DHHS Right-to-Know <rtk@dhhs.nh.gov>'),
          ('Subject', subj), ('Date', date_hdr('2026-09-10 09:31')), ('Message-ID', mid_outlook(fn)),
          ('In-Reply-To', r['message_id']), ('References', r['message_id'])] + outlook_hdrs(fn, subj, org='dhhs.nh.gov')
    write(fn, message(hp, alt_outlook(fn, text)))


@msg
def m004():
    fn = '004-vsp-ack-prr-number.eml'
    r = REQS['REQ-001']
    subj = 'RE: ' + r['subject'] + ' [P26-0741]'
    text = """Hello,

This confirms that the Department of Public Safety received your public records request on September 8, 2026. It has been logged as PRR P26-0741.

We are reviewing the request to determine where responsive records are kept. Use-of-force reports are held at the barracks level and by the Office of Professional Standards, so an extension under 1 V.S.A. § 318 may be needed. If so, you will receive a separate written notice.

Thank you,

Alyssa Bouchard
Records Specialist
Vermont Department of Public Safety | Records Section
45 State Drive | Waterbury, VT 05671

""" + outlook_orig('REQ-001', sep='________________________________')
    hp = [('From', '"Bouchard, Alyssa" <Alyssa.Bouchard@vermont.gov>'), ('To', r['reply_address']),
          ('CC', '"DPS - Public Records" <dps.publicrecords@vermont.gov>'),
          ('Subject', subj), ('Date', date_hdr('2026-09-10 15:05')), ('Message-ID', mid_outlook(fn)),
          ('In-Reply-To', r['message_id']), ('References', r['message_id'])] + outlook_hdrs(fn, subj)
    write(fn, message(hp, alt_outlook(fn, text)))


def nextrequest_html(heading, inner, number, closed=False):
    return """<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;padding:0;background:#f4f5f7;font-family:'Helvetica Neue',Helvetica,Arial,sans-serif;color:#222">
<table width="100%%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center" style="padding:24px 12px">
<table width="600" cellpadding="0" cellspacing="0" role="presentation" style="background:#ffffff;border:1px solid #dfe1e6">
<tr><td style="padding:18px 24px;border-bottom:3px solid #1f4e79"><span style="font-size:18px;font-weight:bold;color:#1f4e79">City of Providence</span><br>
<span style="font-size:12px;color:#666">Public Records Center</span></td></tr>
<tr><td style="padding:22px 24px;font-size:14px;line-height:1.5">
<h2 style="font-size:17px;margin:0 0 12px 0">%s</h2>
%s
<p style="margin:22px 0"><a href="https://providenceri.nextrequest.com/requests/%s" style="background:#1f4e79;color:#ffffff;padding:10px 18px;text-decoration:none;border-radius:3px">View request %s</a></p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#888;border-top:1px solid #eee">
This is an automated message from the City of Providence public records portal. Replies to this email are not monitored; please use the portal to send a message.<br>
Powered by NextRequest &middot; <a href="https://www.nextrequest.com" style="color:#888">nextrequest.com</a></td></tr>
</table></td></tr></table>
</body></html>
""" % (heading, inner, number, number)


def nr_hdrs(fn, to, subj, when):
    return [('From', '"City of Providence" <no-reply@nextrequest.com>'), ('Reply-To', 'no-reply@nextrequest.com'),
            ('To', to), ('Subject', subj), ('Date', date_hdr(when)),
            ('Message-ID', '<%s.%s@mail.nextrequest.com>' % (h(fn, 24), h(fn + 'n', 8))),
            ('X-SG-EID', h(fn + 'sg', 40)), ('X-Entity-ID', h(fn + 'eid', 22)),
            ('List-Unsubscribe', '<https://providenceri.nextrequest.com/notifications/unsubscribe>')]


@msg
def m005():
    fn = '005-providence-nextrequest-ack.eml'
    inner = """<p>Your record request <b>#26-1187</b> has been received by the City of Providence and is being processed.</p>
<table cellpadding="6" cellspacing="0" style="font-size:13px;border:1px solid #e3e3e3;width:100%">
<tr><td style="background:#f7f7f7;width:140px">Request</td><td>1. All contracts, amendments and renewals between the City of Providence or the Providence Police Department and SoundThinking, Inc. (ShotSpotter) or any other acoustic gunshot detection vendor, 2024 to present. 2. Alert data from the system for January 1, 2024 to the date of this request...</td></tr>
<tr><td style="background:#f7f7f7">Received</td><td>September 11, 2026 via email</td></tr>
<tr><td style="background:#f7f7f7">Department(s)</td><td>Police Department; Law Department</td></tr>
<tr><td style="background:#f7f7f7">Point of contact</td><td>Andrea Medeiros</td></tr>
</table>
<p>Under the Access to Public Records Act (R.I. Gen. Laws &sect; 38-2-1 et seq.), the City will respond within ten (10) business days of receipt. The City may extend this period by up to twenty (20) additional business days for good cause.</p>
<p>You will receive email updates as your request moves forward. You can also track the status of your request at any time in the portal.</p>"""
    hp = nr_hdrs(fn, REQS['REQ-004']['reply_address'], '[Providence Public Records] Request #26-1187 has been received', '2026-09-11 11:02')
    write(fn, message(hp, enc_text(nextrequest_html('Your request has been received', inner, '26-1187'), 'html')))


@msg
def m006():
    fn = '006-vsp-extension-letter-pdf.eml'
    letter = wrap("""VERMONT DEPARTMENT OF PUBLIC SAFETY
Records Section
45 State Drive, Waterbury, Vermont 05671-1300

September 11, 2026

Records Desk
records+req-001@records.example.org

Re: Public Records Request P26-0741 - Notice of Extension

Dear Requester:

On September 8, 2026, the Department received your request for (1) use-of-force reports completed by Vermont State Police members from January 1, 2023 to the present, with supervisory review forms, and (2) Department policies and directives governing mobile video and body-worn camera recording and the retention schedule for those recordings.

Under 1 V.S.A. § 318, the Department may extend the time to respond, by written notice, when unusual circumstances exist. Unusual circumstances apply to your request because responsive records must be searched for and collected from field stations and from the Office of Professional Standards, which are separate from the office processing your request, and because the request involves a voluminous number of separate records that must be examined before release.

The Department is therefore extending the time for its response by ten (10) business days. We expect to respond to your request on or before September 25, 2026. Where records can be released sooner, they will be.

Please contact the Records Section at dps.publicrecords@vermont.gov with any questions, and include the request number shown above.

Sincerely,

Alyssa Bouchard
Records Specialist, for the Records Custodian
Vermont Department of Public Safety""", 88)
    pdf = make_pdf(letter, 'P26-0741 Extension Notice', 'Microsoft: Print To PDF', creator='Microsoft Word', date="20260911163512-04'00'")
    text = "Please see the attached notice regarding your public records request.\n\nAlyssa Bouchard\nRecords Specialist\nVermont Department of Public Safety | Records Section\n"
    subj = 'P26-0741 - Notice of Extension'
    hp = [('From', '"Bouchard, Alyssa" <Alyssa.Bouchard@vermont.gov>'), ('To', REQS['REQ-001']['reply_address']),
          ('Subject', subj), ('Date', date_hdr('2026-09-11 16:40')), ('Message-ID', mid_outlook(fn))] + outlook_hdrs(fn, subj, attach=True)
    write(fn, message(hp, mixed(fn, alt_outlook(fn, text), [attachment(pdf, 'P26-0741_Extension_Notice.pdf')])))


@msg
def m007():
    fn = '007-nefac-newsletter.eml'
    html = """<!doctype html><html><head><meta charset="UTF-8"><title>NEFAC Weekly</title></head>
<body style="margin:0;background:#eef1f4">
<center><table width="620" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Georgia,serif;color:#1d1d1d">
<tr><td style="background:#13294b;padding:20px 28px;color:#fff"><div style="font-size:24px">NEFAC Weekly</div>
<div style="font-size:12px;letter-spacing:1px">NEW ENGLAND FIRST AMENDMENT COALITION &middot; SEPTEMBER 14, 2026</div></td></tr>
<tr><td style="padding:22px 28px;font-size:15px;line-height:1.55">
<p><b>Public records exemptions under review in Montpelier.</b> A legislative study committee is again working through the list of statutory exemptions scattered outside the Public Records Act. Advocates want a sunset date attached to any exemption the committee keeps.</p>
<p><b>Town text messages are public records too.</b> A Maine Superior Court decision this summer reminds select board members that business conducted by text message on a personal phone can be subject to FOAA. Our explainer walks through what officials should keep.</p>
<p><b>Connecticut FOI Commission backlog.</b> The Commission reports that the average time from complaint to hearing has grown again. We look at what that means for requesters weighing an appeal.</p>
<p><b>Join us:</b> Our fall Sunshine workshop for reporters and community members, "Getting the Records You Asked For," meets online on October 7. Registration is free.</p>
<p style="font-size:13px;color:#555">NEFAC is a nonprofit, nonpartisan coalition defending press freedom and the public's right to know in the six New England states.</p>
</td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#777;border-top:1px solid #ddd">You are receiving this email because you signed up for NEFAC Weekly.<br>
<a href="https://nefac.us12.list-manage.com/unsubscribe?u=3f9a&amp;id=7c21">Unsubscribe</a> &middot; <a href="https://nefac.us12.list-manage.com/profile?u=3f9a&amp;id=7c21">Update preferences</a></td></tr>
</table></center></body></html>
"""
    hp = [('From', 'New England First Amendment Coalition <news@nefac.org>'), ('Reply-To', 'news@nefac.org'),
          ('To', '<records@records.example.org>'),
          ('Subject', 'NEFAC Weekly: exemption review in Vermont, texts as public records, FOIC backlog'),
          ('Date', date_hdr('2026-09-14 13:20')), ('Message-ID', '<%s.%s@mail182.atl61.mcsv.net>' % (h(fn, 20), h(fn + '2', 12))),
          ('List-Unsubscribe', '<https://nefac.us12.list-manage.com/unsubscribe?u=3f9a&id=7c21>, <mailto:unsubscribe-mc.us12_3f9a.7c21@mailchimpapp.net>'),
          ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('List-Id', '3f9a mc list <3f9a.list-id.mcsv.net>'),
          ('Precedence', 'bulk'), ('X-Mailer', 'Mailchimp Mailer - **CID%s**' % h(fn + 'cid', 20)),
          ('Feedback-ID', '3f9a:7c21:us12:mc')]
    write(fn, message(hp, enc_text(html, 'html')))


@msg
def m008():
    fn = '008-ums-ack-number-in-filename-only.eml'
    r = REQS['REQ-003']
    letter = wrap("""UNIVERSITY OF MAINE SYSTEM
Office of the General Counsel
15 Estabrooke Drive, Orono, Maine 04469

September 15, 2026

Records Desk
records+req-003@records.example.org

Re: Your Freedom of Access Act request dated September 10, 2026

Dear Requester:

This letter acknowledges the University of Maine System's receipt, on September 10, 2026, of your request under the Maine Freedom of Access Act, 1 M.R.S. §§ 400-414, for agreements with athletic apparel or equipment vendors and for agreements, memoranda and policies concerning name, image and likeness (NIL) activities of student-athletes, from January 1, 2023 to the present.

As required by 1 M.R.S. § 408-A(3), the University provides the following good faith, nonbinding estimate of the time within which it will respond: we anticipate responding to your request by October 30, 2026. Records may be gathered from several universities within the System, and the estimate may change once the search is complete.

The University may charge fees for the time spent searching for, retrieving, compiling and redacting records, as permitted by 1 M.R.S. § 408-A(8). If the estimated cost exceeds $30, we will notify you before proceeding. If the estimated cost exceeds $100, the University may require payment in advance under § 408-A(10).

Please refer to the request number in the file name of this letter in any correspondence.

Sincerely,

Office of the General Counsel
University of Maine System""", 88)
    pdf = make_pdf(letter, 'FOAA Acknowledgment', 'Adobe PDF Library 23.8.53', creator='Acrobat PDFMaker 23 for Word', date="20260915090212-04'00'")
    text = """Good morning,

Please see the attached letter acknowledging your Freedom of Access Act request. Kindly reference the request number shown on the attachment in any future correspondence.

Office of the General Counsel
University of Maine System
"""
    hp = [('From', 'UMS FOAA <ums.foaa@maine.edu>'), ('To', r['reply_address']), ('Subject', 'RE: ' + r['subject']),
          ('Date', date_hdr('2026-09-15 09:12')), ('Message-ID', mid_outlook(fn, 'namprd14')),
          ('In-Reply-To', r['message_id']), ('References', r['message_id'])] + outlook_hdrs(fn, r['subject'], True, 'maine.edu')
    write(fn, message(hp, mixed(fn, enc_text(text), [attachment(pdf, 'UMS-26-117_Acknowledgment.pdf')])))


@msg
def m009():
    fn = '009-danby-clerk-minutes-interim.eml'
    r = REQS['REQ-005']
    text = """Hi,

Attached are the regular selectboard minutes from January 2025 through last week (I put them all in one PDF). Linda in the selectboard office has the road commissioner contract and the plow agreement, she'll send those to you separately.

Sue

Sue Bromley
Danby Town Clerk/Treasurer
Office hours Tues-Thurs 9-3
"""
    minutes = wrap("""TOWN OF DANBY, VERMONT - SELECTBOARD MINUTES (compiled copy)

January 6, 2025 - Regular Meeting
Present: three board members, road commissioner, town clerk. Called to order 6:30 pm.
Road report: sand supply adequate; culvert on Brook Road to be replaced in spring.
Motion to enter executive session under 1 V.S.A. § 313(a)(3) to discuss a personnel matter; seconded; carried 3-0. Board returned to open session at 7:42 pm. No action taken.
Adjourned 8:05 pm.

February 3, 2025 - Regular Meeting
Warrant for Town Meeting approved. Highway budget reviewed.
Adjourned 7:50 pm.

[Remaining 2025 and 2026 regular meetings follow in the same format. This compiled copy
contains minutes from 31 meetings, January 6, 2025 through September 8, 2026.]

September 8, 2026 - Regular Meeting
Motion to enter executive session under 1 V.S.A. § 313(a)(1)(A) (contract negotiations);
carried 3-0. Returned to open session 8:10 pm. Motion to approve the winter sand and
plowing agreement as presented; carried 3-0.
Adjourned 8:25 pm.""", 90)
    pdf = make_pdf(minutes, 'Selectboard minutes 2025-2026', 'Microsoft: Print To PDF', font='Times-Roman', size=11, date="20260915113004-04'00'")
    alt = alt_gmail(fn, text, gmail_intro('REQ-005'), REQ_META['REQ-005'][3])
    hp = [('From', 'Danby Town Clerk <danbytownclerk@gmail.com>'), ('To', 'Records Desk <%s>' % r['reply_address']),
          ('Subject', 'Re: ' + r['subject']), ('Date', date_hdr('2026-09-15 11:47')), ('Message-ID', mid_gmail(fn)),
          ('In-Reply-To', r['message_id']), ('References', r['message_id']),
          ('X-Gm-Message-State', 'AOJu0Yw' + h(fn + 'g', 24))]
    write(fn, message(hp, mixed(fn, alt, [attachment(pdf, 'Selectboard minutes 2025-2026.pdf')], style='gmail')))


@msg
def m010():
    fn = '010-danby-assistant-contracts-final.eml'
    r = REQS['REQ-005']
    sue = mid_gmail('009-danby-clerk-minutes-interim.eml')
    text = """Hello - here is the road commissioner's agreement (2025-2027) and the winter sand and plowing agreement the board approved on 9/8.

On the executive sessions: the board doesn't keep separate minutes for executive session. The motion to go in and anything they vote on when they come out is in the regular minutes Sue sent you, so there isn't anything more to send.

Linda Pratt
Selectboard Assistant
Town of Danby
"""
    agr = wrap("""TOWN OF DANBY
AGREEMENT FOR SERVICES OF ROAD COMMISSIONER
Term: March 1, 2025 through February 28, 2027

The Town of Danby, acting by its Selectboard, and the Road Commissioner agree as follows:
1. The Road Commissioner shall supervise maintenance of Town highways under 19 V.S.A. § 304 and the direction of the Selectboard.
2. Compensation: hourly rate as set in the annual budget; equipment rates per the attached schedule.
3. The Road Commissioner shall report to the Selectboard at each regular meeting.

WINTER SAND AND PLOWING AGREEMENT, 2026-27 season (approved by the Selectboard September 8, 2026)
Contractor shall plow and sand Town roads on the routes shown in Schedule A at the rates in Schedule B.
Term: November 1, 2026 to April 15, 2027.

Signed for the Town by the Selectboard Chair.""", 90)
    pdf = make_pdf(agr, 'Road Commissioner and plowing agreements', 'Canon iR-ADV C3530 PDF', font='Times-Roman', size=11, date="20260915141003-04'00'")
    alt = alt_gmail(fn, text)
    hp = [('From', 'Linda Pratt <danbyselectboard@gmail.com>'), ('To', 'Records Desk <%s>' % r['reply_address']),
          ('Cc', 'Danby Town Clerk <danbytownclerk@gmail.com>'),
          ('Subject', 'Re: ' + r['subject']), ('Date', date_hdr('2026-09-15 14:22')), ('Message-ID', mid_gmail(fn)),
          ('In-Reply-To', sue), ('References', '%s\n %s' % (r['message_id'], sue))]
    write(fn, message(hp, mixed(fn, alt, [attachment(pdf, 'Road commissioner + plow agreements.pdf')], style='gmail')))


@msg
def m011():
    fn = '011-ctdoc-ack.eml'
    r = REQS['REQ-006']
    subj = 'FOI Request 26FOI0457 - Acknowledgment'
    text = """Good morning,

The Department of Correction is in receipt of your Freedom of Information request dated September 15, 2026, which was received by the FOI Unit the same day. Your request has been assigned number 26FOI0457. Please reference this number in all correspondence.

Your request seeks documentation of each placement of an incarcerated person in a restraint chair or in in-cell restraints from January 1, 2024 to the present, and any summary reports of those placements.

The Department is reviewing your request and will respond in accordance with the Freedom of Information Act. Please be advised that records relating to the safety and security of correctional facilities may be exempt from disclosure under Conn. Gen. Stat. § 1-210(b)(18). Fees for copies, if any, will be assessed in accordance with Conn. Gen. Stat. § 1-212.

Respectfully,

Michelle Rivera-Santos
FOI Liaison, Office of Legal Affairs
Connecticut Department of Correction
24 Wolcott Hill Road, Wethersfield, CT 06109
"""
    hp = [('From', '"Rivera-Santos, Michelle (DOC)" <Michelle.Rivera-Santos@ct.gov>'), ('To', r['reply_address']),
          ('CC', '"DOC, FOI (DOC)" <doc.foi@ct.gov>'),
          ('Subject', subj), ('Date', date_hdr('2026-09-16 10:05')), ('Message-ID', mid_outlook(fn))] + outlook_hdrs(fn, subj, org='ct.gov')
    write(fn, message(hp, alt_outlook(fn, text)))


@msg
def m012():
    fn = '012-monson-scanned-letter-ack.eml'
    letter = wrap("""                              TOWN OF MONSON
                   P.O. Box 308  *  Monson, Maine 04464
                 Town Office  *  Tel. (207) 555-0128

September 18, 2026

Records Desk
records@records.example.org

RE: Freedom of Access Act Request

Dear Sir or Madam:

This letter is to acknowledge your request under Maine's Freedom of Access Act, 1 M.R.S. § 408-A, which was received in this office on September 17, 2026. You have asked for copies of the current contract for operation of the Town's transfer station and the minutes of the Select Board meetings for calendar year 2025.

The Town expects to have the copies ready by October 9, 2026.

The Town charges $0.10 per page for copies. The law also allows the Town to charge for staff time after the first two hours spent on a request. We will let you know the total cost before anything is sent.

Sincerely,

   C. Pomeroy

Carol Pomeroy
Town Clerk""", 84)
    pdf = make_pdf(letter, 'Scan_20260921_100412', 'Xerox AltaLink C8130 OCR', font='Courier', size=10.5, scanned=True,
                   creator='Xerox Scan to Email', date="20260921100412-04'00'")
    text = """Please open the attached document. It was scanned and sent to you using a Xerox multifunction printer.

Attachment File Type: PDF, Multi-Page

Device Name: MonsonTownOffice-C8130
Device Location: Town Office front counter

For more information on Xerox products and solutions, please visit https://www.xerox.com
"""
    hp = [('From', 'Town of Monson <townoffice@monsonmaine.org>'), ('To', 'records@records.example.org'),
          ('Subject', 'Scanned document from Town Office'), ('Date', date_hdr('2026-09-21 10:12')),
          ('Message-ID', '<%s.XRX.%s@monsonmaine.org>' % (h(fn, 14).upper(), h(fn + 'q', 6))), ('X-Mailer', 'Xerox AltaLink C8130')]
    b = 'XRX_%s' % h(fn + 'b', 20)
    write(fn, message(hp, multipart('mixed', b, [enc_text(text), attachment(pdf, 'Scan_20260921_100412.pdf')])))


@msg
def m013():
    fn = '013-va-ack-html-letter.eml'
    r = REQS['REQ-008']
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Times New Roman',serif;font-size:12pt">
<table width="640" cellpadding="0" cellspacing="0"><tr><td>
<p style="text-align:center;margin-bottom:0"><b>DEPARTMENT OF VETERANS AFFAIRS</b><br>White River Junction VA Medical Center<br>215 North Main Street<br>White River Junction, VT 05009</p>
<p style="text-align:right">September 21, 2026<br>In Reply Refer To: 405/00FOIA<br>FOIA Request No.: 26-08412-F</p>
<p>Records Desk<br>Attn: Priya Natarajan<br>records+req-008@records.example.org</p>
<p>Dear Ms. Natarajan:</p>
<p>This letter acknowledges receipt of your Freedom of Information Act (FOIA) request, which this office received on September 17, 2026. You requested: (1) reports, dashboards or summaries of wait times for community care consults originating at the White River Junction VA Medical Center and its community-based outpatient clinics, fiscal years 2024 through 2026; and (2) contracts, task orders and invoices for contract or agency nurse staffing at the medical center for the same period.</p>
<p>Your request has been assigned FOIA tracking number <b>26-08412-F</b>. Please cite this number in any communication regarding your request.</p>
<p>Your request has been placed in the complex processing track because it will require searches in more than one office, including offices outside the medical center. Your request for a fee waiver will be addressed when we make a determination on your request. We will make every effort to respond within the time limits of the FOIA; if we require additional time, we will notify you in writing.</p>
<p>You may contact me or the VHA FOIA Public Liaison with questions about your request. You also have the right to seek dispute resolution services from the Office of Government Information Services (OGIS) at the National Archives and Records Administration, 8601 Adelphi Road&ndash;OGIS, College Park, Maryland 20740-6001; email ogis@nara.gov; telephone 202-741-5770 or toll free 1-877-684-6448.</p>
<p>Sincerely,</p>
<p>Lauren Tessier<br>FOIA/Privacy Officer<br>White River Junction VA Medical Center<br>vhawrjfoia@va.gov</p>
</td></tr></table>
</body></html>
"""
    subj = 'FOIA Request 26-08412-F \u2013 Acknowledgment'
    hp = [('From', 'VHA WRJ FOIA <vhawrjfoia@va.gov>'), ('To', r['reply_address']), ('Subject', subj),
          ('Date', date_hdr('2026-09-21 14:50')), ('Message-ID', mid_outlook(fn))] + outlook_hdrs(fn, 'FOIA Request 26-08412-F - Acknowledgment', org='va.gov')
    write(fn, message(hp, enc_text(html, 'html')))


@msg
def m014():
    fn = '014-sandwich-ack-terse-cp1252.eml'
    r = REQS['REQ-009']
    text = """Received. The Board meets Thursday 9/24 and will take up your request then. You’ll hear from us after the meeting.

Karen Doucette
Administrative Assistant
Sandwich Board of Selectmen
8 Maple Street, Center Sandwich NH 03227
(603) 555-0119

""" + outlook_orig('REQ-009', sep='From: Records Desk <records@records.example.org>').replace('From: Records Desk <records@records.example.org>\nFrom: Records Desk <records@records.example.org>', 'From: Records Desk <records@records.example.org>')
    hp = [('From', 'Sandwich Selectmen <selectmen@sandwichnh.org>'), ('To', '"Records Desk" <%s>' % r['reply_address']),
          ('Subject', 'RE: ' + r['subject']), ('Date', date_hdr('2026-09-22 08:45')), ('Message-ID', mid_outlook(fn, 'namprd12')),
          ('In-Reply-To', r['message_id']), ('References', r['message_id']), ('Thread-Topic', r['subject']),
          ('Thread-Index', thread_index(fn)), ('X-MS-Has-Attach', ''), ('X-Mailer', 'Microsoft Outlook 16.0')]
    write(fn, message(hp, enc_text(text, charset='windows-1252', cte='quoted-printable')))


def ggroup_hdrs(fn, person, addr, subj, when, irt, refs, group='RSD13 Records'):
    return [('From', "'%s' via %s <records@rsd13.org>" % (person, group)), ('Reply-To', '%s <%s>' % (person, addr)),
            ('To', None), ('Subject', subj), ('Date', date_hdr(when)), ('Message-ID', mid_gmail(fn)),
            ('In-Reply-To', irt), ('References', refs),
            ('X-Original-Sender', addr),
            ('X-Original-Authentication-Results', 'mx.google.com; dkim=pass header.i=@rsd13.org; spf=pass (google.com: domain of %s designates 209.85.220.41 as permitted sender) smtp.mailfrom=%s; dmarc=pass (p=NONE) header.from=rsd13.org' % (addr, addr)),
            ('Precedence', 'list'), ('Mailing-list', 'list records@rsd13.org; contact records+owners@rsd13.org'),
            ('List-ID', '<records.rsd13.org>'), ('X-Google-Group-Id', str(int(h(group, 10), 16))),
            ('List-Post', '<https://groups.google.com/a/rsd13.org/group/records/post>, <mailto:records@rsd13.org>'),
            ('List-Help', '<https://support.google.com/a/rsd13.org/bin/topic.py?topic=25838>, <mailto:records+help@rsd13.org>'),
            ('List-Archive', '<https://groups.google.com/a/rsd13.org/group/records/>'),
            ('List-Unsubscribe', '<mailto:googlegroups-manage+%s+unsubscribe@googlegroups.com>,\n <https://groups.google.com/a/rsd13.org/group/records/subscribe>' % h(group, 10))]


GG_FOOTER = """
--
You received this message because you are subscribed to the Google Groups "RSD13 Records" group.
To unsubscribe from this group and stop receiving emails from it, send an email to records+unsubscribe@rsd13.org.
"""


@msg
def m015():
    fn = '015-rsd13-googlegroup-clarification.eml'
    r = REQS['REQ-010']
    text = """Good afternoon,

I'm following up on your FOI request of 9/22 on behalf of the interim superintendent. The employment contract and the separation agreement are straightforward and we expect to send those shortly.

For the legal invoices, could you help us narrow the request? The district uses two firms, and the monthly invoices cover every matter the firms handle for us, including special education and student discipline matters where the billing descriptions would need substantial redaction. Would you accept invoices limited to matters involving the former superintendent's employment and separation? Or, if you want all invoices, would the summary page of each invoice (firm, month, total billed) meet your needs?

Please let me know how you'd like to proceed and we'll go from there.

Maura Kelleher
Executive Assistant to the Superintendent
Regional School District 13 | Durham-Middlefield
135A Pickett Lane, Durham, CT 06422
""" + GG_FOOTER
    hp = ggroup_hdrs(fn, 'Maura Kelleher', 'mkelleher@rsd13.org', 'Re: ' + r['subject'], '2026-09-23 13:10', r['message_id'], r['message_id'])
    hp[2] = ('To', 'Records Desk <%s>' % r['reply_address'])
    write(fn, message(hp, alt_gmail(fn, text)))


@msg
def m016():
    fn = '016-providence-nextrequest-extension.eml'
    inner = """<p><b>Andrea Medeiros</b> (Law Department) sent a message regarding request <b>#26-1187</b>:</p>
<blockquote style="border-left:3px solid #1f4e79;margin:0;padding:8px 14px;background:#f7f9fc">
<p>Good morning. Pursuant to R.I. Gen. Laws &sect; 38-2-3(e), the City is extending the time to respond to your request by an additional twenty (20) business days for good cause. Your request seeks records held by more than one department, and the alert data covers more than two and a half years and must be exported from the vendor's system and reviewed before release.</p>
<p>The City will respond to your request on or before October 26, 2026. Records that are ready sooner will be released through the portal as they become available.</p>
<p>Andrea Medeiros<br>Public Records Coordinator, City of Providence Law Department</p>
</blockquote>"""
    hp = nr_hdrs(fn, REQS['REQ-004']['reply_address'], '[Providence Public Records] Request #26-1187: new message from the City', '2026-09-25 09:20')
    write(fn, message(hp, enc_text(nextrequest_html('A message was sent to you', inner, '26-1187'), 'html')))


@msg
def m017():
    fn = '017-vsp-interim-policies.eml'
    text = """Hello,

Attached is the first set of records responsive to P26-0741:

- DPS policy on mobile video recording and body-worn cameras (current version, effective 2025, and the superseded 2023 version)
- The portion of the Department's records retention schedule covering MVR and BWC recordings

The use-of-force reports are still with the Office of Professional Standards for review and redaction. We expect to have those to you by October 23.

Alyssa

Alyssa Bouchard
Records Specialist
Vermont Department of Public Safety | Records Section
"""
    pol = wrap("""VERMONT STATE POLICE - RULES AND REGULATIONS / DIRECTIVES (excerpt)
Mobile Video Recording and Body-Worn Cameras

Purpose: to establish procedures for the operation of cruiser-mounted mobile video recorders (MVR) and body-worn cameras (BWC), and for the management, retention and release of recordings.

Activation: members shall activate recording equipment during enforcement contacts, pursuits, searches and any use of force, subject to listed exceptions.

Retention (from the Department's approved records retention schedule):
- Recordings with no evidentiary value: retained 90 days, then deleted.
- Recordings associated with an arrest, use of force or complaint: retained until final disposition plus 3 years.
- Recordings associated with a homicide or fatal crash: permanent.

Superseded version (2023) attached for comparison; changes in 2025 concern BWC activation prompts.""", 90)
    pdf = make_pdf(pol, 'MVR BWC policy and retention', 'Microsoft: Print To PDF', date="20260925150233-04'00'")
    subj = 'RE: P26-0741 - Notice of Extension'
    prev = mid_outlook('006-vsp-extension-letter-pdf.eml')
    hp = [('From', '"Bouchard, Alyssa" <Alyssa.Bouchard@vermont.gov>'), ('To', REQS['REQ-001']['reply_address']),
          ('Subject', subj), ('Date', date_hdr('2026-09-25 15:30')), ('Message-ID', mid_outlook(fn)),
          ('In-Reply-To', prev), ('References', prev)] + outlook_hdrs(fn, subj, attach=True)
    write(fn, message(hp, mixed(fn, alt_outlook(fn, text), [attachment(pdf, 'VSP_MVR_BWC_Policy_and_Retention.pdf')])))


@msg
def m018():
    fn = '018-colleague-misdirected-null.eml'
    text = """Priya -

Statehouse garage passes for Thursday are in the top drawer of my desk. Take two, the second one is for the photographer. Mileage form is on the shared drive under Admin.

Sorry, I think this went to the desk inbox instead of you. Ignore if so.

Dana
"""
    hp = [('From', 'Dana Whitcomb <dwhitcomb@records.example.org>'), ('To', 'records@records.example.org'),
          ('Subject', 'Re: parking for the Montpelier trip'), ('Date', date_hdr('2026-09-28 12:03')),
          ('Message-ID', '<%s@records.example.org>' % h(fn, 24)), ('In-Reply-To', '<%s@records.example.org>' % h(fn + 'p', 24)),
          ('User-Agent', 'Mozilla Thunderbird')]
    write(fn, message(hp, enc_text(text)))


@msg
def m019():
    fn = '019-fwd-attached-sandwich-fee.eml'
    inner_text = """Priya,

The Board reviewed the request at its 9/24 meeting. There are 62 pages of correspondence between the Board, the Road Agent, NHDOT and the engineer from 2024 to now. Copies are $.50 per page, so $31.00. Or you are welcome to look at them at the Town Office at no charge, Mon-Thurs 8:00-4:00. Let us know which. Checks payable to Town of Sandwich.

Karen
"""
    inner = message([('From', 'Sandwich Selectmen <selectmen@sandwichnh.org>'), ('To', '"Natarajan, Priya" <pnatarajan@records.example.org>'),
                     ('Subject', 'Route 113 culvert records'), ('Date', date_hdr('2026-09-29 11:15')),
                     ('Message-ID', mid_outlook(fn + 'inner', 'namprd12')), ('X-Mailer', 'Microsoft Outlook 16.0')],
                    enc_text(inner_text, charset='windows-1252')).decode('utf-8')
    outer = """Sandwich selectmen's office sent this straight to me (I called Karen last week about the culvert request). Adding it to the desk inbox so it gets logged. Do we want to pay the $31 or go up and inspect?

-P
"""
    b = '------------%s' % h(fn, 24)
    parts = [enc_text(outer), ('Content-Type: message/rfc822;\n\tname="Route 113 culvert records.eml"\nContent-Disposition: attachment;\n\tfilename="Route 113 culvert records.eml"', inner)]
    hp = [('From', 'Priya Natarajan <pnatarajan@records.example.org>'), ('To', 'records@records.example.org'),
          ('Subject', 'FW: Route 113 culvert records'), ('Date', date_hdr('2026-09-29 16:20')),
          ('Message-ID', '<%s@records.example.org>' % h(fn, 24)), ('User-Agent', 'Mozilla Thunderbird')]
    write(fn, message(hp, multipart('mixed', b, parts)))


@msg
def m020():
    fn = '020-ctdoc-extension-no-statutory-days.eml'
    prev = mid_outlook('011-ctdoc-ack.eml')
    subj = 'RE: FOI Request 26FOI0457 - Acknowledgment'
    text = """Good morning,

I am writing with an update on FOI request 26FOI0457. The restraint documentation you requested is maintained at the facility level and must be gathered from each facility that uses restraint chairs or in-cell restraints, and then reviewed by the Security Division under Conn. Gen. Stat. § 1-210(b)(18) before any release decision is made.

Given the number of facilities and the date range involved, the Department anticipates that it will be in a position to provide an initial response on or about November 6, 2026.

Thank you for your patience.

Michelle Rivera-Santos
FOI Liaison, Office of Legal Affairs
Connecticut Department of Correction
"""
    hp = [('From', '"Rivera-Santos, Michelle (DOC)" <Michelle.Rivera-Santos@ct.gov>'), ('To', REQS['REQ-006']['reply_address']),
          ('Subject', subj), ('Date', date_hdr('2026-09-30 09:40')), ('Message-ID', mid_outlook(fn)),
          ('In-Reply-To', prev), ('References', prev)] + outlook_hdrs(fn, subj, org='ct.gov')
    write(fn, message(hp, alt_outlook(fn, text)))


@msg
def m021():
    fn = '021-ums-fee-estimate-prepayment.eml'
    text = """Dear Records Desk,

The University has completed a preliminary search for records responsive to your Freedom of Access Act request, UMS-26-117. The search identified approximately 1,400 pages of potentially responsive agreements, amendments and related correspondence from several of the System's universities. These records must be reviewed, and in some cases redacted, before release.

Under 1 M.R.S. § 408-A(8), the University may charge for time spent searching for, retrieving, compiling and redacting records, after the first two hours of staff time. Our estimate is as follows:

    Search, retrieval and compilation      4.0 hours
    Review and redaction                   7.0 hours
    Less first two hours (no charge)      -2.0 hours
    Billable staff time                    9.0 hours x $25.00 = $225.00

Because the estimated cost exceeds $100, the University requires payment in advance under § 408-A(10) before it continues processing the request. This is an estimate only; if the work takes less time, you will be charged only for the actual time and any difference will be refunded.

You may also wish to narrow the request. For example, limiting it to the current agreements with the two apparel vendors and the System's NIL policy would cost no more than $50.

Please let us know how you would like to proceed. Payment may be made by check payable to the University of Maine System or by card through the link we can provide on request.

Rebecca Thibodeau
Paralegal, Office of the General Counsel
University of Maine System
15 Estabrooke Drive, Orono, ME 04469
"""
    r = REQS['REQ-003']
    subj = 'FOAA UMS-26-117 - Cost estimate'
    hp = [('From', 'Rebecca Thibodeau <rebecca.thibodeau@maine.edu>'), ('To', r['reply_address']),
          ('Cc', 'UMS FOAA <ums.foaa@maine.edu>'), ('Subject', subj), ('Date', date_hdr('2026-10-01 14:05')),
          ('Message-ID', mid_outlook(fn, 'namprd14')), ('References', r['message_id'])] + outlook_hdrs(fn, subj, org='maine.edu')
    write(fn, message(hp, enc_text(text)))


@msg
def m022():
    fn = '022-rsd13-googlegroup-interim.eml'
    r = REQS['REQ-010']
    ours = '<req-010.20260924.2@records.example.org>'
    text = """Good morning,

Attached are the former superintendent's employment contract (effective July 1, 2023, as amended in 2024) and the separation agreement and general release approved by the Board of Education on June 16, 2026.

Thank you for agreeing to limit the legal invoices to matters involving the former superintendent's employment and separation. Tom Visconti in the business office is pulling those now, and we will send them once they have been reviewed.

Maura Kelleher
Executive Assistant to the Superintendent
Regional School District 13
""" + GG_FOOTER
    doc = wrap("""REGIONAL SCHOOL DISTRICT 13
EMPLOYMENT AGREEMENT - SUPERINTENDENT OF SCHOOLS (copy)
Term: July 1, 2023 - June 30, 2026; amended by First Amendment dated March 11, 2024.
Base salary, benefits, evaluation procedure (see Section 9), and termination provisions.

SEPARATION AGREEMENT AND GENERAL RELEASE
Approved by the Board of Education, June 16, 2026.
1. Resignation effective June 30, 2026.
2. Payment equal to ... months of base salary, less lawful deductions.
3. Mutual non-disparagement; neutral reference.
4. Attachment A: performance evaluation materials (not attached to this copy; see district response).
5. General release of claims.""", 90)
    pdf = make_pdf(doc, 'RSD13 Superintendent contract and separation agreement', 'Adobe Scan', date="20261005101530-04'00'")
    hp = ggroup_hdrs(fn, 'Maura Kelleher', 'mkelleher@rsd13.org', 'Re: ' + r['subject'], '2026-10-05 10:30', ours,
                     '%s\n %s\n %s' % (r['message_id'], mid_gmail('015-rsd13-googlegroup-clarification.eml'), ours))
    hp[2] = ('To', 'Records Desk <%s>' % r['reply_address'])
    write(fn, message(hp, mixed(fn, alt_gmail(fn, text), [attachment(pdf, 'RSD13_Superintendent_Contract_and_Separation.pdf')], style='gmail')))


@msg
def m023():
    fn = '023-vsp-clarification-personal-gov.eml'
    r = REQS['REQ-011']
    subj = 'RE: ' + r['subject']
    text = """Hi there,

I'm handling your overtime request (our number is P26-0912). Before I send it to payroll I have a few questions so we pull the right thing:

1. VSP consolidated some stations in 2025, so "by barracks" doesn't line up the same way across both fiscal years. Would it work to report it by the station each member was assigned to on the pay date?
2. Do you want overtime hours, overtime dollars, or both?
3. Are you looking for individual members (name, rank, station) or totals by station?

Individual-level data takes a bit longer because it has to be reviewed, but it's doable. Let me know and I'll get this moving.

Thanks,
Jenna

Jenna Roy | Public Records Officer
Vermont Department of Public Safety
45 State Drive, Waterbury, VT 05671

""" + outlook_orig('REQ-011', sep='________________________________')
    hp = [('From', 'Jenna Roy <Jenna.Roy@vermont.gov>'), ('To', r['reply_address']), ('Subject', subj),
          ('Date', date_hdr('2026-10-07 11:22')), ('Message-ID', mid_outlook(fn)),
          ('In-Reply-To', r['message_id']), ('References', r['message_id'])] + outlook_hdrs(fn, subj)
    write(fn, message(hp, alt_outlook(fn, text)))


@msg
def m024():
    fn = '024-fwd-va-extension-to-reporter.eml'
    letter = """Dear Ms. Natarajan:

This concerns your Freedom of Information Act (FOIA) request, received by the White River Junction VA Medical Center on September 17, 2026 and assigned tracking number 26-08412-F, for community care wait-time reports and contract nurse staffing records for fiscal years 2024 through 2026.

Unusual circumstances, as defined in 5 U.S.C. § 552(a)(6)(B)(iii), apply to your request. Responsive records must be searched for and collected from offices separate from this facility, including the VISN 1 Network Contracting Office and the Office of Integrated Veteran Care, and the request involves a voluminous amount of separate and distinct records. We are therefore extending the time limit to respond to your request by ten (10) working days.

We will not be able to complete your request within the extended period. You may limit the scope of your request so that it can be processed more quickly, or you may arrange with us an alternative time frame for processing. Our current estimated completion date is December 18, 2026.

You may contact me, or the VHA FOIA Public Liaison at vhafoiapubliclaison@va.gov, for further assistance and to discuss any aspect of your request. You may also contact the Office of Government Information Services (OGIS) at the National Archives and Records Administration to inquire about the FOIA mediation services they offer: Office of Government Information Services, National Archives and Records Administration, 8601 Adelphi Road-OGIS, College Park, Maryland 20740-6001; e-mail ogis@nara.gov; telephone 202-741-5770; toll free 1-877-684-6448.

Sincerely,

Lauren Tessier
FOIA/Privacy Officer
White River Junction VA Medical Center
"""
    text = """fyi -- VA sent this to me rather than the desk address (my name was on the request letter). Forwarding so it's logged.

Priya

________________________________
From: Tessier, Lauren <Lauren.Tessier@va.gov>
Sent: Thursday, October 8, 2026 4:47 PM
To: Natarajan, Priya <pnatarajan@records.example.org>
Subject: FOIA Request 26-08412-F - Unusual Circumstances Extension

""" + letter
    hp = [('From', 'Priya Natarajan <pnatarajan@records.example.org>'), ('To', 'records@records.example.org'),
          ('Subject', 'Fwd: FOIA Request 26-08412-F - Unusual Circumstances Extension'), ('Date', date_hdr('2026-10-09 09:05')),
          ('Message-ID', '<%s@records.example.org>' % h(fn, 24)), ('User-Agent', 'Mozilla Thunderbird')]
    write(fn, message(hp, enc_text(text)))


@msg
def m025():
    fn = '025-monson-fee-gmail-deputy.eml'
    text = """Hello, your copies for the transfer station contract and the 2025 select board minutes are ready. 84 pages at $.10 = $8.40. Carol said there's no charge for the time.

You can mail a check to Town of Monson, PO Box 308, Monson ME 04464 and we'll email the scans when it comes in, or you can pick them up at the office.

Nate Ellis
Deputy Clerk, Town of Monson
"""
    hp = [('From', 'Nate Ellis <monsondeputyclerk@gmail.com>'), ('To', 'records@records.example.org'),
          ('Subject', 'copies'), ('Date', date_hdr('2026-10-09 13:40')), ('Message-ID', mid_gmail(fn))]
    write(fn, message(hp, alt_gmail(fn, text)))


@msg
def m026():
    fn = '026-sandwich-final-noheaders-withheld-letter.eml'
    text = """Payment received, thank you. The culvert correspondence is attached (61 pages scanned into one PDF).

One letter from Town Counsel to the Board dated May 12, 2026 was not included. It is a confidential attorney-client communication and is exempt under RSA 91-A:5. That’s why it’s 61 pages and not the 62 we quoted — the $.50 difference is enclosed with your receipt.

Karen Doucette
Administrative Assistant
Sandwich Board of Selectmen
"""
    doc = wrap("""TOWN OF SANDWICH - ROUTE 113 CULVERT CORRESPONDENCE (2024-2026)
Index of documents produced (61 pages):
1. 03/14/2024 Road Agent to Board - condition of Route 113 culvert near Cold Spring, photos
2. 05/02/2024 Board to NHDOT District 3 - request for joint inspection
3. 07/19/2024 NHDOT to Board - inspection results, culvert rated poor
4. 11/08/2024 Engineer to Board - preliminary design and cost estimate
5. 02/21/2025 Board to NHDOT - question on state aid bridge program eligibility
...
27. 08/30/2026 Engineer to Road Agent - construction schedule, detour plan
Withheld: 05/12/2026 Town Counsel to Board (attorney-client privileged)""", 90)
    pdf = make_pdf(doc, 'Rte 113 culvert correspondence', 'RICOH MP C3004ex', font='Times-Roman', size=11, scanned=True, date="20261013141201-04'00'")
    hp = [('From', 'Sandwich Selectmen <selectmen@sandwichnh.org>'), ('To', 'records@records.example.org'),
          ('Subject', 'Culvert correspondence'), ('Date', date_hdr('2026-10-13 14:30')), ('Message-ID', mid_outlook(fn, 'namprd12')),
          ('X-Mailer', 'Microsoft Outlook 16.0')]
    b = '----=_NextPart_000_%s' % h(fn, 16).upper()
    write(fn, message(hp, multipart('mixed', b, [enc_text(text, charset='windows-1252', cte='quoted-printable'),
                                                 attachment(pdf, 'Rte 113 culvert correspondence.pdf')])))


@msg
def m027():
    fn = '027-vsp-call-request-ambiguous.eml'
    text = """Good morning,

I've been asked to reach out to you about your records request. Could someone from your office give me a call when you have a few minutes? There are a couple of things I'd like to walk through with you before we go any further.

Thank you,

Sgt. Marc Gagnon
Vermont State Police
Office: (802) 555-0163
"""
    subj = 'Your records request'
    hp = [('From', '"Gagnon, Marc" <Marc.Gagnon@vermont.gov>'), ('To', 'records@records.example.org'), ('Subject', subj),
          ('Date', date_hdr('2026-10-14 09:50')), ('Message-ID', mid_outlook(fn))] + outlook_hdrs(fn, subj)
    write(fn, message(hp, alt_outlook(fn, text)))


@msg
def m028():
    fn = '028-nhdhhs-ack-lead-data.eml'
    r = REQS['REQ-013']
    subj = 'RE: ' + r['subject']
    text = """Good afternoon,

DHHS received your Right-to-Know request (below) on October 13, 2026. It has been assigned RTK 26-0451.

I have sent your request to the Healthy Homes and Lead Poisoning Prevention Program in the Division of Public Health Services to determine what responsive records exist. The Department expects to need approximately fifteen business days to respond, and I will contact you if that changes.

Kristen M. Ouellette
Paralegal II | Right-to-Know Coordinator
NH Department of Health and Human Services

""" + outlook_orig('REQ-013')
    hp = [('From', '"Ouellette, Kristen" <Kristen.M.Ouellette@dhhs.nh.gov>'), ('To', r['reply_address']),
          ('Subject', subj), ('Date', date_hdr('2026-10-14 15:12')), ('Message-ID', mid_outlook(fn)),
          ('In-Reply-To', r['message_id']), ('References', r['message_id'])] + outlook_hdrs(fn, subj, org='dhhs.nh.gov')
    write(fn, message(hp, alt_outlook(fn, text)))


@msg
def m029():
    fn = '029-bounce-exchange-ums-too-large.eml'
    r = REQS['REQ-003']
    fee = mid_outlook('021-ums-fee-estimate-prepayment.eml', 'namprd14')
    ours = '<req-003.20261019.3@records.example.org>'
    note = """Delivery has failed to these recipients or groups:

rebecca.thibodeau@maine.edu
Your message couldn't be delivered because it's larger than the recipient's organization allows. Try removing attachments or sending a smaller message.

Diagnostic information for administrators:

Generating server: BL1PR14MB7320.namprd14.prod.outlook.com

rebecca.thibodeau@maine.edu
Remote Server returned '552 5.3.4 Message size exceeds fixed maximum message size'

Original message headers:
"""
    orig = headers([('From', DESK), ('Reply-To', r['reply_address']), ('To', 'Rebecca Thibodeau <rebecca.thibodeau@maine.edu>'),
                    ('Cc', 'UMS FOAA <ums.foaa@maine.edu>'), ('Subject', 'RE: FOAA UMS-26-117 - Cost estimate'),
                    ('Date', date_hdr('2026-10-19 08:30')), ('Message-ID', ours), ('In-Reply-To', fee),
                    ('References', '%s\n %s' % (r['message_id'], fee)), ('MIME-Version', '1.0'),
                    ('Content-Type', 'multipart/mixed; boundary="------------a81c0e77d2f3b9104e5c6d21"')])
    ds = """Reporting-MTA: dns;BL1PR14MB7320.namprd14.prod.outlook.com
Received-From-MTA: dns;mx2.records.example.org
Arrival-Date: Mon, 19 Oct 2026 12:30:12 +0000

Final-Recipient: rfc822;rebecca.thibodeau@maine.edu
Action: failed
Status: 5.3.4
Diagnostic-Code: smtp;552 5.3.4 Message size exceeds fixed maximum message size
"""
    b = '_%s_' % h(fn, 28)
    parts = [enc_text(note + '\n' + orig + '\n'), ('Content-Type: message/delivery-status', ds),
             ('Content-Type: text/rfc822-headers', orig)]
    hp = [('From', 'postmaster@maine.edu'), ('To', 'records@records.example.org'),
          ('Subject', 'Undeliverable: RE: FOAA UMS-26-117 - Cost estimate'), ('Date', date_hdr('2026-10-19 08:31')),
          ('Message-ID', mid_outlook(fn, 'namprd14')), ('In-Reply-To', ours), ('References', ours),
          ('Auto-Submitted', 'auto-replied'), ('X-MS-Exchange-Message-Is-Ndr', ''), ('Content-Language', 'en-US')]
    write(fn, message(hp, multipart('report', b, parts, '; report-type=delivery-status')))


@msg
def m030():
    fn = '030-providence-clarification-lsl.eml'
    inner = """<p><b>Andrea Medeiros</b> (Law Department) sent a message regarding request <b>#26-1342</b>:</p>
<blockquote style="border-left:3px solid #1f4e79;margin:0;padding:8px 14px;background:#f7f9fc">
<p>Thank you for your request. The City's Department of Public Works does not carry out lead service line replacements; the replacement program is administered by Providence Water, which is a separate public body with its own public records officer.</p>
<p>So that we can search the correct City records, please clarify whether you are seeking (a) City contracts for street and sidewalk restoration connected to lead service line work, (b) DPW street-opening permits issued for lead service line work, or (c) something else. The time for the City's response will run from the date we receive your clarification.</p>
<p>Please reply through the portal using the link below.</p>
</blockquote>"""
    hp = nr_hdrs(fn, REQS['REQ-012']['reply_address'], '[Providence Public Records] Request #26-1342: clarification needed', '2026-10-20 11:00')
    write(fn, message(hp, enc_text(nextrequest_html('The City needs more information', inner, '26-1342'), 'html')))


@msg
def m031():
    fn = '031-vsp-fee-estimate-staff-time.eml'
    r = REQS['REQ-011']
    ours = '<req-011.20261008.2@records.example.org>'
    subj = 'RE: ' + r['subject']
    text = """Hi,

Thanks for talking with Sgt. Gagnon last week. Payroll can run individual overtime (hours and dollars) by station for FY25 and FY26, as you asked.

Under 1 V.S.A. § 316, the Department may charge for staff time when compiling the records takes more than 30 minutes. Payroll estimates about five hours to build and check the report, so the estimated charge would be 5 hours x $27.50 = $137.50. That could come down if the report runs cleanly the first time. There is no charge for the electronic copy itself.

Please confirm that you want us to go ahead on that basis, and I'll send it over to payroll. We will invoice when the records are ready.

Thanks,
Jenna

Jenna Roy | Public Records Officer
Vermont Department of Public Safety
PRR P26-0912
"""
    prev = mid_outlook('023-vsp-clarification-personal-gov.eml')
    hp = [('From', 'Jenna Roy <Jenna.Roy@vermont.gov>'), ('To', r['reply_address']), ('Subject', subj),
          ('Date', date_hdr('2026-10-21 14:45')), ('Message-ID', mid_outlook(fn)),
          ('In-Reply-To', ours), ('References', '%s\n %s\n %s' % (r['message_id'], prev, ours))] + outlook_hdrs(fn, subj)
    write(fn, message(hp, alt_outlook(fn, text)))


@msg
def m032():
    fn = '032-ums-ack-plain-no-estimate.eml'
    r = REQS['REQ-014']
    text = """Dear Records Desk,

This acknowledges the University of Maine System's receipt on October 20, 2026 of your request under the Freedom of Access Act for Title IX annual reports and Title IX case counts for academic years 2021-22 through 2025-26. Your request has been assigned number UMS-26-163.

The University will provide a good faith estimate of the time needed to respond once the Title IX offices at the System's universities have been consulted.

Office of the General Counsel
University of Maine System
"""
    subj = 'FOAA Request UMS-26-163 \u2013 Acknowledgment'
    hp = [('From', 'UMS FOAA <ums.foaa@maine.edu>'), ('To', r['reply_address']), ('Subject', subj),
          ('Date', date_hdr('2026-10-22 10:20')), ('Message-ID', mid_outlook(fn, 'namprd14')),
          ('In-Reply-To', r['message_id']), ('References', r['message_id'])] + outlook_hdrs(fn, 'FOAA Request UMS-26-163 - Acknowledgment', org='maine.edu')
    write(fn, message(hp, enc_text(text)))


@msg
def m033():
    fn = '033-nhdhhs-extension-new-date.eml'
    subj = 'RTK 26-0388 - status update'
    text = """Hello,

I'm writing with an update on RTK 26-0388 (New Hampshire Hospital contract staffing agreements and invoices).

The Department has gathered the staffing agency agreements and most of the invoices. The invoices include the names of individual nurses and other information that must be reviewed before release, and we have notified two vendors that some pages may contain confidential commercial or financial information so that they can identify those pages.

Because of this, the Department now anticipates providing the records on or before November 20, 2026. If we are able to release part of the records earlier, we will.

Kristen M. Ouellette
Paralegal II | Right-to-Know Coordinator
NH Department of Health and Human Services
"""
    hp = [('From', '"Ouellette, Kristen" <Kristen.M.Ouellette@dhhs.nh.gov>'), ('To', REQS['REQ-002']['reply_address']),
          ('Subject', subj), ('Date', date_hdr('2026-10-22 16:05')), ('Message-ID', mid_outlook(fn))] + outlook_hdrs(fn, subj, org='dhhs.nh.gov')
    write(fn, message(hp, alt_outlook(fn, text)))


@msg
def m034():
    fn = '034-vsp-final-redactions-letter.eml'
    letter = wrap("""VERMONT DEPARTMENT OF PUBLIC SAFETY
Records Section
45 State Drive, Waterbury, Vermont 05671-1300

October 23, 2026

Records Desk
records+req-001@records.example.org

Re: Public Records Request P26-0741 - Final Response

Dear Requester:

This is the Department's final response to your request received September 8, 2026. The Department released its mobile video and body-worn camera policies and the applicable retention schedule on September 25, 2026.

The Department located 214 use-of-force reports for the period January 1, 2023 through September 8, 2026. They are provided through the secure link in the accompanying email, as follows:

- 205 reports are released with redactions. Names, dates of birth and other identifying information of persons who were not members of the Department, and medical information, have been redacted under 1 V.S.A. § 317(c)(7) and § 317(c)(5) (records dealing with the detection and investigation of crime, to the extent release could reasonably be expected to constitute an unwarranted invasion of personal privacy).
- 9 reports relate to incidents that remain under active criminal investigation or prosecution and are withheld in their entirety under 1 V.S.A. § 317(c)(5)(A).

Supervisory review forms are included with the reports to which they relate.

If you believe records have been wrongfully withheld, you may appeal this determination in writing to the Commissioner of Public Safety, 45 State Drive, Waterbury, VT 05671, as provided in 1 V.S.A. § 318.

Sincerely,

Alyssa Bouchard
Records Specialist, for the Records Custodian
Vermont Department of Public Safety""", 88)
    pdf = make_pdf(letter, 'P26-0741 Final Response', 'Microsoft: Print To PDF', creator='Microsoft Word', date="20261023131004-04'00'")
    text = """Please find attached the Department's final response to your public records request P26-0741.

The redacted use-of-force reports (214 files) are available for download at the secure link below. The link expires in 30 days.

https://vermontgov.sharefile.com/d-s4e8c1f0b27a9

Alyssa Bouchard
Records Specialist
Vermont Department of Public Safety | Records Section
"""
    subj = 'P26-0741 - Final Response'
    hp = [('From', '"Bouchard, Alyssa" <Alyssa.Bouchard@vermont.gov>'), ('To', REQS['REQ-001']['reply_address']),
          ('Subject', subj), ('Date', date_hdr('2026-10-23 13:30')), ('Message-ID', mid_outlook(fn))] + outlook_hdrs(fn, subj, attach=True)
    write(fn, message(hp, mixed(fn, alt_outlook(fn, text), [attachment(pdf, 'P26-0741_Final_Response.pdf')])))


@msg
def m035():
    fn = '035-va-ack-received-next-day.eml'
    r = REQS['REQ-015']
    text = """Dear Records Desk:

This acknowledges receipt of your Freedom of Information Act request for (1) use-of-force reports prepared by VA Police Service officers at the White River Junction VA Medical Center from January 1, 2023 to the present and (2) any local policy or standard operating procedure governing VA Police body-worn cameras at the medical center.

Your request was sent after the close of business on October 22, 2026 and was received by this office on October 23, 2026. It has been assigned FOIA tracking number 26-09177-F and placed in the simple processing track.

Your request for a fee waiver is being considered and will be addressed in our response. If you have any questions, please contact this office and refer to the tracking number above. You may also contact the VHA FOIA Public Liaison or the Office of Government Information Services (OGIS), National Archives and Records Administration, 8601 Adelphi Road-OGIS, College Park, Maryland 20740-6001, ogis@nara.gov, 202-741-5770, toll free 1-877-684-6448.

Sincerely,

Lauren Tessier
FOIA/Privacy Officer
White River Junction VA Medical Center
"""
    subj = 'FOIA Request 26-09177-F \u2013 Acknowledgment'
    hp = [('From', 'VHA WRJ FOIA <vhawrjfoia@va.gov>'), ('To', r['reply_address']), ('Subject', subj),
          ('Date', date_hdr('2026-10-26 09:10')), ('Message-ID', mid_outlook(fn)),
          ('In-Reply-To', r['message_id']), ('References', r['message_id'])] + outlook_hdrs(fn, 'FOIA Request 26-09177-F - Acknowledgment', org='va.gov')
    write(fn, message(hp, alt_outlook(fn, text)))


@msg
def m036():
    fn = '036-providence-portal-documents-released.eml'
    inner = """<p>Documents have been released on request <b>#26-1187</b>.</p>
<p style="color:#555">3 documents were added to the request.</p>
<p>Sign in to the portal to view and download the released documents.</p>"""
    hp = nr_hdrs(fn, REQS['REQ-004']['reply_address'], '[Providence Public Records] Request #26-1187: documents released', '2026-10-26 10:02')
    write(fn, message(hp, enc_text(nextrequest_html('Documents released', inner, '26-1187'), 'html')))


@msg
def m037():
    fn = '037-providence-nextrequest-interim.eml'
    inner = """<p><b>Andrea Medeiros</b> (Law Department) sent a message regarding request <b>#26-1187</b>:</p>
<blockquote style="border-left:3px solid #1f4e79;margin:0;padding:8px 14px;background:#f7f9fc">
<p>The City has released the following records responsive to item 1 of your request: the Professional Services Agreement with SoundThinking, Inc. (2024), Amendment No. 1 (2025), and the City Council resolution approving the renewal.</p>
<p>The alert data requested in item 2 has been exported from the vendor portal and is being reviewed by the Police Department. We anticipate completing that review and releasing the data by November 20, 2026.</p>
</blockquote>"""
    hp = nr_hdrs(fn, REQS['REQ-004']['reply_address'], '[Providence Public Records] Request #26-1187: new message from the City', '2026-10-26 10:05')
    write(fn, message(hp, enc_text(nextrequest_html('A message was sent to you', inner, '26-1187'), 'html')))


@msg
def m038():
    fn = '038-va-referral-to-oig.eml'
    text = """Dear Records Desk:

During our search for records responsive to item 1 of your FOIA request 26-08412-F, we located 14 pages of records that originated with the VA Office of Inspector General (OIG), consisting of OIG draft review materials concerning community care consult scheduling at this facility.

Because OIG is responsible for making release determinations on its own records, we have referred those 14 pages to the OIG FOIA Office for review and a direct response to you. The OIG FOIA Office will contact you separately about the referred pages.

We are continuing to process the remaining records responsive to your request and will respond by our estimated completion date.

Sincerely,

Lauren Tessier
FOIA/Privacy Officer
White River Junction VA Medical Center
"""
    subj = '26-08412-F - Referral of records to VA Office of Inspector General'
    hp = [('From', '"Tessier, Lauren" <Lauren.Tessier@va.gov>'), ('To', REQS['REQ-008']['reply_address']),
          ('Cc', 'VHA WRJ FOIA <vhawrjfoia@va.gov>'), ('Subject', subj), ('Date', date_hdr('2026-10-29 11:40')),
          ('Message-ID', mid_outlook(fn))] + outlook_hdrs(fn, subj, org='va.gov')
    write(fn, message(hp, alt_outlook(fn, text)))


@msg
def m039():
    fn = '039-danby-no-records-fire.eml'
    r = REQS['REQ-016']
    text = """Hi,

The town doesn't have any reports on the garage fire. The fire department is its own association, and the State Fire Marshal's office did the investigation, so you'd want to ask the Division of Fire Safety. The insurance claim is being handled through PACIF and the town hasn't received anything in writing from them yet.

Sue
"""
    hp = [('From', 'Danby Town Clerk <danbytownclerk@gmail.com>'), ('To', 'Records Desk <%s>' % r['reply_address']),
          ('Subject', 'Re: ' + r['subject']), ('Date', date_hdr('2026-10-29 15:55')), ('Message-ID', mid_gmail(fn)),
          ('In-Reply-To', r['message_id']), ('References', r['message_id'])]
    write(fn, message(hp, alt_gmail(fn, text, gmail_intro('REQ-016'), REQ_META['REQ-016'][3])))


@msg
def m040():
    fn = '040-rsd13-final-withheld-foic.eml'
    r = REQS['REQ-010']
    prev = mid_gmail('022-rsd13-googlegroup-interim.eml')
    text = """Good morning,

Attached are the invoices from Whitlock Dunn LLC for legal services on matters concerning the former superintendent's employment and separation, July 2024 through June 2026 (23 pages).

Narrative entries that describe legal advice requested or given have been redacted as privileged attorney-client communications, Conn. Gen. Stat. §§ 1-210(b)(10) and 52-146r. In addition, the district is withholding the former superintendent's performance evaluation materials referenced as Attachment A to the separation agreement, because records of teacher and administrator performance and evaluation are not public records under Conn. Gen. Stat. § 10-151c.

If you believe you have been wrongly denied access to any record, you may appeal to the Freedom of Information Commission within thirty days in accordance with Conn. Gen. Stat. § 1-206.

This completes the district's response to your request.

Tom Visconti
Business Manager
Regional School District 13
""" + GG_FOOTER
    inv = wrap("""WHITLOCK DUNN LLC - Statement for professional services (redacted copy)
Client: Regional School District 13    Matter: Employment - Superintendent
Invoice period July 2024 ... June 2026 (24 monthly statements; 23 pages)

Date       Atty  Hours  Description
06/03/26   JRD   1.20   [REDACTED - attorney-client privileged]
06/10/26   JRD   2.50   Draft separation agreement; [REDACTED]
06/16/26   KLM   0.80   Attend Board executive session
...
Total fees, July 2024 - June 2026: $38,412.50""", 90)
    pdf = make_pdf(inv, 'Legal invoices - superintendent matters (redacted)', 'Adobe Acrobat Pro (64-bit) 24.3', date="20261030100012-04'00'")
    hp = ggroup_hdrs(fn, 'Tom Visconti', 'tvisconti@rsd13.org', 'Re: ' + r['subject'], '2026-10-30 10:10', prev,
                     '%s\n %s' % (r['message_id'], prev))
    hp[2] = ('To', 'Records Desk <%s>' % r['reply_address'])
    write(fn, message(hp, mixed(fn, alt_gmail(fn, text), [attachment(pdf, 'RSD13 legal invoices 2024-2026 (redacted).pdf')], style='gmail')))


@msg
def m041():
    fn = '041-monson-final-scans.eml'
    prev = mid_gmail('025-monson-fee-gmail-deputy.eml')
    ours = '<req-007.20261012.2@records.example.org>'
    text = "Got your check today, thanks. Scans attached.\n\nNate\n"
    a = make_pdf(wrap("""TOWN OF MONSON - TRANSFER STATION OPERATION AGREEMENT
Between the Town of Monson and the Operator, for operation of the Town transfer station and
recycling area. Term: July 1, 2024 - June 30, 2027. Hours: Saturday and Wednesday.
Compensation: monthly fee per Schedule A; hauling of municipal solid waste billed per ton.
Signed for the Town by the Select Board, June 11, 2024.""", 88), 'Transfer Station Agreement', 'HP Scan', font='Courier', scanned=True, date="20261030141100-04'00'")
    b = make_pdf(wrap("""TOWN OF MONSON - SELECT BOARD MINUTES 2025 (compiled scan)
January 8, 2025: warrant for annual town meeting reviewed; transfer station hours discussed.
February 12, 2025: ...
December 10, 2025: budget workshop scheduled; adjourned 8:02 pm.
[24 meetings, 80 pages in original]""", 88), 'Select Board Minutes 2025', 'HP Scan', font='Courier', scanned=True, date="20261030141200-04'00'")
    hp = [('From', 'Nate Ellis <monsondeputyclerk@gmail.com>'), ('To', 'Records Desk <records@records.example.org>'),
          ('Subject', 'Re: copies'), ('Date', date_hdr('2026-10-30 14:25')), ('Message-ID', mid_gmail(fn)),
          ('In-Reply-To', ours), ('References', '%s\n %s' % (prev, ours))]
    write(fn, message(hp, mixed(fn, alt_gmail(fn, text), [attachment(a, 'Transfer Station Agreement.pdf'),
                                                          attachment(b, 'Select Board Minutes 2025.pdf')], style='gmail')))


@msg
def m042():
    fn = '042-bounce-sendmail-ctdoc-departed.eml'
    r = REQS['REQ-006']
    ack = mid_outlook('011-ctdoc-ack.eml')
    ext = mid_outlook('020-ctdoc-extension-no-statutory-days.eml')
    ours = '<req-006.20261102.3@records.example.org>'
    note = """The original message was received at Mon, 2 Nov 2026 09:02:59 -0500
from mx2.records.example.org [198.51.100.24]

   ----- The following addresses had permanent fatal errors -----
<Michelle.Rivera-Santos@ct.gov>
    (reason: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup)

   ----- Transcript of session follows -----
... while talking to ct-gov.mail.protection.outlook.com.:
>>> RCPT To:<Michelle.Rivera-Santos@ct.gov>
<<< 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient Michelle.Rivera-Santos@ct.gov not found by SMTP address lookup
550 5.1.1 <Michelle.Rivera-Santos@ct.gov>... User unknown
"""
    ds = """Reporting-MTA: dns; relay2.ct.gov
Received-From-MTA: DNS; mx2.records.example.org
Arrival-Date: Mon, 2 Nov 2026 09:02:59 -0500

Final-Recipient: RFC822; Michelle.Rivera-Santos@ct.gov
Action: failed
Status: 5.1.1
Remote-MTA: DNS; ct-gov.mail.protection.outlook.com
Diagnostic-Code: SMTP; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
Last-Attempt-Date: Mon, 2 Nov 2026 09:03:02 -0500
"""
    body = """Good morning Ms. Rivera-Santos,

Following up on FOI request 26FOI0457. Your September 30 note anticipated an initial response on or about November 6. Is that still the expected date?

Thank you,
Records Desk
"""
    orig = message([('Return-Path', '<records@records.example.org>'), ('From', DESK), ('Reply-To', r['reply_address']),
                    ('To', '"Rivera-Santos, Michelle (DOC)" <Michelle.Rivera-Santos@ct.gov>'),
                    ('Subject', 'RE: FOI Request 26FOI0457 - Acknowledgment'), ('Date', date_hdr('2026-11-02 09:02')),
                    ('Message-ID', ours), ('In-Reply-To', ext), ('References', '%s\n %s' % (ack, ext))], enc_text(body)).decode()
    b = '%s.%s/relay2.ct.gov' % (h(fn, 10).upper(), '1793628182')
    parts = [enc_text(note), ('Content-Type: message/delivery-status', ds), ('Content-Type: message/rfc822', orig)]
    hp = [('From', 'Mail Delivery Subsystem <MAILER-DAEMON@relay2.ct.gov>'), ('To', '<records@records.example.org>'),
          ('Subject', 'Returned mail: see transcript for details'), ('Date', date_hdr('2026-11-02 09:03')),
          ('Message-ID', '<202611021403.%s@relay2.ct.gov>' % h(fn, 12)), ('Auto-Submitted', 'auto-generated (failure)')]
    write(fn, message(hp, multipart('report', b, parts, '; report-type=delivery-status')))


@msg
def m043():
    fn = '043-nhdhhs-denial-town-level-lead.eml'
    r = REQS['REQ-013']
    prev = mid_outlook('028-nhdhhs-ack-lead-data.eml')
    subj = 'RE: ' + r['subject']
    text = """Dear Records Desk:

This responds to your Right-to-Know request, RTK 26-0451, for the number of children under age six tested for blood lead and the number with a confirmed elevated blood lead level, for each New Hampshire town and city, for 2022 through 2025.

Blood lead test results reported to the Department are individual health information held in the Healthy Homes and Lead Poisoning Prevention Program's surveillance system. For many New Hampshire towns the number of children tested, and especially the number with elevated levels, is very small. Counts at the town level would make it possible to identify individual children and their families. Disclosure would constitute an invasion of privacy, and the records are exempt under RSA 91-A:5, IV. The Department also cannot segregate the information by suppressing small cells without creating a new record, which RSA 91-A does not require.

Accordingly, your request for town-level data is denied.

The Department publishes blood lead testing data at the county and public health network level on its WISDOM data portal, which may meet some of your needs.

You may seek review of this decision by filing a petition in superior court under RSA 91-A:7.

Kristen M. Ouellette
Paralegal II | Right-to-Know Coordinator
Office of Legal and Regulatory Services
NH Department of Health and Human Services
"""
    hp = [('From', '"Ouellette, Kristen" <Kristen.M.Ouellette@dhhs.nh.gov>'), ('To', r['reply_address']),
          ('Subject', subj), ('Date', date_hdr('2026-11-04 15:20')), ('Message-ID', mid_outlook(fn)),
          ('In-Reply-To', prev), ('References', '%s\n %s' % (r['message_id'], prev))] + outlook_hdrs(fn, subj, org='dhhs.nh.gov')
    write(fn, message(hp, alt_outlook(fn, text)))


@msg
def m044():
    fn = '044-providence-portal-message-waiting.eml'
    inner = """<p>There is a message from the City waiting for your response on request <b>#26-1342</b>.</p>
<p>Sign in to the portal to view the message and reply.</p>"""
    hp = nr_hdrs(fn, REQS['REQ-012']['reply_address'], '[Providence Public Records] Reminder: request #26-1342 is awaiting your response', '2026-11-09 11:11')
    write(fn, message(hp, enc_text(nextrequest_html('Reminder', inner, '26-1342'), 'html')))


@msg
def m045():
    fn = '045-ums-final-partial-withholding.eml'
    letter = wrap("""UNIVERSITY OF MAINE SYSTEM
Office of the General Counsel
15 Estabrooke Drive, Orono, Maine 04469

November 10, 2026

Records Desk
records+req-003@records.example.org

Re: Freedom of Access Act Request UMS-26-117 - Final Response

Dear Requester:

The University received your advance payment of $225.00 on October 21, 2026. This letter completes the University's response to your request for athletic apparel and equipment vendor agreements and NIL-related agreements and policies from January 1, 2023 to the present.

Records released. The University is releasing 1,262 pages through the file-transfer link provided with this letter, including agreements and amendments with apparel and equipment vendors, the System's NIL policy and guidance, and related correspondence.

Records withheld or redacted.
1. Portions of 41 pages identify individual student-athletes and describe their NIL activities or compensation. Those portions are education records that are confidential under the Family Educational Rights and Privacy Act, 20 U.S.C. § 1232g, and are therefore not public records under 1 M.R.S. § 402(3)(A). They have been redacted.
2. Agreements between student-athletes and third-party NIL collectives are not in the University's possession or custody; the University has no records of that kind to provide.

Fees. Actual billable staff time was 8.0 hours ($200.00). A refund of $25.00 will be mailed to you.

Appeal. If you disagree with this determination, you may appeal to the Superior Court within 30 calendar days of receipt of this written notice, as provided in 1 M.R.S. § 409(1).

Sincerely,

Rebecca Thibodeau
Paralegal, Office of the General Counsel
University of Maine System""", 88)
    pdf = make_pdf(letter, 'UMS-26-117 Final Response', 'Adobe PDF Library 23.8.53', creator='Acrobat PDFMaker 23 for Word', date="20261110163500-05'00'")
    text = """Dear Records Desk,

Attached is the University's final response to FOAA request UMS-26-117. The released records (1,262 pages) can be downloaded from the link below until December 10, 2026.

https://maine.box.com/s/7f3k2q9x1c0v8b4n

Rebecca Thibodeau
Paralegal, Office of the General Counsel
University of Maine System
"""
    subj = 'FOAA UMS-26-117 - Final Response'
    hp = [('From', 'Rebecca Thibodeau <rebecca.thibodeau@maine.edu>'), ('To', REQS['REQ-003']['reply_address']),
          ('Cc', 'UMS FOAA <ums.foaa@maine.edu>'), ('Subject', subj), ('Date', date_hdr('2026-11-10 16:45')),
          ('Message-ID', mid_outlook(fn, 'namprd14'))] + outlook_hdrs(fn, subj, True, 'maine.edu')
    write(fn, message(hp, mixed(fn, alt_outlook(fn, text), [attachment(pdf, 'UMS-26-117 Response Letter.pdf')])))


@msg
def m046():
    fn = '046-ums-denial-no-duty-to-create.eml'
    r = REQS['REQ-014']
    prev = mid_outlook('032-ums-ack-plain-no-estimate.eml', 'namprd14')
    text = """Dear Records Desk:

This responds to your Freedom of Access Act request UMS-26-163, received October 20, 2026, for annual Title IX reports and for records showing the number of Title IX reports, formal complaints, investigations and outcomes at each of the System's universities for academic years 2021-22 through 2025-26, broken down by whether the complainant and respondent were students, employees or third parties.

After consulting the Title IX coordinators at each university, the University has determined that it does not prepare annual Title IX reports, and that it does not maintain case-count summaries in the form you describe. The Freedom of Access Act provides a right to inspect and copy existing public records; it does not require an agency to create a new record. Producing the breakdown you request would require University staff to review individual Title IX case files and compile new statistics from them. Those case files are themselves confidential education and personnel records (20 U.S.C. § 1232g; 1 M.R.S. § 402(3)(A)) and are not public records.

For these reasons, your request is denied.

Some related statistics are published in each university's Annual Security and Fire Safety Report under the Clery Act, which are available on the universities' websites.

If you wish to appeal this denial, you may do so by filing an appeal in the Superior Court within 30 calendar days of your receipt of this written notice of denial, in accordance with 1 M.R.S. § 409(1).

Office of the General Counsel
University of Maine System
"""
    subj = 'RE: FOAA Request UMS-26-163 - Acknowledgment'
    hp = [('From', 'UMS FOAA <ums.foaa@maine.edu>'), ('To', r['reply_address']), ('Subject', subj),
          ('Date', date_hdr('2026-11-12 10:00')), ('Message-ID', mid_outlook(fn, 'namprd14')),
          ('In-Reply-To', prev), ('References', '%s\n %s' % (r['message_id'], prev))] + outlook_hdrs(fn, subj, org='maine.edu')
    write(fn, message(hp, enc_text(text, cte='base64')))


@msg
def m047():
    fn = '047-vsp-closed-for-nonresponse.eml'
    r = REQS['REQ-011']
    prev = mid_outlook('031-vsp-fee-estimate-staff-time.eml')
    subj = 'RE: ' + r['subject']
    text = """Hi,

Following up on the fee estimate I sent on October 21 for P26-0912. I haven't heard back, so I'm closing this request on our end for now.

If you still want the overtime report, just reply to this email and I can reopen it under the same number. The estimate still stands.

Thanks,
Jenna

Jenna Roy | Public Records Officer
Vermont Department of Public Safety
"""
    hp = [('From', 'Jenna Roy <Jenna.Roy@vermont.gov>'), ('To', r['reply_address']), ('Subject', subj),
          ('Date', date_hdr('2026-11-13 09:25')), ('Message-ID', mid_outlook(fn)),
          ('In-Reply-To', prev), ('References', '%s\n %s' % (r['message_id'], prev))] + outlook_hdrs(fn, subj)
    write(fn, message(hp, alt_outlook(fn, text)))


@msg
def m048():
    fn = '048-ctdoc-final-full-foic-boilerplate.eml'
    r = REQS['REQ-017']
    letter = wrap("""STATE OF CONNECTICUT
DEPARTMENT OF CORRECTION
Office of Legal Affairs - Freedom of Information Unit
24 Wolcott Hill Road, Wethersfield, Connecticut 06109

November 16, 2026

Records Desk
records+req-017@records.example.org

Re: Freedom of Information Request 26FOI0561

Dear Requester:

This letter responds to your Freedom of Information request received by the Department on October 27, 2026, seeking contracts for incarcerated-person telephone and tablet services from 2022 to 2026.

The Department has located the following responsive records, which are enclosed in their entirety:
  - Inmate Communications Services contract (2022) and Amendments 1 through 3
  - Tablet and electronic messaging services agreement (2023) and Amendment 1
  - Department correspondence transmitting the no-cost calling implementation schedule (2023)

No responsive records have been withheld. The Department considers this request closed.

Any person denied the right to inspect or copy records under Conn. Gen. Stat. § 1-210 may appeal such denial to the Freedom of Information Commission, 165 Capitol Avenue, Suite 1100, Hartford, CT 06106, by filing a notice of appeal within thirty (30) days after the denial, pursuant to Conn. Gen. Stat. § 1-206(b)(1).

Sincerely,

Derek Fournier
FOI Administrator
Connecticut Department of Correction""", 88)
    pdf = make_pdf(letter, '26FOI0561 Response Letter', 'Microsoft: Print To PDF', creator='Microsoft Word', date="20261116140100-05'00'")
    text = """Good afternoon,

Attached please find the Department's response to FOI request 26FOI0561, together with the responsive records. This request is now closed.

Derek Fournier
FOI Administrator
Connecticut Department of Correction
"""
    subj = 'FOI 26FOI0561 - Response'
    hp = [('From', '"Fournier, Derek (DOC)" <Derek.Fournier@ct.gov>'), ('To', r['reply_address']),
          ('CC', '"DOC, FOI (DOC)" <doc.foi@ct.gov>'), ('Subject', subj), ('Date', date_hdr('2026-11-16 14:10')),
          ('Message-ID', mid_outlook(fn)), ('In-Reply-To', r['message_id']), ('References', r['message_id'])] + outlook_hdrs(fn, subj, True, 'ct.gov')
    recs = make_pdf(wrap("""INMATE COMMUNICATIONS SERVICES CONTRACT (2022) - with Amendments 1-3
TABLET AND ELECTRONIC MESSAGING SERVICES AGREEMENT (2023) - with Amendment 1
[Contract documents, 96 pages in original production]""", 88), '26FOI0561 responsive records', 'Microsoft: Print To PDF', date="20261116140200-05'00'")
    write(fn, message(hp, mixed(fn, alt_outlook(fn, text), [attachment(pdf, '26FOI0561 Response Letter.pdf'),
                                                            attachment(recs, '26FOI0561 Responsive Records.pdf')])))


@msg
def m049():
    fn = '049-maine-cdc-old-request-not-ours.eml'
    text = """Good morning,

Attached please find records responsive to your Freedom of Access Act request dated November 3, 2025, concerning grants awarded under the Maine CDC private well testing outreach program in 2023 and 2024 (FOAA Request 2025-MECDC-0917). No records were withheld.

We apologize for the length of time this request has taken. This completes our response.

Denise Lavoie
FOAA Coordinator
Maine Center for Disease Control and Prevention
Department of Health and Human Services
"""
    doc = make_pdf(wrap("""MAINE CDC - PRIVATE WELL TESTING OUTREACH GRANTS, 2023-2024
Grantee / Award / Period (list of 12 municipal and nonprofit grantees)""", 88), '2025-MECDC-0917 records', 'Microsoft: Print To PDF', date="20261118102500-05'00'")
    subj = 'FOAA Request 2025-MECDC-0917 - Records Response'
    hp = [('From', '"Lavoie, Denise" <Denise.Lavoie@maine.gov>'), ('To', 'records@records.example.org'), ('Subject', subj),
          ('Date', date_hdr('2026-11-18 10:30')), ('Message-ID', mid_outlook(fn, 'namprd14'))] + outlook_hdrs(fn, subj, True, 'maine.gov')
    write(fn, message(hp, mixed(fn, alt_outlook(fn, text), [attachment(doc, '2025-MECDC-0917 Responsive Records.pdf')])))


@msg
def m050():
    fn = '050-va-interim-release-1.eml'
    letter = wrap("""DEPARTMENT OF VETERANS AFFAIRS
White River Junction VA Medical Center
215 North Main Street, White River Junction, VT 05009

November 20, 2026                                   In Reply Refer To: 405/00FOIA
                                                    FOIA Request No. 26-08412-F
Records Desk
Attn: Priya Natarajan

Dear Ms. Natarajan:

This is the first interim response to your Freedom of Information Act (FOIA) request dated September 17, 2026, for community care wait-time reports and contract nurse staffing records for fiscal years 2024 through 2026.

We have reviewed 312 pages of records responsive to item 2 of your request (contracts and task orders). Of these, 298 pages are released in full and 14 pages are released in part. Information withheld from the 14 pages consists of the names, personal telephone numbers and home addresses of individual contract personnel, which is withheld under FOIA Exemption 6, 5 U.S.C. § 552(b)(6), because disclosure would constitute a clearly unwarranted invasion of personal privacy.

The remaining records, including the community care wait-time reports and the contract nurse invoices, are still being processed. Our estimated completion date remains December 18, 2026. Your appeal rights will be provided with our final response.

Sincerely,

Lauren Tessier
FOIA/Privacy Officer""", 90)
    pdf = make_pdf(letter, '26-08412-F Interim Response 1', 'Adobe PDF Library 24.1', creator='Acrobat PDFMaker 24 for Word', date="20261120114500-05'00'")
    text = """Dear Records Desk,

Please see the attached first interim response to FOIA request 26-08412-F. The released records (312 pages) are attached as a separate file in the secure package sent by the VA secure file transfer service.

Lauren Tessier
FOIA/Privacy Officer
White River Junction VA Medical Center
"""
    subj = 'FOIA 26-08412-F - Interim Release 1'
    hp = [('From', '"Tessier, Lauren" <Lauren.Tessier@va.gov>'), ('To', REQS['REQ-008']['reply_address']),
          ('Cc', '"Natarajan, Priya" <pnatarajan@records.example.org>'), ('Subject', subj),
          ('Date', date_hdr('2026-11-20 11:50')), ('Message-ID', mid_outlook(fn))] + outlook_hdrs(fn, subj, True, 'va.gov')
    write(fn, message(hp, mixed(fn, alt_outlook(fn, text), [attachment(pdf, '26-08412-F_Interim_Response_1.pdf')])))


@msg
def m051():
    fn = '051-nhdhhs-interim-agreements.eml'
    prev = mid_outlook('033-nhdhhs-extension-new-date.eml')
    subj = 'RE: RTK 26-0388 - status update'
    text = """Hello,

Attached is the first set of records for RTK 26-0388: the four staffing agency agreements for New Hampshire Hospital, with their amendments and task orders, January 2024 to present.

The invoices are still under review. One vendor has asked for more time to identify pages it considers confidential commercial information. I expect to release the invoices by December 18, 2026.

Kristen M. Ouellette
Paralegal II | Right-to-Know Coordinator
NH Department of Health and Human Services
"""
    doc = make_pdf(wrap("""NH DHHS - NEW HAMPSHIRE HOSPITAL - CONTRACT STAFFING AGREEMENTS 2024-2026
1. Agreement with staffing vendor A (nursing), approved by Governor and Executive Council, 2024; Amendment 1 (2025)
2. Agreement with staffing vendor B (psychiatric technicians and RNs), 2024
3. Agreement with staffing vendor C (travel RNs), 2025; Amendment 1 (2026)
4. Agreement with staffing vendor D (mental health workers), 2025
Task orders 2024-2026 attached.""", 88), 'RTK 26-0388 Part 1', 'Microsoft: Print To PDF', date="20261120153000-05'00'")
    hp = [('From', '"Ouellette, Kristen" <Kristen.M.Ouellette@dhhs.nh.gov>'), ('To', REQS['REQ-002']['reply_address']),
          ('Subject', subj), ('Date', date_hdr('2026-11-20 15:35')), ('Message-ID', mid_outlook(fn)),
          ('In-Reply-To', prev), ('References', prev)] + outlook_hdrs(fn, subj, True, 'dhhs.nh.gov')
    write(fn, message(hp, mixed(fn, alt_outlook(fn, text), [attachment(doc, 'RTK 26-0388 Part 1 - Agreements.pdf')])))


@msg
def m052():
    fn = '052-nhdhhs-ooo-thanksgiving.eml'
    p1 = mid_outlook('033-nhdhhs-extension-new-date.eml')
    p2 = mid_outlook('051-nhdhhs-interim-agreements.eml')
    ours = '<req-002.20261124.4@records.example.org>'
    subj = 'Automatic reply: RE: RTK 26-0388 - status update'
    text = """I am out of the office through Friday, November 27, and will return on Monday, November 30. I will have no access to email while I am away.

For Right-to-Know matters that need attention before I return, please write to rtk@dhhs.nh.gov.

Kristen Ouellette
"""
    hp = [('From', '"Ouellette, Kristen" <Kristen.M.Ouellette@dhhs.nh.gov>'), ('To', 'Records Desk <records@records.example.org>'),
          ('Subject', subj), ('Date', date_hdr('2026-11-24 09:02')), ('Message-ID', mid_outlook(fn)),
          ('In-Reply-To', ours), ('References', '%s\n %s\n %s' % (p1, p2, ours)),
          ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'), ('X-MS-Exchange-Inbox-Rules-Loop', 'Kristen.M.Ouellette@dhhs.nh.gov')] + outlook_hdrs(fn, subj, org='dhhs.nh.gov', auto=True)
    write(fn, message(hp, alt_outlook(fn, text)))


@msg
def m053():
    fn = '053-providence-no-records-lsl.eml'
    inner = """<p><b>Andrea Medeiros</b> (Law Department) sent a message regarding request <b>#26-1342</b>:</p>
<blockquote style="border-left:3px solid #1f4e79;margin:0;padding:8px 14px;background:#f7f9fc">
<p>Thank you for your clarification of November 10 limiting the request to (a) City contracts for street and sidewalk restoration connected to lead service line work and (b) DPW street-opening permits issued for that work, 2023 to present.</p>
<p>The Department of Public Works searched its contract files and its street-opening permit system. Restoration after lead service line work is performed under Providence Water's own contracts, and Providence Water does not obtain City street-opening permits for work under its program. DPW therefore has no records responsive to your request.</p>
<p>Providence Water is a separate public body; you may direct a request for its lead service line records to Providence Water's public records officer.</p>
<p>Under R.I. Gen. Laws &sect; 38-2-8, you may seek review of this response by the chief administrative officer of the City. You may also file a complaint with the Department of Attorney General or seek relief in Superior Court.</p>
</blockquote>"""
    hp = nr_hdrs(fn, REQS['REQ-012']['reply_address'], '[Providence Public Records] Request #26-1342: new message from the City', '2026-11-25 13:15')
    write(fn, message(hp, enc_text(nextrequest_html('A message was sent to you', inner, '26-1342'), 'html')))


@msg
def m054():
    fn = '054-providence-final-closed-partial.eml'
    inner = """<p>Request <b>#26-1187</b> has been closed. The City provided the following response:</p>
<blockquote style="border-left:3px solid #1f4e79;margin:0;padding:8px 14px;background:#f7f9fc">
<p>The City has released the alert data responsive to item 2 of your request as a spreadsheet covering January 1, 2024 through September 11, 2026 (date, time, alert type, police district and disposition).</p>
<p>The precise latitude/longitude and street address of each alert have been withheld. The Police Department has determined that release of exact alert locations, together with sensor coverage information that can be derived from them, could reasonably be expected to disclose law enforcement techniques and to endanger the life or physical safety of individuals, R.I. Gen. Laws &sect; 38-2-2(4)(D). Alerts are identified by police district instead.</p>
<p>Together with the contract documents released on October 26, this completes the City's response. Under R.I. Gen. Laws &sect; 38-2-8, you may seek review of this partial denial by the chief administrative officer of the City, and you may also file a complaint with the Department of Attorney General or in Superior Court.</p>
<p>Andrea Medeiros<br>Public Records Coordinator, City of Providence Law Department</p>
</blockquote>"""
    hp = nr_hdrs(fn, REQS['REQ-004']['reply_address'], '[Providence Public Records] Request #26-1187 has been closed', '2026-11-30 10:40')
    write(fn, message(hp, enc_text(nextrequest_html('Your request has been closed', inner, '26-1187', True), 'html')))


@msg
def m055():
    fn = '055-providence-portal-closed-notice.eml'
    inner = """<p>Request <b>#26-1342</b> has been closed.</p>
<p>Sign in to the portal to view the request history and any released documents.</p>"""
    hp = nr_hdrs(fn, REQS['REQ-012']['reply_address'], '[Providence Public Records] Request #26-1342 has been closed', '2026-12-01 08:00')
    write(fn, message(hp, enc_text(nextrequest_html('Request closed', inner, '26-1342', True), 'html')))


@msg
def m056():
    fn = '056-va-no-records-police.eml'
    letter = wrap("""DEPARTMENT OF VETERANS AFFAIRS
White River Junction VA Medical Center
215 North Main Street, White River Junction, VT 05009

December 3, 2026                                    In Reply Refer To: 405/00FOIA
                                                    FOIA Request No. 26-09177-F
Records Desk
records+req-015@records.example.org

Dear Records Desk:

This is the final response to your Freedom of Information Act (FOIA) request received October 23, 2026, for (1) use-of-force reports prepared by VA Police Service officers at the White River Junction VA Medical Center from January 1, 2023 to the present and (2) any local policy or standard operating procedure governing VA Police body-worn cameras at the medical center.

The Chief of Police Service searched the Police Service's records management system, its paper files and the shared drive used by the Service for the period requested. The search located no use-of-force reports for the period January 1, 2023 through October 23, 2026. The medical center has not issued a local policy or standard operating procedure on body-worn cameras; VA Police body-worn camera use is governed by national VA policy, which is publicly available on the VA website. We therefore have no records responsive to your request.

Your request for a fee waiver is moot because no fees were incurred.

You may appeal this determination, including the adequacy of our search, to the Office of General Counsel (024), Department of Veterans Affairs, 810 Vermont Avenue NW, Washington, DC 20420, or by email to ogcfoiaappeals@va.gov. Your appeal must be postmarked or electronically transmitted within 90 days of the date of this letter, and should include a copy of this letter and the reasons you believe the determination was in error.

You may also seek assistance from the VHA FOIA Public Liaison, or contact the Office of Government Information Services (OGIS), National Archives and Records Administration, 8601 Adelphi Road-OGIS, College Park, Maryland 20740-6001; ogis@nara.gov; 202-741-5770; toll free 1-877-684-6448.

Sincerely,

Lauren Tessier
FOIA/Privacy Officer""", 90)
    pdf = make_pdf(letter, '26-09177-F Final Response', 'Adobe PDF Library 24.1', creator='Acrobat PDFMaker 24 for Word', date="20261203141500-05'00'")
    text = "Please see the attached final response letter.\n\nWhite River Junction VAMC FOIA Office\n"
    subj = 'FOIA Request 26-09177-F - Final Response'
    hp = [('From', 'VHA WRJ FOIA <vhawrjfoia@va.gov>'), ('To', REQS['REQ-015']['reply_address']), ('Subject', subj),
          ('Date', date_hdr('2026-12-03 14:20')), ('Message-ID', mid_outlook(fn))] + outlook_hdrs(fn, subj, True, 'va.gov')
    write(fn, message(hp, mixed(fn, enc_text(text), [attachment(pdf, '26-09177-F_Final_Response.pdf')])))


@msg
def m057():
    fn = '057-ctdoc-denial-b18-letter.eml'
    r = REQS['REQ-006']
    letter = wrap("""STATE OF CONNECTICUT
DEPARTMENT OF CORRECTION
Office of Legal Affairs - Freedom of Information Unit
24 Wolcott Hill Road, Wethersfield, Connecticut 06109

December 11, 2026

Records Desk
records+req-006@records.example.org

Re: Freedom of Information Request 26FOI0457

Dear Requester:

This letter responds to your Freedom of Information request received by the Department on September 15, 2026, for documentation of each placement of an incarcerated person in a restraint chair or in in-cell restraints from January 1, 2024 to the present, and for summary reports of such placements prepared for the Commissioner or the Security Division.

The Department has identified restraint placement documentation maintained by the facilities and summary reports maintained by the Security Division. These records identify housing units and cell locations, staffing and observation intervals, the tactics and equipment used to apply and remove restraints, and the identities of staff and incarcerated persons involved.

Pursuant to Conn. Gen. Stat. § 1-210(b)(18), the Commissioner of Correction has reasonable grounds to believe that disclosure of these records may result in a safety risk, including the risk of harm to persons within correctional institutions and the risk of disorder or escape. The Department is therefore withholding the responsive records in their entirety.

Administrative Directive 6.5, Use of Force, which governs the use of restraints, is publicly available on the Department's website.

You have the right to appeal this denial to the Freedom of Information Commission, 165 Capitol Avenue, Suite 1100, Hartford, CT 06106, by filing a notice of appeal within thirty (30) days after the date of this denial, pursuant to Conn. Gen. Stat. § 1-206(b)(1).

Sincerely,

Derek Fournier
FOI Administrator
Connecticut Department of Correction""", 88)
    pdf = make_pdf(letter, '26FOI0457 Determination', 'Microsoft: Print To PDF', creator='Microsoft Word', date="20261211162500-05'00'")
    text = """Good afternoon,

Please see the attached determination regarding FOI request 26FOI0457. Ms. Rivera-Santos is no longer with the Department; please direct any further correspondence on this request to me or to doc.foi@ct.gov.

Derek Fournier
FOI Administrator
Connecticut Department of Correction
"""
    subj = 'FOI Request 26FOI0457 - Determination'
    hp = [('From', '"Fournier, Derek (DOC)" <Derek.Fournier@ct.gov>'), ('To', r['reply_address']),
          ('CC', '"DOC, FOI (DOC)" <doc.foi@ct.gov>'), ('Subject', subj), ('Date', date_hdr('2026-12-11 16:30')),
          ('Message-ID', mid_outlook(fn))] + outlook_hdrs(fn, subj, True, 'ct.gov')
    write(fn, message(hp, mixed(fn, alt_outlook(fn, text), [attachment(pdf, '26FOI0457 Determination Letter.pdf')])))


@msg
def m058():
    fn = '058-nhdhhs-final-redacted-invoices.eml'
    prev = mid_outlook('051-nhdhhs-interim-agreements.eml')
    subj = 'RTK 26-0388 - final release'
    text = """Hello,

Attached are the remaining records for RTK 26-0388: invoices submitted by the four staffing agencies for New Hampshire Hospital, January 2024 through September 2026 (roughly 640 pages, in two files).

The following information has been redacted:
- Names, license numbers and personal contact information of individual contract staff, under RSA 91-A:5, IV, because disclosure would be an invasion of privacy that outweighs the public interest in the information;
- Vendor bank account and routing numbers, under RSA 91-A:5, IV; and
- One vendor's internal cost-breakdown schedule (3 pages), withheld in full as confidential commercial and financial information under RSA 91-A:5, IV.

Hourly bill rates and invoice totals have not been redacted.

This completes the Department's response to your request. If you disagree with the Department's decision, you may file a petition in superior court under RSA 91-A:7.

Kristen M. Ouellette
Paralegal II | Right-to-Know Coordinator
NH Department of Health and Human Services
"""
    d1 = make_pdf(wrap("NH HOSPITAL - STAFFING AGENCY INVOICES 2024 (redacted) - vendors A-D\n[Invoice images, redactions marked RSA 91-A:5, IV]", 88), 'RTK 26-0388 Part 2a', 'Adobe Acrobat Pro 24', date="20261214115000-05'00'")
    d2 = make_pdf(wrap("NH HOSPITAL - STAFFING AGENCY INVOICES 2025-2026 (redacted) - vendors A-D\n[Invoice images, redactions marked RSA 91-A:5, IV]", 88), 'RTK 26-0388 Part 2b', 'Adobe Acrobat Pro 24', date="20261214115100-05'00'")
    hp = [('From', '"Ouellette, Kristen" <Kristen.M.Ouellette@dhhs.nh.gov>'), ('To', REQS['REQ-002']['reply_address']),
          ('Subject', subj), ('Date', date_hdr('2026-12-14 12:00')), ('Message-ID', mid_outlook(fn)),
          ('References', prev)] + outlook_hdrs(fn, subj, True, 'dhhs.nh.gov')
    write(fn, message(hp, mixed(fn, alt_outlook(fn, text), [attachment(d1, 'RTK 26-0388 Part 2a - Invoices 2024.pdf'),
                                                            attachment(d2, 'RTK 26-0388 Part 2b - Invoices 2025-2026.pdf')])))


@msg
def m059():
    fn = '059-va-ooo-holidays.eml'
    ours = '<req-008.20261221.5@records.example.org>'
    subj = 'Automatic reply: FOIA 26-08412-F - status of final response'
    text = """Thank you for your message. I am out of the office from December 21, 2026 through January 4, 2027, with limited access to email.

For FOIA matters, please contact vhawrjfoia@va.gov or the VHA FOIA Public Liaison at vhafoiapubliclaison@va.gov. For Privacy Act matters, please contact the facility Privacy Officer.

Lauren Tessier
FOIA/Privacy Officer
White River Junction VA Medical Center
"""
    hp = [('From', '"Tessier, Lauren" <Lauren.Tessier@va.gov>'), ('To', 'Records Desk <records@records.example.org>'),
          ('Subject', subj), ('Date', date_hdr('2026-12-21 09:12')), ('Message-ID', mid_outlook(fn)),
          ('In-Reply-To', ours), ('References', '%s\n %s' % (mid_outlook('050-va-interim-release-1.eml'), ours)),
          ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')] + outlook_hdrs(fn, subj, org='va.gov', auto=True)
    write(fn, message(hp, alt_outlook(fn, text)))


@msg
def m060():
    fn = '060-va-final-exemptions-appeal.eml'
    letter = wrap("""DEPARTMENT OF VETERANS AFFAIRS
White River Junction VA Medical Center
215 North Main Street, White River Junction, VT 05009

January 7, 2027                                     In Reply Refer To: 405/00FOIA
                                                    FOIA Request No. 26-08412-F
Records Desk
Attn: Priya Natarajan

Dear Ms. Natarajan:

This is the final response to your Freedom of Information Act (FOIA) request received September 17, 2026, for community care wait-time reports and contract nurse staffing records at the White River Junction VA Medical Center for fiscal years 2024 through 2026. Our first interim response was issued November 20, 2026, and 14 pages were referred to the VA Office of Inspector General on October 29, 2026.

We have now completed processing of the remaining 486 pages. Of these, 402 pages are released in full, 77 pages are released in part, and 7 pages are withheld in full, as follows:

Exemption 4, 5 U.S.C. § 552(b)(4): vendor labor-category cost build-ups in contract nurse proposals and invoices (commercial or financial information obtained from a person that is customarily and actually treated as private by its owner).

Exemption 5, 5 U.S.C. § 552(b)(5): 7 pages of draft wait-time analyses and internal recommendations prepared for leadership before final decisions on community care scheduling (deliberative process privilege). We have considered whether partial disclosure is possible and have taken reasonable steps to segregate and release nonexempt information; foreseeable harm to the agency's deliberations would result from release of the withheld material.

Exemption 6, 5 U.S.C. § 552(b)(6): names and personal contact information of individual contract personnel and of veterans referenced in consult reports.

Your request for a fee waiver is granted.

You may appeal this determination to the Office of General Counsel (024), Department of Veterans Affairs, 810 Vermont Avenue NW, Washington, DC 20420, or by email to ogcfoiaappeals@va.gov. Your appeal must be postmarked or electronically transmitted within 90 days of the date of this letter. Please include a copy of this letter and a statement of the reasons you believe the determination was in error.

For further assistance and to discuss any aspect of your request, you may contact the VHA FOIA Public Liaison at vhafoiapubliclaison@va.gov. You may also contact the Office of Government Information Services (OGIS), National Archives and Records Administration, 8601 Adelphi Road-OGIS, College Park, Maryland 20740-6001; ogis@nara.gov; 202-741-5770; toll free 1-877-684-6448.

Sincerely,

Lauren Tessier
FOIA/Privacy Officer""", 90)
    pdf = make_pdf(letter, '26-08412-F Final Response', 'Adobe PDF Library 24.1', creator='Acrobat PDFMaker 24 for Word', date="20270107144500-05'00'")
    text = """Dear Ms. Natarajan and Records Desk,

Attached is the final response to FOIA request 26-08412-F. The released records are being sent through the VA secure file transfer service in a separate message.

Lauren Tessier
FOIA/Privacy Officer
White River Junction VA Medical Center
"""
    subj = 'FOIA 26-08412-F - Final Response'
    hp = [('From', '"Tessier, Lauren" <Lauren.Tessier@va.gov>'), ('To', REQS['REQ-008']['reply_address']),
          ('Cc', '"Natarajan, Priya" <pnatarajan@records.example.org>'), ('Subject', subj),
          ('Date', date_hdr('2027-01-07 15:00')), ('Message-ID', mid_outlook(fn))] + outlook_hdrs(fn, subj, True, 'va.gov')
    write(fn, message(hp, mixed(fn, alt_outlook(fn, text), [attachment(pdf, '26-08412-F_Final_Response.pdf')])))


if __name__ == '__main__':
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob('*.eml'):
        old.unlink()
    for f in M:
        f()
    print('wrote %d messages' % len(list(OUT.glob('*.eml'))))
