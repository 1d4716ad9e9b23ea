#!/usr/bin/env python3
"""Checks for this set: every message parses (no parser defects, required headers, lines <= 998 bytes,
attachments <= 30 KB, PDFs have a text layer), every label's file exists and labels match messages/ in order,
Date: headers are in order and not before the `sent` date of the request they answer, every request id exists,
tracking numbers appear in the message and fit the agency pattern, thread headers / plus-addresses agree with
the label, kind counts, and compute_labels.py --check.

    python check_corpus.py
"""
import sys, re, html, subprocess, collections, email, email.policy, email.utils, zlib
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
KINDS = ['acknowledgment', 'extension', 'fee_estimate', 'clarification', 'records_interim', 'records_final',
         'no_records', 'denial', 'portal_notice', 'auto_reply', 'bounce', 'other']
problems = []


def bad(m):
    problems.append(m)


def texts(msg):
    out, names = [], []
    for part in msg.walk():
        for d in part.defects:
            bad('%s: parser defect %r' % (cur, d))
        fn = part.get_filename()
        if fn:
            names.append(fn)
        if part.is_multipart() or part.get_content_type() == 'message/rfc822':
            continue
        try:
            p = part.get_content()
        except Exception as e:
            bad('%s: cannot decode %s: %s' % (cur, part.get_content_type(), e))
            continue
        if isinstance(p, bytes):
            if part.get_content_type() == 'application/pdf':
                if len(p) > 30 * 1024:
                    bad('%s: attachment %s too big' % (cur, fn))
                found = re.findall(rb'\((.*?)\) Tj', p)
                if not found:
                    bad('%s: PDF %s has no text layer' % (cur, fn))
                p = b'\n'.join(found).decode('latin-1').replace('\\(', '(').replace('\\)', ')')
            else:
                p = p.decode('utf-8', 'replace')
        elif not isinstance(p, str):
            p = str(p)
        if part.get_content_type() == 'text/html':
            p = html.unescape(re.sub(r'<[^>]+>', ' ', p))
        out.append(p)
    return out, names


def main():
    global cur
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    labels = yaml.safe_load((HERE / 'labels.yaml').read_text())
    files = sorted(p.name for p in (HERE / 'messages').glob('*.eml'))
    for l in labels:
        if not (HERE / 'messages' / l['file']).exists():
            bad('label file missing: %s' % l['file'])
    if [l['file'] for l in labels] != files:
        bad('labels.yaml does not list messages/ in file-name order')
    by_mid = {r['message_id']: rid for rid, r in reqs.items()}
    by_plus = {r['reply_address']: rid for rid, r in reqs.items()}
    kinds, seen, last = collections.Counter(), set(), None
    for lab in labels:
        cur = fn = lab['file']
        raw = (HERE / 'messages' / fn).read_bytes()
        if any(len(x) > 998 for x in raw.split(b'\n')):
            bad('%s: line longer than 998 bytes' % fn)
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for h in ['From', 'To', 'Date', 'Subject', 'Message-ID', 'MIME-Version', 'Content-Type']:
            if msg[h] is None:
                bad('%s: missing %s' % (fn, h))
        m = str(msg['Message-ID'])
        if m in seen:
            bad('%s: duplicate Message-ID' % fn)
        seen.add(m)
        d = email.utils.parsedate_to_datetime(str(msg['Date']))
        if last and d < last:
            bad('%s: Date earlier than previous message' % fn)
        last = d
        body, names = texts(msg)
        blob = '\n'.join([str(msg['Subject'])] + body + names)
        if lab['kind'] not in KINDS:
            bad('%s: bad kind %s' % (fn, lab['kind']))
        kinds[lab['kind']] += 1
        rid = lab['request']
        if rid is not None:
            if rid not in reqs:
                bad('%s: unknown request %s' % (fn, rid))
                continue
            if d.date() < reqs[rid]['sent']:
                bad('%s: dated before request %s was sent' % (fn, rid))
        trk = lab.get('tracking_number')
        if trk:
            if not rid:
                bad('%s: tracking number without request' % fn)
            else:
                pat = ags[reqs[rid]['agency']].get('tracking_pattern')
                if not pat or not re.fullmatch(pat.replace('\\b', ''), trk):
                    bad('%s: tracking %s does not fit agency pattern' % (fn, trk))
            if trk not in blob:
                bad('%s: tracking %s not in message' % (fn, trk))
        refs = ' '.join(str(msg[h] or '') for h in ['In-Reply-To', 'References']) + ' ' + \
            (raw.decode('utf-8', 'replace') if lab['kind'] == 'bounce' else '')
        for mm, r in by_mid.items():
            if mm in refs and r != rid:
                bad('%s: thread headers point to %s, label %s' % (fn, r, rid))
        to = str(msg['To'] or '') + ' ' + str(msg['Cc'] or '')
        for a, r in by_plus.items():
            if a in to and r != rid:
                bad('%s: plus address of %s, label %s' % (fn, r, rid))
        if ('due' in lab or 'appeal_due' in lab) and rid is None:
            bad('%s: date label without request' % fn)
        if lab['kind'] == 'acknowledgment' and rid and 'due' not in lab:
            bad('%s: acknowledgment without due' % fn)
    for k in KINDS:
        if kinds[k] < 2:
            bad('kind %s appears %d times (< 2)' % (k, kinds[k]))
    r = subprocess.run([sys.executable, str(HERE / 'compute_labels.py'), '--check'], capture_output=True, text=True)
    if r.returncode:
        bad('compute_labels.py --check failed:\n' + r.stdout + r.stderr)
    print('messages: %d, requests: %d, request:null: %d' % (len(labels), len(reqs),
                                                            sum(1 for l in labels if l['request'] is None)))
    print('kinds:', dict(sorted(kinds.items())))
    if problems:
        print('PROBLEMS (%d):' % len(problems))
        for p in problems:
            print(' -', p)
        sys.exit(1)
    print('all checks passed')


cur = None
if __name__ == '__main__':
    main()
