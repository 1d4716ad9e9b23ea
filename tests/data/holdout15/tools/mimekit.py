"""Small helpers used by build_messages.py to write raw RFC 5322 messages by hand.

Nothing clever: headers are written in the order given, bodies are encoded explicitly
(7bit, quoted-printable or base64) so that the .eml files look like what a mail server
would store. make_pdf() writes a minimal, uncompressed PDF with a real text layer.
"""
import base64
import hashlib
import quopri

DOMAIN = 'ledgerdesk.example.org'
INBOX = 'records@' + DOMAIN
GROUP = 'foia-desk@' + DOMAIN
GROUP_NAME = 'FOIA Desk'
GROUP_ID = '604218833917'


def plus(req):
    return 'records+%s@%s' % (req.lower(), DOMAIN)


def req_mid(req, sent):
    return '<%s.%s.1@%s>' % (req.lower(), sent.replace('-', ''), DOMAIN)


def b64(data):
    s = base64.b64encode(data).decode('ascii')
    return '\n'.join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text, charset='utf-8'):
    raw = text.encode(charset)
    out = quopri.encodestring(raw).decode('ascii')
    return out


def boundary(seed):
    return '----=_Part_%s' % hashlib.md5(seed.encode()).hexdigest()[:24]


def headers(pairs):
    return ''.join('%s: %s\n' % (k, v) for k, v in pairs)


def leaf(ctype, body, cte='7bit', charset='utf-8', extra=()):
    """A non-multipart entity: returns (header block, encoded body)."""
    h = []
    if ctype.startswith('text/'):
        h.append(('Content-Type', '%s; charset="%s"' % (ctype, charset)))
    else:
        h.append(('Content-Type', ctype))
    h.append(('Content-Transfer-Encoding', cte))
    h.extend(extra)
    if cte == 'quoted-printable':
        enc = qp(body, charset)
    elif cte == 'base64':
        enc = b64(body if isinstance(body, bytes) else body.encode(charset))
    else:
        enc = body
    if not enc.endswith('\n'):
        enc += '\n'
    return headers(h), enc


def attachment(ctype, filename, data, inline=False):
    disp = 'inline' if inline else 'attachment'
    return leaf('%s; name="%s"' % (ctype, filename), data, cte='base64',
                extra=[('Content-Disposition', '%s; filename="%s"' % (disp, filename))])


def multipart(subtype, parts, seed, extra_params=''):
    b = boundary(seed + subtype)
    h = headers([('Content-Type', 'multipart/%s; boundary="%s"%s' % (subtype, b, extra_params))])
    body = ''
    for ph, pb in parts:
        body += '--%s\n%s\n%s' % (b, ph, pb)
    body += '--%s--\n' % b
    return h, body


def message(top_headers, entity):
    """top_headers: list of pairs (without Content-Type / CTE, which come from entity)."""
    eh, eb = entity
    return (headers(top_headers) + eh + '\n' + eb).encode('utf-8')


def group_headers(orig_name, orig_addr, rewrite):
    """Headers a Google Group (collaborative inbox) adds; with rewrite=True the From is
    replaced by "'Name' via FOIA Desk" <group> because the sender's domain publishes a
    strict DMARC policy."""
    orig = ('"%s" <%s>' if any(c in orig_name for c in ',.()') else '%s <%s>') % (orig_name, orig_addr)
    h = []
    if rewrite:
        h.append(('From', "\"'%s' via %s\" <%s>" % (orig_name, GROUP_NAME, GROUP)))
        h.append(('X-Original-From', orig))
        h.append(('Reply-To', orig))
    else:
        h.append(('From', orig))
    dom = orig_addr.split('@')[1]
    h += [
        ('X-Original-Sender', orig_addr),
        ('X-Original-Authentication-Results', 'mx.google.com;       dkim=pass header.i=@%s;       spf=pass (google.com: domain of %s designates sending host as permitted sender) smtp.mailfrom=%s;       dmarc=pass (p=%s sp=%s dis=NONE) header.from=%s'
         % (dom, orig_addr, orig_addr, 'REJECT' if rewrite else 'NONE', 'REJECT' if rewrite else 'NONE', dom)),
        ('Precedence', 'list'),
        ('Mailing-list', 'list %s; contact foia-desk+owners@%s' % (GROUP, DOMAIN)),
        ('List-ID', '<foia-desk.%s>' % DOMAIN),
        ('X-Spam-Checked-In-Group', GROUP),
        ('X-Google-Group-Id', GROUP_ID),
        ('List-Post', '<https://groups.google.com/a/%s/group/foia-desk/post>, <mailto:%s>' % (DOMAIN, GROUP)),
        ('List-Help', '<https://support.google.com/a/%s/bin/topic.py?topic=25838>, <mailto:foia-desk+help@%s>' % (DOMAIN, DOMAIN)),
        ('List-Archive', '<https://groups.google.com/a/%s/group/foia-desk/>' % DOMAIN),
        ('List-Unsubscribe', '<mailto:googlegroups-manage+%s+unsubscribe@googlegroups.com>, <https://groups.google.com/a/%s/group/foia-desk/subscribe>' % (GROUP_ID, DOMAIN)),
    ]
    return h


