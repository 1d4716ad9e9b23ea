"""Shared helpers for the message generator scripts (gen_part*.py). Builds raw RFC 5322 text by hand."""
import base64, quopri, hashlib, textwrap, datetime as dt, email.utils
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent.parent
REQS = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
INBOX = 'records@records.example.org'
ORG = 'Records Desk <records@records.example.org>'

REQ_TEXT = {
    'REQ-101': "Under the California Public Records Act, we request copies of all contracts, purchase orders,\nstatements of work and amendments between the Employment Development Department and any vendor\nproviding identity-verification services for unemployment insurance claims (including ID.me and\nThomson Reuters), from January 1, 2020 to the present, and invoices paid under them.",
    'REQ-102': "Under the California Public Records Act, we request copies of EDD's contracts and task orders with\nvendors operating or staffing the unemployment insurance call center, 2024 to the present, and any\nmonthly performance or service-level reports delivered under them.",
    'REQ-103': "Under the California Public Records Act, we request (1) any EDD internal estimate or analysis of\nunemployment fraud losses attributed to failures of identity-verification vendors, 2021-2026, and\n(2) records of the California State Auditor's audit of EDD fraud controls, including working papers\nand EDD's correspondence about the audit recommendations.",
    'REQ-104': "Pursuant to the New York Freedom of Information Law, we request copies of all contracts,\namendments and invoices between the Department of Labor and any vendor providing identity\nverification for unemployment insurance claimants (including ID.me and LexisNexis Risk Solutions),\nJanuary 2020 to the present.",
    'REQ-105': "Pursuant to the New York Freedom of Information Law, we request records sufficient to show the\nnumber of open unpaid-wage claims before the Division of Labor Standards by month and age,\nJanuary 2023 to the present, and a list of open claims with employer name, filing date and amount.",
    'REQ-106': "Under the Texas Public Information Act, we request copies of TWC's contracts with vendors operating\nor staffing unemployment insurance call centers (tele-center contracts), 2024 to the present, and\nvendor performance or service-level reports submitted under those contracts.",
    'REQ-107': "Under the Texas Public Information Act, we request claim-level data for unemployment insurance\nclaims TWC flagged as identity theft from 2020 to the present: claim identifier, filing date, county,\namount paid and recovery status.",
    'REQ-108': "Under the Michigan Freedom of Information Act, we request records showing UIA's estimated fraud\nlosses and overpayment write-offs for 2020-2026, and UIA's written responses and corrective-action\nplans sent to the Office of the Auditor General in connection with its 2025 audit of UIA.",
    'REQ-109': "Under the Michigan Freedom of Information Act, we request the contract between the Unemployment\nInsurance Agency and its identity-verification vendor, and all change notices or amendments.",
    'REQ-110': "Under the Pennsylvania Right-to-Know Law, we request copies of contracts and amendments between\nthe Department of Labor & Industry and vendors operating or staffing Unemployment Compensation\nservice-center call centers, January 2023 to the present.",
    'REQ-111': "Under the Pennsylvania Right-to-Know Law, we request all emails sent or received by staff of the\nBureau of Labor Law Compliance that mention the wage-complaint backlog, January 1, 2025 through\nAugust 31, 2026.",
    'REQ-112': "Under A.R.S. 39-121 et seq., we request records showing the identity-verification score thresholds\nand fraud-detection rule settings DES uses for unemployment claims, and records of DES's total\nunemployment fraud losses by year, 2020-2026.",
    'REQ-113': "Under A.R.S. 39-121 et seq., we request correspondence between DES and the Arizona Auditor General\nabout the Auditor General's audit of unemployment insurance fraud controls, January 2025 to the\npresent, including DES's written responses to the audit findings.",
    'REQ-114': "Under RCW 42.56, we request records showing ESD's losses to imposter fraud from 2020 to the present,\namounts recovered, and records exchanged with the Office of the Washington State Auditor about its\naudits of ESD's unemployment fraud losses.",
    'REQ-115': "Under RCW 42.56, we request ESD's contracts with any vendor operating or staffing its unemployment\ncontact center in 2025-2026, and monthly contact-center staffing reports for the same period.",
}


def rfcdate(s):
    """'2026-09-08 10:14 -0700' -> RFC 2822 date string"""
    d = dt.datetime.strptime(s, '%Y-%m-%d %H:%M %z')
    return email.utils.format_datetime(d)


def mid(seed, domain):
    return '<%s@%s>' % (hashlib.sha1(seed.encode()).hexdigest()[:24], domain)


def _cte(text):
    try:
        text.encode('ascii')
        if max(len(l) for l in text.split('\n')) > 900:
            raise UnicodeEncodeError('ascii', '', 0, 1, 'long line')
        return '7bit', text
    except UnicodeEncodeError:
        return 'quoted-printable', quopri.encodestring(text.encode('utf-8')).decode('ascii')


