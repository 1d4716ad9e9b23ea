"""Shared helpers for the build_part*.py scripts of this set (MIME assembly, small PDFs, facts registry).

Every message is assembled as raw RFC 5322 text (LF line endings) so that header order, boundaries and
transfer encodings look like the mailers they imitate. Nothing here reads anything outside this folder
except the requests/agencies files of the set itself.
"""
import base64, hashlib, quopri, textwrap, datetime as dt
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
MSGDIR = HERE / 'messages'
ORG = 'newsdesk.example.org'
INBOX = 'foia@newsdesk.example.org'
DESK = 'Records Desk <foia@newsdesk.example.org>'
REQS = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}

TZ = {'ET': (-4, -5), 'CT': (-5, -6), 'PT': (-7, -8)}  # (daylight, standard); DST ends 2026-11-01


def h(seed, n=16):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def date_hdr(y, mo, d, hh, mi, zone='ET', ss=0):
    """RFC 2822 date; zone ET/CT/PT picks daylight or standard offset for the date."""
    off = TZ[zone][0] if dt.date(y, mo, d) < dt.date(2026, 11, 1) else TZ[zone][1]
    t = dt.datetime(y, mo, d, hh, mi, ss, tzinfo=dt.timezone(dt.timedelta(hours=off)))
    return t.strftime('%a, %d %b %Y %H:%M:%S %z')


def req_mid(rid):
    return REQS[rid]['message_id']


def plus(rid):
    return REQS[rid]['reply_address']


def thread(rid, extra=None):
    """In-Reply-To/References pointing at our request (and optionally a later message of the thread)."""
    refs = req_mid(rid) + ((' ' + extra) if extra else '')
    return [('In-Reply-To', extra or req_mid(rid)), ('References', refs)]


def outlook_mid(seed, host='BN0P110MB1423.NAMP110.PROD.OUTLOOK.COM'):
    return '<%s@%s>' % (h(seed, 24).upper() + '-1', host)


def outlook_headers(seed, topic, has_attach=False):
    idx = base64.b64encode(hashlib.md5(seed.encode()).digest() + b'\x01\xdb').decode()
    return [('Thread-Topic', topic), ('Thread-Index', 'AQH' + idx[:26]),
            ('X-MS-Has-Attach', 'yes' if has_attach else ''), ('X-MS-TNEF-Correlator', ''),
            ('Accept-Language', 'en-US'), ('Content-Language', 'en-US'),
            ('X-MS-Exchange-Organization-SCL', '-1'),
            ('X-MS-Exchange-Organization-AuthAs', 'Anonymous'),
            ('X-MS-Exchange-Organization-Network-Message-Id', '%s-%s-%s-%s-%s' % (
                h(seed + 'a', 8), h(seed + 'b', 4), h(seed + 'c', 4), h(seed + 'd', 4), h(seed + 'e', 12)))]


def google_group_headers(orig_name, orig_addr, seed):
    """Headers of a message relayed through our Google Group collaborative inbox (foia@...)."""
    return [('From', '"\'%s\' via FOIA Desk" <%s>' % (orig_name, INBOX)),
            ('Reply-To', '"%s" <%s>' % (orig_name, orig_addr)),
            ('Sender', INBOX),
            ('X-Original-Sender', orig_addr),
            ('X-Original-From', '"%s" <%s>' % (orig_name, orig_addr)),
            ('X-Original-Authentication-Results', 'mx.google.com; spf=pass smtp.mailfrom=%s' % orig_addr),
            ('Precedence', 'list'),
            ('Mailing-list', 'list %s; contact foia+owners@%s' % (INBOX, ORG)),
            ('List-ID', '<foia.%s>' % ORG),
            ('X-Google-Group-Id', '60' + str(int(h(seed, 8), 16))[:9]),
            ('List-Post', '<https://groups.google.com/a/%s/group/foia/post>, <mailto:%s>' % (ORG, INBOX)),
            ('List-Help', '<https://support.google.com/a/%s/bin/topic.py?topic=25838>, <mailto:foia+help@%s>'
             % (ORG, ORG)),
            ('List-Archive', '<https://groups.google.com/a/%s/group/foia/>' % ORG),
            ('List-Unsubscribe', '<mailto:googlegroups-manage+6012+unsubscribe@googlegroups.com>,'
             ' <https://groups.google.com/a/%s/group/foia/subscribe>' % ORG)]


# ---------------------------------------------------------------- MIME parts (strings, ASCII where possible)
def _qp(text, charset):
    return quopri.encodestring(text.replace('\n', '\r\n').encode(charset)).decode('ascii').replace('\r\n', '\n')


def _b64(data):
    s = base64.b64encode(data).decode('ascii')
    return '\n'.join(s[i:i + 76] for i in range(0, len(s), 76))


