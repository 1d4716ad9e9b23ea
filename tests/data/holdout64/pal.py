"""FOIAXpress Public Access Link (PAL) notification templates.

One vendor notification service sends for several agencies (EPA regions, CPSC, DOL/OSHA) from a single
no-reply address that none of the agencies lists; only the body names the agency.
"""
import html as _html
import textwrap

from common import PAL_FROM, INBOX, hdate, mid_plain, message

FOOT = ('This is an automated message from the FOIA Public Access Link (PAL). Replies to this address are not '
        'monitored. Please sign in to PAL to view your request or to send a message to the processing office.')


def _wrap_html(agency, rows, paras):
    cells = ''.join('<tr><td style="padding:2px 10px 2px 0"><b>%s</b></td><td>%s</td></tr>' %
                    (_html.escape(k), _html.escape(v)) for k, v in rows)
    ps = ''.join('<p>%s</p>' % _html.escape(p).replace('\n', '<br>') for p in paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222">'
            '<div style="background:#1f3d5c;color:#fff;padding:8px 12px;font-size:15px">FOIA Public Access Link'
            '</div><div style="padding:10px 12px">%s'
            '<table style="font-size:13px;border-collapse:collapse">%s</table>%s'
            '<p style="color:#777;font-size:11px;border-top:1px solid #ccc;padding-top:6px">%s</p>'
            '</div></body></html>' % (('<p style="font-size:14px"><b>%s</b></p>' % _html.escape(agency)) if agency else '', cells, ps, _html.escape(FOOT).replace('\n', ' ')))


def _text(agency, rows, paras):
    w = max(len(k) for k, _ in rows) + 2 if rows else 0
    lines = ([agency] if agency else []) + ['FOIA Public Access Link', '']
    lines += ['%-*s %s' % (w, k + ':', v) for k, v in rows]
    if rows:
        lines.append('')
    for p in paras:
        lines += [textwrap.fill(p, 76), '']
    lines.append(textwrap.fill(FOOT, 76))
    return '\n'.join(lines) + '\n'


def pal_message(fname, t, subject, agency, rows, paras, to=INBOX, html_only=False, attachments=()):
    headers = [('From', PAL_FROM), ('To', to), ('Subject', subject), ('Date', hdate(t)),
               ('Message-ID', mid_plain(fname, 'mailer.publicaccesslink.net')),
               ('X-Mailer', 'FOIAXpress PAL Notification Service 11.4'),
               ('Auto-Submitted', 'auto-generated')]
    htm = _wrap_html(agency, rows, paras)
    if html_only:
        return message(headers, html=htm, attachments=attachments)
    return message(headers, text=_text(agency, rows, paras), html=htm, attachments=attachments)


def submitted(fname, t, agency, number, received, description, office):
    rows = [('Request Number', number), ('Date Submitted', received), ('Processing Office', office),
            ('Request Type', 'FOIA'), ('Description', description)]
    paras = ['Your request has been submitted and is awaiting review by the processing office. You will be '
             'notified by email when the status of your request changes. Please refer to the request number '
             'above in any communication about this request.']
    return pal_message(fname, t, 'FOIA Request %s Submitted' % number, agency, rows, paras)


def status_change(fname, t, agency, number, old, new, note=None):
    rows = [('Request Number', number), ('Previous Status', old), ('Current Status', new)]
    paras = ['The status of your FOIA request has changed.'] + ([note] if note else [])
    return pal_message(fname, t, 'FOIA Request %s Status Update' % number, agency, rows, paras)
