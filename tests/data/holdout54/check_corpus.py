#!/usr/bin/env python3
"""Checks for this set.

    python check_corpus.py      (needs pyyaml; pypdf optional for the PDF text-layer check)

Required checks: every message parses (no parser defects); every label's file exists and every message has a
label; Date: headers are in file order and none is before the `sent` date of the request it answers; every
request id in labels exists in requests.yaml. Further checks: required headers, Date weekday matches the date,
duplicate Message-IDs, lines <= 998 bytes, attachments <= 30 KB, PDFs have a text layer, tracking numbers occur
in the message and match the agency pattern, thread headers / plus addresses agree with the label unless the
fact marks the message as misthreaded, each kind appears at least twice, facts.yaml and labels.yaml agree
(compute_labels.py --check).
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


def pdf_text(data):
    try:
        import io, pypdf
        return '\n'.join(p.extract_text() or '' for p in pypdf.PdfReader(io.BytesIO(data)).pages)
    except ImportError:
        return ' '.join(re.findall(rb'\((.*?)\)\s*Tj', data, re.S)[i].decode('latin-1')
                        for i in range(len(re.findall(rb'\((.*?)\)\s*Tj', data, re.S))))


def collect(msg, fn):
    texts, names = [], []
    for part in msg.walk():
        for d in part.defects:
            bad('%s: parser defect %r' % (fn, d))
        for k, v in part.items():
            for d in getattr(v, 'defects', ()):
                bad('%s: header %s defect %r' % (fn, k, d))
        name = part.get_filename()
        if name:
            names.append(name)
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct == 'message/rfc822':
            continue
        try:
            payload = part.get_content()
        except Exception as e:  # noqa
            bad('%s: cannot decode %s: %s' % (fn, ct, e))
            continue
        if ct == 'application/pdf':
            if len(payload) > 30 * 1024:
                bad('%s: attachment %s is %d bytes' % (fn, name, len(payload)))
            t = pdf_text(payload)
            if len(t.strip()) < 40:
                bad('%s: PDF %s has no usable text layer' % (fn, name))
            texts.append(t)
            continue
        if isinstance(payload, bytes):
            payload = payload.decode('utf-8', 'replace')
        elif not isinstance(payload, str):
            payload = str(payload)
        if ct == 'text/html':
            payload = html.unescape(re.sub(r'<[^>]+>', ' ', payload))
        texts.append(payload)
    return texts, names


def main():
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    labels = yaml.safe_load((HERE / 'labels.yaml').read_text())
    facts = {f['file']: f for f in yaml.safe_load((HERE / 'facts.yaml').read_text())}
    files = sorted(p.name for p in (HERE / 'messages').glob('*.eml'))
    for lab in labels:
        if not (HERE / 'messages' / lab['file']).exists():
            bad('label file missing: %s' % lab['file'])
    if [l['file'] for l in labels] != files:
        bad('labels.yaml files do not match messages/ (order or set)')
    for r in reqs.values():
        if r['agency'] not in ags:
            bad('%s: unknown agency %s' % (r['id'], r['agency']))
    by_mid = {r['message_id']: rid for rid, r in reqs.items()}
    by_plus = {r['reply_address']: rid for rid, r in reqs.items()}
    seen, last = set(), None
    kinds, signals = collections.Counter(), collections.Counter()
    for lab in labels:
        fn = lab['file']
        path = HERE / 'messages' / fn
        if not path.exists():
            continue
        raw = path.read_bytes()
        for i, line in enumerate(raw.split(b'\n')):
            if len(line) > 998:
                bad('%s: line %d longer than 998 bytes' % (fn, i + 1))
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for h in ['From', 'To', 'Date', 'Subject', 'Message-ID', 'MIME-Version', 'Content-Type']:
            if msg[h] is None:
                bad('%s: missing %s' % (fn, h))
        mid = str(msg['Message-ID']).strip()
        if mid in seen:
            bad('%s: duplicate Message-ID' % fn)
        seen.add(mid)
        d = email.utils.parsedate_to_datetime(str(msg['Date']))
        wd = str(msg['Date']).split(',')[0].strip()
        if wd != d.strftime('%a'):
            bad('%s: Date weekday %s does not match %s' % (fn, wd, d.date()))
        if last and d < last:
            bad('%s: Date earlier than previous message' % fn)
        last = d
        texts, names = collect(msg, fn)
        blob = '\n'.join([str(msg['Subject'])] + texts + names)
        kinds[lab['kind']] += 1
        if lab['kind'] not in KINDS:
            bad('%s: bad kind %s' % (fn, lab['kind']))
        rid = lab['request']
        if rid is not None and rid not in reqs:
            bad('%s: unknown request %s' % (fn, rid))
            continue
        if rid and d.date() < reqs[rid]['sent']:
            bad('%s: dated %s, before %s was sent (%s)' % (fn, d.date(), rid, reqs[rid]['sent']))
        trk = lab.get('tracking_number')
        if trk:
            pats = [ags[reqs[rid]['agency']].get('tracking_pattern')] if rid else \
                [a.get('tracking_pattern') for a in ags.values()]
            if not any(p and re.fullmatch(p.replace('\\b', ''), trk) for p in pats):
                bad('%s: tracking %s does not match the agency pattern' % (fn, trk))
            if trk not in blob:
                bad('%s: tracking %s not found in the message' % (fn, trk))
        f = facts.get(fn, {})
        refs = ' '.join(str(msg[h] or '') for h in ['In-Reply-To', 'References'])
        to = ' '.join(str(msg[h] or '') for h in ['To', 'Cc'])
        for m, r in by_mid.items():
            if m in refs and r != rid and not f.get('misthreaded'):
                bad('%s: thread headers point to %s but label is %s' % (fn, r, rid))
        for a, r in by_plus.items():
            if a in to and r != rid and not f.get('misthreaded'):
                bad('%s: plus-address of %s but label is %s' % (fn, r, rid))
        if f.get('misthreaded') and not any(m in refs for m in by_mid):
            bad('%s: marked misthreaded but has no thread header to a request' % fn)
        if lab['kind'] == 'acknowledgment' and rid and 'due' not in lab:
            bad('%s: acknowledgment without due' % fn)
        if ('due' in lab or 'appeal_due' in lab) and rid is None:
            bad('%s: due without request' % fn)
        for s in f.get('signals', []):
            signals[s] += 1
        if 'tracking' in f.get('signals', []) and trk and rid:
            earlier = [l2 for l2 in labels[:labels.index(lab)] if l2['request'] == rid and l2.get('tracking_number') == trk]
            if not earlier and reqs[rid].get('tracking_number') != trk:
                bad('%s: tracking signal but %s not known before this message' % (fn, trk))
    for k in KINDS:
        if kinds[k] < 2:
            bad('kind %s appears only %d times' % (k, kinds[k]))
    r = subprocess.run([sys.executable, str(HERE / 'compute_labels.py'), '--check'], capture_output=True, text=True)
    if r.returncode:
        bad('compute_labels.py --check failed:\n' + r.stdout + r.stderr)
    nulls = sum(1 for l in labels if l['request'] is None)
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
