"""Shared helpers for the build_partN.py scripts of this set (messages, minimal PDFs, facts.yaml)."""
import datetime as dt
import email
import email.policy
import email.utils
import hashlib
from email.message import EmailMessage
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
MSGS = HERE / 'messages'
MSGS.mkdir(exist_ok=True)
POL = email.policy.default.clone(linesep='\n')
ORG = 'records.example.org'
INBOX = 'records@records.example.org'
DESK = 'Records Desk <records@records.example.org>'
REQS = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
TZ = {'CDT': -5, 'CST': -6, 'EDT': -4, 'EST': -5, 'UTC': 0}
LAW = {
    'US-IL': 'the Illinois Freedom of Information Act, 5 ILCS 140',
    'US-MI': 'the Michigan Freedom of Information Act, MCL 15.231 et seq.',
    'US-OH': 'the Ohio Public Records Act, R.C. 149.43',
    'US-WI': "Wisconsin's public records law, Wis. Stat. 19.31-19.39",
    'US-MN': 'the Minnesota Government Data Practices Act, Minn. Stat. ch. 13',
    'US-NY': 'the New York Freedom of Information Law, Public Officers Law Article 6',
    'US-PA': 'the Pennsylvania Right-to-Know Law, 65 P.S. 67.101 et seq.',
}
AGJUR = {a['id']: a['jurisdiction'] for a in
         yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
_facts = []


def plus(rid):
    return REQS[rid]['reply_address']


def rmid(rid):
    """Message-ID of our outgoing request"""
    return REQS[rid]['message_id']


def our_mid(rid, day, n):
    """Message-ID of a later message of ours on request rid (follow-ups, replies)"""
    return '<%s.%s.%d@%s>' % (rid.lower(), day.replace('-', ''), n, ORG)


def when(stamp, tz):
    """'2026-09-08 10:14' + 'CDT' -> RFC 5322 date string"""
    d = dt.datetime.strptime(stamp, '%Y-%m-%d %H:%M').replace(tzinfo=dt.timezone(dt.timedelta(hours=TZ[tz])))
    return email.utils.format_datetime(d)


def mid(seed, domain, style='hex'):
    h = hashlib.sha1(seed.encode()).hexdigest()
    if style == 'outlook':
        return '<%s%s@%s>' % (domain.split('.')[0].upper(), h[:28].upper(), domain)
    if style == 'gmail':
        return '<CA%s%s@mail.gmail.com>' % (h[:10], h[10:34])
    return '<%s@%s>' % (h[:28], domain)


def request_text(rid):
    r = REQS[rid]
    topic = r['subject'].split(': ', 1)[1]
    law = LAW[AGJUR[r['agency']]]
    return ('To the records officer:\n\nUnder %s, the Records Desk requests copies of the following '
            'records: %s.\n\nElectronic copies by email are preferred. Please let us know in advance if '
            'fees will exceed $25.\n\nThank you,\nRecords Desk\nrecords@records.example.org\n' % (law, topic))


def quoted(rid, sent_line, to=''):
    """our request quoted below a reply, Outlook-style or '>' style"""
    r = REQS[rid]
    body = request_text(rid)
    if sent_line == 'outlook':
        return ('\n________________________________\nFrom: Records Desk <%s>\nSent: %s\nTo: %s\n'
                'Subject: %s\n\n%s' % (r['reply_address'], dt.date.fromisoformat(str(r['sent'])).strftime('%A, %B %d, %Y').replace(' 0', ' '),
                                       to, r['subject'], body))
    return '\nOn %s, Records Desk <%s> wrote:\n%s' % (
        sent_line, r['reply_address'], ''.join('> ' + ln + '\n' if ln else '>\n' for ln in body.splitlines()))


def new(frm, to, subject, date, msgid, extra=(), cc=None, irt=None, refs=None):
    """EmailMessage with the usual headers; extra = [(name, value)] placed after the basics"""
    m = EmailMessage(policy=POL)
    for k, v in extra:
        if k.startswith('^'):  # trace headers first
            m[k[1:]] = v
    m['From'] = frm
    m['To'] = to
    if cc:
        m['Cc'] = cc
    m['Subject'] = subject
    m['Date'] = date
    m['Message-ID'] = msgid
    if irt:
        m['In-Reply-To'] = irt
    if refs:
        m['References'] = refs
    for k, v in extra:
        if not k.startswith('^'):
            m[k] = v
    return m


def outlook_extra(org, topic, seed, lang='en-US', attach=False):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return [('Thread-Topic', topic), ('Thread-Index', 'AQH' + h[:20] + 'Gw=='),
            ('Accept-Language', lang), ('Content-Language', lang),
            ('X-MS-Has-Attach', 'yes' if attach else ''), ('X-MS-TNEF-Correlator', ''),
            ('X-MS-Exchange-Organization-SCL', '-1'), ('X-OriginatorOrg', org),
            ('X-MS-Exchange-CrossTenant-Id', '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32]))]


def google_group_extra(group, original):
    local, dom = group.split('@')
    return [('Reply-To', group), ('Sender', group), ('X-Original-Sender', original),
            ('X-Original-Authentication-Results', 'mx.google.com; dkim=pass header.i=@%s' % dom),
            ('Precedence', 'list'), ('Mailing-list', 'list %s; contact %s+owners@%s' % (group, local, dom)),
            ('List-ID', '<%s.%s>' % (local, dom)), ('X-Google-Group-Id', '604118823517'),
            ('List-Post', '<https://groups.google.com/a/%s/group/%s/post>, <mailto:%s>' % (dom, local, group)),
            ('List-Help', '<https://support.google.com/a/%s/bin/topic.py?topic=25838>, <mailto:%s+help@%s>' % (dom, local, dom)),
            ('List-Archive', '<https://groups.google.com/a/%s/group/%s/>' % (dom, local)),
            ('List-Unsubscribe', '<mailto:googlegroups-manage+604118823517+unsubscribe@googlegroups.com>')]


def pdf(lines, title='Letter'):
    """a small valid PDF (Helvetica text layer), ~58 lines per page"""
    def esc(s):
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    pages = [lines[i:i + 58] for i in range(0, max(len(lines), 1), 58)]
    objs = {1: '<< /Type /Catalog /Pages 2 0 R >>', 3: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
            4: '<< /Title (%s) /Producer (County Letter Generator) >>' % esc(title)}
    kids = []
    n = 5
    for pg in pages:
        body = 'BT\n/F1 10 Tf\n12 TL\n56 750 Td\n' + ''.join('(%s) Tj T*\n' % esc(ln) for ln in pg) + 'ET'
        objs[n] = '<< /Length %d >>\nstream\n%s\nendstream' % (len(body.encode('latin-1')), body)
        objs[n + 1] = ('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> '
                       '/Contents %d 0 R >>' % n)
        kids.append(n + 1)
        n += 2
    objs[2] = '<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join('%d 0 R' % k for k in kids), len(kids))
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offs = {}
    for i in sorted(objs):
        offs[i] = len(out)
        out += ('%d 0 obj\n%s\nendobj\n' % (i, objs[i])).encode('latin-1')
    x = len(out)
    size = max(objs) + 1
    out += ('xref\n0 %d\n0000000000 65535 f \n' % size).encode()
    for i in range(1, size):
        out += ('%010d 00000 n \n' % offs[i]).encode()
    out += ('trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (size, x)).encode()
    return out


def attach_pdf(m, lines, filename, title='Letter'):
    m.add_attachment(pdf(lines, title), maintype='application', subtype='pdf', filename=filename)


def write(fname, msg, request, kind, why, tracking=None, clock=None, adverse=False, estimated=None,
          signals=('none',), raw=None):
    data = raw.encode() if raw is not None else msg.as_bytes(policy=POL)
    (MSGS / fname).write_bytes(data)
    f = {'file': fname, 'request': request, 'kind': kind, 'tracking_number': tracking}
    if clock:
        f['clock'] = clock
    if adverse:
        f['adverse_determination'] = True
    if estimated:
        f['estimated'] = dt.date.fromisoformat(estimated)
    f['signals'] = list(signals)
    f['why'] = why
    _facts.append(f)


def dsn_raw(frm, to, subject, date, msgid, human, reporting_mta, recipient, status, diag, original,
            boundary, extra='', headers_only=False):
    """multipart/report delivery-status notification; original = raw text of our message"""
    part3 = 'text/rfc822-headers' if headers_only else 'message/rfc822'
    return ('From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\n%sAuto-Submitted: auto-replied\n'
            'MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status;\n\tboundary="%s"\n\n'
            'This is a MIME-encapsulated message.\n\n--%s\nContent-Type: text/plain; charset="us-ascii"\n'
            'Content-Transfer-Encoding: 7bit\n\n%s\n--%s\nContent-Type: message/delivery-status\n\n'
            'Reporting-MTA: dns; %s\n\nFinal-Recipient: rfc822; %s\nAction: failed\nStatus: %s\n'
            'Diagnostic-Code: smtp; %s\n\n--%s\nContent-Type: %s\n\n%s\n--%s--\n'
            % (frm, to, subject, date, msgid, extra, boundary, boundary, human, boundary, reporting_mta, recipient,
               status, diag, boundary, part3, original.rstrip('\n'), boundary))


HEADER = """# Per-message facts for compute_labels.py (hand-written in build_part*.py; merged here by common.finish()).
# clock: received_on_sent_date | received:YYYY-MM-DD (date the agency says it received the request) |
#        extension (statutory extension on top of the current due date); absent = message does not set the clock.
#        In a jurisdiction whose rules row has no response/extension days the clock fact yields no due.
# adverse_determination: denial / no_records / records_final with withholdings -> appeal_due (null where the
#        rules table gives no appeal days).
# estimated: an agency-stated completion/response date in the message.
# signals: thread, thread-embedded, plus, tracking (number learned earlier), tracking-new, tracking-filename,
#        tracking-attachment, subject (topic words / agency name), none.
"""


def finish():
    path = HERE / 'facts.yaml'
    old = yaml.safe_load(path.read_text()) if path.exists() else []
    mine = {f['file'] for f in _facts}
    merged = [f for f in (old or []) if f['file'] not in mine] + _facts
    merged.sort(key=lambda f: f['file'])
    path.write_text(HEADER + yaml.safe_dump(merged, sort_keys=False, allow_unicode=True, width=1000))
    for f in _facts:
        msg = email.message_from_binary_file(open(MSGS / f['file'], 'rb'), policy=email.policy.default)
        print('%-44s %-16s %s' % (f['file'], f['kind'], msg['Date']))
