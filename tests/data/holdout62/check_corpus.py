#!/usr/bin/env python3
"""Sanity checks for this set.

    python3 check_corpus.py      (needs pyyaml; pypdf optional for the PDF text-layer check)

Checks: every .eml parses without defects and has the basic headers; Message-IDs unique; no line over 998
bytes; attachments <= 30 KB; PDFs carry a text layer; every label's file exists and every message has exactly one
label, in file order; Date: headers non-decreasing and not before the `sent` date of the request they answer;
every request id exists; kinds valid and each used at least twice; tracking numbers appear in the message and
match the agency pattern; thread headers / plus addresses agree with the label; due/appeal_due consistency;
'tracking' signals only where the number was stated earlier; compute_labels.py --check passes.
"""
import collections
import email
import email.policy
import email.utils
import html
import io
import re
import subprocess
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
KINDS = ['acknowledgment', 'extension', 'fee_estimate', 'clarification', 'records_interim', 'records_final',
         'no_records', 'denial', 'portal_notice', 'auto_reply', 'bounce', 'other']
problems = []
try:
    import pypdf
except ImportError:  # pragma: no cover
    pypdf = None


def bad(msg):
    problems.append(msg)


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
        ct = part.get_content_type()
        if part.is_multipart() or ct == 'message/rfc822':
            continue
        try:
            payload = part.get_content()
        except Exception as e:  # noqa
            bad('%s: cannot decode %s: %s' % (fn, ct, e))
            continue
        if ct == 'application/pdf':
            if len(payload) > 30 * 1024:
                bad('%s: PDF %s too large' % (fn, part.get_filename()))
            if pypdf:
                try:
                    txt = '\n'.join(p.extract_text() or '' for p in pypdf.PdfReader(io.BytesIO(payload)).pages)
                except Exception as e:  # noqa
                    bad('%s: unreadable PDF %s: %s' % (fn, part.get_filename(), e))
                    txt = ''
                if len(txt.strip()) < 40:
                    bad('%s: PDF %s has no text layer' % (fn, part.get_filename()))
                payload = txt
            else:
                payload = payload.decode('latin-1')
        elif isinstance(payload, bytes):
            if len(payload) > 30 * 1024:
                bad('%s: attachment %s too large' % (fn, part.get_filename()))
            payload = payload.decode('utf-8', 'replace')
        elif not isinstance(payload, str):
            payload = str(payload)
        if ct == 'text/html':
            payload = html.unescape(re.sub(r'<[^>]+>', ' ', payload))
        out.append(payload)
    return out, names


