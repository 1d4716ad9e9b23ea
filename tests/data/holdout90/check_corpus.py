#!/usr/bin/env python3
"""Checks for this set.

    python check_corpus.py     (needs pyyaml, holidays, numpy; runs compute_labels.py --check)

- every .eml parses with the default policy and has no parser defects; required headers present
- labels.yaml lists exactly the files in messages/ in order, and every label's file exists
- Date: headers are in non-decreasing order and no message is dated before the request it answers
- every request id in labels/facts exists in requests.yaml; every agency in requests.yaml exists
- kinds are valid and every kind appears at least twice; tracking numbers match the agency pattern and
  occur somewhere in the message (subject, any text part, PDF text, attachment names, nested messages)
- thread headers and plus-addresses never point at a different request than the label
- acknowledgments/extensions carry a due exactly when the rules table allows one (compute_labels --check)
"""
import sys, re, html, zlib, subprocess, collections, email, email.policy, email.utils
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
KINDS = {'acknowledgment', 'extension', 'fee_estimate', 'clarification', 'records_interim', 'records_final',
         'no_records', 'denial', 'portal_notice', 'auto_reply', 'bounce', 'other'}
problems = []

def texts_of(msg):
    out, names = [], []
    for part in msg.walk():
        for d in part.defects:
            problems.append('defect %r' % d)
        if part.get_filename():
            names.append(part.get_filename())
        if part.is_multipart() or part.get_content_type() in ('message/rfc822', 'message/delivery-status'):
            if part.get_content_type() == 'message/delivery-status':
                out.append(part.as_string())
            continue
        payload = part.get_payload(decode=True) or b''
        ct = part.get_content_type()
        if ct == 'application/pdf':
            out.append(payload.decode('latin-1'))
            continue
        t = payload.decode(part.get_content_charset() or 'utf-8', 'replace')
        if ct == 'text/html':
            t = html.unescape(re.sub(r'<[^>]+>', ' ', t))
        out.append(t)
    return out, names

def main():
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    labels = yaml.safe_load((HERE / 'labels.yaml').read_text())
    facts = yaml.safe_load((HERE / 'facts.yaml').read_text())
    files = sorted(p.name for p in (HERE / 'messages').glob('*.eml'))
    for r in reqs.values():
        if r['agency'] not in ags:
            problems.append('request %s: unknown agency %s' % (r['id'], r['agency']))
    if [l['file'] for l in labels] != files:
        problems.append('labels.yaml does not list exactly messages/*.eml in order')
    if [f['file'] for f in facts] != files:
        problems.append('facts.yaml does not list exactly messages/*.eml in order')
    by_mid = {r['message_id']: rid for rid, r in reqs.items()}
    by_plus = {r['reply_address']: rid for rid, r in reqs.items()}
    kinds, mids, last = collections.Counter(), set(), None
    for lab in labels:
        fn = lab['file']
        path = HERE / 'messages' / fn
        if not path.exists():
            problems.append('%s: file missing' % fn)
            continue
        raw = path.read_bytes()
        if any(len(l) > 998 for l in raw.split(b'\n')):
            problems.append('%s: line over 998 bytes' % fn)
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        n0 = len(problems)
        for h in ('From', 'To', 'Date', 'Subject', 'Message-ID', 'MIME-Version', 'Content-Type'):
            if msg[h] is None:
                problems.append('%s: missing %s' % (fn, h))
        try:
            d = email.utils.parsedate_to_datetime(str(msg['Date']))
        except Exception as e:
            problems.append('%s: bad Date %s' % (fn, e)); continue
        if last and d < last:
            problems.append('%s: Date earlier than the previous message' % fn)
        last = d
        if str(msg['Message-ID']) in mids:
            problems.append('%s: duplicate Message-ID' % fn)
        mids.add(str(msg['Message-ID']))
        texts, names = texts_of(msg)
        for i in range(n0, len(problems)):
            if problems[i].startswith('defect'):
                problems[i] = '%s: %s' % (fn, problems[i])
        blob = '\n'.join([str(msg['Subject'])] + texts + names)
        if lab['kind'] not in KINDS:
            problems.append('%s: bad kind %s' % (fn, lab['kind']))
        kinds[lab['kind']] += 1
        rid = lab['request']
        if rid is not None:
            if rid not in reqs:
                problems.append('%s: unknown request %s' % (fn, rid)); continue
            if d.date() < reqs[rid]['sent']:
                problems.append('%s: dated before its request %s was sent' % (fn, rid))
        trk = lab.get('tracking_number')
        if trk:
            pats = [ags[reqs[rid]['agency']]['tracking_pattern']] if rid else [a['tracking_pattern'] for a in ags.values()]
            if not any(re.fullmatch(p.replace('\\b', ''), trk) for p in pats):
                problems.append('%s: tracking %s does not match the agency pattern' % (fn, trk))
            if trk not in blob:
                problems.append('%s: tracking %s not in the message' % (fn, trk))
        refs = ' '.join(str(msg[h] or '') for h in ('In-Reply-To', 'References')) + ' ' + blob
        for m, r in by_mid.items():
            if m in refs and r != rid:
                problems.append('%s: thread/embedded headers point to %s, label %s' % (fn, r, rid))
        to = ' '.join(str(msg[h] or '') for h in ('To', 'Cc'))
        for a, r in by_plus.items():
            if a in to and r != rid:
                problems.append('%s: plus-address of %s, label %s' % (fn, r, rid))
        if ('due' in lab or 'appeal_due' in lab) and rid is None:
            problems.append('%s: due without request' % fn)
    for k in KINDS:
        if kinds[k] < 2:
            problems.append('kind %s appears %d times (< 2)' % (k, kinds[k]))
    r = subprocess.run([sys.executable, str(HERE / 'compute_labels.py'), '--check'], capture_output=True, text=True)
    if r.returncode:
        problems.append('compute_labels.py --check failed:\n' + r.stdout + r.stderr)
    nulls = sum(1 for l in labels if l['request'] is None)
    print('messages: %d, requests: %d, agencies: %d, request:null: %d' % (len(labels), len(reqs), len(ags), nulls))
    print('kinds:', dict(sorted(kinds.items())))
    if problems:
        print('PROBLEMS (%d):' % len(problems))
        for p in problems:
            print(' -', p)
        sys.exit(1)
    print('all checks passed')

if __name__ == '__main__':
    main()
