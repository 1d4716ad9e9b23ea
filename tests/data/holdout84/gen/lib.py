"""Shared helpers for the generator part files (gen/part*.py)."""
import re, yaml
from pathlib import Path
from email.message import EmailMessage
from email import policy

HERE = Path(__file__).resolve().parent.parent
MSGS = HERE / 'messages'
REQS = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
FACTS = []
DESK = 'Records Desk <records@ledger.example.org>'
PRIYA = 'Priya Raman <praman@ledger.example.org>'
MARCUS = 'Marcus Ortiz <mortiz@ledger.example.org>'

def rmid(rid):
    return REQS[rid]['message_id']

def plus(rid):
    return REQS[rid]['reply_address']

def subj(rid):
    return REQS[rid]['subject']

# Short texts of our outgoing requests, for quoting.
REQTEXT = {
 'REQ-001': "Under the Freedom of Information Act, 5 U.S.C. 552, we request copies of inspection\nfiles, including citations, narratives and fatality investigation summaries, for\nwarehouse and distribution center establishments in Ohio (NAICS 493110 and 492110)\ninspected between January 1, 2023 and the date of search.\n\nWe are representatives of the news media and ask for a fee waiver. We prefer\nelectronic records.",
 'REQ-002': "Pursuant to FOIA, we request (1) heat-related illness complaints and referrals\nreceived by OSHA Region 5 area offices from 2024 through the present, and (2) any\nSite-Specific Targeting or National Emphasis Program inspection lists for heat\nhazards in Region 5 for the same period.",
 'REQ-003': "We request Hazard Mitigation Grant Program (HMGP) subapplications, benefit-cost\nanalyses and FEMA eligibility reviews for projects in Michigan for declarations\nissued from 2021 to the present.",
 'REQ-004': "We request aggregate and record-level data on Individual Assistance eligibility\ndeterminations and applicant appeals for disaster declaration DR-4803-MI,\nincluding denial reason codes.",
 'REQ-005': "We request the Section 404 permit application file for the Delta Conveyance\nProject, including correspondence between the Sacramento District and the\nCalifornia Department of Water Resources from 2023 to the present.",
 'REQ-006': "Under the Freedom of Information Law (Public Officers Law Art. 6), we request:\n1. Spill reports involving PFAS compounds at sites along the Hudson River, 2018-2026;\n2. Orders on consent resolving those spills;\n3. Related inspection reports.",
 'REQ-007': "Under FOIL we request correspondence between DEC staff and Saint-Gobain\nPerformance Plastics regarding Hoosick Falls, January 2024 to the present.",
 'REQ-008': "Under G.L. c. 66, s. 10, we request crash records and road safety audits for the\nRoute 9 corridor (Framingham to Brookline) from 2021 to the present.",
 'REQ-009': "Under G.L. c. 66, s. 10, we request MassDOT's retention policies for images\ncaptured by all-electronic tolling gantries and any logs of image deletion or\nretention exceptions, 2022-2026.",
 'REQ-010': "Under Michigan's FOIA, MCL 15.231 et seq., we request records of lead service\nline replacements in Benton Harbor, including contractor invoices, inspection\nsign-offs and EGLE correspondence with the city, 2021-2026.",
 'REQ-011': "Under the Colorado Open Records Act, we request air quality complaints received by\nDDPHE about the Suncor refinery area, and any related inspection, notice of\nviolation or enforcement records, January 2024 to the present.",
 'REQ-012': "Under CORA we request notices posted before encampment cleanups in Denver and\nrecords of the costs of those cleanups, January 2025 to the present.",
 'REQ-013': "Under the Right-to-Know Law, 65 P.S. 67.101 et seq., we request the Police\nDepartment's ShotSpotter contract and amendments, alert data for 2025, and any\nperformance reviews or evaluations of the system.",
 'REQ-014': "Under R.C. 149.43 we request lead sampling results collected by the Division of\nWater and the customer notification letters sent after exceedances, 2023-2026.",
}

