"""Shared helpers for build_partN.py: raw RFC 5322 message assembly, tiny PDFs, facts fragments."""
import base64, datetime as dt, hashlib, quopri, textwrap
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
MSGS = HERE / 'messages'
PARTS = HERE / 'facts_parts'
REQS = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
INBOX = 'records@records.example.org'
DESK = 'Records Desk <records@records.example.org>'

LAWS = {'clinton': 'the Freedom of Information Act, 5 U.S.C. 552, and the Presidential Records Act',
        'usfs': 'the Freedom of Information Act, 5 U.S.C. 552',
        'ut-archives': 'the Government Records Access and Management Act, Utah Code 63G-2',
        'udot': 'the Government Records Access and Management Act, Utah Code 63G-2',
        'lva': 'the Virginia Freedom of Information Act, Va. Code 2.2-3700 et seq.',
        'vdot': 'the Virginia Freedom of Information Act, Va. Code 2.2-3700 et seq.',
        'wa-archives': 'the Public Records Act, RCW 42.56',
        'uw': 'the Public Records Act, RCW 42.56',
        'umich': 'the Michigan Freedom of Information Act, MCL 15.231 et seq.',
        'phmc': 'the Pennsylvania Right-to-Know Law, 65 P.S. 67.101 et seq.',
        'ny-archives': 'the New York Freedom of Information Law, Public Officers Law Article 6',
        'whs': 'the Wisconsin Public Records Law, Wis. Stat. 19.31-19.39'}


def date(s, tz='-0500'):
    """'2026-09-02 14:10' + '-0500' -> RFC 5322 date"""
    d = dt.datetime.strptime(s, '%Y-%m-%d %H:%M')
    sign = -1 if tz[0] == '-' else 1
    off = dt.timezone(sign * dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])))
    return d.replace(tzinfo=off).strftime('%a, %d %b %Y %H:%M:%S %z')


def msgid(seed, domain):
    return '<%s@%s>' % (hashlib.sha1(seed.encode()).hexdigest()[:24], domain)


def req_subject(rid):
    return REQS[rid]['subject']


def thread(rid, extra_refs=()):
    m = REQS[rid]['message_id']
    refs = ' '.join([m] + list(extra_refs))
    return [('In-Reply-To', (list(extra_refs) or [m])[-1]), ('References', refs)]


def headers(frm, to, subject, date_, mid, extra=()):
    h = [('From', frm), ('To', to), ('Subject', subject), ('Date', date_), ('Message-ID', mid)]
    h += list(extra)
    return h


def _hdr_text(h):
    out = []
    for k, v in h:
        out.append('%s: %s' % (k, v))
    return '\n'.join(out)


def _enc(text, cte, charset):
    if cte == 'quoted-printable':
        return quopri.encodestring(text.encode(charset)).decode('ascii')
    if cte == 'base64':
        return '\n'.join(textwrap.wrap(base64.b64encode(text.encode(charset)).decode(), 76))
    return text


def part_text(text, subtype='plain', charset='utf-8', cte='7bit'):
    return ('Content-Type: text/%s; charset="%s"\nContent-Transfer-Encoding: %s\n\n%s'
            % (subtype, charset, cte, _enc(text, cte, charset)))


def part_alt(text, html, boundary, charset='utf-8', cte='quoted-printable'):
    return ('Content-Type: multipart/alternative; boundary="%s"\n\n--%s\n%s\n--%s\n%s\n--%s--'
            % (boundary, boundary, part_text(text, 'plain', charset, cte), boundary,
               part_text(html, 'html', charset, cte), boundary))


def part_attach(filename, ctype, data):
    b = '\n'.join(textwrap.wrap(base64.b64encode(data).decode(), 76))
    return ('Content-Type: %s; name="%s"\nContent-Description: %s\nContent-Disposition: attachment; filename="%s"; '
            'size=%d\nContent-Transfer-Encoding: base64\n\n%s' % (ctype, filename, filename, filename, len(data), b))


def single(h, part):
    """message whose whole body is one part (text/plain or text/html or alternative)"""
    return _hdr_text(h) + '\nMIME-Version: 1.0\n' + part + '\n'


