"""Small helpers used by make_messages.py to write raw RFC 5322 messages by hand.

Everything is written as ASCII text: non-ASCII bodies are quoted-printable or base64, non-ASCII
headers are RFC 2047 encoded words. PDFs are minimal hand-made PDF 1.4 files with a Helvetica text layer.
"""
import base64, hashlib, quopri, textwrap
from email.header import Header


def hx(seed, n=16):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def b64seed(seed, n=44):
    return base64.b64encode(hashlib.sha512(seed.encode()).digest()).decode()[:n]


def ew(s, charset='utf-8', enc='q'):
    """RFC 2047 encoded word(s) for a header value"""
    h = Header(s, charset)
    out = h.encode(maxlinelen=76)
    if enc == 'b' and '?q?' in out.lower():
        out = '=?%s?b?%s?=' % (charset, base64.b64encode(s.encode(charset)).decode())
    return out


def qp(text, charset='utf-8'):
    return quopri.encodestring(text.encode(charset)).decode('ascii')


def b64(data):
    if isinstance(data, str):
        data = data.encode('utf-8')
    return base64.encodebytes(data).decode('ascii')


def headers(pairs):
    return ''.join('%s: %s\n' % (k, v) for k, v in pairs if v is not None)


def leaf(body, ctype='text/plain', charset='utf-8', cte='quoted-printable', extra=()):
    h = [('Content-Type', '%s; charset="%s"' % (ctype, charset))]
    h.append(('Content-Transfer-Encoding', cte))
    h.extend(extra)
    if cte == 'quoted-printable':
        payload = qp(body, charset)
    elif cte == 'base64':
        payload = b64(body.encode(charset))
    else:  # 7bit: body must be ASCII
        body.encode('ascii')
        payload = body
    if not payload.endswith('\n'):
        payload += '\n'
    return headers(h) + '\n' + payload


def attachment(filename, ctype, data, inline=False):
    disp = 'inline' if inline else 'attachment'
    h = [('Content-Type', '%s;\n\tname="%s"' % (ctype, filename)),
         ('Content-Transfer-Encoding', 'base64'),
         ('Content-Disposition', '%s;\n\tfilename="%s"' % (disp, filename))]
    return headers(h) + '\n' + b64(data)


def multipart(subtype, parts, boundary, extra_params=''):
    ct = 'multipart/%s;\n\tboundary="%s"%s' % (subtype, boundary, extra_params)
    body = ''
    for p in parts:
        body += '--%s\n%s' % (boundary, p)
        if not body.endswith('\n'):
            body += '\n'
    body += '--%s--\n' % boundary
    return ct, body


def message(hdrs, content_type, body, cte=None):
    """hdrs: list of (name, value) top-level headers (without MIME-Version/Content-Type)."""
    h = list(hdrs) + [('MIME-Version', '1.0'), ('Content-Type', content_type)]
    if cte:
        h.append(('Content-Transfer-Encoding', cte))
    return headers(h) + '\n' + body


def simple(hdrs, body, ctype='text/plain', charset='utf-8', cte='quoted-printable'):
    if cte == 'quoted-printable':
        payload = qp(body, charset)
    elif cte == 'base64':
        payload = b64(body.encode(charset))
    else:
        body.encode('ascii')
        payload = body
    return message(hdrs, '%s; charset="%s"' % (ctype, charset), payload, cte)


# ---------------------------------------------------------------- PDF
def _pdf_escape(s):
    return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')


def wrap_letter(text, width=92):
    """Paragraphs are separated by blank lines and re-wrapped to `width`; a paragraph whose lines all
    start with '|' is kept line by line (addresses, tables), without the '|'."""
    out = []
    for para in text.strip('\n').split('\n\n'):
        lines = para.split('\n')
        if all(l.startswith('|') for l in lines):
            out.extend(l[1:] for l in lines)
        else:
            out.extend(textwrap.wrap(' '.join(l.strip() for l in lines), width, break_on_hyphens=False) or [''])
        out.append('')
    return out[:-1]


