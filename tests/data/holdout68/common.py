"""Shared helpers for build_part*.py: message construction, small text-layer PDFs, facts output."""
import datetime as dt
import hashlib
import email.policy
import email.utils
from email.message import EmailMessage
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
MSGDIR = HERE / 'messages'
FACTDIR = HERE / 'facts.d'
ORG = 'newsdesk.example.net'
INBOX = 'records@newsdesk.example.net'
DESK = 'Records Desk <records@newsdesk.example.net>'
REQS = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}

# short text of each outgoing request (used where a reply quotes our request)
REQ_BODY = {
    'REQ-001': "Under the Illinois Freedom of Information Act, 5 ILCS 140, we request copies of the complete\n"
               "investigative files (summary reports, interview recordings and transcripts, evidence\n"
               "logs) for every COPA investigation of an officer-involved shooting that was closed\n"
               "between January 1, 2025 and December 31, 2025.",
    'REQ-002': "Under 5 ILCS 140 we request (1) all body-worn camera and in-car camera video of the\n"
               "July 19, 2024 incident near W. 63rd St. and S. Damen Ave. investigated under\n"
               "COPA Log #2024-0005132, and (2) the COPA case file for that log number, including\n"
               "the allegations against Officers Dwyer and Okonkwo.",
    'REQ-003': "Under 5 ILCS 140 we request all declination memoranda, charging decision letters\n"
               "and case-closing summaries issued by the Law Enforcement Accountability Division\n"
               "in matters involving sworn police officers, January 2022 through December 2025.",
    'REQ-004': "Under the New York Freedom of Information Law we request records of all substantiated\n"
               "allegations against members of service assigned to the 75th Precinct, 2020-2025,\n"
               "with the Board's disciplinary recommendation and the final NYPD penalty.",
    'REQ-005': "Under FOIL we request records showing each CCRB request to NYPD for body-worn camera\n"
               "footage from January 2023 to the present, the date of each request, and the date\n"
               "NYPD produced the footage or declined.",
    'REQ-006': "Under FOIL we request the case records (closing reports, autopsy requests, video\n"
               "index, correspondence with the referring agency) for Office of Special\n"
               "Investigation matters closed without charges in 2024 and 2025.",
    'REQ-007': "Under CORA and the Colorado Criminal Justice Records Act we request the Internal\n"
               "Affairs Section investigation files, findings letters and associated body-worn\n"
               "camera video for use-of-force complaints closed in calendar year 2024.",
    'REQ-008': "Under CORA we request emails and memoranda exchanged between the Office of the\n"
               "Independent Monitor and DPD command staff about discipline reviews, January 2025\n"
               "to the present.",
    'REQ-009': "Under the Minnesota Government Data Practices Act we request OPCR data on complaints\n"
               "received 2021-2026: intake date, allegation category, panel or coaching routing,\n"
               "disposition and any discipline imposed, in spreadsheet form.",
    'REQ-010': "Under Minn. Stat. ch. 13 we request the public data on charging reviews by the\n"
               "County Attorney's Office of police use-of-force incidents referred from 2020 to the\n"
               "present, including declination letters and press statements.",
    'REQ-011': "Under the Georgia Open Records Act, O.C.G.A. 50-18-70, we request ACRB complaint\n"
               "files and board recommendations to the Chief of Police for complaints closed in\n"
               "2024 and 2025.",
    'REQ-012': "Under O.C.G.A. 50-18-70 we request the Office of Professional Standards case file\n"
               "for OPS case 24-C-0311 and all body-worn camera video reviewed in that case.",
    'REQ-013': "Under the California Public Records Act and Penal Code 832.7(b) we request DPA\n"
               "records of sustained findings of dishonesty, sexual assault, unlawful arrest or\n"
               "search, and biased conduct for DPA cases closed 2023-2025.",
    'REQ-014': "Under the CPRA we request the body-worn camera video DPA obtained and reviewed in\n"
               "DPA case 2025-0412 (traffic stop on Mission St., March 2025).",
    'REQ-015': "Under the CPRA we request the reports, closing letters and case files of the\n"
               "Division of Criminal Law's AB 1506 investigations of police shootings of unarmed\n"
               "civilians concluded 2023-2025.",
    'REQ-016': "Under ch. 13 we request the OPCR review panel records for complaint OPCR #24-03311,\n"
               "including the panel's recommendation and the Chief's decision.",
    'REQ-017': "Under O.C.G.A. 50-18-70 we request any ACRB audit, review or report on APD\n"
               "body-worn camera activation compliance conducted in 2025.",
}

_facts = []


def D(s):
    """'2026-09-08 10:12:31 -0500' -> RFC 5322 date string"""
    d = dt.datetime.strptime(s, '%Y-%m-%d %H:%M:%S %z')
    return email.utils.format_datetime(d)


def rmid(rid):
    return REQS[rid]['message_id']


def plus(rid):
    return REQS[rid]['reply_address']


def subj(rid):
    return REQS[rid]['subject']


