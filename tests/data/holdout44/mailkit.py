"""Helpers used by build_messages.py: minimal PDFs with a text layer, header styles, MIME assembly, DSNs.

Everything here is deterministic (seeded) so that re-running build_messages.py gives the same bytes.
"""
import base64, hashlib, random, textwrap, datetime as dt
import email.policy
from email.message import EmailMessage
from zoneinfo import ZoneInfo

POLICY = email.policy.default.clone(linesep='\n', max_line_length=78)
ET, CT, MT, PT, UTC = (ZoneInfo('America/New_York'), ZoneInfo('America/Chicago'), ZoneInfo('America/Denver'),
                       ZoneInfo('America/Los_Angeles'), dt.timezone.utc)

ORG_ADDR = ['Records Desk', '1400 K Street NW, Suite 900', 'Washington, DC 20005']


def rng(seed):
    return random.Random(hashlib.sha256(seed.encode()).hexdigest())


def hexs(r, n):
    return ''.join(r.choice('0123456789abcdef') for _ in range(n))


def alnum(r, n, upper=True):
    chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789' if upper else 'abcdefghijklmnopqrstuvwxyz0123456789'
    return ''.join(r.choice(chars) for _ in range(n))


def rfc_date(when, zone=None, comment=False):
    """RFC 5322 date in the given zone (default: when's own zone)."""
    w = when.astimezone(zone) if zone else when
    s = w.strftime('%a, %d %b %Y %H:%M:%S %z')
    if comment:
        s += ' (%s)' % w.strftime('%Z')
    return s


# ---------------------------------------------------------------- PDF
def _pdf_escape(s):
    out = []
    for ch in s:
        b = ch.encode('cp1252', 'replace')[0]
        if ch in '()\\':
            out.append('\\' + ch)
        elif b > 126 or b < 32:
            out.append('\\%03o' % b)
        else:
            out.append(ch)
    return ''.join(out)


def make_pdf(lines, title='Letter', producer='Letter Generator', width=94, per_page=58):
    """A small uncompressed PDF (Helvetica, WinAnsi) whose text layer holds `lines` (wrapped)."""
    wrapped = []
    for line in lines:
        if not line.strip():
            wrapped.append('')
            continue
        indent = len(line) - len(line.lstrip(' '))
        wrapped.extend(textwrap.wrap(line, width, subsequent_indent=' ' * indent) or [''])
    pages = [wrapped[i:i + per_page] for i in range(0, len(wrapped), per_page)] or [[]]
    objs = {}
    n_pages = len(pages)
    page_ids = [4 + 2 * i for i in range(n_pages)]
    objs[1] = '<< /Type /Catalog /Pages 2 0 R >>'
    objs[2] = '<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join('%d 0 R' % p for p in page_ids), n_pages)
    objs[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
    for i, pg in enumerate(pages):
        pid, cid = page_ids[i], page_ids[i] + 1
        body = ['BT', '/F1 10 Tf', '12.5 TL', '56 744 Td']
        for ln in pg:
            body.append('(%s) Tj T*' % _pdf_escape(ln))
        body.append('ET')
        stream = '\n'.join(body) + '\n'
        objs[pid] = ('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> '
                     '/Contents %d 0 R >>' % cid)
        objs[cid] = '<< /Length %d >>\nstream\n%sendstream' % (len(stream.encode('latin-1')), stream)
    info_id = 4 + 2 * n_pages
    objs[info_id] = '<< /Title (%s) /Producer (%s) >>' % (_pdf_escape(title), _pdf_escape(producer))
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offsets = {}
    for k in sorted(objs):
        offsets[k] = len(out)
        out += ('%d 0 obj\n%s\nendobj\n' % (k, objs[k])).encode('latin-1')
    xref = len(out)
    size = info_id + 1
    out += ('xref\n0 %d\n0000000000 65535 f \n' % size).encode()
    for k in range(1, size):
        out += ('%010d 00000 n \n' % offsets[k]).encode()
    out += ('trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (size, info_id, xref)).encode()
    return out


# ---------------------------------------------------------------- header styles
def outlook_mid(r, tenant='namprd09', prefix=None):
    box = prefix or r.choice(['SA1PR09MB', 'DM6PR09MB', 'BN0PR09MB', 'PH0PR09MB', 'CY5PR09MB'])
    box += '%04d' % r.randint(1000, 9999)
    return '<%s%s@%s.%s.prod.outlook.com>' % (box, alnum(r, 18), box, tenant)


def thread_index(r):
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(22))).decode()


