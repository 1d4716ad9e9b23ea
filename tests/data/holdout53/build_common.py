"""Shared data for build_part*.py: our requests' texts, header helpers for each mail system."""
import base64, hashlib, datetime as dt
from pathlib import Path
import yaml
from mimekit import date_hdr

HERE = Path(__file__).resolve().parent
ORG = 'quadledger.example.org'
INBOX = 'records@' + ORG
DESK = 'Quad Ledger Records Desk <%s>' % INBOX
REQS = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}

SIG = """Teresa Quintanilla
Records Coordinator, The Quad Ledger
records@quadledger.example.org | (412) 555-0148"""

# The text of each outgoing request (what the agencies quote back).
REQ_TEXT = {
 'REQ-001': """To the UCLA Public Records Office:

Under the California Public Records Act (Gov. Code 7920.000 et seq.), I request
copies of the following records:

1. All employment agreements, amendments and addenda for the head coaches of
   UCLA football and men's and women's basketball in effect at any time from
   January 1, 2023 to the present.
2. The current multimedia rights agreement between the Regents (UCLA
   Athletics) and its multimedia rights holder, with all amendments.

Electronic copies by email are preferred. If any portion is withheld, please
cite the exemption and release the remainder.""",
 'REQ-002': """To the UCLA Police Department and UCLA Public Records Office:

Under the California Public Records Act, I request copies of all use-of-force
reports prepared by UCLA Police Department officers for incidents occurring
between January 1, 2026 and June 30, 2026, including any records made public
under Penal Code section 832.7(b), together with the department's use-of-force
log or summary for the same period.

Electronic copies are preferred.""",
 'REQ-003': """Dear Public Information Officer:

Pursuant to the Texas Public Information Act, Gov't Code ch. 552, I request
copies of all email sent or received by the President and the Executive Vice
President and Provost of The University of Texas at Austin between June 1,
2026 and August 31, 2026 that contain the terms "SB 37", "Senate Bill 37",
"curriculum review" or "general education review".

Please provide the records electronically. If you intend to seek an Attorney
General ruling on any part of this request, please release the remaining
information promptly.""",
 'REQ-004': """Dear Public Information Officer:

Pursuant to the Texas Public Information Act, I request:

1. The current multimedia rights agreement for Texas Athletics, with all
   amendments;
2. The template agreement(s) used for direct revenue-sharing payments to
   student-athletes for the 2025-26 and 2026-27 academic years;
3. Any agreements between the University and name-image-likeness collectives
   in effect since July 1, 2025.

Electronic copies are preferred.""",
 'REQ-005': """Dear FOIA Coordinator:

Under the Michigan Freedom of Information Act, MCL 15.231 et seq., I request
copies of all contracts, purchase orders, statements of work and amendments
between the University of Michigan (any campus, including Michigan Medicine)
and any vendor of automated license plate reader cameras or services, in
effect at any time from January 1, 2023 to the present.

Please send the records by email. If a fee will exceed $50, please provide a
detailed itemization first.""",
 'REQ-006': """Dear FOIA Coordinator:

Under the Michigan Freedom of Information Act, I request copies of the final
investigation reports, and the final institutional decision letters, in every
research misconduct proceeding at the University of Michigan that concluded
with a finding of research misconduct between January 1, 2021 and the date of
this request.

Electronic copies are preferred.""",
 'REQ-007': """To the Ohio State University Office of Public Records:

Pursuant to Ohio Revised Code 149.43, I request copies of:

1. All amendments to the employment agreement of the head football coach
   executed from January 1, 2024 to the present;
2. The current all-sports apparel and equipment agreement between the
   University and its outfitter, with all amendments.

Electronic copies are preferred.""",
 'REQ-008': """To the Ohio State University Office of Public Records:

Pursuant to Ohio Revised Code 149.43, I request copies of all incident reports
of the Ohio State University Police Division (Columbus campus and the Lima,
Mansfield, Marion and Newark regional campuses) involving alleged hazing,
from August 1, 2025 to the present.

Electronic copies are preferred.""",
 'REQ-009': """Dear Open Records Officer:

Pursuant to the Georgia Open Records Act, O.C.G.A. 50-18-70 et seq., I request
copies of all University of Georgia Police Department incident reports for
calls to addresses on Milledge Avenue and South Milledge Avenue in Athens
occupied by fraternity or sorority chapters, for August 15 through September 5,
2026.

I am willing to pay search and copying charges up to $25; please let me know
before incurring more.""",
 'REQ-010': """Dear Open Records Officer:

Pursuant to the Georgia Open Records Act, I request copies of email sent or
received by the University of Georgia Vice President for Research between
January 1, 2026 and August 31, 2026 concerning research security reviews,
foreign talent program disclosures, or federal research security program
requirements.

Electronic copies are preferred.""",
 'REQ-011': """To the University of Florida Public Records Office:

Pursuant to Chapter 119, Florida Statutes, I request copies of the final
investigation reports in each research misconduct proceeding at the
University of Florida that concluded between January 1, 2020 and the present
with a finding of research misconduct.

Please provide an estimate before incurring any special service charge.""",
 'REQ-012': """To the University of Florida Public Records Office:

Pursuant to Chapter 119, Florida Statutes, I request copies of all email
between the Chair of the UF Board of Trustees and the Interim President
concerning the 2026 presidential search, from June 1, 2026 through
September 25, 2026.

Electronic copies are preferred.""",
 'REQ-013': """Dear FOIA Officer:

Under the Illinois Freedom of Information Act, 5 ILCS 140, I request copies of
all contracts, amendments and invoices between City Colleges of Chicago and
any vendor providing contract security guard services at any of the seven
colleges or the district office, for fiscal years 2024 through 2026.

Electronic copies are preferred.""",
 'REQ-014': """Dear FOIA Officer:

Under the Freedom of Information Act, 5 U.S.C. 552, I request copies of:

1. All contract modifications issued in calendar years 2025 and 2026 to the
   contracts of the Federal Student Aid loan servicers; and
2. The quarterly servicer performance scorecards or performance metrics
   reports prepared by FSA for the same period.

As a representative of the news media, I ask to be placed in that fee
category. Electronic copies are preferred.""",
 'REQ-016': """Dear FOIA Officer:

Under the Freedom of Information Act, 5 U.S.C. 552, I request copies of
correspondence (letters and email) between officials of the Department of
Education, including the Office of Postsecondary Education, and the
University of Florida or its Board of Trustees concerning (a) the
University's accreditation or change of accreditor, or (b) the 2026
presidential search, from January 1, 2026 to the date of this request.

As a representative of the news media, I ask to be placed in that fee
category.""",
 'REQ-017': """To the UCLA Public Records Office:

Under the California Public Records Act, I request copies of:

1. Any contract, purchase order or memorandum of understanding under which
   UCLA (including UCLA Athletics and UCLA Police Department) acquired or
   uses drone detection or counter-drone systems at athletics venues,
   2024 to the present; and
2. Any assessment or evaluation of such systems prepared by or for UCLA.

Electronic copies are preferred.""",
 'REQ-015': """Dear FOIA Officer:

Under the Freedom of Information Act, I request copies of the resolution
agreements and case-closure letters issued by the Office for Civil Rights in
Title VI investigations of public universities that were resolved between
January 1, 2025 and the date of this request.

As a representative of the news media, I ask to be placed in that fee
category.""",
}

