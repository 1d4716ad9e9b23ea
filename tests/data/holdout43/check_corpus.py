#!/usr/bin/env python3
"""Sanity checks for this set.

    python check_corpus.py      (needs pyyaml, holidays, numpy; also runs compute_labels.py --check)

Checks: every message parses without parser defects and has the basic headers; labels.yaml and facts.yaml
list exactly the files in messages/ (in file-name order) and every label's file exists; Date: headers are in
non-decreasing order and no message is dated before the request it is labelled with; every request id in the
labels exists in requests.yaml and every agency id in requests.yaml exists in agencies.yaml; no duplicate
Message-IDs; no line over 998 bytes; attachments under 30 KB; each labelled tracking number matches its
agency's pattern and appears in the message (subject, decoded text, PDF text layer or attachment name);
thread headers and plus-addresses agree with the label; due/appeal_due only on labels with a request;
every kind appears at least twice; at least two request:null messages; a "tracking" signal needs the same
number (in any shape: separators and 20YY/YY year forms are normalised) in an earlier label of the request;
compute_labels.py --check passes.
"""
import sys, re, html, subprocess, collections, email, email.policy, email.utils
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
KINDS = ['acknowledgment', 'extension', 'fee_estimate', 'clarification', 'records_interim', 'records_final',
         'no_records', 'denial', 'portal_notice', 'auto_reply', 'bounce', 'other']
problems = []


def bad(msg):
    problems.append(msg)


def norm_tracking(t):
    s = re.sub(r'[^0-9A-Z]', ' ', t.upper()).split()
    s = [re.sub(r'^20(\d\d)$', r'\1', part) for part in s]
    return ''.join(s)


def collect(msg, texts, names):
    for part in msg.walk():
        for d in part.defects:
            texts.append(('DEFECT', repr(d)))
        for k, v in part.items():
            for d in getattr(v, 'defects', ()):
                texts.append(('DEFECT', '%s header: %r' % (k, d)))
        fn = part.get_filename()
        if fn:
            names.append(fn)
        if part.is_multipart() or part.get_content_type() == 'message/rfc822':
            continue
        ct = part.get_content_type()
        try:
            payload = part.get_content()
        except Exception as e:  # noqa
            bad('cannot decode part %s: %s' % (ct, e))
            continue
        if isinstance(payload, bytes):
            payload = payload.decode('latin-1' if ct == 'application/pdf' else 'utf-8', 'replace')
        elif not isinstance(payload, str):
            payload = str(payload)
        if ct == 'text/html':
            payload = html.unescape(re.sub(r'<[^>]+>', ' ', payload))
        texts.append((ct, payload))