def text_part(text, subtype='plain', charset='utf-8', cte='auto', extra=None):
    """Return (headers, body) for a single text part."""
    if cte == 'auto':
        cte = '7bit' if all(ord(c) < 128 for c in text) and max(map(len, text.split('\n'))) < 900 else 'quoted-printable'
    if cte == 'quoted-printable':
        body = _qp(text, charset)
    elif cte == 'base64':
        body = _b64(text.encode(charset))
    else:
        body = text
    hdrs = [('Content-Type', 'text/%s; charset="%s"' % (subtype, charset)), ('Content-Transfer-Encoding', cte)]
    return hdrs + (extra or []), body


def attachment(filename, ctype, data, inline=False):
    disp = 'inline' if inline else 'attachment'
    hdrs = [('Content-Type', '%s;\n\tname="%s"' % (ctype, filename)),
            ('Content-Transfer-Encoding', 'base64'),
            ('Content-Disposition', '%s;\n\tfilename="%s"' % (disp, filename))]
    return hdrs, _b64(data)


def rfc822_part(raw_text):
    return [('Content-Type', 'message/rfc822')], raw_text.rstrip('\n')


def raw_part(ctype, body, cte='7bit'):
    return [('Content-Type', ctype), ('Content-Transfer-Encoding', cte)], body


def multipart(subtype, parts, boundary, params=''):
    """Combine parts into a multipart part: returns (headers, body)."""
    out = []
    for hdrs, body in parts:
        out.append('--' + boundary)
        out.extend('%s: %s' % kv for kv in hdrs)
        out.append('')
        out.append(body)
    out.append('--' + boundary + '--')
    ctype = 'multipart/%s;\n\tboundary="%s"%s' % (subtype, boundary, params)
    return [('Content-Type', ctype)], '\n'.join(out) + '\n'


def render(headers, part, preamble=None):
    """Full message text from top-level headers + one part (headers, body)."""
    phdrs, body = part
    lines = ['%s: %s' % kv for kv in headers if kv[1] is not None]
    names = {k.lower() for k, _ in headers}
    if 'mime-version' not in names:
        lines.append('MIME-Version: 1.0')
    lines.extend('%s: %s' % kv for kv in phdrs)
    lines.append('')
    if preamble:
        lines.append(preamble)
    lines.append(body.rstrip('\n'))
    return '\n'.join(lines) + '\n'


def simple(headers, text, subtype='plain', charset='utf-8', cte='auto'):
    return render(headers, text_part(text, subtype, charset, cte))


def alternative(headers, text, html, seed, charset='utf-8', cte='quoted-printable'):
    b = '_000_%s_' % h(seed, 24)
    return render(headers, multipart('alternative', [text_part(text, 'plain', charset, cte),
                                                     text_part(html, 'html', charset, cte)], b))


def mixed(headers, body_part, attachments, seed):
    b = '_004_%s_' % h(seed + 'mixed', 24)
    return render(headers, multipart('mixed', [body_part] + list(attachments), b))


def html_page(paragraphs, style='font-family:Calibri,Arial,sans-serif;font-size:11pt'):
    """Small HTML body from a list of raw HTML paragraphs/blocks."""
    inner = '\n'.join(p if p.lstrip().startswith('<') else '<p>%s</p>' % p for p in paragraphs)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="%s">\n%s\n</body></html>' % (style, inner))


# ---------------------------------------------------------------- minimal PDF with a real text layer
def _pdf_escape(s):
    s = s.encode('latin-1', 'replace').decode('latin-1')
    return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')


