"""Shared bits for the build scripts: dates, header blocks, our original request texts."""
import datetime as dt, hashlib, base64
from email.header import Header

ORG = 'records.example.org'
INBOX = 'records@records.example.org'

def _eastern_offset(d):
    # DST 2026 ends Sun Nov 1 2026 02:00; 2027 starts Mar 14
    return -4 if dt.datetime(2026, 3, 8, 2) <= d < dt.datetime(2026, 11, 1, 2) else -5

def date_hdr(local, utc=False):
    """local: 'YYYY-MM-DD HH:MM[:SS]' US Eastern wall time -> RFC 5322 Date string."""
    fmt = '%Y-%m-%d %H:%M:%S' if local.count(':') == 2 else '%Y-%m-%d %H:%M'
    d = dt.datetime.strptime(local, fmt)
    off = _eastern_offset(d)
    tz = dt.timezone(dt.timedelta(hours=off))
    aware = d.replace(tzinfo=tz)
    if utc:
        aware = aware.astimezone(dt.timezone.utc)
        return aware.strftime('%a, %d %b %Y %H:%M:%S +0000')
    return aware.strftime('%a, %d %b %Y %H:%M:%S ') + ('%+03d00' % off)

def h(seed, n=16):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]

def enc(s):
    """RFC 2047 encode a header value if it is not ASCII."""
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, 'utf-8').encode()

def outlook_mid(seed, tenant='namprd09'):
    x = h(seed, 32).upper()
    box = 'SA1PR09MB%s' % (int(h(seed + 'b', 4), 16) % 9000 + 1000)
    return '<%s%s@%s.%s.prod.outlook.com>' % (box, x, box, tenant)

def outlook_headers(seed, topic, has_attach=False, lang='en-US', originator=None):
    ti = base64.b64encode(bytes.fromhex(h(seed + 'ti', 44))).decode()
    hs = [('Thread-Topic', topic),
          ('Thread-Index', ti),
          ('Accept-Language', lang),
          ('Content-Language', lang),
          ('X-MS-Has-Attach', 'yes' if has_attach else ''),
          ('X-MS-TNEF-Correlator', ''),
          ('X-MS-Exchange-Organization-SCL', '1'),
          ('X-MS-Exchange-Organization-AuthAs', 'Anonymous'),
          ('X-MS-PublicTrafficType', 'Email')]
    if originator:
        hs.append(('X-OriginatorOrg', originator))
    return hs

def google_group_headers(orig_sender, group_id='904122377610'):
    return [('Sender', INBOX),
            ('X-Original-Sender', orig_sender),
            ('X-Original-Authentication-Results', 'mx.google.com;       dkim=pass header.i=@%s;       spf=pass smtp.mailfrom=%s' % (orig_sender.split('@')[1], orig_sender)),
            ('Precedence', 'list'),
            ('Mailing-list', 'list %s; contact records+owners@%s' % (INBOX, ORG)),
            ('List-ID', '<records.%s>' % ORG),
            ('X-Google-Group-Id', group_id),
            ('List-Post', '<https://groups.google.com/a/%s/group/records/post>, <mailto:%s>' % (ORG, INBOX)),
            ('List-Help', '<https://support.google.com/a/%s/bin/topic.py?topic=25838>, <mailto:records+help@%s>' % (ORG, ORG)),
            ('List-Archive', '<https://groups.google.com/a/%s/group/records/>' % ORG),
            ('List-Unsubscribe', '<mailto:googlegroups-manage+904122377610+unsubscribe@googlegroups.com>,\n <https://groups.google.com/a/%s/group/records/subscribe>' % ORG)]

REQUEST_TEXT = {
 'REQ-003': """To the VBA FOIA Officer:

Under the Freedom of Information Act, 5 U.S.C. 552, I request copies of the
following records for fiscal years 2024 through 2026 (to date):

1. Performance reports, scorecards and quality-review results for each
   vendor holding a Veterans Benefits Administration contract to conduct
   medical disability examinations (including but not limited to the
   quarterly quality and timeliness reports the vendors deliver under
   those contracts);
2. Corrective action plans, cure notices and contract discrepancy reports
   issued to those vendors;
3. Any summary or briefing prepared for VBA leadership comparing the
   vendors' exam quality or timeliness.

I am a reporter with The Capital Ledger and request news media fee status.
I prefer electronic records by email.

Priya Raman
Records Desk, The Capital Ledger
records@records.example.org""",
 'REQ-006': """Dear FOIA Officer:

Pursuant to the Freedom of Information Act, I request the following records
of the U.S. Small Business Administration:

1. Records sufficient to show, for each Paycheck Protection Program lender,
   the number of PPP loans that SBA flagged for potential fraud during
   loan forgiveness review from January 1, 2023 to the date of search;
2. Final lender review reports or summaries prepared by the Office of
   Credit Risk Management about lenders with 500 or more flagged loans;
3. Referrals from SBA program offices to the SBA Office of Inspector
   General concerning PPP lenders (the referral memoranda only) during the
   same period.

Please notify me before incurring fees in excess of $50. Electronic copies
by email are preferred.

Thank you,
Priya Raman
Records Desk
records@records.example.org""",
 'REQ-013': """To whom it may concern:

Under the Freedom of Information Act I request:

1. SBA's written acceptance or rejection decisions for sole-source 8(a)
   contract offers valued above $4.5 million, January 2024 to present;
2. Any review, audit or study by the Office of Business Development of
   8(a) sole-source awards during the same period, and the sole-source
   award review files underlying it;
3. Correspondence with the SBA Office of Inspector General about such
   reviews.

News media fee category; please send records electronically.

Priya Raman
Records Desk, The Capital Ledger""",
}

def quote_outlook(rid, sent_line, to_line, subject):
    """Outlook-style quoted original below a reply."""
    return ('\n\n________________________________\n'
            'From: Records Desk <records+%s@records.example.org>\n'
            'Sent: %s\n'
            'To: %s\n'
            'Subject: %s\n\n' % (rid.lower(), sent_line, to_line, subject)) + REQUEST_TEXT[rid]
