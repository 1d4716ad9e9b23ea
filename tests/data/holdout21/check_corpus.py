#!/usr/bin/env python3
"""Sanity checks for the holdout21 set.

    python3 check_corpus.py       (needs pyyaml, holidays, numpy; also runs compute_labels.py --check)

Checks: every .eml parses without defects and has the basic headers; labels.yaml and facts.yaml list exactly
the files in messages/ in file-name order; every label's request id exists in requests.yaml; Date: headers
are in non-decreasing order and no message is dated before the request it is labeled with; Message-IDs are
unique; kinds are valid and each kind appears at least twice; tracking numbers match the agency's pattern and
occur somewhere in the message (headers, decoded bodies, attachment names, PDF text); In-Reply-To/References
and plus-addresses in To/Cc agree with the label; acknowledgments and extensions of a request carry `due`;
no line is longer than 998 bytes; attachments stay under 30 KB; compute_labels.py --check passes.
"""
import collections
import email
import email.policy
import email.utils
import html
import re
import subprocess
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
KINDS = ['acknowledgment', 'extension', 'fee_estimate', 'clarification', 'records_interim', 'records_final',
         'no_records', 'denial', 'portal_notice', 'auto_reply', 'bounce', 'other']
problems = []


def bad(m):
    problems.append(m)


def collect(msg, fn):
    """decoded text of every leaf part (descending into message/rfc822), attachment names, defects"""
    texts, names = [], []
    for part in msg.walk():
        for d in part.defects:
            bad('%s: parser defect %r' % (fn, d))
        for k, v in part.items():
            for d in getattr(v, 'defects', ()):
                bad('%s: header %s defect %r' % (fn, k, d))
        if part.get_filename():
            names.append(part.get_filename())
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct == 'message/rfc822':
            continue
        if ct.startswith('message/') or ct == 'text/rfc822-headers':
            texts.append(part.as_string())
            continue
        try:
            payload = part.get_content()
        except Exception as e:  # noqa
            bad('%s: cannot decode %s: %s' % (fn, ct, e))
            continue
        if isinstance(payload, bytes):
            payload = payload.decode('latin-1')
        elif not isinstance(payload, str):
            payload = str(payload)
        if ct == 'text/html':
            payload = html.unescape(re.sub(r'<[^>]+>', ' ', payload))
        texts.append(payload)
    return texts, names


def main():
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    labels = yaml.safe_load((HERE / 'labels.yaml').read_text())
    facts = yaml.safe_load((HERE / 'facts.yaml').read_text())
    files = sorted(p.name for p in (HERE / 'messages').glob('*.eml'))
    if [l['file'] for l in labels] != files:
        bad('labels.yaml files differ from messages/ (set or order)')
    if [f['file'] for f in facts] != files:
        bad('facts.yaml files differ from messages/ (set or order)')
    for r in reqs.values():
        if r['agency'] not in ags:
            bad('request %s: unknown agency %s' % (r['id'], r['agency']))
    by_mid = {r['message_id']: rid for rid, r in reqs.items()}
    by_plus = {r['reply_address'].lower(): rid for rid, r in reqs.items()}
    kinds = collections.Counter()
    seen, last = set(), None
    for lab in labels:
        fn = lab['file']
        path = HERE / 'messages' / fn
        if not path.exists():
            bad('%s: file missing' % fn)
            continue
        raw = path.read_bytes()
        for i, line in enumerate(raw.split(b'\n'), 1):
            if len(line) > 998:
                bad('%s: line %d longer than 998 bytes' % (fn, i))
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for h in ['From', 'To', 'Date', 'Subject', 'Message-ID', 'MIME-Version', 'Content-Type']:
            if msg[h] is None:
                bad('%s: missing %s' % (fn, h))
        mid = str(msg['Message-ID']).strip()
        if mid in seen:
            bad('%s: duplicate Message-ID' % fn)
        seen.add(mid)
        d = email.utils.parsedate_to_datetime(str(msg['Date']))
        if d.tzinfo is None:
            bad('%s: Date without zone' % fn)
        if last and d < last:
            bad('%s: Date earlier than the previous message' % fn)
        last = d
        texts, names = collect(msg, fn)
        for part in msg.walk():
            if part.get_filename() and not part.is_multipart():
                size = len(part.as_bytes()) if part.get_content_type() == 'message/rfc822' else len(part.get_payload(decode=True) or b'')
                if size > 30 * 1024:
                    bad('%s: attachment %s is %d bytes' % (fn, part.get_filename(), size))
        blob = '\n'.join([str(msg['Subject'])] + texts + names)
        kind = lab['kind']
        if kind not in KINDS:
            bad('%s: bad kind %s' % (fn, kind))
        kinds[kind] += 1
        rid = lab['request']
        if rid is not None and rid not in reqs:
            bad('%s: unknown request %s' % (fn, rid))
            continue
        if rid and d.date() < reqs[rid]['sent']:
            bad('%s: dated before its request %s was sent' % (fn, rid))
        trk = lab.get('tracking_number')
        if trk:
            if rid:
                pats = [ags[reqs[rid]['agency']].get('tracking_pattern')]
            else:
                pats = [a.get('tracking_pattern') for a in ags.values()]
            pats = [p for p in pats if p]
            if not any(re.fullmatch(p.replace('\\b', ''), trk) for p in pats):
                bad('%s: tracking %s does not match the agency pattern' % (fn, trk))
            if trk not in blob:
                bad('%s: tracking %s not found in the message' % (fn, trk))
        refs = ' '.join(str(msg[h] or '') for h in ['In-Reply-To', 'References'])
        for m, r in by_mid.items():
            if m in refs and r != rid:
                bad('%s: thread headers point to %s, label says %s' % (fn, r, rid))
        to = (str(msg['To'] or '') + ' ' + str(msg['Cc'] or '')).lower()
        for a, r in by_plus.items():
            if a in to and r != rid:
                bad('%s: plus-address of %s, label says %s' % (fn, r, rid))
        if ('due' in lab or 'appeal_due' in lab) and rid is None:
            bad('%s: due without a request' % fn)
        if kind in ('acknowledgment', 'extension') and rid and 'due' not in lab:
            bad('%s: %s without due' % (fn, kind))
        if 'appeal_due' in lab and kind not in ('denial', 'no_records', 'records_final'):
            bad('%s: appeal_due on a %s' % (fn, kind))
    for k in KINDS:
        if kinds[k] < 2:
            bad('kind %s appears %d times (< 2)' % (k, kinds[k]))
    nulls = sum(1 for l in labels if l['request'] is None)
    r = subprocess.run([sys.executable, str(HERE / 'compute_labels.py'), '--check'], capture_output=True, text=True)
    if r.returncode:
        bad('compute_labels.py --check failed:\n' + r.stdout + r.stderr)
    sig = collections.Counter(s for f in facts for s in f.get('signals', []))
    print('messages: %d, requests: %d, agencies: %d, request:null: %d' % (len(labels), len(reqs), len(ags), nulls))
    print('kinds:', dict(sorted(kinds.items())))
    print('signals:', dict(sorted(sig.items())))
    if problems:
        print('\nPROBLEMS (%d):' % len(problems))
        for p in problems:
            print(' -', p)
        sys.exit(1)
    print('all checks passed')


if __name__ == '__main__':
    main()
