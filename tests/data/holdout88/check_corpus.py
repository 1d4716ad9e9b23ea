#!/usr/bin/env python3
"""Checks for this set: every message parses without defects, every label's file exists (and every file
has a label), Date: headers are in file-name order and not before the sent date of the request they
answer, each request id exists, kinds are valid, tracking numbers occur in the message, thread headers /
plus addresses agree with the label, PDFs have a text layer, and compute_labels.py --check passes.

    python check_corpus.py
"""
import sys, re, html, subprocess, collections, email, email.policy, email.utils, zlib
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
KINDS = ['acknowledgment', 'extension', 'fee_estimate', 'clarification', 'records_interim', 'records_final',
         'no_records', 'denial', 'portal_notice', 'auto_reply', 'bounce', 'other']
problems, notes = [], []


def pdf_text(b):
    chunks = []
    for m in re.finditer(rb'stream\r?\n(.*?)endstream', b, re.S):
        s = m.group(1)
        if s[:2] == b'x\x9c':
            try:
                s = zlib.decompress(s.rstrip())
            except zlib.error:
                pass
        chunks += re.findall(rb'\(((?:\\.|[^\\)])*)\)\s*Tj', s)
    return ' '.join(c.decode('latin-1').replace('\\(', '(').replace('\\)', ')').replace('\\\\', '\\') for c in chunks)


def texts_of(msg, fn):
    out, names = [], []
    for part in msg.walk():
        for d in part.defects:
            problems.append('%s: parser defect %r' % (fn, d))
        fn2 = part.get_filename()
        if fn2:
            names.append(fn2)
        if part.is_multipart() or part.get_content_type() == 'message/rfc822':
            continue
        try:
            payload = part.get_content()
        except Exception as e:  # noqa
            problems.append('%s: cannot decode %s: %s' % (fn, part.get_content_type(), e))
            continue
        ct = part.get_content_type()
        if ct == 'application/pdf':
            t = pdf_text(payload)
            if len(t.strip()) < 40:
                problems.append('%s: PDF %s has no text layer' % (fn, fn2))
            out.append(t)
        elif isinstance(payload, bytes):
            out.append(payload.decode('utf-8', 'replace'))
        elif ct == 'text/html':
            out.append(html.unescape(re.sub(r'<[^>]+>', ' ', payload)))
        else:
            out.append(str(payload))
    return out, names


def main():
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    labels = yaml.safe_load((HERE / 'labels.yaml').read_text())
    files = sorted(p.name for p in (HERE / 'messages').glob('*.eml'))
    labelled = [l['file'] for l in labels]
    for f in labelled:
        if not (HERE / 'messages' / f).exists():
            problems.append('label for missing file %s' % f)
    for f in files:
        if f not in labelled:
            problems.append('file without label %s' % f)
    if labelled != sorted(labelled):
        problems.append('labels.yaml not in file-name order')
    for r in reqs.values():
        if r['agency'] not in ags:
            problems.append('request %s: unknown agency %s' % (r['id'], r['agency']))
    by_mid = {r['message_id']: rid for rid, r in reqs.items()}
    by_plus = {r['reply_address']: rid for rid, r in reqs.items()}
    kinds, seen, last = collections.Counter(), set(), None
    for lab in labels:
        fn = lab['file']
        path = HERE / 'messages' / fn
        if not path.exists():
            continue
        raw = path.read_bytes()
        if any(len(l) > 998 for l in raw.split(b'\n')):
            problems.append('%s: line longer than 998 bytes' % fn)
        with open(path, 'rb') as fh:
            msg = email.message_from_binary_file(fh, policy=email.policy.default)
        for h in ['From', 'To', 'Date', 'Subject', 'Message-ID', 'MIME-Version', 'Content-Type']:
            if msg[h] is None:
                problems.append('%s: missing %s header' % (fn, h))
        mid = str(msg['Message-ID']).strip()
        if mid in seen:
            problems.append('%s: duplicate Message-ID' % fn)
        seen.add(mid)
        d = email.utils.parsedate_to_datetime(str(msg['Date']))
        if last and d < last:
            problems.append('%s: Date earlier than the previous file' % fn)
        last = d
        texts, names = texts_of(msg, fn)
        blob = '\n'.join([str(msg['Subject'])] + texts + names)
        if lab['kind'] not in KINDS:
            problems.append('%s: bad kind %s' % (fn, lab['kind']))
        kinds[lab['kind']] += 1
        rid = lab['request']
        if rid is not None:
            if rid not in reqs:
                problems.append('%s: unknown request %s' % (fn, rid))
                continue
            if d.date() < reqs[rid]['sent']:
                problems.append('%s: dated %s, before request %s was sent (%s)' % (fn, d.date(), rid, reqs[rid]['sent']))
        trk = lab.get('tracking_number')
        if trk:
            if trk not in blob:
                problems.append('%s: tracking %s not found in the message' % (fn, trk))
            pat = ags[reqs[rid]['agency']].get('tracking_pattern') if rid else None
            if pat and not re.fullmatch(pat.replace('\\b', ''), trk):
                notes.append('%s: tracking %s does not match the %s pattern (number from another office)' % (fn, trk, reqs[rid]['agency']))
        refs = ' '.join(str(msg[h] or '') for h in ['In-Reply-To', 'References'])
        for m, r in by_mid.items():
            if m in refs and r != rid:
                problems.append('%s: thread headers point to %s but label is %s' % (fn, r, rid))
        to = str(msg['To'] or '') + ' ' + str(msg['Cc'] or '')
        for a, r in by_plus.items():
            if a in to and r != rid:
                problems.append('%s: plus address of %s but label is %s' % (fn, r, rid))
        if ('due' in lab or 'appeal_due' in lab) and rid is None:
            problems.append('%s: due without request' % fn)
        if lab['kind'] == 'acknowledgment' and rid and 'due' not in lab:
            problems.append('%s: acknowledgment without due' % fn)
    for k in KINDS:
        if kinds[k] < 2:
            problems.append('kind %s appears only %d times' % (k, kinds[k]))
    r = subprocess.run([sys.executable, str(HERE / 'compute_labels.py'), '--check'], capture_output=True, text=True)
    if r.returncode:
        problems.append('compute_labels.py --check failed:\n' + r.stdout + r.stderr)
    nulls = sum(1 for l in labels if l['request'] is None)
    print('messages: %d, requests: %d, agencies: %d, request:null: %d' % (len(labels), len(reqs), len(ags), nulls))
    print('kinds:', dict(sorted(kinds.items())))
    for n in notes:
        print('note:', n)
    if problems:
        print('\nPROBLEMS (%d):' % len(problems))
        for p in problems:
            print(' -', p)
        sys.exit(1)
    print('all checks passed')


if __name__ == '__main__':
    main()
