#!/usr/bin/env python3
"""Sanity checks for this set: every message parses without defects, every label's file exists and vice versa,
Date: headers are in order and not before the request they answer, every request id exists, tracking numbers
match the agency pattern and appear in the message, thread/plus-address headers agree with labels, kinds are
varied, and compute_labels.py --check passes.

    python check_corpus.py      (needs pyyaml, holidays, numpy)
"""
import sys, re, html, subprocess, collections, email, email.policy, email.utils, datetime as dt
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
KINDS = ['acknowledgment', 'extension', 'fee_estimate', 'clarification', 'records_interim', 'records_final',
         'no_records', 'denial', 'portal_notice', 'auto_reply', 'bounce', 'other']
NO_DEADLINE = {'US-FL', 'US-NC'}          # no response_days in the rules table
NO_EXTENSION = {'US-FL', 'US-NC', 'US-GA', 'US-SC'}   # no extension_days in the rules table
problems = []

def bad(m):
    problems.append(m)

def texts_of(msg):
    out, names = [], []
    for part in msg.walk():
        for d in part.defects:
            bad('defect %r' % d)
        for k, v in part.items():
            for d in getattr(v, 'defects', ()):
                bad('%s header defect %r' % (k, d))
        if part.get_filename():
            names.append(part.get_filename())
        if part.is_multipart() or part.get_content_type() == 'message/rfc822':
            continue
        try:
            p = part.get_content()
        except Exception as e:  # noqa
            bad('cannot decode %s: %s' % (part.get_content_type(), e))
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
    for r in reqs.values():
        if r['agency'] not in ags:
            bad('%s: unknown agency %s' % (r['id'], r['agency']))
    labels = yaml.safe_load((HERE / 'labels.yaml').read_text())
    facts = {f['file']: f for f in yaml.safe_load((HERE / 'facts.yaml').read_text())}
    files = sorted(p.name for p in (HERE / 'messages').glob('*.eml'))
    for l in labels:
        if not (HERE / 'messages' / l['file']).exists():
            bad('label file missing: %s' % l['file'])
    if [l['file'] for l in labels] != files:
        bad('labels.yaml files do not match messages/ (order or set)')
    by_mid = {r['message_id']: rid for rid, r in reqs.items()}
    by_plus = {r['reply_address']: rid for rid, r in reqs.items()}
    seen, last = set(), None
    kinds = collections.Counter()
    for lab in labels:
        fn = lab['file']
        raw = (HERE / 'messages' / fn).read_bytes()
        if any(len(x) > 998 for x in raw.split(b'\n')):
            bad('%s: line longer than 998 bytes' % fn)
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for h in ['From', 'To', 'Date', 'Subject', 'Message-ID', 'MIME-Version', 'Content-Type']:
            if msg[h] is None:
                bad('%s: missing %s' % (fn, h))
        m = str(msg['Message-ID']).strip()
        if m in seen:
            bad('%s: duplicate Message-ID' % fn)
        seen.add(m)
        d = email.utils.parsedate_to_datetime(str(msg['Date']))
        if last and d < last:
            bad('%s: Date earlier than previous message' % fn)
        last = d
        n0 = len(problems)
        texts, names = texts_of(msg)
        for i in range(n0, len(problems)):
            problems[i] = fn + ': ' + problems[i]
        blob = '\n'.join([str(msg['Subject'])] + texts + names)
        if lab['kind'] not in KINDS:
            bad('%s: bad kind %s' % (fn, lab['kind']))
        kinds[lab['kind']] += 1
        rid = lab['request']
        if rid is not None:
            if rid not in reqs:
                bad('%s: unknown request %s' % (fn, rid))
                continue
            if d.date() < reqs[rid]['sent']:
                bad('%s: dated before its request %s was sent' % (fn, rid))
        jur = ags[reqs[rid]['agency']]['jurisdiction'] if rid else None
        trk = lab.get('tracking_number')
        if trk:
            pats = [ags[reqs[rid]['agency']].get('tracking_pattern')] if rid else [a.get('tracking_pattern') for a in ags.values()]
            if not any(p and re.fullmatch(p.replace('\\b', ''), trk) for p in pats):
                bad('%s: tracking %s does not match agency pattern' % (fn, trk))
            if trk not in blob:
                bad('%s: tracking %s not found in the message' % (fn, trk))
        refs = ' '.join(str(msg[h] or '') for h in ['In-Reply-To', 'References'])
        for mm, r in by_mid.items():
            if mm in refs and r != rid:
                bad('%s: thread headers point to %s but label is %s' % (fn, r, rid))
        to = str(msg['To'] or '') + ' ' + str(msg['Cc'] or '')
        for a, r in by_plus.items():
            if a in to and r != rid:
                bad('%s: plus-address of %s but label is %s' % (fn, r, rid))
        if ('due' in lab or 'appeal_due' in lab) and rid is None:
            bad('%s: due without request' % fn)
        if lab['kind'] == 'acknowledgment' and rid and 'due' not in lab and jur not in NO_DEADLINE:
            bad('%s: acknowledgment without due' % fn)
        if lab['kind'] == 'extension' and rid and 'due' not in lab and jur not in NO_EXTENSION:
            bad('%s: extension without due' % fn)
        if lab['kind'] == 'extension' and 'due' not in lab and 'estimated' not in lab:
            bad('%s: extension with neither due nor estimated' % fn)
        if lab['kind'] in ('denial', 'no_records') and rid and 'appeal_due' not in lab:
            bad('%s: %s without appeal_due key' % (fn, lab['kind']))
        if not facts[fn].get('signals'):
            bad('%s: no signals in facts.yaml' % fn)
    for k in KINDS:
        if kinds[k] < 2:
            bad('kind %s appears only %d times' % (k, kinds[k]))
    r = subprocess.run([sys.executable, str(HERE / 'compute_labels.py'), '--check'], capture_output=True, text=True)
    if r.returncode:
        bad('compute_labels.py --check failed:\n' + r.stdout + r.stderr)
    nulls = sum(1 for l in labels if l['request'] is None)
    print('messages: %d, requests: %d, request:null: %d' % (len(labels), len(reqs), nulls))
    print('kinds:', dict(sorted(kinds.items())))
    if problems:
        print('\nPROBLEMS (%d):' % len(problems))
        for p in problems:
            print(' -', p)
        sys.exit(1)
    print('all checks passed')

if __name__ == '__main__':
    main()