AGENCY_TO = {
 'REQ-001': 'UCLA Public Records <publicrecords@finance.ucla.edu>',
 'REQ-002': 'UCLA Police Records <records@ucpd.ucla.edu>',
 'REQ-003': 'UT Austin Public Information <publicinfo@austin.utexas.edu>',
 'REQ-004': 'UT Austin Public Information <publicinfo@austin.utexas.edu>',
 'REQ-005': 'U-M FOIA Office <foia-email@umich.edu>',
 'REQ-006': 'U-M FOIA Office <foia-email@umich.edu>',
 'REQ-007': 'Ohio State Public Records <publicrecords@osu.edu>',
 'REQ-008': 'Ohio State Public Records <publicrecords@osu.edu>',
 'REQ-009': 'UGA Open Records <ugaopenrecordsrequest@uga.edu>',
 'REQ-010': 'UGA Open Records <ugaopenrecordsrequest@uga.edu>',
 'REQ-011': 'UF Public Records <publicrecords@ufl.edu>',
 'REQ-012': 'UF Public Records <publicrecords@ufl.edu>',
 'REQ-013': 'City Colleges FOIA <foia@ccc.edu>',
 'REQ-014': 'ED FOIA Service Center <EDFOIAManager@ed.gov>',
 'REQ-015': 'ED FOIA Service Center <EDFOIAManager@ed.gov>',
 'REQ-016': 'ED FOIA Service Center <EDFOIAManager@ed.gov>',
 'REQ-017': 'UCLA Public Records <publicrecords@finance.ucla.edu>',
}

