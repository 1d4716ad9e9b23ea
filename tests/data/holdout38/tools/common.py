"""Shared pieces for the message scripts: our outgoing requests (to quote), header sets, registry."""
import yaml
from pathlib import Path
from lib import *  # noqa

HERE = Path(__file__).resolve().parent.parent
REQS = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}

MESSAGES = []  # filled by @msg


def msg(slug, when, request, kind, why, tracking=None, clock=None, adverse=False, estimated=None, signals=()):
    def deco(fn):
        MESSAGES.append(dict(slug=slug, when=when, request=request, kind=kind, why=why, tracking=tracking,
                             clock=clock, adverse=adverse, estimated=estimated, signals=list(signals), fn=fn))
        return fn
    return deco


def subj(rid):
    return REQS[rid]['subject']


def rmid(rid):
    return REQS[rid]['message_id']


# times our requests went out (local), used in quoted headers
SENT_AT = {
    'REQ-001': ('Wed, Sep 2, 2026 at 8:47 AM', 'Wednesday, September 2, 2026 8:47 AM'),
    'REQ-002': ('Thu, Sep 3, 2026 at 6:52 PM', 'Thursday, September 3, 2026 6:52 PM'),
    'REQ-003': ('Tue, Sep 8, 2026 at 10:05 AM', 'Tuesday, September 8, 2026 10:05 AM'),
    'REQ-004': ('Wed, Sep 9, 2026 at 9:30 AM', 'Wednesday, September 9, 2026 9:30 AM'),
    'REQ-005': ('Thu, Sep 10, 2026 at 11:18 AM', 'Thursday, September 10, 2026 11:18 AM'),
    'REQ-006': ('Mon, Sep 14, 2026 at 7:52 PM', 'Monday, September 14, 2026 7:52 PM'),
    'REQ-007': ('Tue, Sep 15, 2026 at 8:41 AM', 'Tuesday, September 15, 2026 8:41 AM'),
    'REQ-008': ('Wed, Sep 16, 2026 at 9:02 AM', 'Wednesday, September 16, 2026 9:02 AM'),
    'REQ-009': ('Thu, Sep 17, 2026 at 10:26 AM', 'Thursday, September 17, 2026 10:26 AM'),
    'REQ-010': ('Thu, Oct 1, 2026 at 10:58 AM', 'Thursday, October 1, 2026 10:58 AM'),
    'REQ-011': ('Mon, Sep 21, 2026 at 9:15 AM', 'Monday, September 21, 2026 9:15 AM'),
    'REQ-012': ('Tue, Sep 22, 2026 at 9:40 AM', 'Tuesday, September 22, 2026 9:40 AM'),
    'REQ-013': ('Wed, Sep 23, 2026 at 10:29 AM', 'Wednesday, September 23, 2026 10:29 AM'),
    'REQ-014': ('Thu, Sep 24, 2026 at 8:55 AM', 'Thursday, September 24, 2026 8:55 AM'),
    'REQ-015': ('Mon, Sep 28, 2026 at 9:20 AM', 'Monday, September 28, 2026 9:20 AM'),
    'REQ-016': ('Mon, Oct 5, 2026 at 8:30 AM', 'Monday, October 5, 2026 8:30 AM'),
}

# the body of each outgoing request (what replies quote)
REQTEXT = {
    'REQ-001': """
To the NOAA FOIA Office:

Under the Freedom of Information Act, 5 U.S.C. 552, The Gulf Ledger requests:

1. Outage and maintenance logs (including Radar Operations Center trouble
   tickets) for the WSR-88D radars KLIX, KLCH, KMOB and KHGX from
   January 1, 2025 through the date of the search.
2. Records showing authorized and filled meteorologist and electronics
   technician positions at the National Weather Service forecast offices
   in New Orleans/Baton Rouge, Lake Charles, Mobile/Pensacola and
   Houston/Galveston, by pay period, for 2025 and 2026.

We are a news organization and ask to be placed in the news media fee
category. We request a waiver of fees; if one is denied, we agree to pay
up to $100 without further notice. Electronic copies are preferred.

Thank you,
Records Desk
The Gulf Ledger
records@coastdesk.example.org
""",
    'REQ-003': """
Dear FOIA Officer,

Pursuant to the Freedom of Information Act, The Gulf Ledger requests
copies of the following records held by NOAA Fisheries, Southeast Region:

1. Records of red snapper IFQ allocation transfers in the Gulf of Mexico
   for calendar years 2024 and 2025, including the date, pounds
   transferred and reported price per pound.
2. Annual red snapper IFQ landings by vessel for the same years.
3. Any internal summaries of allocation prices prepared for the Gulf
   Council in 2025.

We ask to be treated as a representative of the news media and request
a fee waiver. Please send records electronically.

Records Desk
The Gulf Ledger
""",
    'REQ-006': """
To the BSEE FOIA Officer:

Under the FOIA, The Gulf Ledger requests:

1. All Incidents of Noncompliance (INCs) issued to operators of
   facilities on the Gulf of Mexico Outer Continental Shelf between
   January 1, 2025 and August 31, 2026, including the INC form and any
   civil penalty referral.
2. Well-control equipment (BOP) inspection reports for drilling rigs
   operating in the Mississippi Canyon and Green Canyon areas over the
   same period.

We request placement in the news media fee category and a waiver of all
fees, since the records concern offshore safety enforcement and will be
published. Electronic delivery preferred.

Thank you,
Records Desk, The Gulf Ledger
""",
    'REQ-007': """
Dear FOIA Officer:

This is a request under the Freedom of Information Act. The Gulf Ledger
requests copies of:

1. The construction contract(s), task orders and all contract
   modifications for the underwater sill built in the Mississippi River
   near Myrtle Grove to slow saltwater intrusion, 2025-2026.
2. The daily and weekly construction reports and the final quantities
   and cost summary for the sill.

We are a news organization. Please place us in the news media fee
category. We agree to pay fees up to $150.

Records Desk
The Gulf Ledger
""",
    'REQ-009': """
To the Records Custodian,

Under the Louisiana Public Records Law, La. R.S. 44:1 et seq., The Gulf
Ledger requests:

1. Notices, letters and agreements terminating or suspending the
   Mid-Barataria Sediment Diversion construction contracts, 2025-2026.
2. Contractor close-out documents, including final pay applications
   and any settlement agreements.
3. CPRA Board resolutions concerning the termination.

Electronic copies are preferred. Please let us know in advance if fees
will exceed $50.

Records Desk
The Gulf Ledger
""",
    'REQ-011': """
To the Public Records Officer:

Under the Mississippi Public Records Act, Miss. Code Ann. 25-61-1 et
seq., The Gulf Ledger requests copies of contracts, purchase orders and
invoices for oyster reef cultch planting (limestone, crushed concrete and
shell) in Mississippi Sound, January 2025 to the present.

Please tell us the estimated cost before copying.

Records Desk
The Gulf Ledger
""",
    'REQ-014': """
Public Information Officer
Texas General Land Office

Under the Texas Public Information Act, Gov't Code ch. 552, The Gulf
Ledger requests:

1. Project cost summaries for Coastal Erosion Planning and Response Act
   (CEPRA) beach nourishment projects in Galveston and Brazoria counties,
   2023-2026.
2. Contracts and change orders for dune repair after Hurricane Beryl
   (July 2024) in the same counties.

Electronic copies by email are preferred.

Records Desk
The Gulf Ledger
""",
}
for k, v in REQTEXT.items():
    REQTEXT[k] = dedent(v)


