"""Shared helpers for the generator part files (gen/part*.py). Writes messages/ and facts/partN.yaml."""
import datetime as dt, email.utils, email.policy, hashlib, textwrap, zlib
from email.message import EmailMessage
from pathlib import Path
import yaml

SET = Path(__file__).resolve().parent.parent
MSGDIR = SET / 'messages'
REQS = {r['id']: r for r in yaml.safe_load((SET / 'requests.yaml').read_text())['requests']}
INBOX = 'Records Desk <records@records.example.org>'
POLICY = email.policy.SMTP.clone(max_line_length=78)

TZ = {'CT': dt.timezone(dt.timedelta(hours=-5)), 'CST': dt.timezone(dt.timedelta(hours=-6)),
      'ET': dt.timezone(dt.timedelta(hours=-4)), 'EST': dt.timezone(dt.timedelta(hours=-5)),
      'UTC': dt.timezone.utc}


def date(s, tz='CT'):
    """'2026-09-08 14:05' -> RFC 5322 date string in the given zone (CDT/CST/EDT/EST)."""
    d = dt.datetime.strptime(s, '%Y-%m-%d %H:%M').replace(tzinfo=TZ[tz])
    return email.utils.format_datetime(d)


def mid(seed, domain):
    return '<%s@%s>' % (hashlib.sha1(seed.encode()).hexdigest()[:24], domain)


def req_mid(rid):
    return REQS[rid]['message_id']


def plus(rid):
    return 'Records Desk <%s>' % REQS[rid]['reply_address']


def thread(msg, rid, extra=()):
    refs = [req_mid(rid)] + list(extra)
    msg['In-Reply-To'] = refs[-1]
    msg['References'] = ' '.join(refs)


def new(frm, to, subject, dstr, msgid, **hdrs):
    m = EmailMessage(policy=POLICY)
    m['From'] = frm
    m['To'] = to
    for k in ('Cc', 'Reply-To', 'Sender'):
        if k.lower() in hdrs:
            m[k] = hdrs.pop(k.lower())
    m['Subject'] = subject
    m['Date'] = dstr
    m['Message-ID'] = msgid
    for k, v in hdrs.items():
        m[k.replace('_', '-')] = v
    return m


def outlook_headers(m, seed):
    h = hashlib.sha1(seed.encode()).hexdigest()
    m['Thread-Topic'] = str(m['Subject']).replace('RE: ', '').replace('Re: ', '')
    m['Thread-Index'] = 'AQH' + h[:20].upper() + '=='
    m['X-MS-Has-Attach'] = ''
    m['X-MS-TNEF-Correlator'] = ''
    m['X-MS-Exchange-Organization-AuthAs'] = 'Anonymous'
    m['X-MS-Exchange-CrossTenant-OriginalArrivalTime'] = str(m['Date'])
    m['X-MS-Exchange-Transport-CrossTenantHeadersStamped'] = 'CH3PR11MB' + h[20:24].upper()
    m['X-OriginatorOrg'] = 'outlook.com'


def google_group(m, original_sender):
    m['Sender'] = 'records@records.example.org'
    m['X-Original-Sender'] = original_sender
    m['X-Original-Authentication-Results'] = 'mx.google.com; spf=pass smtp.mailfrom=%s' % original_sender
    m['Mailing-list'] = 'list records@records.example.org; contact records+owners@records.example.org'
    m['List-ID'] = '<records.records.example.org>'
    m['X-Google-Group-Id'] = '482913377105'
    m['List-Post'] = '<https://groups.google.com/a/records.example.org/group/records/post>, <mailto:records@records.example.org>'
    m['Precedence'] = 'list'


def quote_request(rid, sent_line, body):
    """An Outlook/Gmail-style quoted copy of our outgoing request."""
    r = REQS[rid]
    q = '\n'.join('> ' + l if l else '>' for l in body.strip('\n').split('\n'))
    return '\n\nOn %s, Records Desk <%s> wrote:\n%s\n' % (sent_line, r['reply_address'], q)


def wrap(text, width=74):
    out = []
    for para in textwrap.dedent(text).strip('\n').split('\n\n'):
        lines = para.split('\n')
        if any(l.startswith(('  ', '-', '*', '>', '|')) or len(l) < 40 for l in lines[:-1]) and len(lines) > 1:
            out.append(para)
        else:
            out.append(textwrap.fill(' '.join(l.strip() for l in lines), width))
    return '\n\n'.join(out) + '\n'


