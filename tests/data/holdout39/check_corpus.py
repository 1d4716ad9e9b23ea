#!/usr/bin/env python3
"""Sanity checks for the holdout39 set.

    python check_corpus.py      (needs pyyaml, holidays, numpy; also runs compute_labels.py --check)

Checks: every message parses (no parser defects, required headers, unique Message-ID, lines <= 998 bytes,
attachments <= 30 KB, PDFs carry a text layer); labels.yaml lists exactly the files in messages/ in order and every
label's file exists; Date: headers are in non-decreasing order and none is before the sent date of the request it
answers; every request id (labels, facts) exists in requests.yaml and every agency id in agencies.yaml; kinds are
valid and each appears at least twice; tracking numbers match the agency pattern and occur in the message (headers,
text, attachment names or PDF text); thread headers and plus addresses agree with the label; a `tracking` signal
needs the number to have been stated for that request earlier; facts.yaml and labels.yaml agree; labels.yaml is
what compute_labels.py derives.
"""
import sys, re, html, subprocess, collections, email, email.policy, email.utils, datetime as dt
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
KINDS = ['acknowledgment', 'extension', 'fee_estimate', 'clarification', 'records_interim', 'records_final',
         'no_records', 'denial', 'portal_notice', 'auto_reply', 'bounce', 'other']
problems = []

def bad(msg):
    problems.append(msg)

