"""Shared helpers for the message generator parts (part1.py ... part6.py)."""
import email.policy, hashlib, textwrap, yaml
from email.message import EmailMessage
from pathlib import Path

SET = Path(__file__).resolve().parent.parent
OUT = SET / 'messages'
POL = email.policy.default.clone(linesep='\n', max_line_length=78)
REQS = {r['id']: r for r in yaml.safe_load((SET / 'requests.yaml').read_text())['requests']}
US = 'Records Desk <records@records.example.org>'

BODIES = {
 'REQ-101': "Under the California Public Records Act, we request all consultant contracts, task orders,\namendments and invoices for work on the 2027 Metropolitan Transportation Plan /\nSustainable Communities Strategy update, January 2025 to the present.",
 'REQ-102': "Under the California Public Records Act, we request the minutes and any audio recordings\nof closed sessions of the SACOG Board of Directors held January through August 2026.",
 'REQ-103': "Under the California Public Records Act, we request the CAD incident log (unit history\nand narrative) and the 911 call audio for the structure fire reported on Alder Court,\nLas Lomas, on September 12, 2026.",
 'REQ-104': "Under the Texas Public Information Act, we request copies of all grant applications\nNCTCOG submitted to the Federal Transit Administration for regional transit projects\nfrom January 2024 to the present, including budget attachments.",
 'REQ-105': "Under the Texas Public Information Act, we request the 911 call recordings, radio traffic\nand the CAD event chronology for the incident on September 26, 2026 near the US-90\nrest area.",
 'REQ-106': "Under the Georgia Open Records Act, O.C.G.A. 50-18-70 et seq., we request the employment\nagreement of the ARC executive director and all amendments since 2022.",
 'REQ-107': "Under the Georgia Open Records Act, we request the Authority's landfill tipping fee\ncontracts with member governments and haulers, and all correspondence with Georgia EPD\nabout notices of violation, 2024 to the present.",
 'REQ-108': "Under the Virginia Freedom of Information Act, we request any mortality or in-custody\ndeath reviews completed since January 2023 and the current inmate medical services\ncontract with all amendments.",
 'REQ-109': "Under the Virginia Freedom of Information Act, we request the minutes of the Jail\nAuthority board for FY2026 and the per diem invoices billed to each member locality.",
 'REQ-110': "Under the Virginia Freedom of Information Act, we request PFAS sampling results for the\nAuthority's raw and finished water, 2024-2026, and any consultant reports on PFAS\ntreatment options.",
 'REQ-111': "Under Ohio Rev. Code 149.43, we request the 2026 board meeting packets and all\ncorrespondence concerning amendments to the Transportation Improvement Program in 2026.",
 'REQ-112': "Under Ohio Rev. Code 149.43, we request the District's contracts with solid waste\nhaulers and any audit of its recycling program, 2019 to the present.",
 'REQ-113': "Under RCW 42.56, we request PSRC's consultant contracts, scopes of work and invoices\nfor land use and travel demand modeling supporting the Regional Growth Strategy.",
 'REQ-114': "Under RCW 42.56, we request the CAD incident logs and all dispatch radio and 911 audio\nfor the officer-involved shooting of October 3, 2026.",
 'REQ-115': "Under the Freedom of Information Act, we request FTA correspondence with NCTCOG and\nSACOG and records of their triennial reviews, January 2023 to the present.",
 'REQ-116': "Under the California Public Records Act, we request the current employment contract of\nDRCA's executive director and the agreement under which the Las Lomas City Attorney\nserves as DRCA general counsel.",
}

def mid(seed, domain):
    return '<%s@%s>' % (hashlib.sha1(seed.encode()).hexdigest()[:24], domain)

def req_mid(rid):
    return REQS[rid]['message_id']

def plus(rid):
    return REQS[rid]['reply_address']

def quote(rid, when, prefix='> '):
    """quoted copy of our original request"""
    r = REQS[rid]
    lines = ['On %s, Records Desk <records@records.example.org> wrote:' % when, '']
    body = 'To the records officer:\n\n' + BODIES[rid] + '\n\nWe prefer electronic copies. Thank you.\n\nRecords Desk\nrecords@records.example.org'
    lines += [(prefix + l).rstrip() for l in body.split('\n')]
    return '\n'.join(lines)

def fwd_block(rid, date_str, to):
    r = REQS[rid]
    return ('-----Original Message-----\nFrom: Records Desk <records@records.example.org>\nSent: %s\nTo: %s\nSubject: %s\n\n'
            % (date_str, to, r['subject']) + 'To the records officer:\n\n' + BODIES[rid] + '\n\nRecords Desk\n')

def msg(headers, text=None, html=None, attachments=(), charset='utf-8', cte=None):
    m = EmailMessage(policy=POL)
    for k, v in headers:
        m[k] = v
    if text is not None and html is not None:
        m.set_content(text, charset=charset, cte=cte) if cte else m.set_content(text, charset=charset)
        m.add_alternative(html, subtype='html')
    elif html is not None:
        m.set_content(html, subtype='html', charset=charset)
    else:
        m.set_content(text, charset=charset, cte=cte) if cte else m.set_content(text, charset=charset)
    for a in attachments:
        if isinstance(a, EmailMessage):
            m.add_attachment(a)
        else:
            fn, data, ctype = a
            mt, st = ctype.split('/')
            if isinstance(data, str):
                m.add_attachment(data, subtype=st, filename=fn)
            else:
                m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    if 'MIME-Version' not in m:
        m['MIME-Version'] = '1.0'
    return m

def write(name, m):
    data = m if isinstance(m, (bytes, str)) else m.as_bytes(policy=POL)
    if isinstance(data, str):
        data = data.encode('utf-8')
    (OUT / name).write_bytes(data)

def pdf(text, width=92):
    """minimal one-or-more-page PDF with a real Helvetica text layer"""
    lines = []
    for para in text.split('\n'):
        lines += textwrap.wrap(para, width) or ['']
    pages = [lines[i:i + 52] for i in range(0, len(lines), 52)] or [[]]
    objs = []
    kids = ' '.join('%d 0 R' % (4 + 2 * i) for i in range(len(pages)))
    objs.append(b'<< /Type /Catalog /Pages 2 0 R >>')
    objs.append(('<< /Type /Pages /Kids [%s] /Count %d >>' % (kids, len(pages))).encode())
    objs.append(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
    for i, pl in enumerate(pages):
        ops = ['BT', '/F1 10 Tf', '13 TL', '56 740 Td']
        for l in pl:
            l = l.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
            ops.append('(%s) Tj T*' % l)
        ops.append('ET')
        stream = '\n'.join(ops).encode('cp1252', 'replace')
        objs.append(('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>' % (5 + 2 * i)).encode())
        objs.append(b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream')
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offs = []
    for n, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b'%d 0 obj\n' % n + o + b'\nendobj\n'
    x = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, x)
    return out
