#!/usr/bin/env python3
"""Checks for this set: every message parses without defects; every label's file exists (and every file has a
label); Date: headers are in order and not before the `sent` date of the request they answer; each request id
exists; kinds are valid; tracking numbers occur in the message and fit the agency pattern; thread headers and
plus addresses agree with the labels; PDFs carry a text layer; labels.yaml equals compute_labels.py output.

    python check_corpus.py
"""
import sys, re, html, subprocess, collections, datetime as dt, email, email.policy, email.utils
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
KINDS = ['acknowledgment', 'extension', 'fee_estimate', 'clarification', 'records_interim', 'records_final',
         'no_records', 'denial', 'portal_notice', 'auto_reply', 'bounce', 'other']
problems = []


def texts_of(msg):
    out, names = [], []
    for part in msg.walk():
        for d in part.defects:
            problems.append('defect %r' % d)
        if part.get_filename():
            names.append(part.get_filename())
        if part.is_multipart() or part.get_content_type() == 'message/rfc822':
            continue
        try:
            p = part.get_content()
        except Exception as e:  # noqa
            p = (part.get_payload(decode=True) or b'').decode('latin-1')
        if isinstance(p, bytes):
            if part.get_content_type() == 'application/pdf':
                if b'BT' not in p or b'Tj' not in p:
                    problems.append('PDF %s has no text layer' % part.get_filename())
                p = ' '.join(re.findall(r'\((.*?)\) Tj', p.decode('latin-1')))
            else:
                p = p.decode('utf-8', 'replace')
        if part.get_content_type() == 'text/html':
            p = html.unescape(re.sub(r'<[^>]+>', ' ', p))
        out.append(str(p))
    return out, names


def norm(s):
    return re.sub(r'[\s\-]', '', s).upper()


def main():
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    labels = yaml.safe_load((HERE / 'labels.yaml').read_text())
    files = sorted(p.name for p in (HERE / 'messages').glob('*.eml'))
    lab_files = [l['file'] for l in labels]
    for fn in lab_files:
        if not (HERE / 'messages' / fn).exists():
            problems.append('label for missing file %s' % fn)
    for fn in files:
        if fn not in lab_files:
            problems.append('file without label %s' % fn)
    if lab_files != sorted(lab_files):
        problems.append('labels not in file-name order')
    for r in reqs.values():
        if r['agency'] not in ags:
            problems.append('%s: unknown agency %s' % (r['id'], r['agency']))
    by_mid = {r['message_id']: rid for rid, r in reqs.items()}
    by_plus = {r['reply_address']: rid for rid, r in reqs.items()}
    kinds, last, seen = collections.Counter(), None, set()
    for lab in labels:
        fn = lab['file']
        n0 = len(problems)
        with open(HERE / 'messages' / fn, 'rb') as fh:
            msg = email.message_from_binary_file(fh, policy=email.policy.default)
        for h in ['From', 'To', 'Date', 'Subject', 'Message-ID', 'MIME-Version', 'Content-Type']:
            if msg[h] is None:
                problems.append('%s: missing %s' % (fn, h))
        if str(msg['Message-ID']) in seen:
            problems.append('%s: duplicate Message-ID' % fn)
        seen.add(str(msg['Message-ID']))
        d = email.utils.parsedate_to_datetime(str(msg['Date']))
        if d.tzinfo is None:
            problems.append('%s: Date without zone' % fn)
        if last and d < last:
            problems.append('%s: Date earlier than the previous message' % fn)
        last = d
        texts, names = texts_of(msg)
        for i in range(n0, len(problems)):
            if not problems[i].startswith(fn):
                problems[i] = '%s: %s' % (fn, problems[i])
        blob = '\n'.join([str(msg['Subject'])] + texts + names)
        if lab['kind'] not in KINDS:
            problems.append('%s: bad kind %s' % (fn, lab['kind']))
        kinds[lab['kind']] += 1
        rid = lab['request']
        if rid is not None:
            if rid not in reqs:
                problems.append('%s: unknown request %s' % (fn, rid))
                continue
            sent = reqs[rid]['sent']
            if d.date() < sent:
                problems.append('%s: dated %s, before request %s was sent (%s)' % (fn, d.date(), rid, sent))
        trk = lab.get('tracking_number')
        if trk:
            if norm(trk) not in norm(blob) or trk not in blob:
                problems.append('%s: tracking %s not found in the message' % (fn, trk))
            if rid:
                pat = ags[reqs[rid]['agency']].get('tracking_pattern')
                if not pat or not re.fullmatch(pat.replace('\\b', ''), trk):
                    problems.append('%s: tracking %s does not fit the agency pattern' % (fn, trk))
        refs = ' '.join(str(msg[h] or '') for h in ['In-Reply-To', 'References'])
        for m, r in by_mid.items():
            if m in refs and r != rid:
                problems.append('%s: thread headers point to %s, label says %s' % (fn, r, rid))
        to = str(msg['To'] or '') + ' ' + str(msg['Cc'] or '')
        for a, r in by_plus.items():
            if a in to and r != rid:
                problems.append('%s: plus address of %s, label says %s' % (fn, r, rid))
        if lab['kind'] in ('acknowledgment', 'extension') and rid and 'due' not in lab:
            problems.append('%s: %s without due' % (fn, lab['kind']))
        if ('due' in lab or 'appeal_due' in lab) and rid is None:
            problems.append('%s: date label without request' % fn)
    for k in KINDS:
        if kinds[k] < 2:
            problems.append('kind %s appears %d times (< 2)' % (k, kinds[k]))
    r = subprocess.run([sys.executable, str(HERE / 'compute_labels.py'), '--check'], capture_output=True, text=True)
    if r.returncode:
        problems.append('compute_labels.py --check failed:\n' + r.stdout + r.stderr)
    print('messages: %d, requests: %d, request null: %d' % (len(labels), len(reqs), sum(1 for l in labels if l['request'] is None)))
    print('kinds:', dict(sorted(kinds.items())))
    print('requests used:', dict(sorted(collections.Counter(l['request'] or 'null' for l in labels).items())))
    if problems:
        print('PROBLEMS (%d):' % len(problems))
        for p in problems:
            print(' -', p)
        sys.exit(1)
    print('all checks passed')


if __name__ == '__main__':
    main()