def outlook_headers(r, topic, attach=False, tenant_id=None):
    h = [('Thread-Topic', topic), ('Thread-Index', thread_index(r))]
    if attach:
        h.append(('X-MS-Has-Attach', 'yes'))
    h += [('Accept-Language', 'en-US'), ('Content-Language', 'en-US'),
          ('X-MS-Exchange-Organization-AuthAs', 'Anonymous'),
          ('X-MS-Exchange-CrossTenant-Id', tenant_id or '%s-%s-%s-%s-%s' % (hexs(r, 8), hexs(r, 4), hexs(r, 4), hexs(r, 4), hexs(r, 12))),
          ('X-MS-Exchange-Transport-CrossTenantHeadersStamped', alnum(r, 13)),
          ('x-ms-publictraffictype', 'Email')]
    return h


def google_group_headers(r, original_sender, group='records', domain='records.example.org'):
    return [('X-Original-Sender', original_sender),
            ('X-Original-Authentication-Results', 'mx.google.com; dkim=pass header.i=@%s; spf=pass '
             '(google.com: domain of %s designates 2620:117:%s::%s as permitted sender) smtp.mailfrom=%s; '
             'dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=%s' % (
                 original_sender.split('@')[1], original_sender, hexs(r, 4), hexs(r, 2), original_sender,
                 original_sender.split('@')[1])),
            ('Precedence', 'list'),
            ('Mailing-list', 'list %s@%s; contact %s+owners@%s' % (group, domain, group, domain)),
            ('List-ID', '<%s.%s>' % (group, domain)),
            ('X-Spam-Checked-In-Group', '%s@%s' % (group, domain)),
            ('X-Google-Group-Id', str(r.randint(10**11, 10**12))),
            ('List-Post', '<https://groups.google.com/a/%s/group/%s/post>, <mailto:%s@%s>' % (domain, group, group, domain)),
            ('List-Help', '<https://support.google.com/a/%s/bin/topic.py?topic=25838>, <mailto:%s+help@%s>' % (domain, group, domain)),
            ('List-Archive', '<https://groups.google.com/a/%s/group/%s/>' % (domain, group)),
            ('List-Unsubscribe', '<mailto:googlegroups-manage+%d+unsubscribe@googlegroups.com>, '
             '<https://groups.google.com/a/%s/group/%s/subscribe>' % (r.randint(10**11, 10**12), domain, group))]


GROUP_FOOTER_TXT = ('\n-- \nYou received this message because you are subscribed to the Google Groups "Records Desk" group.\n'
                    'To unsubscribe from this group and stop receiving emails from it, send an email to '
                    'records+unsubscribe@records.example.org.\n')
GROUP_FOOTER_HTML = ('<p></p>\n-- <br />\nYou received this message because you are subscribed to the Google Groups '
                     '&quot;Records Desk&quot; group.<br />\nTo unsubscribe from this group and stop receiving emails '
                     'from it, send an email to <a href="mailto:records+unsubscribe@records.example.org">'
                     'records+unsubscribe@records.example.org</a>.<br />\n')


# ---------------------------------------------------------------- MIME assembly
def build(headers, text=None, html=None, attachments=(), text_cte='quoted-printable', html_cte='quoted-printable',
          charset='utf-8', boundary_style=None, seed='x'):
    """headers: ordered (name, value) list. attachments: (bytes|EmailMessage, maintype, subtype, filename)."""
    m = EmailMessage(policy=POLICY)
    for k, v in headers:
        m[k] = v
    if text is not None:
        m.set_content(text, subtype='plain', charset=charset, cte=text_cte)
        if html is not None:
            m.add_alternative(html, subtype='html', charset=charset, cte=html_cte)
    elif html is not None:
        m.set_content(html, subtype='html', charset=charset, cte=html_cte)
    lang = [v for k, v in headers if k.lower() == 'content-language']
    if lang and 'Content-Language' not in m:
        m['Content-Language'] = lang[0]
    for data, maintype, subtype, fn in attachments:
        if isinstance(data, EmailMessage):
            m.add_attachment(data, cte='7bit', disposition='attachment', filename=fn)
        elif maintype == 'text':
            m.add_attachment(data.decode('utf-8'), subtype=subtype, filename=fn, cte='quoted-printable')
        else:
            m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fn)
    r = rng(seed + 'b')
    for part in m.walk():
        if part.is_multipart() and part.get_content_maintype() == 'multipart':
            if boundary_style == 'outlook':
                b = '_%03d_%s_' % (r.randint(0, 9), alnum(r, 40))
            elif boundary_style == 'google':
                b = '000000000000' + hexs(r, 16)
            elif boundary_style == 'govqa':
                b = '----=_Part_%d_%d.%d' % (r.randint(10**5, 10**6), r.randint(10**8, 10**9), r.randint(10**12, 10**13))
            else:
                b = '=_%s' % hexs(r, 24)
            part.set_boundary(b)
    for part in m.iter_attachments() if m.is_multipart() else []:
        if part.get_content_type() == 'message/rfc822' and 'MIME-Version' in part:
            del part['MIME-Version']
    return m


