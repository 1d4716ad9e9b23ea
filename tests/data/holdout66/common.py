"""Small MIME / PDF helpers shared by build_part*.py (writes only into this set's messages/ folder)."""
import base64, quopri, hashlib, datetime as dt, email.utils
from zoneinfo import ZoneInfo
from register import HERE, ORG, INBOX, REQUESTS, SENT_TIME, req_mid, plus, subject, body, sent

MSGDIR = HERE / 'messages'
TZ = {'ET': 'America/New_York', 'CT': 'America/Chicago', 'PT': 'America/Los_Angeles', 'UTC': 'UTC'}
DESK = 'Records Desk <%s>' % INBOX


def when(s, tz='ET'):
    d = dt.datetime.strptime(s, '%Y-%m-%d %H:%M').replace(tzinfo=ZoneInfo(TZ[tz]))
    return email.utils.format_datetime(d)


def mid(seed, domain):
    return '<%s@%s>' % (hashlib.sha1(seed.encode()).hexdigest()[:26], domain)


def b64(data):
    s = base64.b64encode(data).decode('ascii')
    return '\n'.join(s[i:i + 76] for i in range(0, len(s), 76)) + '\n'


def text(s, sub='plain', charset='utf-8', cte=None):
    if cte is None:
        cte = '7bit' if s.isascii() and max(len(x) for x in s.split('\n')) < 900 else 'quoted-printable'
    if cte == 'quoted-printable':
        b = quopri.encodestring(s.encode(charset)).decode('ascii')
    elif cte == 'base64':
        b = b64(s.encode(charset))
    else:
        b = s
    return (['Content-Type: text/%s; charset="%s"' % (sub, charset), 'Content-Transfer-Encoding: %s' % cte], b)


def attachment(fname, data, ctype='application/pdf', inline=False):
    if isinstance(data, str):
        data = data.encode('utf-8')
    disp = 'inline' if inline else 'attachment'
    return (['Content-Type: %s;\n\tname="%s"' % (ctype, fname),
             'Content-Disposition: %s;\n\tfilename="%s"' % (disp, fname),
             'Content-Transfer-Encoding: base64'], b64(data))


def multi(sub, parts, boundary, params=''):
    out = []
    for p in parts:
        out.append('--%s\n%s' % (boundary, render(p)))
    return (['Content-Type: multipart/%s;%s\n\tboundary="%s"' % (sub, params, boundary)],
            '\n'.join(out) + '\n--%s--\n' % boundary)


def rfc822(raw, fname=None):
    h = ['Content-Type: message/rfc822']
    if fname:
        h = ['Content-Type: message/rfc822;\n\tname="%s"' % fname,
             'Content-Disposition: attachment;\n\tfilename="%s"' % fname]
    return (h, raw if raw.endswith('\n') else raw + '\n')


def render(part):
    h, b = part
    if not b.endswith('\n'):
        b += '\n'
    return '\n'.join(h) + '\n\n' + b


def write(fname, hdrs, part):
    """hdrs: list of (name, value); part from text()/multi()."""
    out = ''.join('%s: %s\n' % (k, v) for k, v in hdrs if v is not None) + 'MIME-Version: 1.0\n' + render(part)
    for ln in out.split('\n'):
        assert len(ln) <= 998, (fname, ln[:60])
    (MSGDIR / fname).write_bytes(out.encode('ascii'))
    print('wrote', fname)


# ---- our outgoing requests (for quotes, bounces and forwards) ----
def sent_dt(rid):
    t = SENT_TIME.get(rid, '10:%02d' % (10 + int(rid[-2:])))
    return '%s %s' % (REQUESTS[rid][1], t)


def our_request_raw(rid, to=None, cc=None, date=None, msgid=None, subj=None, refs=None, text_body=None):
    to = to or REQUESTS[rid][2]
    h = [('From', DESK), ('Reply-To', plus(rid)), ('To', to)]
    if cc:
        h.append(('Cc', cc))
    h += [('Subject', subj or subject(rid)), ('Date', date or when(sent_dt(rid))), ('Message-ID', msgid or req_mid(rid))]
    if refs:
        h += [('In-Reply-To', refs.split()[-1]), ('References', refs)]
    h += [('MIME-Version', '1.0'), ('Content-Type', 'text/plain; charset="utf-8"'), ('Content-Transfer-Encoding', '7bit')]
    return ''.join('%s: %s\n' % kv for kv in h) + '\n' + (text_body or body(rid))


def human_date(rid):
    d = dt.datetime.strptime(sent_dt(rid), '%Y-%m-%d %H:%M')
    return d


def quote_gmail(rid):
    d = human_date(rid)
    head = 'On %s, %s at %s Records Desk <%s> wrote:' % (
        d.strftime('%a'), d.strftime('%b %-d, %Y'), d.strftime('%-I:%M %p'), plus(rid))
    return head + '\n' + '\n'.join(('> ' + ln).rstrip() for ln in body(rid).rstrip().split('\n'))


def quote_outlook(rid, to_line=None):
    d = human_date(rid)
    return ('________________________________\nFrom: Records Desk <%s>\nSent: %s\nTo: %s\nSubject: %s\n\n%s' % (
        plus(rid), d.strftime('%A, %B %-d, %Y %-I:%M %p'), to_line or REQUESTS[rid][2], subject(rid), body(rid)))