def _pdf_escape(s):
    return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')


def make_pdf(lines, title='Letter'):
    """Minimal one/multi-page PDF with a real text layer (Helvetica, 10pt)."""
    pages, cur = [], []
    for l in lines:
        for w in (textwrap.wrap(l, 92) or ['']):
            cur.append(w)
            if len(cur) >= 58:
                pages.append(cur); cur = []
    if cur:
        pages.append(cur)
    objs = []
    npages = len(pages)
    kids = ' '.join('%d 0 R' % (4 + 2 * i) for i in range(npages))
    objs.append('<< /Type /Catalog /Pages 2 0 R >>')
    objs.append('<< /Type /Pages /Kids [%s] /Count %d >>' % (kids, npages))
    objs.append('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
    for i, pl in enumerate(pages):
        stream = 'BT /F1 10 Tf 13 TL 56 760 Td\n' + ''.join('(%s) Tj T*\n' % _pdf_escape(x) for x in pl) + 'ET'
        objs.append('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> '
                    '/Contents %d 0 R >>' % (5 + 2 * i))
        objs.append('<< /Length %d >>\nstream\n%s\nendstream' % (len(stream.encode('latin-1')), stream))
    objs.append('<< /Title (%s) /Producer (Canon iR-ADV C5535 PDF) >>' % _pdf_escape(title))
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += ('%d 0 obj\n%s\nendobj\n' % (i + 1, o)).encode('latin-1')
    x = len(out)
    out += ('xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)).encode()
    out += ''.join('%010d 00000 n \n' % o for o in offs).encode()
    out += ('trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, len(objs), x)).encode()
    return out


def attach_pdf(m, name, lines, title=None):
    m.add_attachment(make_pdf(lines, title or name), maintype='application', subtype='pdf', filename=name)


FACTS = []


def save(fname, m, **facts):
    assert fname.endswith('.eml') and fname[:3].isdigit()
    data = m.as_bytes(policy=POLICY) if isinstance(m, EmailMessage) else m
    if isinstance(data, str):
        data = data.encode('utf-8')
    (MSGDIR / fname).write_bytes(data)
    f = {'file': fname, 'request': facts.pop('request'), 'kind': facts.pop('kind'),
         'tracking_number': facts.pop('tracking_number', None)}
    for k in ('clock', 'adverse_determination', 'estimated'):
        if k in facts:
            f[k] = facts.pop(k)
    f['signals'] = facts.pop('signals')
    f['why'] = facts.pop('why')
    assert not facts, facts
    FACTS.append(f)


def write_facts(part):
    (SET / 'facts' / ('%s.yaml' % part)).write_text(yaml.safe_dump(FACTS, sort_keys=False, allow_unicode=True, width=1000))
    print(part, len(FACTS), 'messages')


def govqa(dstr, subject, text, seed):
    m = new('Lavaca Hills County Hospital District <lavacahillshd@mycusthelp.net>', 'records@records.example.org',
            subject, dstr, mid(seed, 'mycusthelp.net'))
    m.set_content(text)
    m.add_alternative('<html><body style="font-family:Arial;font-size:10pt"><table width="600"><tr><td style="background:#1d4f7a;color:#fff;padding:8px">'
                      'Lavaca Hills County Hospital District - Public Information Center</td></tr><tr><td style="padding:8px"><p>'
                      + text.replace('&', '&amp;').replace('\n\n', '</p><p>').replace('\n', '<br>') +
                      '</p></td></tr></table></body></html>', subtype='html')
    return m


def justfoia(seed, dstr, subject, text, agency_line):
    m = new('JustFOIA <notifications@justfoia.com>', 'records@records.example.org', subject, dstr, mid(seed, 'justfoia.com'))
    m.set_content(text)
    m.add_alternative('<html><body style="font-family:Segoe UI,Arial"><div style="border-bottom:3px solid #0a6ebd;padding:6px">'
                      f'<b>{agency_line}</b></div><div style="padding:10px"><p>' +
                      text.replace('&', '&amp;').replace('\n\n', '</p><p>').replace('\n', '<br>') +
                      '</p></div><div style="font-size:9px;color:#888">Powered by JustFOIA</div></body></html>', subtype='html')
    return m
