#!/usr/bin/env python3
"""Checks for this set.

    python check_corpus.py        (needs pyyaml and holidays; runs compute_labels.py --check)

Fails on: a message that does not parse cleanly (parser or header defects, missing headers), a label whose file
does not exist or a message without a label, Date: headers out of file-name order, a message dated before the
request it is labeled with, an unknown request or agency id, an unknown kind or a kind seen fewer than twice,
a tracking number not found in the message (subject, bodies, PDF text, attachment names) or not matching the
agency pattern, thread headers or a plus address that point to a different request than the label, a line over
998 bytes, an attachment over 30 KB, a PDF without a text layer, a duplicate Message-ID, or a compute_labels.py
mismatch.
"""
import sys, re, html, subprocess, collections, email, email.policy, email.utils
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
KINDS = ['acknowledgment', 'extension', 'fee_estimate', 'clarification', 'records_interim', 'records_final',
         'no_records', 'denial', 'portal_notice', 'auto_reply', 'bounce', 'other']
problems = []


def bad(s):
    problems.append(s)


def texts_of(msg, fn):
    out, names = [str(msg['Subject'] or '')], []
    for part in msg.walk():
        for d in part.defects:
            bad('%s: parser defect %r' % (fn, d))
        for k, v in part.items():
            for d in getattr(v, 'defects', ()):
                bad('%s: header %s defect %r' % (fn, k, d))
        if part.get_filename():
            names.append(part.get_filename())
        ct = part.get_content_type()
        if part.is_multipart() or ct in ('message/rfc822', 'message/delivery-status'):
            continue
        try:
            payload = part.get_content()
        except Exception as e:  # noqa
            bad('%s: cannot decode %s: %s' % (fn, ct, e))
            continue
        if isinstance(payload, bytes):
            if ct == 'application/pdf':
                if b'BT' not in payload or b'Tj' not in payload:
                    bad('%s: PDF %s has no text layer' % (fn, part.get_filename()))
                payload = payload.decode('latin-1').replace('\\(', '(').replace('\\)', ')')
            else:
                payload = payload.decode('utf-8', 'replace')
        if ct == 'text/html':
            payload = html.unescape(re.sub(r'<[^>]+>', ' ', payload))
        out.append(str(payload))
    return '\n'.join(out + names)


def main():
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    labels = yaml.safe_load((HERE / 'labels.yaml').read_text())
    facts = yaml.safe_load((HERE / 'facts.yaml').read_text())
    for rid, r in reqs.items():
        if r['agency'] not in ags:
            bad('%s: unknown agency %s' % (rid, r['agency']))
    files = sorted(p.name for p in (HERE / 'messages').glob('*.eml'))
    lab_files = [l['file'] for l in labels]
    for f in lab_files:
        if not (HERE / 'messages' / f).exists():
            bad('label for missing file %s' % f)
    for f in files:
        if f not in lab_files:
            bad('message without a label: %s' % f)
    if lab_files != sorted(lab_files):
        bad('labels.yaml is not in file-name order')
    if [f['file'] for f in sorted(facts, key=lambda x: x['file'])] != sorted(lab_files):
        bad('facts.yaml and labels.yaml list different files')
    by_mid = {r['message_id']: rid for rid, r in reqs.items()}
    by_plus = {r['reply_address']: rid for rid, r in reqs.items()}
    kinds, nulls = collections.Counter(), 0
    seen_mid, last = set(), None
    for lab in labels:
        fn = lab['file']
        path = HERE / 'messages' / fn
        if not path.exists():
            continue
        raw = path.read_bytes()
        for i, line in enumerate(raw.split(b'\n'), 1):
            if len(line) > 998:
                bad('%s: line %d longer than 998 bytes' % (fn, i))
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for h in ('From', 'To', 'Date', 'Subject', 'Message-ID', 'MIME-Version', 'Content-Type'):
            if msg[h] is None:
                bad('%s: missing %s' % (fn, h))
        mid = str(msg['Message-ID']).strip()
        if mid in seen_mid:
            bad('%s: duplicate Message-ID' % fn)
        seen_mid.add(mid)
        try:
            d = email.utils.parsedate_to_datetime(str(msg['Date']))
        except Exception as e:  # noqa
            bad('%s: bad Date %s' % (fn, e))
            continue
        if last and d < last:
            bad('%s: Date %s earlier than the previous message' % (fn, d))
        last = d
        blob = texts_of(msg, fn)
        for part in msg.walk():
            if part.get_filename() and not part.is_multipart():
                size = len(part.get_payload(decode=True) or b'')
                if size > 30 * 1024:
                    bad('%s: attachment %s is %d bytes' % (fn, part.get_filename(), size))
        if lab['kind'] not in KINDS:
            bad('%s: unknown kind %s' % (fn, lab['kind']))
        kinds[lab['kind']] += 1
        rid = lab['request']
        if rid is None:
            nulls += 1
            if 'due' in lab or 'appeal_due' in lab:
                bad('%s: date label without a request' % fn)
        elif rid not in reqs:
            bad('%s: unknown request %s' % (fn, rid))
            continue
        else:
            if d.date() < reqs[rid]['sent']:
                bad('%s: dated %s, before %s was sent (%s)' % (fn, d.date(), rid, reqs[rid]['sent']))
        trk = lab.get('tracking_number')
        if trk:
            pats = [ags[reqs[rid]['agency']].get('tracking_pattern')] if rid else [a.get('tracking_pattern') for a in ags.values()]
            pats = [p for p in pats if p]
            if not any(re.fullmatch(p.replace('\\b', ''), trk) for p in pats):
                bad('%s: tracking %s does not match the agency pattern' % (fn, trk))
            if trk not in blob:
                bad('%s: tracking %s not found in the message' % (fn, trk))
        refs = ' '.join(str(msg[h] or '') for h in ('In-Reply-To', 'References'))
        for m_, r_ in by_mid.items():
            if m_ in refs and r_ != rid:
                bad('%s: thread headers point to %s, label says %s' % (fn, r_, rid))
        to = ' '.join(str(msg[h] or '') for h in ('To', 'Cc'))
        for a_, r_ in by_plus.items():
            if a_ in to and r_ != rid:
                bad('%s: plus address of %s, label says %s' % (fn, r_, rid))
    for k in KINDS:
        if kinds[k] < 2:
            bad('kind %s appears %d times (need 2)' % (k, kinds[k]))
    r = subprocess.run([sys.executable, str(HERE / 'compute_labels.py'), '--check'], capture_output=True, text=True)
    if r.returncode:
        bad('compute_labels.py --check failed:\n' + r.stdout + r.stderr)
    print('messages: %d, requests: %d, agencies: %d, request null: %d' % (len(labels), len(reqs), len(ags), nulls))
    print('kinds:', dict(sorted(kinds.items())))
    if problems:
        print('\nPROBLEMS (%d):' % len(problems))
        for p in problems:
            print(' -', p)
        sys.exit(1)
    print('all checks passed')


if __name__ == '__main__':
    main()