def o365_headers(topic, seed, has_attach=False):
    idx = base64.b64encode(hashlib.sha1(seed.encode()).digest()[:22]).decode()
    return [
        ('Thread-Topic', topic),
        ('Thread-Index', idx),
        ('Accept-Language', 'en-US'),
        ('Content-Language', 'en-US'),
        ('X-MS-Has-Attach', 'yes' if has_attach else ''),
        ('X-MS-TNEF-Correlator', ''),
        ('x-ms-publictraffictype', 'Email'),
        ('X-MS-Exchange-Organization-SCL', '1'),
    ]


def o365_mid(seed, tenant='namprd09'):
    h = hashlib.sha1(seed.encode()).hexdigest().upper()
    host = 'SJ0PR09MB%s' % h[:4]
    return '<%s%s@%s.%s.prod.outlook.com>' % (host, h[4:36], host, tenant)


def gmail_mid(seed):
    h = base64.b64encode(hashlib.sha256(seed.encode()).digest()).decode().replace('/', 'x').replace('+', 'Q').rstrip('=')
    return '<CAJ%s@mail.gmail.com>' % h[:40]


# ---------------------------------------------------------------- PDF

def _pdf_escape(line):
    out = ''
    for ch in line:
        if ch in '\\()':
            out += '\\' + ch
        elif ord(ch) < 128:
            out += ch
        else:
            try:
                b = ch.encode('cp1252')
                out += '\\%03o' % b[0]
            except UnicodeEncodeError:
                out += '?'
    return out


def make_pdf(lines, title='Letter', per_page=56):
    """Minimal PDF 1.4 with Helvetica text (WinAnsiEncoding) and a correct xref table."""
    pages = [lines[i:i + per_page] for i in range(0, max(len(lines), 1), per_page)] or [[]]
    objs = {}
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 font, 4 info, then (page, content) pairs
    kids = []
    next_id = 5
    page_ids = []
    for pg in pages:
        page_ids.append((next_id, next_id + 1))
        next_id += 2
    objs[1] = '<< /Type /Catalog /Pages 2 0 R >>'
    objs[2] = '<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join('%d 0 R' % p for p, _ in page_ids), n_pages)
    objs[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
    objs[4] = '<< /Title (%s) /Producer (Records Office PDF Writer 2.1) >>' % _pdf_escape(title)
    for (pid, cid), pg in zip(page_ids, pages):
        stream = 'BT\n/F1 10 Tf\n13 TL\n60 740 Td\n'
        for ln in pg:
            stream += '(%s) Tj T*\n' % _pdf_escape(ln)
        stream += 'ET\n'
        sb = stream.encode('latin-1')
        objs[pid] = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>' % cid
        objs[cid] = (sb, )
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offsets = {}
    for i in range(1, next_id):
        offsets[i] = len(out)
        o = objs[i]
        if isinstance(o, tuple):
            sb = o[0]
            out += ('%d 0 obj\n<< /Length %d >>\nstream\n' % (i, len(sb))).encode('latin-1') + sb + b'endstream\nendobj\n'
        else:
            out += ('%d 0 obj\n%s\nendobj\n' % (i, o)).encode('latin-1')
    xref = len(out)
    out += ('xref\n0 %d\n' % next_id).encode()
    out += b'0000000000 65535 f \n'
    for i in range(1, next_id):
        out += ('%010d 00000 n \n' % offsets[i]).encode()
    out += ('trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (next_id, xref)).encode()
    return bytes(out)


def wrap(text, width=92):
    """Wrap paragraphs for a PDF page (keeps blank lines)."""
    import textwrap
    out = []
    for para in text.split('\n'):
        if not para.strip():
            out.append('')
        else:
            out.extend(textwrap.wrap(para, width) or [''])
    return out
