#!/usr/bin/env python3
"""Sanity checks for this set.

    python3 check_corpus.py     (needs pyyaml and holidays; also runs compute_labels.py --check)

Checks: every message parses without defects and has the basic headers; labels.yaml lists exactly the files in
messages/ in file-name order; every label's file exists; Date: headers are in order and none is before the sent
date of the request it is labeled with; every request id exists; kinds are valid (each at least twice); tracking
numbers match the agency pattern and occur in the message (subject, body, attachment names or PDF text);
thread headers and plus addresses agree with the label; Message-IDs are unique; no line over 998 bytes; every
PDF has a valid xref table and a text layer; acknowledgments/extensions carry a due; labels.yaml is what
compute_labels.py derives.
"""
import collections
import datetime as dt
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


def bad(s):
    problems.append(s)


def pdf_text(data, fn):
    """validate the xref table of a hand-made PDF and return the text of its Tj operators"""
    m = re.search(rb'startxref\s+(\d+)\s+%%EOF', data)
    if not data.startswith(b'%PDF-') or not m:
        bad('%s: PDF header/startxref missing' % fn)
        return ''
    xref = int(m.group(1))
    if not data[xref:].startswith(b'xref'):
        bad('%s: startxref does not point at xref' % fn)
        return ''
    lines = data[xref:].split(b'\n')
    count = int(lines[1].split()[1])
    for i in range(1, count):
        off = int(lines[2 + i].split()[0])
        if not data[off:].startswith(b'%d 0 obj' % i):
            bad('%s: xref entry for object %d is wrong' % (fn, i))
    out = []
    for s in re.findall(rb'\(((?:\\.|[^\\)])*)\)\s*Tj', data):
        out.append(re.sub(rb'\\(.)', rb'\1', s).decode('latin-1'))
    if not ''.join(out).strip():
        bad('%s: PDF has no text layer' % fn)
    return '\n'.join(out)


def texts_of(msg, fn):
    out, names = [], []
    for part in msg.walk():
        for d in part.defects:
            bad('%s: parser defect %r' % (fn, d))
        if part.get_filename():
            names.append(part.get_filename())
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct in ('message/delivery-status', 'text/rfc822-headers'):
            out.append(part.get_payload(decode=True).decode('utf-8', 'replace'))
            continue
        try:
            payload = part.get_content()
        except Exception as e:  # noqa: BLE001
            bad('%s: cannot decode %s: %s' % (fn, ct, e))
            continue
        if ct == 'application/pdf':
            payload = pdf_text(payload, fn)
        elif isinstance(payload, bytes):
            payload = payload.decode('utf-8', 'replace')
        if ct == 'text/html':
            payload = html.unescape(re.sub(r'<[^>]+>', ' ', payload))
        out.append(str(payload))
    return out, names


def main():
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    labels = yaml.safe_load((HERE / 'labels.yaml').read_text())
    files = sorted(p.name for p in (HERE / 'messages').glob('*.eml'))
    for lab in labels:
        if not (HERE / 'messages' / lab['file']).exists():
            bad('label for missing file %s' % lab['file'])
    if [l['file'] for l in labels] != files:
        bad('labels.yaml does not list exactly the files in messages/, in order')
    by_mid = {r['message_id']: rid for rid, r in reqs.items()}
    by_plus = {r['reply_address']: rid for rid, r in reqs.items()}
    seen, last, kinds = set(), None, collections.Counter()
    for lab in labels:
        fn = lab['file']
        path = HERE / 'messages' / fn
        if not path.exists():
            continue
        raw = path.read_bytes()
        for i, line in enumerate(raw.split(b'\n')):
            if len(line) > 998:
                bad('%s: line %d over 998 bytes' % (fn, i + 1))
        with open(path, 'rb') as fh:
            msg = email.message_from_binary_file(fh, policy=email.policy.default)
        for h in ('From', 'To', 'Date', 'Subject', 'Message-ID', 'MIME-Version', 'Content-Type'):
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
        rid = lab['request']
        if rid is not None and rid not in reqs:
            bad('%s: unknown request %s' % (fn, rid))
            continue
        if rid and d.date() < reqs[rid]['sent']:
            bad('%s: dated before its request %s was sent' % (fn, rid))
        texts, names = texts_of(msg, fn)
        blob = '\n'.join([str(msg['Subject'])] + texts + names)
        if lab['kind'] not in KINDS:
            bad('%s: bad kind %s' % (fn, lab['kind']))
        kinds[lab['kind']] += 1
        trk = lab.get('tracking_number')
        if trk:
            pats = [ags[reqs[rid]['agency']]['tracking_pattern']] if rid else [a['tracking_pattern'] for a in ags.values()]
            if not any(re.fullmatch(p.replace(r'\b', ''), trk) for p in pats):
                bad('%s: tracking %s does not match the agency pattern' % (fn, trk))
            if trk not in blob:
                bad('%s: tracking %s not found in the message' % (fn, trk))
        refs = ' '.join(str(msg[h] or '') for h in ('In-Reply-To', 'References'))
        for m_id, r in by_mid.items():
            if m_id in refs and r != rid:
                bad('%s: thread headers point to %s, label says %s' % (fn, r, rid))
        to = ' '.join(str(msg[h] or '') for h in ('To', 'Cc'))
        for a, r in by_plus.items():
            if a in to and r != rid:
                bad('%s: plus address of %s, label says %s' % (fn, r, rid))
        if lab['kind'] in ('acknowledgment', 'extension') and rid and 'due' not in lab:
            bad('%s: %s without due' % (fn, lab['kind']))
        if ('due' in lab or 'appeal_due' in lab) and not rid:
            bad('%s: date label without a request' % fn)
        if 'appeal_due' in lab and lab['kind'] not in ('denial', 'no_records', 'records_final'):
            bad('%s: appeal_due on a %s' % (fn, lab['kind']))
    for k in KINDS:
        if kinds[k] < 2:
            bad('kind %s appears %d times (want at least 2)' % (k, kinds[k]))
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