def unfold_empty_first_line(raw):
    """The email package sometimes folds as 'Subject:\\n value'; real mailers keep text on the first line."""
    import re
    out, pos = [], 0
    # every header block: the top one and those of embedded parts/messages (a block ends at a blank line)
    for mt in re.finditer(rb'(?:\A|\n\n)((?:[A-Za-z][A-Za-z0-9-]*:[^\n]*\n(?:[ \t][^\n]*\n)*)+)', raw):
        hs, he = mt.span(1)
        out.append(raw[pos:hs])
        out.append(re.sub(rb'^([A-Za-z][A-Za-z0-9-]*):\n[ \t]+', rb'\1: ', raw[hs:he], flags=re.M))
        pos = he
    out.append(raw[pos:])
    return b''.join(out)


def to_bytes(m):
    return unfold_empty_first_line(m.as_bytes(policy=POLICY))


def google_dsn(when, seed, failed_rcpt, remote_host, remote_reply, orig_headers, title='Address not found',
               explain=None):
    """Gmail/Google Workspace style DSN for our own outgoing message (multipart/report with rfc822 headers)."""
    r = rng(seed)
    b1 = '000000000000' + hexs(r, 16)
    b2 = '000000000000' + hexs(r, 16)
    explain = explain or ("Your message wasn't delivered to %s because the address couldn't be found, "
                          "or is unable to receive mail." % failed_rcpt)
    date = rfc_date(when, PT, comment=True)
    arrival = rfc_date(when - dt.timedelta(seconds=3), PT, comment=True)
    text = ('\n** %s **\n\n%s\n\nLearn more here: https://support.google.com/mail/?p=NoSuchUser\n\n'
            'The response from the remote server was:\n%s\n' % (title, explain, remote_reply))
    html = ('<html>\n<head>\n<style>\n* {\nfont-family:Roboto, "Helvetica Neue", Helvetica, Arial, sans-serif;\n}\n'
            '</style>\n</head>\n<body>\n<table cellpadding="0" cellspacing="0" class="email-wrapper" style="padding-top:32px;'
            'background-color:#ffffff;"><tbody>\n<tr><td>\n<table cellpadding=0 cellspacing=0><tbody>\n'
            '<tr><td style="max-width:560px;padding:24px 24px 32px;background-color:#fafafa;border:1px solid #e0e0e0;'
            'border-radius:2px">\n<p style="font-size:20px;line-height:28px;color:#212121">%s</p>\n'
            '<p style="font-size:16px;line-height:24px;color:#212121;">%s</p>\n'
            '<p style="font-size:14px;line-height:20px;color:#757575;">The response was:</p>\n'
            '<p style="font-size:16px;line-height:24px;color:#212121;">%s</p>\n</td></tr>\n</tbody></table>\n'
            '</td></tr>\n</tbody></table>\n</body>\n</html>\n' % (title, explain, remote_reply))
    qp = lambda s: s  # bodies are plain ASCII with short lines; sent 7bit
    lines = [
        'Delivered-To: records@records.example.org',
        'Received: by 2002:a05:6a10:%s:b0:5c1:%s:%s with SMTP id %s;' % (hexs(r, 4), hexs(r, 4), hexs(r, 4), alnum(r, 10, False)),
        '        %s' % date,
        'Return-Path: <>',
        'Auto-Submitted: auto-replied',
        'Message-ID: <%s.%s.%s@mx.google.com>' % (hexs(r, 8), hexs(r, 6), alnum(r, 6, False)),
        'Date: %s' % date,
        'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
        'To: records@records.example.org',
        'Subject: Delivery Status Notification (Failure)',
        'References: %s' % orig_headers['Message-ID'],
        'In-Reply-To: %s' % orig_headers['Message-ID'],
        'X-Failed-Recipients: %s' % failed_rcpt,
        'MIME-Version: 1.0',
        'Content-Type: multipart/report; boundary="%s"; report-type=delivery-status' % b1,
        '',
        '--%s' % b1,
        'Content-Type: multipart/related; boundary="%s"' % b2,
        '',
        '--%s' % b2,
        'Content-Type: multipart/alternative; boundary="%s_alt"' % b2,
        '',
        '--%s_alt' % b2,
        'Content-Type: text/plain; charset="UTF-8"',
        '',
    ] + text.split('\n') + [
        '--%s_alt' % b2,
        'Content-Type: text/html; charset="UTF-8"',
        '',
    ] + html.split('\n') + [
        '--%s_alt--' % b2,
        '',
        '--%s--' % b2,
        '',
        '--%s' % b1,
        'Content-Type: message/delivery-status',
        '',
        'Reporting-MTA: dns; googlemail.com',
        'Received-From-MTA: dns; records@records.example.org',
        'Arrival-Date: %s' % arrival,
        'X-Original-Message-ID: %s' % orig_headers['Message-ID'],
        '',
        'Final-Recipient: rfc822; %s' % failed_rcpt,
        'Action: failed',
        'Status: %s' % remote_reply.split()[1],
        'Remote-MTA: dns; %s.' % remote_host,
        'Diagnostic-Code: smtp; %s' % remote_reply,
        'Last-Attempt-Date: %s' % date,
        '',
        '--%s' % b1,
        'Content-Type: text/rfc822-headers',
        '',
    ] + ['%s: %s' % (k, v) for k, v in orig_headers.items()] + [
        '',
        '--%s--' % b1,
        '']
    return '\n'.join(lines).encode('utf-8')


