"""Shared helpers for the part generator scripts (gen_part*.py). Builds .eml bytes and small text PDFs."""
import email.policy, hashlib
from email.message import EmailMessage
from email.utils import make_msgid

REQ = {  # request id -> (message_id, reply_address, subject)
    'REQ-001': ('<req-001.20260908.1@records.example.org>', 'records+req-001@records.example.org',
                'UIPA Request: Honolulu Police Department use-of-force reports, 2023-2025'),
    'REQ-002': ('<req-002.20260915.1@records.example.org>', 'records+req-002@records.example.org',
                'UIPA Request: HPD vehicle pursuit reports and dash-camera video, Jan-Jun 2026'),
    'REQ-003': ('<req-003.20260909.1@records.example.org>', 'records+req-003@records.example.org',
                'UIPA Request: DPP notices of violation for illegal short-term rentals, 2024-2026'),
    'REQ-004': ('<req-004.20260910.1@records.example.org>', 'records+req-004@records.example.org',
                'UIPA Request: DLNR DOCARE citations for nearshore fishing violations, 2024-2026'),
    'REQ-005': ('<req-005.20260921.1@records.example.org>', 'records+req-005@records.example.org',
                'UIPA Request: CWRM records on West Maui stream diversion requests, August 2023'),
    'REQ-006': ('<req-006.20260909.1@records.example.org>', 'records+req-006@records.example.org',
                'UIPA Request: MEMA outdoor siren activation logs and after-action records, Aug 8 2023 wildfires'),
    'REQ-007': ('<req-007.20260916.1@records.example.org>', 'records+req-007@records.example.org',
                'UIPA Request: Department of Water Supply Lahaina system pressure and hydrant records, August 2023'),
    'REQ-008': ('<req-008.20260908.1@records.example.org>', 'records+req-008@records.example.org',
                'Public Records Request: Anchorage snow removal contracts and plow GPS data, winter 2025-26'),
    'REQ-009': ('<req-009.20260922.1@records.example.org>', 'records+req-009@records.example.org',
                'Public Records Request: Anchorage camp abatement notices and shelter contracts, 2025-2026'),
    'REQ-010': ('<req-010.20260911.1@records.example.org>', 'records+req-010@records.example.org',
                'Public Records Request: North Slope Borough Title 19 development permits, 2024-2026'),
    'REQ-011': ('<req-011.20261005.1@records.example.org>', 'records+req-011@records.example.org',
                'Public Records Request: North Slope Borough Utqiagvik coastal erosion and seawall records, 2023-2026'),
    'REQ-012': ('<req-012.20260914.1@records.example.org>', 'records+req-012@records.example.org',
                'Public Records Request: ADEC spill reports for North Slope facilities, 2024-2026'),
    'REQ-013': ('<req-013.20260910.1@records.example.org>', 'records+req-013@records.example.org',
                'FOIA Request: Hawaii Volcanoes National Park eruption-area closure and visitor incident records, 2025-2026'),
    'REQ-014': ('<req-014.20260917.1@records.example.org>', 'records+req-014@records.example.org',
                'FOIA Request: NOAA Fisheries Alaska Region Cook Inlet beluga incidental take correspondence, 2024-2026'),
    'REQ-015': ('<req-015.20260924.1@records.example.org>', 'records+req-015@records.example.org',
                'FOIA Request: Denali Park Road Pretty Rocks landslide bridge contract records'),
    'REQ-016': ('<req-016.20261013.1@records.example.org>', 'records+req-016@records.example.org',
                'UIPA Request: Maui Police Department body-worn camera video, Lahaina, August 8, 2023'),
}
INBOX = 'records@records.example.org'
DESK = 'Records Desk <records@records.example.org>'


def thread(h, rid, extra_refs=()):
    m = REQ[rid][0]
    h.append(('In-Reply-To', m))
    h.append(('References', ' '.join([m] + list(extra_refs))))


def build(headers, text=None, html=None, attachments=(), html_only=False, rfc822=None):
    """headers: list of (name, value); text/html bodies; attachments: list of (bytes, maintype, subtype, filename)."""
    m = EmailMessage(policy=email.policy.SMTP)
    for k, v in headers:
        m[k] = v
    if 'Message-ID' not in m:
        m['Message-ID'] = make_msgid(domain='mail.example.invalid')
    m['MIME-Version'] = '1.0'
    if html_only:
        m.set_content(html, subtype='html')
    else:
        m.set_content(text)
        if html:
            m.add_alternative(html, subtype='html')
    for data, mt, st, fn in attachments:
        m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    if rfc822 is not None:
        m.add_attachment(rfc822)
    return m.as_bytes()


def raw(text):
    """a hand-written message (DSNs etc.): normalise newlines to CRLF-free LF text"""
    return text.lstrip('\n').encode('utf-8')


def _esc(s):
    return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')


def pdf(lines, title='Letter'):
    """a one-or-more-page text PDF (Helvetica, uncompressed) with a real text layer"""
    pages = [lines[i:i + 56] for i in range(0, len(lines), 56)] or [[]]
    objs = []
    objs.append('<< /Type /Catalog /Pages 2 0 R >>')
    kids = ' '.join('%d 0 R' % (4 + 2 * i) for i in range(len(pages)))
    objs.append('<< /Type /Pages /Kids [%s] /Count %d >>' % (kids, len(pages)))
    objs.append('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>')
    for i, pl in enumerate(pages):
        stream = 'BT\n/F1 10 Tf\n12 TL\n56 750 Td\n' + ''.join('(%s) Tj T*\n' % _esc(l) for l in pl) + 'ET'
        objs.append('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>' % (5 + 2 * i))
        objs.append('<< /Length %d >>\nstream\n%s\nendstream' % (len(stream.encode('latin-1')), stream))
    objs.append('<< /Title (%s) /Producer (Office Forms) >>' % _esc(title))
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offs = []
    for n, o in enumerate(objs, 1):
        offs.append(len(out))
        out += ('%d 0 obj\n%s\nendobj\n' % (n, o)).encode('latin-1')
    x = len(out)
    out += ('xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)).encode()
    out += ''.join('%010d 00000 n \n' % o for o in offs).encode()
    out += ('trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, len(objs), x)).encode()
    return out


def mid(tag, domain):
    return '<%s@%s>' % (hashlib.sha1(tag.encode()).hexdigest()[:20], domain)


def quote_request(rid, sent_line):
    """our original request as quoted below a reply"""
    subj = REQ[rid][2]
    return ('\n\n-----Original Message-----\nFrom: Records Desk <%s>\nSent: %s\nSubject: %s\n\n'
            'Aloha / Hello,\n\nUnder the applicable public records law, I request copies of the records described '
            'in the subject line.\nElectronic copies by email are preferred. Please let me know in advance if fees '
            'will exceed $50. We request a fee waiver: the records will be used for news reporting in the public '
            'interest.\n\nThank you,\nRecords Desk\n' % (REQ[rid][1], sent_line, subj))


def fact(file, request, kind, tracking, signals, why, **kw):
    d = {'file': file, 'request': request, 'kind': kind, 'tracking_number': tracking}
    d.update(kw)
    d['signals'] = signals
    d['why'] = why
    return d
