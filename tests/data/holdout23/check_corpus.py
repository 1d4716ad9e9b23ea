#!/usr/bin/env python3
"""Checks for the holdout23 set.

    python check_corpus.py        (needs pyyaml; runs compute_labels.py --check, which needs holidays + numpy)

Fails on: a message that does not parse cleanly (parser defects, missing required headers, undecodable
parts), a label whose file does not exist or a message without a label, labels out of file order, Date:
headers out of order, a message dated before the request it is labeled with, an unknown request id or
agency, a bad kind, a kind seen fewer than 2 times, a tracking number that is not in the message or does
not match the agency pattern, thread headers / plus-address that point to another request, due/appeal_due on
a message without a request, an acknowledgment/extension without a due key, duplicate Message-IDs, lines
over 998 bytes, attachments over 30 KB, and a compute_labels.py mismatch.
"""
import sys, re, html, subprocess, collections, datetime as dt, email, email.policy, email.utils
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
KINDS = ['acknowledgment', 'extension', 'fee_estimate', 'clarification', 'records_interim', 'records_final',
         'no_records', 'denial', 'portal_notice', 'auto_reply', 'bounce', 'other']
problems = []


def bad(m):
    problems.append(m)


def texts_of(msg, fn):
    out, names = [], []
    for part in msg.walk():
        for d in part.defects:
            bad('%s: parser defect %r' % (fn, d))
        for k, v in part.items():
            for d in getattr(v, 'defects', ()):
                bad('%s: header %s defect %r' % (fn, k, d))
        if part.get_filename():
            names.append(part.get_filename())
        if part.is_multipart() or part.get_content_type() == 'message/rfc822':
            continue
        try:
            payload = part.get_content()
        except Exception as e:  # noqa
            bad('%s: cannot decode %s part: %s' % (fn, part.get_content_type(), e))
            continue
        if isinstance(payload, bytes):
            payload = payload.decode('latin-1')
        elif not isinstance(payload, str):
            payload = str(payload)
        if part.get_content_type() == 'text/html':
            payload = html.unescape(re.sub(r'<[^>]+>', ' ', payload))
        out.append(payload)
    return out, names


def main():
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    labels = yaml.safe_load((HERE / 'labels.yaml').read_text())
    for r in reqs.values():
        if r['agency'] not in ags:
            bad('request %s: unknown agency %s' % (r['id'], r['agency']))
    files = sorted(p.name for p in (HERE / 'messages').glob('*.eml'))
    lab_files = [l['file'] for l in labels]
    for f in lab_files:
        if not (HERE / 'messages' / f).exists():
            bad('label for missing file %s' % f)
    for f in files:
        if f not in lab_files:
            bad('message without label: %s' % f)
    if lab_files != sorted(lab_files):
        bad('labels.yaml is not in file-name order')
    by_mid = {r['message_id']: rid for rid, r in reqs.items()}
    by_reply = {r['reply_address']: rid for rid, r in reqs.items()}
    seen, last = set(), None
    kinds = collections.Counter()
    for i, lab in enumerate(labels):
        fn = lab['file']
        p = HERE / 'messages' / fn
        if not p.exists():
            continue
        raw = p.read_bytes()
        for n, line in enumerate(raw.split(b'\n'), 1):
            if len(line) > 998:
                bad('%s: line %d longer than 998 bytes' % (fn, n))
        with open(p, 'rb') as fh:
            msg = email.message_from_binary_file(fh, policy=email.policy.default)
        for h in ['From', 'To', 'Date', 'Subject', 'Message-ID', 'MIME-Version', 'Content-Type']:
            if msg[h] is None:
                bad('%s: missing %s header' % (fn, h))
        mid = str(msg['Message-ID']).strip()
        if mid in seen:
            bad('%s: duplicate Message-ID' % fn)
        seen.add(mid)
        try:
            d = email.utils.parsedate_to_datetime(str(msg['Date']))
        except Exception as e:  # noqa
            bad('%s: bad Date: %s' % (fn, e))
            continue
        if d.tzinfo is None:
            bad('%s: Date without time zone' % fn)
        if last and d < last:
            bad('%s: Date %s earlier than the previous message (%s)' % (fn, d, last))
        last = d
        texts, names = texts_of(msg, fn)
        for part in msg.walk():
            if part.get_filename() and not part.is_multipart():
                size = len(part.as_bytes()) if part.get_content_type() == 'message/rfc822' else len(part.get_payload(decode=True) or b'')
                if size > 30 * 1024:
                    bad('%s: attachment %s is %d bytes' % (fn, part.get_filename(), size))
        blob = '\n'.join([str(msg['Subject'])] + texts + names)
        if lab['kind'] not in KINDS:
            bad('%s: unknown kind %s' % (fn, lab['kind']))
        kinds[lab['kind']] += 1
        rid = lab['request']
        if rid is not None:
            if rid not in reqs:
                bad('%s: unknown request %s' % (fn, rid))
                continue
            sent = reqs[rid]['sent']
            sent = sent if isinstance(sent, dt.date) else dt.date.fromisoformat(str(sent))
            if d.date() < sent:
                bad('%s: dated %s, before request %s was sent (%s)' % (fn, d.date(), rid, sent))
        else:
            for k in ('due', 'appeal_due'):
                if k in lab:
                    bad('%s: %s on a message without request' % (fn, k))
        if lab['kind'] in ('acknowledgment', 'extension') and rid and 'due' not in lab:
            bad('%s: %s without a due key' % (fn, lab['kind']))
        trk = lab.get('tracking_number')
        if trk:
            if trk not in blob:
                bad('%s: tracking number %s not found in the message' % (fn, trk))
            if rid:
                pat = ags[reqs[rid]['agency']].get('tracking_pattern')
                if not pat or not re.fullmatch(pat.replace(r'\b', ''), trk):
                    bad('%s: tracking number %s does not match the agency pattern' % (fn, trk))
        refs = ' '.join(str(msg[h] or '') for h in ('In-Reply-To', 'References'))
        for m, r in by_mid.items():
            if m in refs and r != rid:
                bad('%s: thread headers point to %s, label says %s' % (fn, r, rid))
        to = ' '.join(str(msg[h] or '') for h in ('To', 'Cc'))
        for a, r in by_reply.items():
            if a in to and r != rid:
                bad('%s: addressed to the reply address of %s, label says %s' % (fn, r, rid))
    for k in KINDS:
        if kinds[k] < 2:
            bad('kind %s appears %d times (want >= 2)' % (k, kinds[k]))
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


if __name__ == '__main__':
    main()