SENT_TIME = {  # local time our request went out (for quote headers)
 'REQ-001': ('09:58', '-0700'), 'REQ-002': ('18:41', '-0700'), 'REQ-003': ('09:12', '-0500'),
 'REQ-004': ('08:47', '-0500'), 'REQ-005': ('16:20', '-0400'), 'REQ-006': ('19:05', '-0400'),
 'REQ-007': ('10:03', '-0400'), 'REQ-008': ('09:26', '-0400'), 'REQ-009': ('15:10', '-0400'),
 'REQ-010': ('11:34', '-0400'), 'REQ-011': ('09:40', '-0400'), 'REQ-012': ('10:15', '-0400'),
 'REQ-013': ('08:52', '-0500'), 'REQ-014': ('17:48', '-0400'), 'REQ-015': ('10:20', '-0400'),
 'REQ-016': ('11:05', '-0400'), 'REQ-017': ('13:30', '-0700'),
}


def mid(rid):
    return REQS[rid]['message_id']


def plus(rid):
    return REQS[rid]['reply_address']


def subj(rid):
    return REQS[rid]['subject']


def sent_dt(rid):
    t, tz = SENT_TIME[rid]
    return dt.datetime.fromisoformat('%s %s:00' % (REQS[rid]['sent'], t)), tz


def full_request(rid):
    return REQ_TEXT[rid] + '\n\n' + SIG


def quote_outlook(rid, to=None):
    d, tz = sent_dt(rid)
    return ('\n________________________________\n'
            'From: Quad Ledger Records Desk <%s>\n'
            'Sent: %s\n'
            'To: %s\n'
            'Subject: %s\n\n%s\n') % (INBOX, d.strftime('%A, %B %-d, %Y %-I:%M %p'), to or AGENCY_TO[rid],
                                      subj(rid), full_request(rid))


def quote_gmail(rid):
    d, tz = sent_dt(rid)
    body = '\n'.join(('> ' + l) if l else '>' for l in full_request(rid).split('\n'))
    return '\nOn %s Quad Ledger Records Desk <%s> wrote:\n%s\n' % (
        d.strftime('%a, %b %-d, %Y at %-I:%M %p'), INBOX, body)


def quote_plain(rid):
    d, tz = sent_dt(rid)
    body = '\n'.join(('> ' + l) if l else '>' for l in full_request(rid).split('\n'))
    return '\n-----Original Message-----\nFrom: %s\nDate: %s\nSubject: %s\n\n%s\n' % (
        DESK, date_hdr(d.strftime('%Y-%m-%d %H:%M:%S'), tz), subj(rid), body)


def h(seed, n=32):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def outlook_mid(seed, tenant='namprd05'):
    x = h(seed, 40).upper()
    host = 'SA1PR05MB%s' % x[:4]
    if tenant != 'namprd05':
        host = 'CH3PR%sMB%s' % (tenant[-2:], x[:4])
    return '<%s%s@%s.%s.prod.outlook.com>' % (host, x[4:36], host, tenant)


def thread_index(seed):
    return base64.b64encode(hashlib.sha1(seed.encode()).digest() + b'\x01\x02').decode()


def outlook_headers(seed, topic, has_attach=False, stamp=None):
    hs = [('Thread-Topic', topic), ('Thread-Index', thread_index(seed)),
          ('Accept-Language', 'en-US'), ('Content-Language', 'en-US'),
          ('X-MS-Has-Attach', 'yes' if has_attach else ''), ('X-MS-TNEF-Correlator', ''),
          ('x-ms-publictraffictype', 'Email'),
          ('X-MS-Exchange-Organization-SCL', '-1'),
          ('X-MS-Exchange-CrossTenant-fromentityheader', 'Hosted'),
          ('X-MS-Exchange-CrossTenant-id', '%s-%s-%s-%s-%s' % (h(seed + 't', 8), h(seed + 'u', 4), h(seed + 'v', 4), h(seed + 'w', 4), h(seed + 'x', 12)))]
    return hs


def gmail_mid(seed):
    raw = base64.urlsafe_b64encode(hashlib.sha256(seed.encode()).digest()).decode().rstrip('=')
    return '<CA%s@mail.gmail.com>' % raw[:44].replace('-', 'x').replace('_', 'Q')


