"""Shared helpers for the build_partN.py scripts of this set (federal science, health and safety regulators).

Each part script builds about ten messages into messages/ and merges its per-message facts into facts.yaml.
Nothing here computes a date label: compute_labels.py does that from facts.yaml.
"""
import datetime as dt
import hashlib
import textwrap
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

HERE = Path(__file__).resolve().parent
MSGDIR = HERE / 'messages'
ORG = 'watchdesk.example.org'
INBOX = 'foia-desk@watchdesk.example.org'
DESK = 'FOIA Desk <foia-desk@watchdesk.example.org>'
# shared FOIAXpress PAL notification sender used by several agencies (listed by none of them)
PAL_FROM = 'FOIA Public Access Link <donotreply@publicaccesslink.net>'

ET = ZoneInfo('America/New_York')
CT = ZoneInfo('America/Chicago')
PT = ZoneInfo('America/Los_Angeles')

REQUESTS = [
    ('REQ-001', 'fda', 'FOIA Request: FDA Form 483 observations and Establishment Inspection Reports for infant formula plants, 2023-2026', '2026-09-08'),
    ('REQ-002', 'fda', 'FOIA Request: FDA recall correspondence and adverse event records for over-the-counter eye drops, 2024-2026', '2026-09-21'),
    ('REQ-003', 'cdc', "FOIA Request: CDC Epi-Aid reports and correspondence on Legionnaires' disease outbreaks, 2025-2026", '2026-09-10'),
    ('REQ-004', 'nih', 'FOIA Request: NIH Office of Laboratory Animal Welfare noncompliance reports and correspondence, 2024-2026', '2026-09-14'),
    ('REQ-005', 'epa_r5', 'FOIA Request: EPA Region 5 ethylene oxide sterilizer inspections, fenceline monitoring and enforcement records', '2026-09-15'),
    ('REQ-006', 'epa_r10', 'FOIA Request: EPA Region 10 correspondence on the Duwamish Reach Superfund five-year review', '2026-10-01'),
    ('REQ-007', 'nrc', 'FOIA Request: NRC inspection reports, allegations and enforcement correspondence on the Harbor Point restart, 2024-2026', '2026-09-16'),
    ('REQ-008', 'nrc', 'FOIA Request: NRC records of fitness-for-duty violations reported by power reactor licensees, 2022-2026', '2026-10-05'),
    ('REQ-009', 'ferc', 'FOIA Request: FERC Part 12D safety inspection reports and dam safety correspondence for high-hazard dams in Michigan', '2026-09-17'),
    ('REQ-010', 'cpsc', 'FOIA Request: CPSC incident reports and Section 6(b) correspondence on infant loungers and inclined sleepers', '2026-09-22'),
    ('REQ-011', 'nhtsa', 'FOIA Request: NHTSA Standing General Order crash reports and manufacturer correspondence on Level 2 driver assistance, 2025-2026', '2026-09-24'),
    ('REQ-012', 'osha', 'FOIA Request: OSHA inspection files with heat-illness citations at warehouse distribution centers, 2024-2026', '2026-09-28'),
    ('REQ-013', 'cdc', 'FOIA Request: CDC National Wastewater Surveillance System vendor contracts and communications', '2026-10-08'),
    ('REQ-014', 'epa_r5', 'FOIA Request: EPA Region 5 lead service line replacement oversight records for Benton Harbor', '2026-10-19'),
]


def req(rid):
    for r in REQUESTS:
        if r[0] == rid:
            n = rid.split('-')[1]
            return {'id': rid, 'agency': r[1], 'subject': r[2], 'sent': r[3],
                    'message_id': '<foia.req-%s.%s@%s>' % (n, r[3].replace('-', ''), ORG),
                    'reply_address': 'foia-desk+req-%s@%s' % (n, ORG)}
    raise KeyError(rid)


def plus(rid):
    return req(rid)['reply_address']


def when(y, m, d, hh, mm, tz=ET, ss=0):
    return dt.datetime(y, m, d, hh, mm, ss, tzinfo=tz)


def hdate(t):
    return format_datetime(t)


def _h(seed, n=16):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def mid_o365(seed, pfx='SA1PR09MB'):
    h = _h(seed, 20).upper()
    return '<%s%s%s@%s%s.namprd09.prod.outlook.com>' % (pfx, h[:4], h[4:], pfx, h[:4])


def mid_plain(seed, domain):
    return '<%s.%s@%s>' % (_h(seed, 12), _h(seed + 'x', 8), domain)


def mid_gmail(seed):
    return '<CA%s%s@mail.gmail.com>' % (_h(seed, 24), _h(seed + 'g', 12).upper())