def quote_gmail(rid, to_line=None):
    g = SENT_AT[rid][0]
    body = '\n'.join(('> ' + l).rstrip() for l in REQTEXT[rid].rstrip('\n').split('\n'))
    return 'On %s Records Desk <records@coastdesk.example.org> wrote:\n%s\n' % (g, body)


def quote_outlook(rid, to_disp, subj_prefix=''):
    o = SENT_AT[rid][1]
    return ('________________________________\n'
            'From: Records Desk <records@coastdesk.example.org>\n'
            'Sent: %s\n'
            'To: %s\n'
            'Subject: %s%s\n\n%s' % (o, to_disp, subj_prefix, subj(rid), REQTEXT[rid]))


def outlook_hdrs(seed, topic, attach=False, lang='en-US'):
    ti = base64.b64encode(hashlib.sha1(seed.encode()).digest()[:22]).decode()
    try:
        topic.encode('ascii')
    except UnicodeEncodeError:
        import email.header
        topic = email.header.Header(topic, 'utf-8').encode()
    return [('Thread-Topic', topic), ('Thread-Index', ti), ('Accept-Language', lang),
            ('Content-Language', lang), ('X-MS-Has-Attach', 'yes' if attach else ''),
            ('X-MS-TNEF-Correlator', ''),
            ('X-MS-Exchange-Organization-AuthAs', 'Internal'),
            ('x-ms-exchange-messagesentrepresentingtype', '1'),
            ('X-MS-Exchange-CrossTenant-Id', 'fc4e4b0f-%s-4c1d-9a77-%s' % (h(seed + 'a', 4), h(seed + 'b', 12)))]


def gmail_hdrs(seed):
    return [('X-Mailer', 'Google Workspace'), ('X-Gm-Message-State', 'AOJu0Y' + h(seed, 30))]


def group_hdrs(original):
    """Google Group collaborative inbox headers (our inbox is a Google Group)."""
    return [('X-Original-Sender', original),
            ('X-Original-Authentication-Results', 'mx.google.com; spf=pass smtp.mailfrom=%s' % original.split('@')[1]),
            ('Precedence', 'list'),
            ('Mailing-list', 'list records@coastdesk.example.org; contact records+owners@coastdesk.example.org'),
            ('List-ID', '<records.coastdesk.example.org>'),
            ('X-Google-Group-Id', '804417726531'),
            ('List-Post', '<https://groups.google.com/a/coastdesk.example.org/group/records/post>, <mailto:records@coastdesk.example.org>'),
            ('List-Help', '<https://support.google.com/a/coastdesk.example.org/bin/topic.py?topic=25838>, <mailto:records+help@coastdesk.example.org>'),
            ('List-Archive', '<https://groups.google.com/a/coastdesk.example.org/group/records/>'),
            ('List-Unsubscribe', '<mailto:googlegroups-manage+804417726531+unsubscribe@googlegroups.com>')]


GROUP_FOOTER = dedent("""
--
You received this message because you are subscribed to the Google Groups "Records Desk" group.
To unsubscribe from this group and stop receiving emails from it, send an email to records+unsubscribe@coastdesk.example.org.
""")

USACE_BANNER = dedent("""
CAUTION: This email originated from outside of the organization. Do not click links, open attachments, or reply with sensitive information unless you recognize the sender and know the content is safe. Report suspicious messages with the "Report Phishing" button in Outlook. The U.S. Army will never ask for your password, CAC PIN, or personal financial information by email. If you are unsure, call the Enterprise Service Desk before acting on this message.
""")