def text(body, subtype='plain', charset='utf-8'):
    if not body.endswith('\n'):
        body += '\n'
    if charset == 'utf-8':
        cte, enc = _cte(body)
    else:
        cte, enc = 'quoted-printable', quopri.encodestring(body.encode(charset)).decode('ascii')
    return 'Content-Type: text/%s; charset="%s"\nContent-Transfer-Encoding: %s\n\n%s' % (subtype, charset, cte, enc)


def html(body):
    return text(body, 'html')


def multi(subtype, parts, boundary):
    out = 'Content-Type: multipart/%s;\n\tboundary="%s"\n\n' % (subtype, boundary)
    if subtype == 'mixed':
        out += 'This is a multi-part message in MIME format.\n\n'
    for p in parts:
        out += '--%s\n%s\n' % (boundary, p.rstrip('\n'))
    out += '--%s--\n' % boundary
    return out


def attach(filename, ctype, data, inline=False):
    b = base64.encodebytes(data).decode('ascii')
    return ('Content-Type: %s;\n\tname="%s"\nContent-Disposition: %s;\n\tfilename="%s"\n'
            'Content-Transfer-Encoding: base64\n\n%s' % (ctype, filename, 'inline' if inline else 'attachment', filename, b))


def pdf_bytes(lines, title='Letter'):
    """Minimal one-or-more-page PDF with a real text layer (Helvetica, WinAnsi)."""
    def esc(s):
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    pages = [lines[i:i + 52] for i in range(0, max(len(lines), 1), 52)]
    objs = []
    objs.append('<< /Type /Catalog /Pages 2 0 R >>')
    kids = ' '.join('%d 0 R' % (4 + 2 * i) for i in range(len(pages)))
    objs.append('<< /Type /Pages /Kids [%s] /Count %d >>' % (kids, len(pages)))
    objs.append('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
    for i, pl in enumerate(pages):
        stream = 'BT /F1 10 Tf 13 TL 60 750 Td\n' + ''.join('(%s) Tj T*\n' % esc(l) for l in pl) + 'ET'
        objs.append('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>' % (5 + 2 * i))
        objs.append('<< /Length %d >>\nstream\n%s\nendstream' % (len(stream.encode('latin-1')), stream))
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offs = []
    for n, o in enumerate(objs, 1):
        offs.append(len(out))
        out += ('%d 0 obj\n%s\nendobj\n' % (n, o)).encode('latin-1')
    xref = len(out)
    out += ('xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)).encode()
    for o in offs:
        out += ('%010d 00000 n \n' % o).encode()
    out += ('trailer\n<< /Size %d /Root 1 0 R /Info << /Title (%s) >> >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, esc(title), xref)).encode('latin-1')
    return out


def pdf(filename, body, title='Letter'):
    return attach(filename, 'application/pdf', pdf_bytes(body.strip('\n').split('\n'), title))


def eml(headers, entity):
    """headers: list of (name, value); entity: MIME entity text starting with its Content-Type header."""
    h = ''.join('%s: %s\n' % (k, v) for k, v in headers if v is not None)
    if not any(k.lower() == 'mime-version' for k, _ in headers):
        h += 'MIME-Version: 1.0\n'
    return h + entity


def thread(rid):
    m = REQS[rid]['message_id']
    return [('In-Reply-To', m), ('References', m)]


def quote(rid, who='Records Desk <records@records.example.org>', when=None):
    r = REQS[rid]
    when = when or r['sent'].strftime('%a, %b %d, %Y')
    q = ['On %s, %s wrote:' % (when, who), '> Subject: %s' % r['subject'], '>']
    q += ['> ' + l for l in REQ_TEXT[rid].split('\n')]
    q += ['>', '> Records Desk', '> records.example.org']
    return '\n'.join(q)


def outlook_headers(seed, domain='pa.gov'):
    h = hashlib.sha1(seed.encode()).hexdigest().upper()
    return [('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''),
            ('X-MS-Exchange-Organization-SCL', '1'),
            ('X-MS-Exchange-CrossTenant-id', '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32])),
            ('X-MS-Exchange-Transport-CrossTenantHeadersStamped', 'CY5PR09MB%s' % h[:4]),
            ('Thread-Index', base64.b64encode(bytes.fromhex(h[:32])).decode()),
            ('Content-Language', 'en-US')]


class M:
    """One message: slug (file name tail), date string, raw text, facts (without file)."""
    def __init__(self, slug, date, raw, **facts):
        self.slug, self.date, self.raw, self.facts = slug, date, raw, facts


def base(frm, to, subj, date, seed, domain, cc=None, reply_to=None):
    return [('From', frm), ('To', to), ('Cc', cc), ('Reply-To', reply_to), ('Subject', subj),
            ('Date', rfcdate(date)), ('Message-ID', mid(seed, domain))]
