"""Small helpers to hand-assemble RFC 5322 messages and minimal text PDFs for this set.

Everything is written by hand (no email.generator) so that header order, folding, boundaries and
transfer encodings look like what the real senders produce.
"""
import base64, hashlib, quopri, textwrap, zlib, datetime as dt, email.utils
from zoneinfo import ZoneInfo

ORG = 'harvestledger.example.org'
INBOX = 'foia@' + ORG
SERVER = 'mail.' + ORG
CENTRAL = ZoneInfo('America/Chicago')


def h(seed, n=16):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def b32(seed, n=22):
    return base64.b64encode(hashlib.sha256(seed.encode()).digest()).decode()[:n].replace('/', 'x').replace('+', 'Q')


def when(s, tz):
    """'2026-09-08 10:04' + '-0500' -> aware datetime"""
    sign = 1 if tz[0] == '+' else -1
    off = dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    return dt.datetime.strptime(s, '%Y-%m-%d %H:%M').replace(tzinfo=dt.timezone(off))


def rfcdate(d, sec=0):
    return email.utils.format_datetime(d + dt.timedelta(seconds=sec))


def wrap(text, width=72):
    """wrap each paragraph (blank-line separated); lines starting with space/-/* or '>' are kept as is"""
    out = []
    for para in text.strip('\n').split('\n\n'):
        lines = para.split('\n')
        if any(l.startswith((' ', '-', '*', '>', '\t')) or l == '' for l in lines) or len(lines) > 1 and all(len(l) < 60 for l in lines):
            out.append(para)
        else:
            out.append(textwrap.fill(' '.join(lines), width))
    return '\n\n'.join(out)


def quote(text, level=1):
    pre = '>' * level
    return '\n'.join((pre + ' ' + l) if l and not l.startswith('>') else (pre + l if l.startswith('>') else pre)
                     for l in text.split('\n'))


def received(rcpt, env_from, d, remote_host, remote_ip, seed, delay=(3, 1)):
    """Postfix + Dovecot LMTP trace headers as written by the team's own mail server (times in Central)."""
    local = d.astimezone(CENTRAL)
    t_lmtp = rfcdate(local, delay[0] + delay[1])
    t_smtp = rfcdate(local, delay[0])
    lid = b32(seed + 'lmtp')
    qid = h(seed + 'q', 11).upper()
    return [
        ('Return-Path', '<%s>' % env_from),
        ('Delivered-To', rcpt),
        ('Received', 'from %s\n\tby %s with LMTP\n\tid %s\n\t(envelope-from <%s>)\n\tfor <%s>; %s'
         % (SERVER, SERVER, lid, env_from, rcpt, t_lmtp)),
        ('Received', 'from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n'
                     '\t key-exchange X25519 server-signature RSA-PSS (2048 bits))\n\t(No client certificate requested)\n'
                     '\tby %s (Postfix) with ESMTPS id 4%s\n\tfor <%s>; %s'
         % (remote_host, remote_host, remote_ip, SERVER, qid, rcpt, t_smtp)),
    ]


def fold_header(name, value):
    if '\n' in value:
        return '%s: %s' % (name, value)
    line = '%s: %s' % (name, value)
    if len(line) <= 78:
        return line
    words = value.split(' ')
    lines, cur = [], name + ':'
    for w in words:
        if len(cur) + 1 + len(w) > 76 and cur.strip() and cur != name + ':':
            lines.append(cur)
            cur = ' ' + w
        else:
            cur += ' ' + w
    lines.append(cur)
    return '\n'.join(lines)


def render(headers, body):
    """headers: list of (name, value); body: str (already encoded, CRLF not needed)"""
    out = [fold_header(k, v) for k, v in headers]
    return '\n'.join(out) + '\n\n' + body.rstrip('\n') + '\n'


# ---- MIME parts: each returns (header-lines list, body str) -------------------------------------------

def text_part(text, subtype='plain', charset='utf-8', cte=None, extra=()):
    if cte is None:
        try:
            text.encode('ascii')
            cte = '7bit'
        except UnicodeEncodeError:
            cte = 'quoted-printable'
    if cte == '7bit':
        body = text
    elif cte == 'quoted-printable':
        body = quopri.encodestring(text.replace('\n', '\r\n').encode(charset)).decode('ascii').replace('\r\n', '\n')
        body = body.replace('=0D\n', '\n').replace('=0D=0A', '\n')
    elif cte == 'base64':
        body = b64(text.replace('\n', '\r\n').encode(charset))
    elif cte == '8bit':
        body = text
    else:
        raise ValueError(cte)
    params = '; charset="%s"' % charset
    if subtype == 'plain' and 'format=flowed' in extra:
        params += '; format=flowed'
        extra = [e for e in extra if e != 'format=flowed']
    hdrs = [('Content-Type', 'text/%s%s' % (subtype, params)), ('Content-Transfer-Encoding', cte)] + list(extra)
    return hdrs, body


