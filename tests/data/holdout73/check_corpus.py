#!/usr/bin/env python3
"""Checks for this set: every message parses without defects; every label's file exists (and every file is
labeled); Date: headers are in file order and not before the sent date of the request they answer; each
request id exists; tracking numbers match the agency pattern and appear in the message; thread headers and
plus addresses agree with the label; acknowledgments/extensions carry a due date; runs compute_labels --check.

    python3 check_corpus.py
"""
import re, sys, html, subprocess, collections, email, email.policy, email.utils
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
KINDS = ['acknowledgment', 'extension', 'fee_estimate', 'clarification', 'records_interim', 'records_final',
         'no_records', 'denial', 'portal_notice', 'auto_reply', 'bounce', 'other']
problems = []


def texts_of(msg, fn):
    out, names = [], []
    for part in msg.walk():
        for d in part.defects:
            problems.append('%s: parser defect %r' % (fn, d))
        for k, v in part.items():
            for d in getattr(v, 'defects', ()):
                problems.append('%s: header %s defect %r' % (fn, k, d))
        if part.get_filename():
            names.append(part.get_filename())
        if part.is_multipart() or part.get_content_type() == 'message/rfc822':
            continue
        try:
            p = part.get_content()
        except Exception as e:  # noqa
            problems.append('%s: cannot decode %s: %s' % (fn, part.get_content_type(), e))
            continue
        if isinstance(p, bytes):
            p = p.decode('latin-1')
        elif not isinstance(p, str):
            p = str(p)
        if part.get_content_type() == 'text/html':
            p = html.unescape(re.sub(r'<[^>]+>', ' ', p))
        out.append(p)
    return out, names


def main():
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    labels = yaml.safe_load((HERE / 'labels.yaml').read_text())
    files = sorted(p.name for p in (HERE / 'messages').glob('*.eml'))
    for lab in labels:
        if not (HERE / 'messages' / lab['file']).exists():
            problems.append('label for missing file %s' % lab['file'])
    if [l['file'] for l in labels] != files:
        problems.append('labels.yaml files differ from messages/ (set or order)')
    by_mid = {r['message_id']: rid for rid, r in reqs.items()}
    by_plus = {r['reply_address']: rid for rid, r in reqs.items()}
    kinds, seen, last = collections.Counter(), set(), None
    for lab in labels:
        fn = lab['file']
        p = HERE / 'messages' / fn
        if not p.exists():
            continue
        raw = p.read_bytes()
        if any(len(l) > 998 for l in raw.split(b'\n')):
            problems.append('%s: line over 998 bytes' % fn)
        with open(p, 'rb') as fh:
            msg = email.message_from_binary_file(fh, policy=email.policy.default)
        for h in ['From', 'To', 'Date', 'Subject', 'Message-ID', 'MIME-Version', 'Content-Type']:
            if msg[h] is None:
                problems.append('%s: missing %s' % (fn, h))
        m = str(msg['Message-ID'])
        if m in seen:
            problems.append('%s: duplicate Message-ID' % fn)
        seen.add(m)
        d = email.utils.parsedate_to_datetime(str(msg['Date']))
        if last and d < last:
            problems.append('%s: Date earlier than the previous message' % fn)
        last = d
        rid = lab['request']
        if rid is not None and rid not in reqs:
            problems.append('%s: unknown request %s' % (fn, rid))
            continue
        if rid and d.date() < reqs[rid]['sent']:
            problems.append('%s: dated before its request %s was sent' % (fn, rid))
        if lab['kind'] not in KINDS:
            problems.append('%s: bad kind %s' % (fn, lab['kind']))
        kinds[lab['kind']] += 1
        texts, names = texts_of(msg, fn)
        blob = '\n'.join([str(msg['Subject'])] + texts + names)
        trk = lab.get('tracking_number')
        if trk:
            pats = [ags[reqs[rid]['agency']]['tracking_pattern']] if rid else [a['tracking_pattern'] for a in ags.values()]
            if not any(re.fullmatch(pt.replace('\\b', ''), trk) for pt in pats):
                problems.append('%s: tracking %s does not match the agency pattern' % (fn, trk))
            if trk not in blob:
                problems.append('%s: tracking %s not in the message' % (fn, trk))
        refs = ' '.join(str(msg[h] or '') for h in ['In-Reply-To', 'References'])
        for mm, r in by_mid.items():
            if mm in refs and r != rid:
                problems.append('%s: thread headers point to %s, label %s' % (fn, r, rid))
        to = str(msg['To'] or '') + ' ' + str(msg['Cc'] or '')
        for a, r in by_plus.items():
            if a in to and r != rid:
                problems.append('%s: plus address of %s, label %s' % (fn, r, rid))
        if lab['kind'] in ('acknowledgment', 'extension') and rid and 'due' not in lab:
            problems.append('%s: %s without due' % (fn, lab['kind']))
        if ('due' in lab or 'appeal_due' in lab) and not rid:
            problems.append('%s: date label without request' % fn)
    for k in KINDS:
        if kinds[k] < 2:
            problems.append('kind %s appears %d times (< 2)' % (k, kinds[k]))
    r = subprocess.run([sys.executable, str(HERE / 'compute_labels.py'), '--check'], capture_output=True, text=True)
    if r.returncode:
        problems.append('compute_labels.py --check failed:\n' + r.stdout + r.stderr)
    print('messages: %d, requests: %d, request null: %d' % (len(labels), len(reqs), sum(1 for l in labels if l['request'] is None)))
    print('kinds:', dict(sorted(kinds.items())))
    if problems:
        print('PROBLEMS (%d):' % len(problems))
        for p in problems:
            print(' -', p)
        sys.exit(1)
    print('all checks passed')


if __name__ == '__main__':
    main()
