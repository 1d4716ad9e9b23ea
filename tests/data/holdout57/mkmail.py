"""Small helpers shared by build_part*.py: raw RFC 5322 message assembly, minimal text PDFs, our requests.

Everything is written by hand (no templates from other sets). Messages are LF-terminated like the dev set.
"""
import base64
import datetime as dt
import email.header
import email.utils
import hashlib
import quopri
import textwrap
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
MSGDIR = HERE / 'messages'
MSGDIR.mkdir(exist_ok=True)
REQS = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}


# ---------------------------------------------------------------- headers
def is_ascii(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


def h(value, charset='utf-8'):
    """RFC 2047-encode a free-text header value if it is not ASCII."""
    if is_ascii(value):
        return value
    return email.header.Header(value, charset, maxlinelen=76).encode()


def addr(name, address, charset='utf-8'):
    if not name:
        return address
    if is_ascii(name):
        return email.utils.formataddr((name, address))
    return email.utils.formataddr((name, address), charset=charset)


def date(s, tz):
    """date('2026-09-02 17:41:07', '-0400') -> RFC 5322 date string"""
    fmt = '%Y-%m-%d %H:%M:%S' if s.count(':') == 2 else '%Y-%m-%d %H:%M'
    d = dt.datetime.strptime(s, fmt)
    sign = 1 if tz[0] == '+' else -1
    off = dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    d = d.replace(tzinfo=dt.timezone(off))
    return email.utils.format_datetime(d)


def hx(seed, n=16):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def HX(seed, n=16):
    return hx(seed, n).upper()


def req_mid(rid):
    return REQS[rid]['message_id']


def req_plus(rid):
    return REQS[rid]['reply_address']


def req_subject(rid):
    return REQS[rid]['subject']


def fold_refs(ids):
    return '\n '.join(ids)


# ---------------------------------------------------------------- parts
class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value)
        self.body = body        # bytes

    def render(self):
        out = b''
        for k, v in self.headers:
            out += ('%s: %s\n' % (k, v)).encode('ascii')
        return out + b'\n' + self.body


def text(body, subtype='plain', charset='utf-8', cte='quoted-printable', extra=None, fmt_flowed=False):
    if not body.endswith('\n'):
        body += '\n'
    data = body.encode(charset)
    if cte == 'quoted-printable':
        payload = quopri.encodestring(data)
    elif cte == 'base64':
        payload = base64.encodebytes(data)
    elif cte == '7bit':
        data.decode('ascii')
        payload = data
    elif cte == '8bit':
        payload = data
    else:
        raise ValueError(cte)
    ct = 'text/%s; charset="%s"' % (subtype, charset)
    if fmt_flowed:
        ct += '; format=flowed'
    hdrs = [('Content-Type', ct), ('Content-Transfer-Encoding', cte)]
    if extra:
        hdrs += extra
    return Part(hdrs, payload)


def attachment(filename, data, ctype='application/pdf', inline=False, extra=None):
    if isinstance(data, str):
        data = data.encode('utf-8')
    disp = 'inline' if inline else 'attachment'
    hdrs = [('Content-Type', '%s;\n\tname="%s"' % (ctype, filename)),
            ('Content-Description', filename),
            ('Content-Disposition', '%s;\n\tfilename="%s"; size=%d' % (disp, filename, len(data))),
            ('Content-Transfer-Encoding', 'base64')]
    if extra:
        hdrs += extra
    return Part(hdrs, base64.encodebytes(data))


def multipart(subtype, parts, boundary, params=''):
    body = b''
    for p in parts:
        body += b'--' + boundary.encode() + b'\n' + p.render()
        if not body.endswith(b'\n'):
            body += b'\n'
    body += b'--' + boundary.encode() + b'--\n'
    ct = 'multipart/%s;\n\tboundary="%s"' % (subtype, boundary)
    if params:
        ct += ';\n\t' + params
    return Part([('Content-Type', ct)], body)


def rfc822(raw_bytes):
    return Part([('Content-Type', 'message/rfc822'), ('Content-Disposition', 'inline')], raw_bytes)


def raw_part(ctype, body_text, extra=None):
    hdrs = [('Content-Type', ctype)]
    if extra:
        hdrs += extra
    return Part(hdrs, body_text.encode('ascii'))


def message(headers, root):
    """headers: list of (name, value); values already encoded (use h()/addr()). root: a Part."""
    out = b''
    names = [k.lower() for k, _ in headers]
    for k, v in headers:
        out += ('%s: %s\n' % (k, v)).encode('ascii')
    if 'mime-version' not in names:
        out += b'MIME-Version: 1.0\n'
    return out + root.render()