def wrap_para(s, width=76):
    import textwrap
    return '\n\n'.join(textwrap.fill(p, width) for p in s.strip().split('\n\n'))


# ---- minimal PDF with a real text layer ----
def _esc(s):
    return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')


def pdf(lines, title='Letter'):
    pages = [lines[i:i + 54] for i in range(0, len(lines), 54)] or [[]]
    objs = {1: '<< /Type /Catalog /Pages 2 0 R >>', 3: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'}
    kids, n = [], 4
    for pg in pages:
        stream = 'BT\n/F1 10 Tf\n13 TL\n60 740 Td\n' + ''.join('(%s) Tj T*\n' % _esc(l) for l in pg) + 'ET\n'
        objs[n + 1] = '<< /Length %d >>\nstream\n%sendstream' % (len(stream.encode('latin-1')), stream)
        objs[n] = ('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> '
                   '/Contents %d 0 R >>' % (n + 1))
        kids.append('%d 0 R' % n)
        n += 2
    objs[2] = '<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join(kids), len(kids))
    objs[n] = '<< /Title (%s) /Producer (Letter Generator 2.1) >>' % _esc(title)
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offs = {}
    for k in sorted(objs):
        offs[k] = len(out)
        out += ('%d 0 obj\n%s\nendobj\n' % (k, objs[k])).encode('latin-1')
    xref = len(out)
    out += ('xref\n0 %d\n0000000000 65535 f \n' % (n + 1)).encode()
    for k in range(1, n + 1):
        out += ('%010d 00000 n \n' % offs[k]).encode()
    out += ('trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (n + 1, n, xref)).encode()
    return out


def letter(text_block):
    """turn a letter (paragraphs) into PDF lines wrapped at 90 chars"""
    import textwrap
    lines = []
    for para in text_block.strip('\n').split('\n'):
        lines += textwrap.wrap(para, 90) or ['']
    return lines


# ---- delivery status notifications ----
def dsn(boundary, human, reporting_mta, rcpt, status, diag, original, arrival, full=False, remote_mta=None):
    ds = 'Reporting-MTA: dns; %s\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nOriginal-Recipient: rfc822; %s\n' \
         'Action: failed\nStatus: %s\n' % (reporting_mta, arrival, rcpt, rcpt, status)
    if remote_mta:
        ds += 'Remote-MTA: dns; %s\n' % remote_mta
    ds += 'Diagnostic-Code: smtp; %s\n' % diag
    parts = [text(human), (['Content-Type: message/delivery-status'], ds)]
    if full:
        parts.append(rfc822(original))
    else:
        hdr_only = original.split('\n\n', 1)[0] + '\n'
        parts.append((['Content-Type: text/rfc822-headers'], hdr_only))
    return multi('report', parts, boundary, params=' report-type=delivery-status;')


def ggroup(name, addr, group='Records Desk'):
    """headers added when mail passes through our Google Group collaborative inbox"""
    return [('From', '"%s via %s" <%s>' % (name, group, INBOX)), ('Reply-To', '%s <%s>' % (name, addr)),
            ('Sender', INBOX), ('X-Original-Sender', addr), ('X-Original-From', '%s <%s>' % (name, addr)),
            ('Mailing-list', 'list %s; contact records+owners@%s' % (INBOX, ORG)),
            ('List-ID', '<records.%s>' % ORG), ('List-Post', '<https://groups.google.com/a/%s/group/records/post>, '
                                               '<mailto:%s>' % (ORG, INBOX)),
            ('Precedence', 'list'), ('X-Google-Group-Id', '771904213368')]


def save_facts(part, facts):
    """facts.d/partN.yaml per build part; facts.yaml = all parts concatenated in file order"""
    import yaml
    d = HERE / 'facts.d'
    d.mkdir(exist_ok=True)
    (d / ('part%d.yaml' % part)).write_text(yaml.safe_dump(facts, sort_keys=False, width=1000, allow_unicode=True))
    allf = []
    for p in sorted(d.glob('part*.yaml'), key=lambda x: int(x.stem[4:])):
        allf += yaml.safe_load(p.read_text()) or []
    allf.sort(key=lambda f: f['file'])
    hdr = ('# Per-message facts (hand-written in build_part*.py; merged here). compute_labels.py derives due/appeal_due.\n'
           '# clock: received_on_sent_date | received:YYYY-MM-DD | extension | absent (message sets no statutory clock)\n'
           '# adverse: denial / no_records / records_final with withholdings (label gets an appeal_due key)\n'
           '# appeal_window: false when no appeal under the records law applies (law does not reach the body)\n')
    (HERE / 'facts.yaml').write_text(hdr + yaml.safe_dump(allf, sort_keys=False, width=1000, allow_unicode=True))


def m365(seed, topic):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return [('Thread-Topic', topic), ('Thread-Index', base64.b64encode(bytes.fromhex(h[:32])).decode()),
            ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''),
            ('X-MS-Exchange-Organization-SCL', '1'),
            ('X-MS-Exchange-CrossTenant-Id', '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32])),
            ('X-MS-Exchange-Organization-AuthAs', 'Anonymous')]