def exchange_ndr(when, seed, sender_domain, failed_rcpt, code_line, orig_msg_bytes, orig_subject):
    """Exchange Online NDR generated inside the recipient's tenant (restricted distribution group)."""
    r = rng(seed)
    b1 = '_%03d_%s_' % (r.randint(0, 9), alnum(r, 40))
    b2 = '_%03d_%s_' % (r.randint(0, 9), alnum(r, 40))
    box = 'BY5PR09MB%04d' % r.randint(1000, 9999)
    date = rfc_date(when, UTC)
    text = ('Your message to %s couldn\'t be delivered.\n\n'
            '%s only accepts messages from people in its organization or on its allowed senders list, '
            'and you\'re not on the list.\n\nrecords           Office 365           %s\nSender                              Action Required\n\n\n'
            'Ask to be added to the allowed senders list\n\n'
            'How to Fix It\nIt appears that the group only accepts messages from people in its organization or on a pre-approved '
            'senders list. Contact the group owner and ask them to add you to the list.\n\n'
            'More Info for Email Admins\nStatus code: 550 5.7.133\n\n'
            'Original Message Details\nCreated Date:  %s\nSender Address: records@records.example.org\n'
            'Recipient Address: %s\nSubject:  %s\n\n'
            'Error Details\nReported error:  %s\nDSN generated by: %s.namprd09.prod.outlook.com\n' % (
                failed_rcpt, failed_rcpt.split('@')[0], failed_rcpt.split('@')[0], rfc_date(when - dt.timedelta(minutes=1), UTC),
                failed_rcpt, orig_subject, code_line, box))
    lines = [
        'Received: from %s.namprd09.prod.outlook.com (2603:10b6:a03:%s::%s) by' % (box, hexs(r, 3), hexs(r, 2)),
        ' %s.namprd09.prod.outlook.com with Microsoft SMTP Server id 15.20.%d.%d; %s' % (box, r.randint(7000, 8999), r.randint(10, 40), date),
        'From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@%s>' % sender_domain,
        'To: <records@records.example.org>',
        'Date: %s' % date,
        'Content-Type: multipart/report; report-type=delivery-status;',
        '\tboundary="%s"' % b1,
        'Content-Language: en-US',
        'Message-ID: <%s@%s.namprd09.prod.outlook.com>' % ('%s-%s-%s-%s-%s' % (hexs(r, 8), hexs(r, 4), hexs(r, 4), hexs(r, 4), hexs(r, 12)), box),
        'Subject: Undeliverable: %s' % orig_subject,
        'Auto-Submitted: auto-replied',
        'MIME-Version: 1.0',
        '',
        '--%s' % b1,
        'Content-Type: multipart/alternative; differences=Content-Type;',
        '\tboundary="%s"' % b2,
        '',
        '--%s' % b2,
        'Content-Type: text/plain; charset="us-ascii"',
        'Content-Transfer-Encoding: 7bit',
        '',
    ] + text.split('\n') + [
        '--%s--' % b2,
        '',
        '--%s' % b1,
        'Content-Type: message/delivery-status',
        '',
        'Reporting-MTA: dns;%s.namprd09.prod.outlook.com' % box,
        'Received-From-MTA: dns;mail-ej1-f41.google.com',
        'Arrival-Date: %s' % rfc_date(when - dt.timedelta(minutes=1), UTC),
        '',
        'Final-Recipient: rfc822;%s' % failed_rcpt,
        'Action: failed',
        'Status: 5.7.133',
        'Diagnostic-Code: smtp;%s' % code_line,
        '',
        '--%s' % b1,
        'Content-Type: message/rfc822',
        '',
    ] + unfold_empty_first_line(orig_msg_bytes).decode('utf-8').rstrip('\n').split('\n') + [
        '',
        '--%s--' % b1,
        '']
    return '\n'.join(lines).encode('utf-8')