def write(name, headers, root):
    raw = message(headers, root)
    for i, line in enumerate(raw.split(b'\n')):
        assert len(line) <= 998, (name, i)
    (MSGDIR / name).write_bytes(raw)
    return raw


# ---------------------------------------------------------------- PDF (text layer, Helvetica, WinAnsi)
def _pdf_escape(s):
    b = s.encode('cp1252', 'replace')
    return b.replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)')


def pdf(lines, title='Letter', width=92, size=10, producer='Letter Generator'):
    """lines: list of str (wrapped to `width`). Returns bytes of a valid PDF with a text layer."""
    wrapped = []
    for ln in lines:
        if not ln.strip():
            wrapped.append('')
            continue
        lead = len(ln) - len(ln.lstrip(' '))
        wrapped += textwrap.wrap(ln, width=width, subsequent_indent=' ' * lead, initial_indent='') or ['']
    per_page = 58
    pages = [wrapped[i:i + per_page] for i in range(0, len(wrapped), per_page)] or [[]]
    objs = []  # index 0 -> obj 1
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 font, 4 info, then per page: page obj, content obj
    kids = ' '.join('%d 0 R' % (5 + 2 * i) for i in range(n_pages))
    objs.append(b'<< /Type /Catalog /Pages 2 0 R >>')
    objs.append(('<< /Type /Pages /Kids [%s] /Count %d >>' % (kids, n_pages)).encode())
    objs.append(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
    objs.append(b'<< /Title (' + _pdf_escape(title) + b') /Producer (' + _pdf_escape(producer) + b') >>')
    for i, pg in enumerate(pages):
        stream = b'BT\n/F1 %d Tf\n%d TL\n56 750 Td\n' % (size, size + 2)
        for ln in pg:
            stream += b'(' + _pdf_escape(ln) + b') Tj T*\n'
        stream += b'ET\n'
        objs.append(('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> '
                     '/Contents %d 0 R >>' % (6 + 2 * i)).encode())
        objs.append(b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'endstream')
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offsets = []
    for i, o in enumerate(objs):
        offsets.append(len(out))
        out += b'%d 0 obj\n' % (i + 1) + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for off in offsets:
        out += b'%010d 00000 n \n' % off
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, xref)
    return out


# ---------------------------------------------------------------- our outgoing requests (for quoting)
REQUEST_BODIES = {
    'REQ-001': """Estimado(a) Oficial de Información:

Al amparo de la Ley 141-2018, Ley de Transparencia y Procedimiento Expedito
para el Acceso a la Información Pública, solicito copia de los informes de
uso de fuerza (incluidos los formularios PPR-605 o su equivalente) preparados
por agentes del Negociado de la Policía de Puerto Rico entre el 1 de enero de
2021 y el 31 de diciembre de 2025, así como cualquier resumen estadístico
anual de esos incidentes.

Prefiero recibir la información en formato electrónico. Solicito que se
exima de cualquier cargo, ya que la información se usará para fines
periodísticos y de interés público.

Atentamente,
Mesa de Documentos Públicos
records@records.example.org
""",
    'REQ-009': """Estimado(a) Oficial de Información:

Conforme a la Ley 141-2018, solicito copia de:
1. Los contratos, enmiendas y órdenes de compra del Negociado de la Policía
   de Puerto Rico para cámaras corporales y almacenamiento de video
   (2022 al presente).
2. La orden general o política vigente sobre el uso de cámaras corporales.
3. Cualquier auditoría o informe interno sobre el cumplimiento de dicha
   política.

Prefiero recibir los documentos en formato electrónico.

Atentamente,
Mesa de Documentos Públicos
records@records.example.org
""",
    'REQ-008': """To the Public Information Officer:

Under the Texas Public Information Act, Tex. Gov't Code ch. 552, I request
copies of (1) all contracts, amendments and purchase orders between the City
of El Paso or the El Paso Police Department and any vendor of automated
license plate reader (ALPR) cameras or data, 2021 to present, and (2) all
data-sharing agreements or MOUs under which EPPD shares ALPR data with any
federal, state or local agency.

Electronic copies are preferred. Please contact me before incurring charges
above $40.

Records Desk
records@records.example.org
""",
    'REQ-014': """FOIA Officer:

Pursuant to the Freedom of Information Act, 5 U.S.C. 552, I request records
of maritime interdictions carried out or supported by the CBP Air and Marine
Operations Caribbean Air and Marine Branch (Aguadilla and San Juan) from
January 1, 2024 through December 31, 2025, including daily activity logs,
interdiction summaries and any statistical reports of vessels stopped,
persons apprehended and narcotics seized.

I am a representative of the news media and request a fee waiver.

Records Desk
records@records.example.org
""",
}