def make_pdf(lines, title='Letter', width=92):
    """Letter-size PDF (Helvetica 10pt), long lines wrapped, paginated at 60 lines."""
    wrapped = []
    for ln in lines:
        wrapped.extend(textwrap.wrap(ln, width, break_on_hyphens=False) or [""])
    pages = [wrapped[i:i + 60] for i in range(0, len(wrapped), 60)] or [[]]
    objs = ['<< /Type /Catalog /Pages 2 0 R >>', None,
            '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>']
    kids = []
    for pg in pages:
        stream = 'BT\n/F1 10 Tf\n13 TL\n60 740 Td\n' + ''.join('(%s) Tj T*\n' % _pdf_escape(l) for l in pg) + 'ET'
        objs.append('<< /Length %d >>\nstream\n%s\nendstream' % (len(stream.encode('latin-1')), stream))
        objs.append('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >>'
                    ' /Contents %d 0 R >>' % (len(objs)))
        kids.append('%d 0 R' % len(objs))
    objs[1] = '<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join(kids), len(kids))
    objs.append('<< /Title (%s) /Producer (Records correspondence system) >>' % _pdf_escape(title))
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += ('%d 0 obj\n%s\nendobj\n' % (i, o)).encode('latin-1')
    xref = len(out)
    out += ('xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)).encode()
    out += ''.join('%010d 00000 n \n' % o for o in offs).encode()
    out += ('trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n'
            % (len(objs) + 1, len(objs), xref)).encode()
    return out


# ---------------------------------------------------------------- our outgoing request text (for quoting)
def request_text(rid):
    r = REQS[rid]
    law = {'irs': 'the Freedom of Information Act, 5 U.S.C. 552', 'nydtf': 'the New York Freedom of Information Law',
           'nydmv': 'the New York Freedom of Information Law', 'padr': "Pennsylvania's Right-to-Know Law",
           'idfpr': 'the Illinois Freedom of Information Act', 'cdi': 'the California Public Records Act',
           'tdlr': 'the Texas Public Information Act', 'vdh': 'the Virginia Freedom of Information Act',
           'wadol': 'the Washington Public Records Act, RCW 42.56'}[r['agency']]
    topic = r['subject'].split(': ', 1)[1]
    return ('To the records officer:\n\nUnder %s, I request copies of the following records: %s.\n\n'
            'Electronic copies by email are preferred. I am a reporter with the records desk of a news\n'
            'organization; please inform me before incurring fees above $50. If any part of this request\n'
            'is denied, please cite the specific exemption and release all segregable portions.\n\n'
            'Thank you,\nRecords Desk\n%s' % (law, topic, INBOX))


def quote(rid, style='>', when=None):
    r = REQS[rid]
    d = when or r['sent'].strftime('%a, %b %d, %Y')
    body = request_text(rid)
    if style == '>':
        head = 'On %s, Records Desk <%s> wrote:' % (d, plus(rid))
        return head + '\n' + '\n'.join('> ' + l if l else '>' for l in body.split('\n'))
    head = ('-----Original Message-----\nFrom: Records Desk <%s>\nSent: %s\nTo: %s\nSubject: %s\n'
            % (plus(rid), d, style, r['subject']))
    return head + '\n' + body


def our_mail(rid, to, subject, date, mid, body, in_reply_to=None):
    """Raw text of one of OUR outgoing messages (for bounces)."""
    hdr = ['From: Records Desk <%s>' % INBOX, 'Reply-To: %s' % plus(rid), 'To: %s' % to, 'Subject: %s' % subject,
           'Date: %s' % date, 'Message-ID: %s' % mid]
    if in_reply_to:
        hdr += ['In-Reply-To: %s' % in_reply_to, 'References: %s %s' % (req_mid(rid), in_reply_to)]
    else:
        hdr += ['References: %s' % req_mid(rid)]
    hdr += ['MIME-Version: 1.0', 'Content-Type: text/plain; charset="utf-8"', 'Content-Transfer-Encoding: 7bit']
    return '\n'.join(hdr) + '\n\n' + body + '\n'


# ---------------------------------------------------------------- output + facts registry
FACTS = []


def write(name, text, fact):
    """Write messages/<name> and register its fact entry (request, kind, tracking_number, clock, ...)."""
    MSGDIR.mkdir(exist_ok=True)
    data = text.encode('utf-8')
    (MSGDIR / name).write_bytes(data)
    f = {'file': name}
    f.update(fact)
    f.setdefault('tracking_number', None)
    FACTS.append(f)


def save_facts(part):
    path = HERE / 'facts.yaml'
    old = yaml.safe_load(path.read_text()) if path.exists() else []
    mine = {f['file'] for f in FACTS}
    merged = [f for f in (old or []) if f['file'] not in mine] + FACTS
    merged.sort(key=lambda f: f['file'])
    head = ('# Per-message facts (hand-written in build_part*.py); compute_labels.py derives due/appeal_due.\n'
            '# clock: received_on_sent_date | received:YYYY-MM-DD (received date the letter states) | extension\n'
            '# adverse_determination: true = an appeal window applies (denial / no_records / withholdings)\n'
            '# signals: what ties the message to its request (thread, plus, tracking, tracking-new,\n'
            '#   tracking-filename, thread-embedded, subject, body, none)\n')
    path.write_text(head + yaml.safe_dump(merged, sort_keys=False, allow_unicode=True, width=1000))
    notes = (HERE / 'NOTES_HEAD.md').read_text() if (HERE / 'NOTES_HEAD.md').exists() else '# NOTES\n\n'
    notes += ''.join('- `%s` (%s, %s): %s\n' % (f['file'], f.get('request') or 'no request', f['kind'], f['note'])
                     for f in merged if f.get('note'))
    (HERE / 'NOTES.md').write_text(notes)
    print('%s: wrote %d messages, facts.yaml now %d entries' % (part, len(FACTS), len(merged)))
