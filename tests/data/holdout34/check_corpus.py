#!/usr/bin/env python3
"""Checks for this set.   python check_corpus.py   (needs pyyaml, holidays, numpy; runs compute_labels.py --check)

- every .eml parses with the stdlib parser (policy=default) without defects and has the basic headers;
- labels.yaml lists exactly the files in messages/, in file-name order, and every label's file exists;
- Date: headers are in non-decreasing order, and no message is dated before the request it is labelled with was sent;
- every request id in labels/facts exists in requests.yaml; every agency in requests.yaml exists;
- kinds are valid and each kind occurs at least twice; ack/extension labels carry a due key;
- a labelled tracking number occurs in the message (headers, text parts, attachment names or PDF text) and matches
  the agency's tracking_pattern; thread headers / plus-addresses never contradict the label;
- every PDF attachment has a text layer; no line over 998 bytes; no attachment over 30 KB;
- compute_labels.py --check agrees with labels.yaml.
"""
import sys, re, html, zlib, subprocess, collections, email, email.policy, email.utils
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
KINDS = ['acknowledgment', 'extension', 'fee_estimate', 'clarification', 'records_interim', 'records_final',
         'no_records', 'denial', 'portal_notice', 'auto_reply', 'bounce', 'other']
problems = []
bad = problems.append

def pdf_text(data):
    out = []
    for m in re.finditer(rb'stream\n(.*?)\nendstream', data, re.S):
        s = m.group(1)
        try:
            s = zlib.decompress(s)
        except zlib.error:
            pass
        for t in re.finditer(rb'\(((?:\\.|[^\\)])*)\)\s*Tj', s):
            out.append(re.sub(rb'\\(.)', rb'\1', t.group(1)).decode('cp1252', 'replace'))
    return '\n'.join(out)

def collect(msg, fn):
    texts, names = [], []
    for part in msg.walk():
        for d in part.defects:
            bad('%s: parser defect %r' % (fn, d))
        fname = part.get_filename()
        if fname:
            names.append(fname)
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct == 'message/rfc822':
            continue
        if ct in ('message/delivery-status',):
            texts.append(part.as_string())
            continue
        try:
            payload = part.get_content()
        except Exception as e:  # noqa
            bad('%s: cannot decode %s: %s' % (fn, ct, e))
            continue
        if isinstance(payload, bytes):
            if ct == 'application/pdf':
                t = pdf_text(payload)
                if len(t.strip()) < 40:
                    bad('%s: PDF %s has no text layer' % (fn, fname))
                texts.append(t)
            if len(payload) > 30 * 1024:
                bad('%s: attachment %s is %d bytes' % (fn, fname, len(payload)))
            continue
        if not isinstance(payload, str):
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
        bad('labels.yaml does not list exactly the files in messages/ in order')
    if [f['file'] for f in facts] != files:
        bad('facts.yaml does not list exactly the files in messages/ in order')
    for r in reqs.values():
        if r['agency'] not in ags:
            bad('request %s: unknown agency %s' % (r['id'], r['agency']))
    for f in facts:
        if f['request'] is not None and f['request'] not in reqs:
            bad('facts %s: unknown request %s' % (f['file'], f['request']))
    by_mid = {r['message_id']: rid for rid, r in reqs.items()}
    by_plus = {r['reply_address']: rid for rid, r in reqs.items()}
    kinds = collections.Counter()
    last, seen = None, set()
    for lab in labels:
        fn = lab['file']
        path = HERE / 'messages' / fn
        if not path.exists():
            bad('%s: label file missing' % fn)
            continue
        raw = path.read_bytes()
        for i, line in enumerate(raw.split(b'\n'), 1):
            if len(line) > 998:
                bad('%s: line %d longer than 998 bytes' % (fn, i))
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for h in ('From', 'To', 'Date', 'Subject', 'Message-ID', 'MIME-Version', 'Content-Type'):
            if msg[h] is None:
                bad('%s: missing %s' % (fn, h))
        for k, v in msg.items():
            for d in getattr(v, 'defects', ()):
                bad('%s: header %s defect %r' % (fn, k, d))
        mid = str(msg['Message-ID'])
        if mid in seen:
            bad('%s: duplicate Message-ID' % fn)
        seen.add(mid)
        when = email.utils.parsedate_to_datetime(str(msg['Date']))
        if when.tzinfo is None:
            bad('%s: Date without time zone' % fn)
        if last and when < last:
            bad('%s: Date earlier than the previous message' % fn)
        last = when
        rid = lab['request']
        if rid is not None:
            if rid not in reqs:
                bad('%s: unknown request %s' % (fn, rid))
                continue
            if when.date() < reqs[rid]['sent']:
                bad('%s: dated %s, before %s was sent (%s)' % (fn, when.date(), rid, reqs[rid]['sent']))
        if lab['kind'] not in KINDS:
            bad('%s: bad kind %s' % (fn, lab['kind']))
        kinds[lab['kind']] += 1
        if lab['kind'] in ('acknowledgment', 'extension') and rid and 'due' not in lab:
            bad('%s: %s without a due key' % (fn, lab['kind']))
        if ('due' in lab or 'appeal_due' in lab) and rid is None:
            bad('%s: due/appeal_due without a request' % fn)
        texts, names = collect(msg, fn)
        blob = '\n'.join([str(msg['Subject'])] + texts + names)
        trk = lab.get('tracking_number')
        if trk:
            pats = [ags[reqs[rid]['agency']]['tracking_pattern']] if rid else [a['tracking_pattern'] for a in ags.values()]
            if not any(re.fullmatch(p.replace('\\b', ''), trk) for p in pats):
                bad('%s: tracking %s does not match the agency pattern' % (fn, trk))
            if trk not in blob:
                bad('%s: tracking %s not found in the message' % (fn, trk))
        refs = ' '.join(str(msg[h] or '') for h in ('In-Reply-To', 'References'))
        for m, r in by_mid.items():
            if m in refs and r != rid:
                bad('%s: thread headers point to %s but label is %s' % (fn, r, rid))
        to = ' '.join(str(msg[h] or '') for h in ('To', 'Cc'))
        for a, r in by_plus.items():
            if a in to and r != rid:
                bad('%s: plus-address of %s but label is %s' % (fn, r, rid))
    for k in KINDS:
        if kinds[k] < 2:
            bad('kind %s occurs only %d times' % (k, kinds[k]))
    r = subprocess.run([sys.executable, str(HERE / 'compute_labels.py'), '--check'], capture_output=True, text=True)
    if r.returncode:
        bad('compute_labels.py --check failed:\n' + r.stdout + r.stderr)
    nulls = sum(1 for l in labels if l['request'] is None)
    print('messages: %d, requests: %d, request:null: %d' % (len(labels), len(reqs), nulls))
    print('kinds:', dict(sorted(kinds.items())))
    sig = collections.Counter(s for f in facts for s in f['signals'])
    print('signals:', dict(sig))
    if problems:
        print('\nPROBLEMS (%d):' % len(problems))
        for p in problems:
            print(' -', p)
        sys.exit(1)
    print('all checks passed')

if __name__ == '__main__':
    main()