def o365_headers(seed, topic, prefix='SA1PR09MB'):
    """typical Microsoft 365 GCC headers (after the basic ones)"""
    return [
        ('Thread-Topic', topic),
        ('Thread-Index', 'AQH' + _h(seed + 't', 24) + '=='),
        ('X-MS-Has-Attach', ''),
        ('X-MS-TNEF-Correlator', ''),
        ('X-MS-Exchange-Organization-SCL', '1'),
        ('X-MS-Exchange-CrossTenant-AuthSource', '%s%s.namprd09.prod.outlook.com' % (prefix, _h(seed, 4).upper())),
        ('X-MS-Exchange-CrossTenant-AuthAs', 'Internal'),
        ('X-OriginatorOrg', 'gov'),
        ('Content-Language', 'en-US'),
    ]


def group_headers(orig_addr, seed):
    """Google Group collaborative inbox rewrite: our foia-desk group relays the mail"""
    return [
        ('X-Original-Sender', orig_addr.lower()),
        ('X-Original-Authentication-Results', 'mx.google.com; spf=pass smtp.mailfrom=%s; dmarc=pass' % orig_addr.split('@')[1]),
        ('Precedence', 'list'),
        ('Mailing-list', 'list %s; contact foia-desk+owners@%s' % (INBOX, ORG)),
        ('List-ID', '<foia-desk.%s>' % ORG),
        ('X-Google-Group-Id', str(int(_h(seed, 8), 16))),
        ('List-Post', '<https://groups.google.com/a/%s/group/foia-desk/post>, <mailto:%s>' % (ORG, INBOX)),
        ('List-Help', '<https://support.google.com/a/%s/bin/topic.py?topic=25838>, <mailto:foia-desk+help@%s>' % (ORG, ORG)),
        ('List-Archive', '<https://groups.google.com/a/%s/group/foia-desk/>' % ORG),
        ('List-Unsubscribe', '<mailto:googlegroups-manage+58213+unsubscribe@googlegroups.com>,'
                             ' <https://groups.google.com/a/%s/group/foia-desk/subscribe>' % ORG),
    ]


def wrap(text, width=76):
    """wrap each paragraph of a dedented text; lines starting with space or '>' are kept as they are"""
    out = []
    for para in textwrap.dedent(text).strip('\n').split('\n\n'):
        lines = para.split('\n')
        keep = len(lines) > 1 and max(len(l) for l in lines) < 60
        keep = keep or any(l.startswith((' ', '>', '-', '*', '|')) or '  ' in l.strip() for l in lines)
        if keep:
            out.append('\n'.join(lines))
        else:
            out.append(textwrap.fill(' '.join(l.strip() for l in lines), width))
    return '\n\n'.join(out) + '\n'


def quote(text):
    return '\n'.join(('> ' + l) if l else '>' for l in text.rstrip('\n').split('\n')) + '\n'


# ---------------------------------------------------------------- PDF (hand-written, uncompressed text layer)
def _pdf_esc(s):
    s = s.encode('latin-1', 'replace').decode('latin-1')
    return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')