def b64(data):
    s = base64.b64encode(data).decode()
    return '\n'.join(s[i:i + 76] for i in range(0, len(s), 76))


def attach(data, ctype, filename, inline=False, extra=()):
    disp = 'inline' if inline else 'attachment'
    hdrs = [('Content-Type', '%s;\n\tname="%s"' % (ctype, filename)),
            ('Content-Description', filename),
            ('Content-Disposition', '%s;\n\tfilename="%s"; size=%d' % (disp, filename, len(data))),
            ('Content-Transfer-Encoding', 'base64')] + list(extra)
    return hdrs, b64(data)


def raw_part(ctype, body, extra=()):
    return [('Content-Type', ctype)] + list(extra), body


def multipart(subtype, parts, boundary, params='', extra=()):
    hdrs = [('Content-Type', 'multipart/%s;\n\tboundary="%s"%s' % (subtype, boundary, params))] + list(extra)
    chunks = []
    for ph, pb in parts:
        chunks.append('--' + boundary + '\n' + '\n'.join(fold_header(k, v) for k, v in ph) + '\n\n' + pb.rstrip('\n') + '\n')
    body = ''.join(chunks) + '--' + boundary + '--\n'
    return hdrs, body


def as_message(top_headers, part):
    ph, pb = part
    return render(list(top_headers) + [('MIME-Version', '1.0')] + ph, pb)


def as_message_mv_first(top_headers, part, mime_version_pos=None):
    return as_message(top_headers, part)


# ---- minimal PDF with a real text layer ----------------------------------------------------------------

def _pdf_escape(s):
    return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')


def make_pdf(paragraphs, footer=None, compress=False, title='Letter', width=92, producer='Microsoft Word - Letter'):
    """paragraphs: list of str; '' = blank line; lines starting with '#' are bold; text is wrapped to width."""
    lines = []
    for p in paragraphs:
        if p == '':
            lines.append(('', False))
            continue
        bold = p.startswith('#')
        p = p.lstrip('#')
        if p.startswith('|'):  # preformatted
            lines.append((p[1:], bold))
            continue
        for l in textwrap.wrap(p, width) or ['']:
            lines.append((l, bold))
    per_page = 54
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)] or [[]]
    objs = {}
    objs[1] = '<< /Type /Catalog /Pages 2 0 R >>'
    objs[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
    objs[4] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>'
    kids = []
    streams = {}
    n = 5
    for pi, pg in enumerate(pages):
        ops = ['BT', '/F1 10 Tf', '13 TL', '64 736 Td']
        cur = 'F1'
        for text, bold in pg:
            f = 'F2' if bold else 'F1'
            if f != cur:
                ops.append('/%s 10 Tf' % f)
                cur = f
            ops.append('(%s) Tj T*' % _pdf_escape(text))
        ops.append('ET')
        if footer:
            ft = footer.replace('{page}', str(pi + 1)).replace('{pages}', str(len(pages)))
            ops += ['BT', '/F1 8 Tf', '64 36 Td', '(%s) Tj' % _pdf_escape(ft), 'ET']
        content = ('\n'.join(ops) + '\n').encode('latin-1')
        page_id, cont_id = n, n + 1
        n += 2
        kids.append(page_id)
        objs[page_id] = ('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] '
                         '/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>' % cont_id)
        streams[cont_id] = content
    objs[2] = '<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join('%d 0 R' % k for k in kids), len(kids))
    info_id = n
    objs[info_id] = '<< /Title (%s) /Producer (%s) /CreationDate (D:20260101000000) >>' % (_pdf_escape(title), _pdf_escape(producer))
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offsets = {}
    for i in range(1, info_id + 1):
        offsets[i] = len(out)
        if i in streams:
            data = streams[i]
            if compress:
                data = zlib.compress(data)
                d = '<< /Length %d /Filter /FlateDecode >>' % len(data)
            else:
                d = '<< /Length %d >>' % len(data)
            out += ('%d 0 obj\n%s\nstream\n' % (i, d)).encode('latin-1') + data + b'\nendstream\nendobj\n'
        else:
            out += ('%d 0 obj\n%s\nendobj\n' % (i, objs[i])).encode('latin-1')
    xref = len(out)
    out += ('xref\n0 %d\n0000000000 65535 f \n' % (info_id + 1)).encode()
    for i in range(1, info_id + 1):
        out += ('%010d 00000 n \n' % offsets[i]).encode()
    out += ('trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (info_id + 1, info_id, xref)).encode()
    return bytes(out)