def new(frm, to, subject, date, mid, irt=None, refs=None, cc=None, reply_to=None, pre=(), post=()):
    """pre: headers placed before From (Received, Return-Path...); post: after the standard ones"""
    m = EmailMessage(policy=email.policy.default)
    for k, v in pre:
        m[k] = v
    m['From'] = frm
    m['To'] = to
    if cc:
        m['Cc'] = cc
    m['Subject'] = subject
    m['Date'] = D(date)
    m['Message-ID'] = mid
    if irt:
        m['In-Reply-To'] = irt
    if refs:
        m['References'] = refs
    if reply_to:
        m['Reply-To'] = reply_to
    for k, v in post:
        m[k] = v
    return m


def thread(rid):
    """In-Reply-To/References pointing at our outgoing request"""
    return dict(irt=rmid(rid), refs=rmid(rid))


def text(m, body, charset='utf-8', cte=None):
    m.set_content(body, charset=charset, cte=cte)
    return m


def html(m, body, charset='utf-8', cte=None):
    m.set_content(body, subtype='html', charset=charset, cte=cte)
    return m


def alt(m, plain, htmlbody):
    m.set_content(plain)
    m.add_alternative(htmlbody, subtype='html')
    return m


def attach(m, data, name, maintype='application', subtype='pdf'):
    if m.get_content_maintype() != 'multipart' or m.get_content_subtype() == 'alternative':
        m.make_mixed()
    m.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return m


def quote_request(rid, when, who=DESK):
    """Outlook-style quoted original request"""
    r = REQS[rid]
    return ('\n\n-----Original Message-----\nFrom: %s\nSent: %s\nTo: records office\nSubject: %s\n\n%s\n'
            % (who, when, r['subject'], REQ_BODY[rid]))


def gt_quote(rid, when):
    """Gmail-style '>' quote of the original request"""
    body = '\n'.join('> ' + ln for ln in REQ_BODY[rid].split('\n'))
    return '\n\nOn %s, Records Desk <%s> wrote:\n%s\n' % (when, INBOX, body)


def _pdf_escape(s):
    return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')


def pdf(pages, title='Letter'):
    """Minimal PDF 1.4 with a real text layer. pages: list of lists of text lines (latin-1)."""
    objs = []  # object bodies (bytes), object n = index + 1
    npages = len(pages)
    font_id = 3 + 2 * npages
    info_id = font_id + 1
    kids = ' '.join('%d 0 R' % (3 + 2 * i) for i in range(npages))
    objs.append(b'<< /Type /Catalog /Pages 2 0 R >>')
    objs.append(('<< /Type /Pages /Kids [%s] /Count %d >>' % (kids, npages)).encode())
    for i, lines in enumerate(pages):
        page_id, content_id = 3 + 2 * i, 4 + 2 * i
        objs.append(('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 %d 0 R >> >> '
                     '/Contents %d 0 R >>' % (font_id, content_id)).encode())
        ops = ['BT', '/F1 10 Tf', '13 TL', '72 730 Td']
        for ln in lines:
            ops.append('(%s) Tj T*' % _pdf_escape(ln))
        ops.append('ET')
        stream = '\n'.join(ops).encode('latin-1')
        objs.append(b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream')
    objs.append(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
    objs.append(('<< /Title (%s) /Producer (Records Office) >>' % _pdf_escape(title)).encode('latin-1'))
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offsets = []
    for n, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b'%d 0 obj\n' % n + body + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offsets:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, info_id, xref)
    return bytes(out)


def fact(file, request, kind, tracking=None, clock=None, adverse=False, estimated=None, signals=(), why=''):
    f = {'file': file, 'request': request, 'kind': kind, 'tracking_number': tracking}
    if clock:
        f['clock'] = clock
    if adverse:
        f['adverse_determination'] = True
    if estimated:
        f['estimated'] = dt.date.fromisoformat(estimated)
    f['signals'] = list(signals) or ['none']
    f['why'] = why
    return f


def tidy(m, fname):
    """deterministic, mailer-looking boundaries; no MIME-Version on sub-parts"""
    h = hashlib.sha1(fname.encode()).hexdigest()
    styles = {'gmail': '0000000000%s%s', 'java': '----=_Part_%d_%s'}
    style = m.get('X-Boundary-Style', 'java')
    del m['X-Boundary-Style']
    for i, part in enumerate(m.walk()):
        if part is not m:
            del part['MIME-Version']
        if part.is_multipart():
            if style == 'outlook':
                host = str(m['Message-ID']).split('@')[-1].split('.')[0][:13]
                part.set_boundary('_%03d_%s%s_' % (i, host, h[i:i + 12].upper()))
            elif style == 'gmail':
                part.set_boundary(styles[style] % (h[i:i + 6], h[20:26]))
            else:
                part.set_boundary(styles[style] % (100 + i, h[i:i + 16]))


def save(fname, m, f):
    assert f['file'] == fname
    MSGDIR.mkdir(exist_ok=True)
    if not isinstance(m, bytes):
        tidy(m, fname)
    data = m if isinstance(m, bytes) else m.as_bytes(policy=email.policy.default)
    (MSGDIR / fname).write_bytes(data)
    _facts.append(f)


def finish(part):
    FACTDIR.mkdir(exist_ok=True)
    (FACTDIR / ('part%d.yaml' % part)).write_text(
        yaml.safe_dump(_facts, sort_keys=False, allow_unicode=True, width=1000))
    print('part %d: wrote %d messages' % (part, len(_facts)))