def main():
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    labels = yaml.safe_load((HERE / 'labels.yaml').read_text())
    facts = {f['file']: f for f in yaml.safe_load((HERE / 'facts.yaml').read_text())}
    files = sorted(p.name for p in (HERE / 'messages').glob('*.eml'))
    for lab in labels:
        if not (HERE / 'messages' / lab['file']).exists():
            bad('label for missing file %s' % lab['file'])
    if [l['file'] for l in labels] != files:
        bad('labels.yaml entries do not match messages/ one-to-one in file order')
    for r in reqs.values():
        if r['agency'] not in ags:
            bad('%s: unknown agency %s' % (r['id'], r['agency']))
    by_mid = {r['message_id']: rid for rid, r in reqs.items()}
    by_plus = {r['reply_address']: rid for rid, r in reqs.items()}
    seen_ids, last = set(), None
    kinds, signals = collections.Counter(), collections.Counter()
    for i, lab in enumerate(labels):
        fn = lab['file']
        path = HERE / 'messages' / fn
        if not path.exists():
            continue
        raw = path.read_bytes()
        for n, line in enumerate(raw.split(b'\n')):
            if len(line) > 998:
                bad('%s: line %d longer than 998 bytes' % (fn, n + 1))
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for h in ['From', 'To', 'Date', 'Subject', 'Message-ID', 'MIME-Version', 'Content-Type']:
            if msg[h] is None:
                bad('%s: missing %s' % (fn, h))
        mid = str(msg['Message-ID']).strip()
        if mid in seen_ids:
            bad('%s: duplicate Message-ID' % fn)
        seen_ids.add(mid)
        d = email.utils.parsedate_to_datetime(str(msg['Date']))
        if last and d < last:
            bad('%s: Date earlier than the previous message' % fn)
        last = d
        texts, names = texts_of(msg, fn)
        blob = '\n'.join([str(msg['Subject'])] + texts + names)
        if lab['kind'] not in KINDS:
            bad('%s: bad kind %s' % (fn, lab['kind']))
        kinds[lab['kind']] += 1
        rid = lab['request']
        if rid is not None and rid not in reqs:
            bad('%s: unknown request %s' % (fn, rid))
            continue
        if rid and d.date() < reqs[rid]['sent']:
            bad('%s: dated %s, before request %s was sent (%s)' % (fn, d.date(), rid, reqs[rid]['sent']))
        trk = lab.get('tracking_number')
        if trk:
            pat = ags[reqs[rid]['agency']].get('tracking_pattern') if rid else None
            if not pat or not re.fullmatch(pat.replace('\\b', ''), trk):
                bad('%s: tracking %s does not match the agency pattern' % (fn, trk))
            if trk not in blob:
                bad('%s: tracking %s not found in the message' % (fn, trk))
        refs = ' '.join(str(msg[h] or '') for h in ['In-Reply-To', 'References'])
        for m_, r_ in by_mid.items():
            if m_ in refs and r_ != rid:
                bad('%s: thread headers point to %s but label is %s' % (fn, r_, rid))
        to = str(msg['To'] or '') + ' ' + str(msg['Cc'] or '')
        for a, r_ in by_plus.items():
            if a in to and r_ != rid:
                bad('%s: plus address of %s but label is %s' % (fn, r_, rid))
        if rid is None and any(k in lab for k in ('due', 'appeal_due', 'estimated')):
            bad('%s: date label without a request' % fn)
        if lab['kind'] in ('denial', 'no_records') and 'appeal_due' not in lab:
            bad('%s: %s without appeal_due' % (fn, lab['kind']))
        if 'appeal_due' in lab and lab['kind'] not in ('denial', 'no_records', 'records_final'):
            bad('%s: appeal_due on a %s' % (fn, lab['kind']))
        if 'due' in lab and lab['kind'] not in ('acknowledgment', 'extension'):
            bad('%s: due on a %s' % (fn, lab['kind']))
        f = facts.get(fn)
        if f is None:
            bad('%s: no facts entry' % fn)
            continue
        for s in f['signals']:
            signals[s] += 1
        if 'tracking' in f['signals'] and trk:
            if not any(l2['request'] == rid and l2.get('tracking_number') == trk for l2 in labels[:i]):
                bad('%s: tracking signal but %s was not stated earlier for %s' % (fn, trk, rid))
        if 'plus' in f['signals'] and not (rid and reqs[rid]['reply_address'] in to):
            bad('%s: plus signal without the plus address in To/Cc' % fn)
        if 'thread' in f['signals'] and 'req-' not in refs:
            bad('%s: thread signal without one of our ids in the thread headers' % fn)
    for k in KINDS:
        if kinds[k] < 2:
            bad('kind %s appears only %d times' % (k, kinds[k]))
    r = subprocess.run([sys.executable, str(HERE / 'compute_labels.py'), '--check'], capture_output=True, text=True)
    if r.returncode:
        bad('compute_labels.py --check failed:\n' + r.stdout + r.stderr)
    nulls = sum(1 for l in labels if l['request'] is None)
    print('messages: %d, requests: %d, agencies: %d, request:null: %d' % (len(labels), len(reqs), len(ags), nulls))
    print('kinds:', dict(sorted(kinds.items())))
    print('signals:', dict(sorted(signals.items())))
    if problems:
        print('\nPROBLEMS (%d):' % len(problems))
        for p in problems:
            print(' -', p)
        sys.exit(1)
    print('all checks passed')


if __name__ == '__main__':
    main()
