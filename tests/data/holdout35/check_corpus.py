#!/usr/bin/env python3
"""Checks for this set.

    python check_corpus.py     (needs pyyaml, holidays, numpy; also runs compute_labels.py --check)

- every message parses (email.policy.default) without defects, has the usual headers, no line > 998 bytes,
  no attachment > 30 KB, unique Message-ID;
- labels.yaml and facts.yaml list exactly the files in messages/, in file-name order, and every label's file exists;
- Date: headers are in file-name order and no message is dated before the request it is labelled with;
  all dates fall between 2026-09-01 and 2027-01-31;
- every request id in labels exists in requests.yaml, every request's agency exists in agencies.yaml;
- kinds are valid and each appears at least twice; at least 2 request: null messages;
- a labelled tracking number matches the agency pattern and occurs in the message (headers, text, HTML,
  attachment names or PDF text);
- In-Reply-To/References to one of our request Message-IDs and plus-addresses in To/Cc agree with the label;
- acknowledgments and extensions carry a due date, adverse federal determinations an appeal_due;
- compute_labels.py --check passes.
"""
import sys, re, html, subprocess, collections, datetime as dt, email, email.policy, email.utils
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
KINDS = ['acknowledgment', 'extension', 'fee_estimate', 'clarification', 'records_interim', 'records_final',
         'no_records', 'denial', 'portal_notice', 'auto_reply', 'bounce', 'other']
problems = []
bad = problems.append

def pdf_text(data):
    s = data.decode('latin-1')
    out = []
    for m in re.finditer(r'\(((?:\\.|[^\\)])*)\)\s*Tj', s):
        out.append(re.sub(r'\\(.)', r'\1', m.group(1)))
    return '\n'.join(out)

def collect(msg):
    texts, names = [], []
    for part in msg.walk():
        for d in part.defects:
            texts.append(('DEFECT', repr(d)))
        for k, v in part.items():
            for d in getattr(v, 'defects', ()):
                texts.append(('DEFECT', '%s: %r' % (k, d)))
        fn = part.get_filename()
        if fn:
            names.append(fn)
        if part.is_multipart() or part.get_content_type() in ('message/rfc822', 'message/delivery-status'):
            if part.get_content_type() == 'message/delivery-status':
                texts.append(('status', str(part)))
            continue
        try:
            c = part.get_content()
        except Exception as e:
            bad('cannot decode %s: %s' % (part.get_content_type(), e))
            continue
        if isinstance(c, bytes):
            c = pdf_text(c) if part.get_content_type() == 'application/pdf' else c.decode('utf-8', 'replace')
            if fn and len(part.get_payload(decode=True) or b'') > 30 * 1024:
                bad('attachment %s over 30 KB' % fn)
        if part.get_content_type() == 'text/html':
            c = html.unescape(re.sub(r'<[^>]+>', ' ', c))
        texts.append((part.get_content_type(), str(c)))
    return texts, names