def make_pdf(text, title='Letter', producer='Correspondence Generator', width=92, lines_per_page=60):
    lines = wrap_letter(text, width)
    for l in lines:
        l.encode('latin-1')
    pages = [lines[i:i + lines_per_page] for i in range(0, len(lines), lines_per_page)] or [[]]
    objs = {}
    n_pages = len(pages)
    font_id = 3
    first_page = 4
    kids = []
    for i, pl in enumerate(pages):
        pid = first_page + 2 * i
        cid = pid + 1
        kids.append(pid)
        stream = 'BT\n/F1 10 Tf\n12 TL\n56 750 Td\n' + ''.join('(%s) Tj T*\n' % _pdf_escape(l) for l in pl) + 'ET\n'
        sb = stream.encode('latin-1')
        objs[pid] = ('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 %d 0 R >> >> '
                     '/Contents %d 0 R >>' % (font_id, cid)).encode()
        objs[cid] = b'<< /Length %d >>\nstream\n' % len(sb) + sb + b'endstream'
    info_id = first_page + 2 * n_pages
    objs[1] = b'<< /Type /Catalog /Pages 2 0 R >>'
    objs[2] = ('<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join('%d 0 R' % k for k in kids), n_pages)).encode()
    objs[font_id] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
    objs[info_id] = ('<< /Title (%s) /Producer (%s) >>' % (_pdf_escape(title), _pdf_escape(producer))).encode('latin-1')
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offsets = {}
    for oid in sorted(objs):
        offsets[oid] = len(out)
        out += b'%d 0 obj\n' % oid + objs[oid] + b'\nendobj\n'
    xref = len(out)
    total = max(objs) + 1
    out += b'xref\n0 %d\n0000000000 65535 f \n' % total
    for oid in range(1, total):
        out += b'%010d 00000 n \n' % offsets[oid]
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (total, info_id, xref)
    return out


# ---------------------------------------------------------------- header families
def outlook_headers(seed, topic, tenant='SA1PR09MB', has_attach=False, lang='en-US'):
    tag = tenant + '%04d' % (int(hx(seed + 't', 8), 16) % 10000)
    mid = '<%s%s@%s.namprd09.prod.outlook.com>' % (tag, hx(seed, 20).upper(), tag)
    try:
        topic.encode('ascii')
    except UnicodeEncodeError:
        topic = ew(topic)
    return mid, [
        ('Thread-Topic', topic),
        ('Thread-Index', b64seed(seed, 40)),
        ('Accept-Language', lang),
        ('Content-Language', lang),
        ('X-MS-Has-Attach', 'yes' if has_attach else ''),
        ('X-MS-TNEF-Correlator', ''),
        ('x-ms-publictraffictype', 'Email'),
        ('x-ms-traffictypediagnostic', '%s:EE_|%s' % (tag, tenant + '%04d' % (int(hx(seed + 'd', 8), 16) % 10000))),
    ]


def gmail_mid(seed):
    return '<CA%s@mail.gmail.com>' % b64seed(seed, 46).replace('/', '_').replace('+', '-')


def ggroup_headers(original_sender, group='foia', domain='newsdesk.example.org', gid='583920174466'):
    return [
        ('X-Original-Sender', original_sender),
        ('X-Original-Authentication-Results', 'mx.google.com;       spf=pass (google.com: domain of %s designates sending IP as permitted sender) smtp.mailfrom=%s' % (original_sender, original_sender)),
        ('Precedence', 'list'),
        ('Mailing-list', 'list %s@%s; contact %s+owners@%s' % (group, domain, group, domain)),
        ('List-ID', '<%s.%s>' % (group, domain)),
        ('X-Spam-Checked-In-Group', '%s@%s' % (group, domain)),
        ('X-Google-Group-Id', gid),
        ('List-Post', '<https://groups.google.com/a/%s/group/%s/post>, <mailto:%s@%s>' % (domain, group, group, domain)),
        ('List-Help', '<https://support.google.com/a/%s/bin/topic.py?topic=25838>,\n <mailto:%s+help@%s>' % (domain, group, domain)),
        ('List-Archive', '<https://groups.google.com/a/%s/group/%s/>' % (domain, group)),
        ('List-Unsubscribe', '<mailto:googlegroups-manage+%s+unsubscribe@googlegroups.com>,\n <https://groups.google.com/a/%s/group/%s/subscribe>' % (gid, domain, group)),
    ]