def main():
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    labels = yaml.safe_load((HERE / 'labels.yaml').read_text())
    facts = {f['file']: f for f in yaml.safe_load((HERE / 'facts.yaml').read_text())}
    files = sorted(p.name for p in (HERE / 'messages').glob('*.eml'))
    for r in reqs.values():
        if r['agency'] not in ags:
            bad('request %s: unknown agency %s' % (r['id'], r['agency']))
    if [l['file'] for l in labels] != files:
        bad('labels.yaml files do not match messages/ (order or set)')
    if sorted(facts) != files:
        bad('facts.yaml files do not match messages/')
    by_mid = {r['message_id']: rid for rid, r in reqs.items()}
    by_plus = {r['reply_address']: rid for rid, r in reqs.items()}
    seen_ids, last_date = set(), None
    kinds = collections.Counter()
    signals = collections.Counter()
    for i, lab in enumerate(labels):
        fn = lab['file']
        path = HERE / 'messages' / fn
        if not path.exists():
            bad('%s: label file does not exist' % fn)
            continue
        raw = path.read_bytes()
        for n, line in enumerate(raw.split(b'\n')):
            if len(line) > 998:
                bad('%s: line %d longer than 998 bytes' % (fn, n + 1))
        try:
            with open(path, 'rb') as fh:
                msg = email.message_from_binary_file(fh, policy=email.policy.default)
        except Exception as e:  # noqa
            bad('%s: does not parse: %s' % (fn, e))
            continue
        for h in ['From', 'To', 'Date', 'Subject', 'Message-ID', 'MIME-Version', 'Content-Type']:
            if msg[h] is None:
                bad('%s: missing %s' % (fn, h))
        mid = str(msg['Message-ID']).strip()
        if mid in seen_ids:
            bad('%s: duplicate Message-ID' % fn)
        seen_ids.add(mid)
        try:
            d = email.utils.parsedate_to_datetime(str(msg['Date']))
        except Exception as e:  # noqa
            bad('%s: bad Date: %s' % (fn, e))
            continue
        if last_date and d < last_date:
            bad('%s: Date earlier than previous message' % fn)
        last_date = d
        texts, names = [], []
        collect(msg, texts, names)
        for ct, t in texts:
            if ct == 'DEFECT':
                bad('%s: parser defect %s' % (fn, t))
        for part in msg.walk():
            if part.get_filename() and not part.is_multipart():
                size = len(part.get_payload(decode=True) or b'')
                if size > 30 * 1024:
                    bad('%s: attachment %s is %d bytes' % (fn, part.get_filename(), size))
        blob = '\n'.join([str(msg['Subject'])] + [t for _, t in texts] + names)
        if lab['kind'] not in KINDS:
            bad('%s: bad kind %s' % (fn, lab['kind']))
        kinds[lab['kind']] += 1
        rid = lab['request']
        if rid is not None and rid not in reqs:
            bad('%s: unknown request %s' % (fn, rid))
            continue
        if rid is not None and d.date() < reqs[rid]['sent']:
            bad('%s: dated %s, before request %s was sent (%s)' % (fn, d.date(), rid, reqs[rid]['sent']))
        trk = lab.get('tracking_number')
        if trk:
            if rid is None:
                bad('%s: tracking number on a request:null label' % fn)
            else:
                pat = ags[reqs[rid]['agency']].get('tracking_pattern')
                if not pat or not re.fullmatch(pat.replace('\\b', ''), trk):
                    bad('%s: tracking %s does not match agency pattern' % (fn, trk))
            if trk not in blob:
                bad('%s: tracking %s not found anywhere in the message' % (fn, trk))
        refs = ' '.join(str(msg[h] or '') for h in ['In-Reply-To', 'References'])
        for m, r in by_mid.items():
            if m in refs and r != rid:
                bad('%s: thread headers point to %s but label is %s' % (fn, r, rid))
        to = str(msg['To'] or '') + ' ' + str(msg['Cc'] or '')
        for a, r in by_plus.items():
            if a in to and r != rid:
                bad('%s: plus-address of %s but label is %s' % (fn, r, rid))
        if ('due' in lab or 'appeal_due' in lab) and rid is None:
            bad('%s: due without request' % fn)
        sig = facts.get(fn, {}).get('signals', [])
        if 'tracking' in sig and rid:
            if not trk:
                bad('%s: tracking signal but no tracking number' % fn)
            elif not any(l2['request'] == rid and l2.get('tracking_number') and
                         norm_tracking(l2['tracking_number']) == norm_tracking(trk) for l2 in labels[:i]):
                bad('%s: tracking signal but %s was not stated earlier for %s' % (fn, trk, rid))
        for s in sig:
            signals[s] += 1
    for k in KINDS:
        if kinds[k] < 2:
            bad('kind %s appears only %d times' % (k, kinds[k]))
    nulls = sum(1 for l in labels if l['request'] is None)
    if nulls < 2:
        bad('only %d request: null messages' % nulls)
    r = subprocess.run([sys.executable, str(HERE / 'compute_labels.py'), '--check'], capture_output=True, text=True)
    if r.returncode:
        bad('compute_labels.py --check failed:\n' + r.stdout + r.stderr)
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