def main():
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    labels = yaml.safe_load((HERE / 'labels.yaml').read_text())
    facts = yaml.safe_load((HERE / 'facts.yaml').read_text())
    files = sorted(p.name for p in (HERE / 'messages').glob('*.eml'))
    for r in reqs.values():
        if r['agency'] not in ags:
            bad('request %s: unknown agency %s' % (r['id'], r['agency']))
    if [l['file'] for l in labels] != files:
        bad('labels.yaml files differ from messages/ (set or order)')
    if [f['file'] for f in facts] != files:
        bad('facts.yaml files differ from messages/ (set or order)')
    by_mid = {r['message_id']: rid for rid, r in reqs.items()}
    by_plus = {r['reply_address']: rid for rid, r in reqs.items()}
    kinds, seen, last = collections.Counter(), set(), None
    lo = dt.datetime(2026, 9, 1, tzinfo=dt.timezone.utc)
    hi = dt.datetime(2027, 2, 1, tzinfo=dt.timezone.utc)
    for lab in labels:
        fn = lab['file']
        p = HERE / 'messages' / fn
        if not p.exists():
            bad('%s: label file missing' % fn)
            continue
        raw = p.read_bytes()
        for i, line in enumerate(raw.split(b'\n')):
            if len(line) > 998:
                bad('%s: line %d > 998 bytes' % (fn, i + 1))
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for hname in ['From', 'To', 'Date', 'Subject', 'Message-ID', 'MIME-Version', 'Content-Type']:
            if msg[hname] is None:
                bad('%s: missing %s' % (fn, hname))
        mid = str(msg['Message-ID']).strip()
        if mid in seen:
            bad('%s: duplicate Message-ID' % fn)
        seen.add(mid)
        d = email.utils.parsedate_to_datetime(str(msg['Date']))
        if last and d < last:
            bad('%s: Date earlier than the previous message' % fn)
        last = d
        if not (lo <= d < hi):
            bad('%s: Date %s outside Sep 2026 - Jan 2027' % (fn, d))
        texts, names = collect(msg)
        for ct, t in texts:
            if ct == 'DEFECT':
                bad('%s: parser defect %s' % (fn, t))
        blob = '\n'.join([str(msg['Subject'])] + [t for _, t in texts] + names)
        k = lab['kind']
        if k not in KINDS:
            bad('%s: bad kind %s' % (fn, k))
        kinds[k] += 1
        rid = lab['request']
        if rid is not None:
            if rid not in reqs:
                bad('%s: unknown request %s' % (fn, rid))
                continue
            sent = reqs[rid]['sent']
            if d.date() < sent:
                bad('%s: dated %s, before request %s was sent (%s)' % (fn, d.date(), rid, sent))
        trk = lab.get('tracking_number')
        if trk:
            pats = [ags[reqs[rid]['agency']]['tracking_pattern']] if rid else [a['tracking_pattern'] for a in ags.values()]
            if not any(re.search(pt, trk) for pt in pats):
                bad('%s: tracking %s does not match the agency pattern' % (fn, trk))
            if trk not in blob:
                bad('%s: tracking %s not found in the message' % (fn, trk))
        refs = ' '.join(str(msg[x] or '') for x in ['In-Reply-To', 'References'])
        for m_, r_ in by_mid.items():
            if m_ in refs and r_ != rid:
                bad('%s: thread headers point to %s, label says %s' % (fn, r_, rid))
        to = str(msg['To'] or '') + ' ' + str(msg['Cc'] or '')
        for a_, r_ in by_plus.items():
            if a_ in to and r_ != rid:
                bad('%s: plus-address of %s, label says %s' % (fn, r_, rid))
        if rid and k in ('acknowledgment', 'extension') and 'due' not in lab:
            bad('%s: %s without due' % (fn, k))
        if ('due' in lab or 'appeal_due' in lab) and not rid:
            bad('%s: date label without a request' % fn)
        if rid and k in ('denial', 'no_records') and 'appeal_due' not in lab:
            bad('%s: %s without appeal_due key' % (fn, k))
    for k in KINDS:
        if kinds[k] < 2:
            bad('kind %s appears %d times (< 2)' % (k, kinds[k]))
    nulls = sum(1 for l in labels if l['request'] is None)
    if nulls < 2:
        bad('only %d request: null messages' % nulls)
    r = subprocess.run([sys.executable, str(HERE / 'compute_labels.py'), '--check'], capture_output=True, text=True)
    if r.returncode:
        bad('compute_labels.py --check failed:\n' + r.stdout + r.stderr)
    print('messages: %d, requests: %d, agencies: %d, request:null: %d' % (len(labels), len(reqs), len(ags), nulls))
    print('kinds:', dict(sorted(kinds.items())))
    sig = collections.Counter(s for f in facts for s in f.get('signals', []))
    print('signals:', dict(sorted(sig.items())))
    if problems:
        print('\nPROBLEMS (%d):' % len(problems))
        for p in problems:
            print(' -', p)
        sys.exit(1)
    print('all checks passed')

if __name__ == '__main__':
    main()