def gq(text, depth=1):
    """Gmail/Thunderbird style '>' quoting."""
    p = '>' * depth
    return '\n'.join((p + ' ' + l) if l else p for l in text.split('\n'))

def ol(frm, sent, to, subject, cc=None):
    """Outlook 'From: / Sent:' block header."""
    s = '\n________________________________\nFrom: %s\nSent: %s\nTo: %s\n' % (frm, sent, to)
    if cc:
        s += 'Cc: %s\n' % cc
    return s + 'Subject: %s\n\n' % subject

def olo(frm, sent, to, subject):
    """Older Outlook '-----Original Message-----' block."""
    return '\n-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n' % (frm, sent, to, subject)

def ourreq(rid, sign='Records Desk\nThe Ledger\nrecords@ledger.example.org'):
    return REQTEXT[rid] + '\n\nThank you,\n' + sign

def pdf(lines, title='Letter'):
    """Minimal one-page PDF with a real text layer (Helvetica)."""
    def esc(s):
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    y = 750
    ops = ['BT', '/F1 10 Tf', '12 TL', '54 %d Td' % y]
    for l in lines:
        ops.append('(%s) Tj T*' % esc(l))
    ops.append('ET')
    stream = '\n'.join(ops).encode('latin-1')
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>',
            b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
            b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
            b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream',
            ('<< /Title (%s) /Producer (Records Office) >>' % esc(title)).encode('latin-1')]
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    x = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, x)
    return out

def _addr(v):
    """Quote display names that contain commas, as Outlook does ("Last, First (ORG)" <a@b>)."""
    out = []
    for piece in re.split(r'(?<=>)\s*,\s*', v):
        mm = re.match(r'^\s*(.*?)\s*<([^>]+)>\s*$', piece)
        if mm and ',' in mm.group(1) and not mm.group(1).startswith('"'):
            piece = '"%s" <%s>' % (mm.group(1), mm.group(2))
        out.append(piece)
    return ', '.join(out)

def msg(fname, frm, to, date, subject, mid, text=None, html=None, cc=None, irt=None, refs=None,
        extra=(), attach=(), fact=None):
    """Build and write one .eml. attach: list of (filename, bytes, maintype, subtype)."""
    m = EmailMessage(policy=policy.SMTP)
    m['From'] = _addr(frm)
    m['To'] = _addr(to)
    if cc:
        m['Cc'] = _addr(cc)
    m['Date'] = date
    m['Subject'] = subject
    m['Message-ID'] = mid
    if irt:
        m['In-Reply-To'] = irt
    if refs:
        m['References'] = refs
    for k, v in extra:
        m[k] = v
    if text is not None:
        m.set_content(text, cte='quoted-printable' if any(len(l) > 76 for l in text.split('\n')) or not text.isascii() else '7bit')
        if html is not None:
            m.add_alternative(html, subtype='html')
    elif html is not None:
        m.set_content(html, subtype='html')
    for fn, data, mt, st in attach:
        m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    (MSGS / fname).write_bytes(m.as_bytes())
    if fact:
        fact = dict(fact)
        fact['file'] = fname
        FACTS.append(fact)

def raw(fname, text, fact):
    (MSGS / fname).write_bytes(text.replace('\r\n', '\n').replace('\n', '\r\n').encode('utf-8'))
    fact = dict(fact)
    fact['file'] = fname
    FACTS.append(fact)

def F(request, kind, tracking=None, why='', signals=('thread',), clock=None, adverse=False, estimated=None):
    d = {'request': request, 'kind': kind, 'tracking_number': tracking}
    if clock:
        d['clock'] = clock
    if adverse:
        d['adverse_determination'] = True
    if estimated:
        d['estimated'] = estimated
    d['signals'] = list(signals)
    d['why'] = why
    return d
