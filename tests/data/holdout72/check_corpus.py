#!/usr/bin/env python3
"""Sanity checks for this set: every message parses without defects, every label's file exists (and every file
has a label), Date: headers are in file-name order and not before the request they answer, each request id
exists, tracking numbers appear in the message and match the agency pattern, thread headers / plus addresses agree
with the labels, each kind appears at least twice, and compute_labels.py --check reproduces labels.yaml.

    python3 check_corpus.py
"""
import sys, re, html, subprocess, collections, datetime as dt, email, email.policy, email.utils
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
KINDS = ['acknowledgment', 'extension', 'fee_estimate', 'clarification', 'records_interim', 'records_final',
         'no_records', 'denial', 'portal_notice', 'auto_reply', 'bounce', 'other']
problems = []
bad = problems.append


def texts_of(msg, names):
    out = []
    for part in msg.walk():
        for d in part.defects:
            bad('%s: parser defect %r' % (CUR, d))
        for k, v in part.items():
            for d in getattr(v, 'defects', ()):
                bad('%s: header %s defect %r' % (CUR, k, d))
        if part.get_filename():
            names.append(part.get_filename())
        if part.is_multipart() or part.get_content_type() == 'message/rfc822':
            continue
        try:
            p = part.get_content()
        except Exception as e:
            bad('%s: cannot decode %s: %s' % (CUR, part.get_content_type(), e)); continue
        if isinstance(p, bytes):
            p = p.decode('latin-1')
        elif not isinstance(p, str):
            p = str(p)
        if part.get_content_type() == 'text/html':
            p = html.unescape(re.sub(r'<[^>]+>', ' ', p))
        out.append(p)
    return out


def main():
    global CUR
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    labels = yaml.safe_load((HERE / 'labels.yaml').read_text())
    for r in reqs.values():
        if r['agency'] not in ags:
            bad('request %s: unknown agency %s' % (r['id'], r['agency']))
    files = sorted(p.name for p in (HERE / 'messages').glob('*.eml'))
    labelled = [l['file'] for l in labels]
    for f in labelled:
        if not (HERE / 'messages' / f).exists():
            bad('label for missing file %s' % f)
    for f in files:
        if f not in labelled:
            bad('message without label %s' % f)
    if labelled != sorted(labelled):
        bad('labels.yaml not in file-name order')
    by_mid = {r['message_id']: rid for rid, r in reqs.items()}
    by_plus = {r['reply_address']: rid for rid, r in reqs.items()}
    kinds, seen, last = collections.Counter(), set(), None
    for lab in labels:
        CUR = fn = lab['file']
        path = HERE / 'messages' / fn
        if not path.exists():
            continue
        raw = path.read_bytes()
        if any(len(l) > 998 for l in raw.split(b'\n')):
            bad('%s: line longer than 998 bytes' % fn)
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for h in ('From', 'To', 'Date', 'Subject', 'Message-ID', 'MIME-Version', 'Content-Type'):
            if msg[h] is None:
                bad('%s: missing %s' % (fn, h))
        m_id = str(msg['Message-ID']).strip()
        if m_id in seen:
            bad('%s: duplicate Message-ID' % fn)
        seen.add(m_id)
        d = email.utils.parsedate_to_datetime(str(msg['Date']))
        if last and d < last:
            bad('%s: Date earlier than the previous message' % fn)
        last = d
        names = []
        blob = '\n'.join([str(msg['Subject'])] + texts_of(msg, names) + names)
        for part in msg.walk():
            if part.get_filename() and not part.is_multipart() and part.get_content_type() != 'message/rfc822':
                if len(part.get_payload(decode=True) or b'') > 30 * 1024:
                    bad('%s: attachment %s over 30 KB' % (fn, part.get_filename()))
                if part.get_content_type() == 'application/pdf':
                    pdf = part.get_payload(decode=True)
                    if not pdf.startswith(b'%PDF-') or b'Tj' not in pdf:
                        bad('%s: PDF %s has no text layer' % (fn, part.get_filename()))
        kind = lab['kind']
        if kind not in KINDS:
            bad('%s: bad kind %s' % (fn, kind))
        kinds[kind] += 1
        rid = lab['request']
        if rid is not None:
            if rid not in reqs:
                bad('%s: unknown request %s' % (fn, rid)); continue
            sent = reqs[rid]['sent']
            if d.date() < sent:
                bad('%s: Date %s before request %s was sent (%s)' % (fn, d.date(), rid, sent))
        trk = lab.get('tracking_number')
        if trk:
            pats = [ags[reqs[rid]['agency']].get('tracking_pattern')] if rid else [a.get('tracking_pattern') for a in ags.values()]
            if not any(p and re.fullmatch(p.replace('\\b', ''), trk) for p in pats):
                bad('%s: tracking %s does not match the agency pattern' % (fn, trk))
            if trk not in blob:
                bad('%s: tracking %s not found in the message' % (fn, trk))
        refs = ' '.join(str(msg[h] or '') for h in ('In-Reply-To', 'References'))
        for m, r in by_mid.items():
            if m in refs and r != rid:
                bad('%s: thread headers point to %s, label says %s' % (fn, r, rid))
        to = str(msg['To'] or '') + ' ' + str(msg['Cc'] or '')
        for a, r in by_plus.items():
            if a in to and r != rid:
                bad('%s: plus address of %s, label says %s' % (fn, r, rid))
        if rid is None and any(k in lab for k in ('due', 'appeal_due', 'estimated')):
            bad('%s: date label without request' % fn)
        if kind not in ('denial', 'no_records', 'records_final') and 'appeal_due' in lab:
            bad('%s: appeal_due on a %s' % (fn, kind))
    for k in KINDS:
        if kinds[k] < 2:
            bad('kind %s appears only %d times' % (k, kinds[k]))
    r = subprocess.run([sys.executable, str(HERE / 'compute_labels.py'), '--check'], capture_output=True, text=True)
    if r.returncode:
        bad('compute_labels.py --check failed:\n' + r.stdout + r.stderr)
    nulls = sum(1 for l in labels if l['request'] is None)
    print('messages: %d, requests: %d, agencies: %d, request:null: %d' % (len(labels), len(reqs), len(ags), nulls))
    print('kinds:', dict(sorted(kinds.items())))
    if problems:
        print('\nPROBLEMS (%d):' % len(problems))
        for p in problems:
            print(' -', p)
        sys.exit(1)
    print('all checks passed')


CUR = None
if __name__ == '__main__':
    main()
