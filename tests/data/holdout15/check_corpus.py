#!/usr/bin/env python3
"""Sanity checks for the holdout15 set.

    python check_corpus.py        (needs pyyaml, holidays, numpy; also runs compute_labels.py --check)

Checks
- every message parses (email.policy.default) without defects, has From/To/Date/Subject/Message-ID/
  MIME-Version/Content-Type, no line over 998 bytes, no attachment over 30 KB, unique Message-IDs;
- labels.yaml and facts.yaml list exactly the files in messages/, in file-name order;
- Date: headers are in non-decreasing order, and no labeled message is dated before the request it answers;
- every label's request id exists in requests.yaml and its agency in agencies.yaml; kinds are valid;
- a labeled tracking number appears in the message (subject, any decoded part, attachment names or PDF text)
  and matches the agency's tracking_pattern;
- thread headers / plus-addresses that point to one of our requests agree with the label;
- 'tracking' signals refer to a number known from requests.yaml or stated earlier for the same request;
- every PDF attachment has a valid xref table and a non-empty text layer;
- ack/extension labels carry a due key, adverse determinations an appeal_due key; every kind appears >= 2 times;
- compute_labels.py --check reproduces labels.yaml.
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


def pdf_text(data, fn):
    """Validate xref offsets of our simple PDFs and return the text shown with Tj."""
    if not data.startswith(b'%PDF-'):
        bad('%s: attachment is not a PDF' % fn)
        return ''
    m = re.search(rb'startxref\s+(\d+)\s+%%EOF', data)
    if not m:
        bad('%s: PDF without startxref' % fn)
        return ''
    xref = int(m.group(1))
    if data[xref:xref + 4] != b'xref':
        bad('%s: startxref does not point to xref' % fn)
        return ''
    lines = data[xref:].split(b'\n')
    n = int(lines[1].split()[1])
    for i in range(1, n):
        off = int(lines[2 + i][:10])
        if not data[off:].startswith(('%d 0 obj' % i).encode()):
            bad('%s: xref entry %d points to wrong offset' % (fn, i))
    txt = []
    for s in re.findall(rb'\(((?:\\.|[^\\)])*)\) Tj', data):
        s = re.sub(rb'\\([0-7]{3})', lambda mm: bytes([int(mm.group(1), 8)]), s)
        s = re.sub(rb'\\(.)', rb'\1', s)
        txt.append(s.decode('cp1252'))
    if not ''.join(txt).strip():
        bad('%s: PDF has no text layer' % fn)
    return '\n'.join(txt)


def collect(msg, fn, texts, names):
    for part in msg.walk():
        for d in part.defects:
            bad('%s: parser defect %r' % (fn, d))
        for k, v in part.items():
            for d in getattr(v, 'defects', ()):
                bad('%s: header %s defect %r' % (fn, k, d))
        name = part.get_filename()
        if name:
            names.append(name)
        if part.is_multipart() or part.get_content_type() == 'message/rfc822':
            continue
        ct = part.get_content_type()
        try:
            payload = part.get_content()
        except Exception as e:  # noqa
            bad('%s: cannot decode %s: %s' % (fn, ct, e))
            continue
        if isinstance(payload, bytes):
            if len(payload) > 30 * 1024:
                bad('%s: attachment %s is %d bytes' % (fn, name, len(payload)))
            if ct == 'application/pdf':
                payload = pdf_text(payload, '%s/%s' % (fn, name))
            else:
                payload = payload.decode('utf-8', 'replace')
        elif not isinstance(payload, str):
            payload = str(payload)
        if ct == 'text/html':
            payload = html.unescape(re.sub(r'<[^>]+>', ' ', payload))
        texts.append(payload)


def main():
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    labels = yaml.safe_load((HERE / 'labels.yaml').read_text())
    facts = yaml.safe_load((HERE / 'facts.yaml').read_text())
    files = sorted(p.name for p in (HERE / 'messages').glob('*.eml'))
    if [l['file'] for l in labels] != files:
        bad('labels.yaml files do not match messages/ (set or order)')
    if [f['file'] for f in facts] != files:
        bad('facts.yaml files do not match messages/ (set or order)')
    factmap = {f['file']: f for f in facts}
    for rid, r in reqs.items():
        if r['agency'] not in ags:
            bad('%s: unknown agency %s' % (rid, r['agency']))
    by_mid = {r['message_id']: rid for rid, r in reqs.items()}
    by_plus = {r['reply_address']: rid for rid, r in reqs.items()}
    known = {rid: {r['tracking_number']} if r.get('tracking_number') else set() for rid, r in reqs.items()}
    seen, last = set(), None
    kinds = collections.Counter()
    signals = collections.Counter()
    for lab in labels:
        fn = lab['file']
        p = HERE / 'messages' / fn
        if not p.exists():
            bad('%s: label file missing' % fn)
            continue
        raw = p.read_bytes()
        for i, line in enumerate(raw.split(b'\n')):
            if len(line) > 998:
                bad('%s: line %d longer than 998 bytes' % (fn, i + 1))
        with open(p, 'rb') as fh:
            msg = email.message_from_binary_file(fh, policy=email.policy.default)
        for h in ['From', 'To', 'Date', 'Subject', 'Message-ID', 'MIME-Version', 'Content-Type']:
            if msg[h] is None:
                bad('%s: missing %s' % (fn, h))
        mid = str(msg['Message-ID']).strip()
        if mid in seen:
            bad('%s: duplicate Message-ID' % fn)
        seen.add(mid)
        d = email.utils.parsedate_to_datetime(str(msg['Date']))
        if last and d < last:
            bad('%s: Date earlier than the previous message' % fn)
        last = d
        texts, names = [], []
        collect(msg, fn, texts, names)
        blob = '\n'.join([str(msg['Subject'])] + texts + names)
        kind = lab['kind']
        if kind not in KINDS:
            bad('%s: bad kind %s' % (fn, kind))
        kinds[kind] += 1
        rid = lab['request']
        if rid is not None:
            if rid not in reqs:
                bad('%s: unknown request %s' % (fn, rid))
                continue
            if d.date() < reqs[rid]['sent']:
                bad('%s: dated %s, before its request %s was sent (%s)' % (fn, d.date(), rid, reqs[rid]['sent']))
        trk = lab.get('tracking_number')
        if trk:
            if trk not in blob:
                bad('%s: tracking number %s not found in the message' % (fn, trk))
            pat = ags[reqs[rid]['agency']].get('tracking_pattern') if rid else None
            if rid and not pat:
                bad('%s: tracking number for an agency without tracking_pattern' % fn)
            if pat and not re.fullmatch(pat.replace('\\b', ''), trk):
                bad('%s: tracking %s does not match %s' % (fn, trk, pat))
        refs = ' '.join(str(msg[h] or '') for h in ['In-Reply-To', 'References'])
        for m, r in by_mid.items():
            if m in refs and r != rid:
                bad('%s: thread headers point to %s, label says %s' % (fn, r, rid))
        to = ' '.join(str(msg[h] or '') for h in ['To', 'Cc'])
        for a, r in by_plus.items():
            if a in to and r != rid:
                bad('%s: plus-address of %s, label says %s' % (fn, r, rid))
        sig = factmap.get(fn, {}).get('signals', [])
        for s in sig:
            signals[s] += 1
        if 'thread' in sig and not any(reqs[rid]['message_id'] in refs for _ in [0]):
            bad('%s: thread signal but no reference to %s' % (fn, rid))
        if 'plus' in sig and reqs[rid]['reply_address'] not in to:
            bad('%s: plus signal but no plus-address of %s' % (fn, rid))
        norm = lambda x: re.sub(r'[\s-]', '', x)
        if 'tracking' in sig and trk and norm(trk) not in {norm(k) for k in known.get(rid, set())}:
            bad('%s: tracking signal but %s was not known before for %s' % (fn, trk, rid))
        if rid and trk:
            known[rid].add(trk)
        if kind in ('acknowledgment', 'extension') and rid and 'due' not in lab:
            bad('%s: %s without a due key' % (fn, kind))
        if factmap.get(fn, {}).get('adverse_determination') and 'appeal_due' not in lab:
            bad('%s: adverse determination without an appeal_due key' % fn)
        if ('due' in lab or 'appeal_due' in lab) and rid is None:
            bad('%s: due without request' % fn)
    for k in KINDS:
        if kinds[k] < 2:
            bad('kind %s appears only %d times' % (k, kinds[k]))
    nulls = sum(1 for l in labels if l['request'] is None)
    r = subprocess.run([sys.executable, str(HERE / 'compute_labels.py'), '--check'], capture_output=True, text=True)
    if r.returncode:
        bad('compute_labels.py --check failed:\n' + r.stdout + r.stderr)
    per_req = collections.Counter(l['request'] for l in labels)
    print('messages: %d, requests: %d (with messages: %d), request:null: %d' % (
        len(labels), len(reqs), len([k for k in per_req if k]), nulls))
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
