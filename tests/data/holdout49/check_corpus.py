#!/usr/bin/env python3
"""Sanity checks for this set.

    python check_corpus.py      (needs pyyaml and holidays; also runs compute_labels.py --check)

Checks: every message parses without defects and has the basic headers; every label's file exists and the
labels cover messages/ in file-name order; Date: headers are in order and no reply is dated before the request
it answers; every request id exists and every agency id in requests.yaml exists; kinds are valid; tracking
numbers match the agency pattern and occur in the message (subject, body, attachment name or PDF text);
thread headers and plus-addresses agree with the label; attachments stay small; lines <= 998 bytes;
labels.yaml equals what compute_labels.py derives from facts.yaml.
"""
import sys, re, html, subprocess, collections, email, email.policy, email.utils
sys.dont_write_bytecode = True
from pathlib import Path
import yaml
sys.path.insert(0, str(Path(__file__).resolve().parent))
from mimelib import pdf_text

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
        ct = part.get_content_type()
        try:
            payload = part.get_content()
        except Exception as e:  # noqa
            bad('%s: cannot decode %s: %s' % (fn, ct, e))
            continue
        if ct == 'application/pdf':
            if not payload.startswith(b'%PDF-'):
                bad('%s: attachment is not a PDF' % fn)
            t = pdf_text(payload)
            if not t.strip():
                bad('%s: PDF without a text layer' % fn)
            payload = t
        elif isinstance(payload, bytes):
            payload = payload.decode('utf-8', 'replace')
        elif not isinstance(payload, str):
            payload = str(payload)
        if ct == 'text/html':
            payload = html.unescape(re.sub(r'<[^>]+>', ' ', payload))
        out.append(payload)
    return out, names


def main():
    rq = yaml.safe_load((HERE / 'requests.yaml').read_text())
    reqs = {r['id']: r for r in rq['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    labels = yaml.safe_load((HERE / 'labels.yaml').read_text())
    facts = {f['file']: f for f in yaml.safe_load((HERE / 'facts.yaml').read_text())}
    for r in reqs.values():
        if r['agency'] not in ags:
            bad('%s: unknown agency %s' % (r['id'], r['agency']))
    files = sorted(p.name for p in (HERE / 'messages').glob('*.eml'))
    for lab in labels:
        if not (HERE / 'messages' / lab['file']).exists():
            bad('label file missing: %s' % lab['file'])
    if [l['file'] for l in labels] != files:
        bad('labels.yaml does not list messages/ exactly, in file-name order')
    if set(facts) != set(files):
        bad('facts.yaml does not cover messages/ exactly')
    by_mid = {r['message_id']: rid for rid, r in reqs.items()}
    by_plus = {r['reply_address']: rid for rid, r in reqs.items()}
    seen, last = set(), None
    kinds = collections.Counter()
    for lab in labels:
        fn = lab['file']
        p = HERE / 'messages' / fn
        if not p.exists():
            continue
        raw = p.read_bytes()
        for i, line in enumerate(raw.split(b'\n'), 1):
            if len(line) > 998:
                bad('%s: line %d longer than 998 bytes' % (fn, i))
        with open(p, 'rb') as fh:
            msg = email.message_from_binary_file(fh, policy=email.policy.default)
        for h in ('From', 'To', 'Date', 'Subject', 'Message-ID', 'MIME-Version', 'Content-Type'):
            if msg[h] is None:
                bad('%s: missing %s' % (fn, h))
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
            bad('%s: Date without zone' % fn)
        if last and d < last:
            bad('%s: Date earlier than the previous message' % fn)
        last = d
        texts, names = texts_of(msg, fn)
        for part in msg.walk():
            if part.get_filename() and not part.is_multipart():
                if len(part.get_payload(decode=True) or b'') > 30 * 1024:
                    bad('%s: attachment %s over 30 KB' % (fn, part.get_filename()))
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
                bad('%s: dated %s, before its request %s was sent (%s)' % (fn, d.date(), rid, reqs[rid]['sent']))
        trk = lab.get('tracking_number')
        if trk:
            pat = ags[reqs[rid]['agency']].get('tracking_pattern') if rid else None
            if rid and not pat:
                bad('%s: tracking number but agency has no pattern' % fn)
            elif pat and not re.fullmatch(pat.replace('\\b', ''), trk):
                bad('%s: tracking %s does not match %s' % (fn, trk, pat))
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
        if ('due' in lab or 'appeal_due' in lab) and rid is None:
            bad('%s: date label without request' % fn)
        f = facts.get(fn, {})
        for k in ('request', 'kind', 'tracking_number'):
            if f.get(k) != lab.get(k):
                bad('%s: facts and labels disagree on %s' % (fn, k))
    for k in KINDS:
        if kinds[k] < 2:
            bad('kind %s appears %d times (< 2)' % (k, kinds[k]))
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