def group_headers(orig_sender, seed):
    """Headers a Google Group collaborative inbox adds on delivery."""
    dom = orig_sender.split('@')[1]
    return [('X-Original-Sender', orig_sender),
            ('X-Original-Authentication-Results', 'mx.google.com; dkim=pass header.i=@%s header.s=selector1 header.b=%s; spf=pass (google.com: domain of %s designates 40.107.%d.%d as permitted sender) smtp.mailfrom=%s; dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=%s' % (dom, h(seed, 8), orig_sender, int(h(seed, 2), 16) % 200 + 20, int(h(seed + 'z', 2), 16) % 250, orig_sender, dom)),
            ('Precedence', 'list'),
            ('Mailing-list', 'list records@%s; contact records+owners@%s' % (ORG, ORG)),
            ('List-ID', '<records.%s>' % ORG),
            ('X-Google-Group-Id', '604118822517'),
            ('List-Post', '<https://groups.google.com/a/%s/group/records/post>, <mailto:records@%s>' % (ORG, ORG)),
            ('List-Help', '<https://support.google.com/a/%s/bin/topic.py?topic=25838>, <mailto:records+help@%s>' % (ORG, ORG)),
            ('List-Archive', '<https://groups.google.com/a/%s/group/records/>' % ORG),
            ('List-Unsubscribe', '<mailto:googlegroups-manage+604118822517+unsubscribe@googlegroups.com>, <https://groups.google.com/a/%s/group/records/subscribe>' % ORG)]


# ---------------------------------------------------------------- writing
from mimekit import message as _message
MSGDIR = HERE / 'messages'


def save(fname, headers, body):
    """Write one .eml (LF line ends) into messages/."""
    MSGDIR.mkdir(exist_ok=True)
    raw = _message(headers, body)
    (MSGDIR / fname).write_bytes(raw.encode('ascii') if raw.isascii() else raw.encode('utf-8'))
    return fname


def qaddr(a):
    """Quote a display name that needs it ("Okafor, Denise" <...>), as real mailers do."""
    import re as _re
    m = _re.match(r'^([^"<]*[,;:@\'][^"<]*?) <([^>]+)>$', a)
    return '"%s" <%s>' % (m.group(1), m.group(2)) if m else a


def std(frm, to, date, subject, msgid, irt=None, refs=None, cc=None, extra=()):
    """The usual header block, in a plausible order."""
    hs = [('From', qaddr(frm)), ('To', qaddr(to))]
    if cc:
        hs.append(('Cc', qaddr(cc)))
    hs += [('Subject', subject), ('Date', date), ('Message-ID', msgid)]
    if irt:
        hs.append(('In-Reply-To', irt))
    if refs:
        hs.append(('References', refs))
    hs += list(extra)
    return hs


def para(text):
    """Dedent-free helper: strip one leading newline."""
    return text[1:] if text.startswith('\n') else text


# ---------------------------------------------------------------- OSU GovQA Public Records Center
OSU_PORTAL_FROM = 'Ohio State Public Records Center <osupublicrecords@govqa.us>'
OSU_FOOTER = ('<p style="font-size:8pt;color:#666666">The Ohio State University Public Records Center receives and '
              'tracks public records requests for the Columbus campus; the Lima, Mansfield, Marion and Newark regional '
              'campuses; the Agricultural Technical Institute (Wooster); and the Wexner Medical Center. '
              'This mailbox is not monitored. To add a message or documents to your request, log in to the '
              '<a href="https://osu.govqa.us/WEBAPP/_rs/(S(x4q1m))/supporthome.aspx">Public Records Center</a>.</p>')


def osu_portal_html(inner):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt;color:#222222">\n'
            '<table width="640" cellpadding="0" cellspacing="0" border="0"><tr>'
            '<td style="background:#ba0c2f;color:#ffffff;padding:8px 12px;font-size:13pt"><b>THE OHIO STATE UNIVERSITY</b>'
            '<br><span style="font-size:9pt">Office of Public Records</span></td></tr>\n'
            '<tr><td style="padding:12px">\n' + inner + '\n' + OSU_FOOTER + '\n</td></tr></table>\n</body></html>')


def html_escape_pre(text):
    import html as _h
    return '<br>\n'.join(_h.escape(l) for l in text.split('\n'))