def texts_of(msg, fn):
    out, names = [], []
    for part in msg.walk():
        for d in part.defects:
            bad('%s: parser defect %r' % (fn, d))
        for k, v in part.items():
            for d in getattr(v, 'defects', ()):
                bad('%s: %s header defect %r' % (fn, k, d))
        name = part.get_filename()
        if name:
            names.append(name)
        ct = part.get_content_type()
        if part.is_multipart() or ct == 'message/rfc822':
            if ct == 'message/rfc822':
                for sub in part.get_payload():
                    out.append(str(sub.get('Subject', '')))
            continue
        try:
            payload = part.get_content()
        except Exception as e:  # noqa
            bad('%s: cannot decode %s part: %s' % (fn, ct, e))
            continue
        if isinstance(payload, bytes):
            raw = payload
            if name and len(raw) > 30 * 1024:
                bad('%s: attachment %s is %d bytes' % (fn, name, len(raw)))
            if ct == 'application/pdf':
                if not raw.startswith(b'%PDF-') or b'%%EOF' not in raw[-16:]:
                    bad('%s: %s is not a complete PDF' % (fn, name))
                if not re.search(rb'\((?:[^()\\]|\\.){8,}\) Tj', raw):
                    bad('%s: %s has no text layer' % (fn, name))
                payload = raw.decode('latin-1').replace('\\(', '(').replace('\\)', ')')
            else:
                payload = raw.decode('utf-8', 'replace')
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
    facts_list = yaml.safe_load((HERE / 'facts.yaml').read_text())
    facts = {f['file']: f for f in facts_list}
    files = sorted(p.name for p in (HERE / 'messages').glob('*.eml'))
    for r in reqs.values():
        if r['agency'] not in ags:
            bad('request %s: unknown agency %s' % (r['id'], r['agency']))
    for lab in labels:
        if not (HERE / 'messages' / lab['file']).is_file():
            bad('label for missing file %s' % lab['file'])
    if [l['file'] for l in labels] != files:
        bad('labels.yaml files do not match messages/ (order or set)')
    if sorted(facts) != files:
        bad('facts.yaml files do not match messages/')
    by_mid = {r['message_id']: rid for rid, r in reqs.items()}
    by_plus = {r['reply_address']: rid for rid, r in reqs.items()}
    first_sent = min(r['sent'] for r in reqs.values())
    seen_ids, last = set(), None
    kinds, signals = collections.Counter(), collections.Counter()
    for lab in labels:
        fn = lab['file']
        path = HERE / 'messages' / fn
        if not path.is_file():
            continue
        raw = path.read_bytes()
        for i, line in enumerate(raw.split(b'\n')):
            if len(line) > 998:
                bad('%s: line %d longer than 998 bytes' % (fn, i + 1))
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for hname in ['From', 'To', 'Date', 'Subject', 'Message-ID', 'MIME-Version', 'Content-Type']:
            if msg[hname] is None:
                bad('%s: missing %s' % (fn, hname))
        mid = str(msg['Message-ID']).strip()
        if mid in seen_ids:
            bad('%s: duplicate Message-ID' % fn)
        seen_ids.add(mid)
        try:
            d = email.utils.parsedate_to_datetime(str(msg['Date']))
        except Exception as e:  # noqa
            bad('%s: bad Date: %s' % (fn, e))
            continue
        if d.tzinfo is None:
            bad('%s: Date without time zone' % fn)
        if last and d < last:
            bad('%s: Date earlier than the previous message' % fn)
        last = d
        rid = lab['request']
        if rid is not None and rid not in reqs:
            bad('%s: unknown request %s' % (fn, rid))
            continue
        if rid and d.date() < reqs[rid]['sent']:
            bad('%s: dated %s, before request %s was sent (%s)' % (fn, d.date(), rid, reqs[rid]['sent']))
        if d.date() < first_sent or not (dt.date(2026, 9, 1) <= d.date() <= dt.date(2027, 1, 31)):
            bad('%s: date %s outside Sep 2026 - Jan 2027 or before the first request' % (fn, d.date()))
        texts, names = texts_of(msg, fn)
        blob = '\n'.join([str(msg['Subject'])] + texts + names)
        if lab['kind'] not in KINDS:
            bad('%s: bad kind %s' % (fn, lab['kind']))
        kinds[lab['kind']] += 1
        trk = lab.get('tracking_number')
        if trk:
            pats = [ags[reqs[rid]['agency']].get('tracking_pattern')] if rid else [a.get('tracking_pattern') for a in ags.values()]
            if not any(p and re.fullmatch(p.replace('\\b', ''), trk) for p in pats):
                bad('%s: tracking %s does not match the agency pattern' % (fn, trk))
            if trk not in blob:
                bad('%s: tracking %s not found in the message' % (fn, trk))
        refs = ' '.join(str(msg[x] or '') for x in ['In-Reply-To', 'References'])
        for m, r in by_mid.items():
            if m in refs and r != rid:
                bad('%s: thread headers point to %s but the label says %s' % (fn, r, rid))
        to = str(msg['To'] or '') + ' ' + str(msg['Cc'] or '')
        for a, r in by_plus.items():
            if a in to and r != rid:
                bad('%s: plus address of %s but the label says %s' % (fn, r, rid))
        if ('due' in lab or 'appeal_due' in lab) and rid is None:
            bad('%s: due without request' % fn)
        f = facts.get(fn, {})
        for k in ('request', 'kind', 'tracking_number', 'why'):
            if f.get(k) != lab.get(k):
                bad('%s: facts and labels differ on %s' % (fn, k))
        sig = f.get('signals', [])
        for s in sig:
            signals[s] += 1
        if 'tracking' in sig and trk and rid:
            earlier = [l2 for l2 in labels[:labels.index(lab)] if l2['request'] == rid and l2.get('tracking_number') == trk]
            if not earlier:
                bad('%s: tracking signal but %s was not stated earlier for %s' % (fn, trk, rid))
    for k in KINDS:
        if kinds[k] < 2:
            bad('kind %s appears only %d times' % (k, kinds[k]))
    nulls = sum(1 for l in labels if l['request'] is None)
    r = subprocess.run([sys.executable, str(HERE / 'compute_labels.py'), '--check'], capture_output=True, text=True)
    if r.returncode:
        bad('compute_labels.py --check failed:\n' + r.stdout + r.stderr)
    else:
        print(r.stdout.strip())
    per_req = collections.Counter(l['request'] for l in labels)
    print('messages: %d, requests: %d, request:null: %d' % (len(labels), len(reqs), nulls))
    print('kinds:', dict(sorted(kinds.items())))
    print('messages per request:', dict(sorted((k or 'null', v) for k, v in per_req.items())))
    print('signals:', dict(sorted(signals.items())))
    if problems:
        print('\nPROBLEMS (%d):' % len(problems))
        for p in problems:
            print(' -', p)
        sys.exit(1)
    print('all checks passed')

if __name__ == '__main__':
    main()