def make_pdf(text, title='Letter', width=92, font='Helvetica', size=10):
    """minimal multi-page PDF; text is wrapped per paragraph; returns bytes"""
    lines = []
    for para in textwrap.dedent(text).strip('\n').split('\n\n'):
        for raw in para.split('\n'):
            if raw.startswith(' ') or len(raw) <= width:
                lines.append(raw)
            else:
                lines.extend(textwrap.wrap(raw, width))
        lines.append('')
    per_page = 60
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)] or [[]]
    objs = []  # object bodies, 1-based numbering
    n_pages = len(pages)
    font_obj = 3 + 2 * n_pages
    info_obj = font_obj + 1
    kids = ' '.join('%d 0 R' % (3 + 2 * i) for i in range(n_pages))
    objs.append('<< /Type /Catalog /Pages 2 0 R >>')
    objs.append('<< /Type /Pages /Kids [%s] /Count %d >>' % (kids, n_pages))
    for i, pg in enumerate(pages):
        content = 'BT\n/F1 %d Tf\n%d TL\n60 750 Td\n' % (size, size + 2)
        content += ''.join('(%s) Tj T*\n' % _pdf_esc(l) for l in pg)
        content += 'ET\n'
        objs.append('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 %d 0 R >> >> '
                    '/Contents %d 0 R >>' % (font_obj, 4 + 2 * i))
        objs.append('<< /Length %d >>\nstream\n%sendstream' % (len(content.encode('latin-1')), content))
    objs.append('<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>' % font)
    objs.append('<< /Title (%s) /Producer (FOIAXpress Correspondence) >>' % _pdf_esc(title))
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += ('%d 0 obj\n%s\nendobj\n' % (i, body)).encode('latin-1')
    xref = len(out)
    out += ('xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)).encode()
    out += ''.join('%010d 00000 n \n' % o for o in offsets).encode()
    out += ('trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, info_obj, xref)).encode()
    return out


# ---------------------------------------------------------------- message assembly
def message(headers, text=None, html=None, attachments=(), extra=()):
    """headers: list of (name, value) in order. text and/or html body. attachments: (filename, bytes, mimetype)"""
    m = EmailMessage()
    for k, v in list(headers) + list(extra):
        if v is None:
            continue
        m[k] = v
    if text is not None:
        m.set_content(text)
        if html is not None:
            m.add_alternative(html, subtype='html')
    elif html is not None:
        m.set_content(html, subtype='html')
    for fn, data, mt in attachments:
        maintype, subtype = mt.split('/')
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fn)
    if 'MIME-Version' not in m:
        m['MIME-Version'] = '1.0'
    for part in m.walk():
        if part is not m and 'MIME-Version' in part:
            del part['MIME-Version']
    return m


def dsn(headers, human, status_fields, returned_headers, report_type='delivery-status', boundary=None):
    """multipart/report bounce as raw bytes; returned_headers is the text of the original message's headers"""
    b = boundary or ('_report_' + _h(human, 20))
    lines = ['%s: %s' % (k, v) for k, v in headers]
    lines += ['MIME-Version: 1.0',
              'Content-Type: multipart/report; report-type=%s;\n\tboundary="%s"' % (report_type, b), '',
              'This is a multi-part message in MIME format.', '',
              '--' + b, 'Content-Type: text/plain; charset="us-ascii"', 'Content-Transfer-Encoding: 7bit', '',
              human.rstrip('\n'), '',
              '--' + b, 'Content-Type: message/delivery-status', '', status_fields.rstrip('\n'), '',
              '--' + b, 'Content-Type: text/rfc822-headers', '', returned_headers.rstrip('\n'), '',
              '--' + b + '--', '']
    return '\n'.join(lines).encode('ascii')


def our_headers(rid, to, t, subject=None, extra_msgid=None, cc=None):
    """text of the headers of one of OUR outgoing messages (for bounces)"""
    r = req(rid)
    lines = ['Return-Path: <%s>' % INBOX,
             'From: Watch Desk Records Team <%s>' % INBOX,
             'Reply-To: %s' % r['reply_address'],
             'To: %s' % to]
    if cc:
        lines.append('Cc: %s' % cc)
    lines += ['Subject: %s' % (subject or r['subject']),
              'Date: %s' % hdate(t),
              'Message-ID: %s' % (extra_msgid or r['message_id'])]
    if extra_msgid:
        lines.append('In-Reply-To: %s' % r['message_id'])
        lines.append('References: %s' % r['message_id'])
    lines += ['MIME-Version: 1.0', 'Content-Type: text/plain; charset="UTF-8"']
    return '\n'.join(lines) + '\n'


def save(fname, m):
    MSGDIR.mkdir(exist_ok=True)
    data = m if isinstance(m, bytes) else m.as_bytes()
    (MSGDIR / fname).write_bytes(data)
    return fname


def merge_facts(facts):
    """replace this part's entries in facts.yaml (keyed by file) and keep the list sorted"""
    path = HERE / 'facts.yaml'
    old = yaml.safe_load(path.read_text()) if path.exists() else []
    old = old or []
    mine = {f['file'] for f in facts}
    allf = [f for f in old if f['file'] not in mine] + list(facts)
    allf.sort(key=lambda f: f['file'])
    head = ('# Hand-written per-message facts (ground truth except due/appeal_due, which compute_labels.py derives).\n'
            '# clock: received_on_sent_date | received:YYYY-MM-DD (receipt date the letter states) | extension\n'
            '#        (absent = the message does not set the clock).\n'
            '# adverse_determination: true = an appeal window applies (denial, no_records, final with withholdings).\n'
            '# estimated: completion date the agency states. signals: what ties the message to its request.\n')
    path.write_text(head + yaml.safe_dump(allf, sort_keys=False, allow_unicode=True, width=110))


def fact(file, request, kind, tracking, why, clock=None, adverse=False, estimated=None, signals=()):
    f = {'file': file, 'request': request, 'kind': kind, 'tracking_number': tracking}
    if clock:
        f['clock'] = clock
    if adverse:
        f['adverse_determination'] = True
    if estimated:
        f['estimated'] = estimated
    f['signals'] = list(signals) or ['none']
    f['why'] = why
    return f