def mixed(h, parts, boundary):
    body = ''.join('--%s\n%s\n' % (boundary, p) for p in parts) + '--%s--\n' % boundary
    return (_hdr_text(h) + '\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="%s"\n\n'
            'This is a multi-part message in MIME format.\n\n' % boundary + body)


def pdf(lines, title='Letter'):
    """a one-page PDF (Helvetica text layer) from lines of text"""
    def esc(s):
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    ops = ['BT', '/F1 10 Tf', '13 TL', '60 740 Td']
    for ln in lines:
        ops.append('(%s) Tj T*' % esc(ln))
    ops.append('ET')
    stream = '\n'.join(ops).encode('latin-1')
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>',
            b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> '
            b'/Contents 5 0 R >>',
            b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
            b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream',
            ('<< /Title (%s) /Producer (Records Office) >>' % esc(title)).encode('latin-1')]
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    x = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, x)
    return bytes(out)


def our_request(rid, agency_name):
    r = REQS[rid]
    topic = r['subject'].split(': ', 1)[1]
    law = LAWS[r['agency']]
    return ('To the records officer of the %s:\n\nUnder %s, the Records Desk requests copies of the '
            'following records: %s.\n\nWe prefer electronic copies. Please tell us in advance if fees will '
            'exceed $50. As a news organization we ask for a fee waiver or reduction where the law allows.\n\n'
            'Thank you,\nRecords Desk\nrecords@records.example.org' % (agency_name, law, topic))


def quoted(rid, agency_name, style='outlook'):
    r = REQS[rid]
    sent = dt.date.fromisoformat(str(r['sent']))
    body = our_request(rid, agency_name)
    if style == 'outlook':
        head = ('From: Records Desk <records@records.example.org>\nSent: %s\nTo: %s\nSubject: %s\n\n'
                % (sent.strftime('%A, %B %-d, %Y 9:14 AM'), agency_name, r['subject']))
        return '\n\n' + '_' * 32 + '\n' + head + body + '\n'
    head = 'On %s, Records Desk <records@records.example.org> wrote:\n' % sent.strftime('%a, %b %-d, %Y at 9:14 AM')
    return '\n\n' + head + '\n'.join('> ' + ln if ln else '>' for ln in body.split('\n')) + '\n'


def write(fname, raw):
    (MSGS / fname).write_text(raw if raw.endswith('\n') else raw + '\n', encoding='utf-8', newline='\n')


def fact(file, request, kind, tracking=None, clock=None, adverse=False, estimated=None, determination=None,
         signals=('thread',), why=''):
    f = {'file': file, 'request': request, 'kind': kind, 'tracking_number': tracking}
    if clock:
        f['clock'] = clock
    if adverse:
        f['adverse_determination'] = True
    if determination:
        f['determination_date'] = determination
    if estimated:
        f['estimated'] = estimated
    f['signals'] = list(signals)
    f['why'] = why
    return f


HEADER = """# Per-message facts used by compute_labels.py (hand-written ground truth except due/appeal_due).
# clock: received_on_sent_date (receipt = the request's sent date, or the letter states the same date) |
#        received:YYYY-MM-DD (the letter states a different received date) | extension (statutory extension
#        on top of the current due date); absent = the message does not set the clock.
# adverse_determination: true for denial / no_records / records_final with withholdings.
# determination_date: the date of the adverse determination when it differs from the Date: header (forwards).
# estimated: a completion or response date the agency itself states in the message.
# signals: what links the message to its request (thread, plus, tracking, tracking-new, tracking-filename,
#   subject, topic, sender, none).
"""


def save(part, facts):
    PARTS.mkdir(exist_ok=True)
    (PARTS / ('part%d.yaml' % part)).write_text(yaml.safe_dump(facts, sort_keys=False, width=1000))
    allf = []
    for p in sorted(PARTS.glob('part*.yaml'), key=lambda p: int(p.stem[4:])):
        allf += yaml.safe_load(p.read_text()) or []
    allf.sort(key=lambda f: f['file'])
    (HERE / 'facts.yaml').write_text(HEADER + yaml.safe_dump(allf, sort_keys=False, allow_unicode=True, width=1000))
    print('part %d: %d facts; facts.yaml now %d' % (part, len(facts), len(allf)))
