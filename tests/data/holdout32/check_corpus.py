#!/usr/bin/env python3
"""Sanity checks for the holdout32 set.

    python3 check_corpus.py     (needs pyyaml; holidays + numpy for compute_labels.py --check; pypdf optional)

Checks: every .eml parses without defects and has the basic headers; every label's file exists and every file has
a label (same order); Date: headers are in file-name order and none is earlier than the `sent` date of the request
it is labelled with; every request id in labels/facts exists in requests.yaml and every agency id exists;
kinds are valid; tracking numbers appear in the message (subject, text of any part, attachment names or PDF text)
and match the agency's pattern; thread headers and plus-addresses never point at a different request than the label;
acknowledgment/extension labels carry a due key; appeal_due only on adverse kinds; lines <= 998 bytes; attachments
<= 30 KB; PDFs have a text layer; compute_labels.py --check passes. Prints per-kind and per-signal counts.
"""
import sys, re, io, html, subprocess, collections, email, email.policy, email.utils
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
KINDS = ['acknowledgment', 'extension', 'fee_estimate', 'clarification', 'records_interim', 'records_final',
         'no_records', 'denial', 'portal_notice', 'auto_reply', 'bounce', 'other']
ADVERSE = {'denial', 'no_records', 'records_final'}
problems = []


def bad(m):
    problems.append(m)


def pdf_text(data):
    try:
        import pypdf
    except ImportError:  # fall back to the raw (uncompressed) content streams
        return ' '.join(re.findall(r'\((.*?)\) Tj', data.decode('latin-1')))
    r = pypdf.PdfReader(io.BytesIO(data))
    return '\n'.join(p.extract_text() or '' for p in r.pages)


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
            t = pdf_text(payload)
            if len(t.strip()) < 40:
                bad('%s: PDF %s has no text layer' % (fn, part.get_filename()))
            payload = t
        elif isinstance(payload, bytes):
            payload = payload.decode('utf-8', 'replace')
        elif not isinstance(payload, str):
            payload = str(payload)
        if ct == 'text/html':
            payload = html.unescape(re.sub(r'<[^>]+>', ' ', payload))
        if part.get_filename() and not part.is_multipart():
            raw = part.get_payload(decode=True) or b''
            if len(raw) > 30 * 1024:
                bad('%s: attachment %s is %d bytes' % (fn, part.get_filename(), len(raw)))
        out.append(payload)
    return out, names


def main():
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    labels = yaml.safe_load((HERE / 'labels.yaml').read_text())
    facts = {f['file']: f for f in yaml.safe_load((HERE / 'facts.yaml').read_text())}
    for rid, r in reqs.items():
        if r['agency'] not in ags:
            bad('%s: unknown agency %s' % (rid, r['agency']))
    files = sorted(p.name for p in (HERE / 'messages').glob('*.eml'))
    for lab in labels:
        if not (HERE / 'messages' / lab['file']).exists():
            bad('label for missing file %s' % lab['file'])
    if [l['file'] for l in labels] != files:
        bad('labels.yaml files do not match messages/ (set or order)')
    if set(facts) != set(files):
        bad('facts.yaml files do not match messages/')
    by_mid = {r['message_id']: rid for rid, r in reqs.items()}
    by_plus = {r['reply_address']: rid for rid, r in reqs.items()}
    kinds, signals = collections.Counter(), collections.Counter()
    seen, last = set(), None
    for i, lab in enumerate(labels):
        fn = lab['file']
        p = HERE / 'messages' / fn
        if not p.exists():
            continue
        raw = p.read_bytes()
        for n, line in enumerate(raw.split(b'\n')):
            if len(line) > 998:
                bad('%s: line %d longer than 998 bytes' % (fn, n + 1))
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for h in ['From', 'To', 'Date', 'Subject', 'Message-ID', 'MIME-Version', 'Content-Type']:
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
        if last and d < last:
            bad('%s: Date earlier than the previous message' % fn)
        last = d
        texts, names = texts_of(msg, fn)
        blob = '\n'.join([str(msg['Subject'])] + texts + names)
        if lab['kind'] not in KINDS:
            bad('%s: bad kind %s' % (fn, lab['kind']))
        kinds[lab['kind']] += 1
        rid = lab['request']
        if rid is not None and rid not in reqs:
            bad('%s: unknown request %s' % (fn, rid))
            continue
        if rid and d.date() < reqs[rid]['sent']:
            bad('%s: Date %s before request %s was sent (%s)' % (fn, d.date(), rid, reqs[rid]['sent']))
        trk = lab.get('tracking_number')
        if trk:
            pats = [ags[reqs[rid]['agency']]['tracking_pattern']] if rid else [a['tracking_pattern'] for a in ags.values()]
            if not any(re.fullmatch(pt.replace('\\b', ''), trk) for pt in pats):
                bad('%s: tracking %s does not match the agency pattern' % (fn, trk))
            if trk not in blob:
                bad('%s: tracking %s not found in the message' % (fn, trk))
        refs = ' '.join(str(msg[h] or '') for h in ['In-Reply-To', 'References'])
        for m, r in by_mid.items():
            if m in refs and r != rid:
                bad('%s: thread headers point to %s, label is %s' % (fn, r, rid))
        to = ' '.join(str(msg[h] or '') for h in ['To', 'Cc'])
        for a, r in by_plus.items():
            if a in to and r != rid:
                bad('%s: plus-address of %s, label is %s' % (fn, r, rid))
        if lab['kind'] in ('acknowledgment', 'extension') and rid and 'due' not in lab:
            bad('%s: %s without due key' % (fn, lab['kind']))
        if 'appeal_due' in lab and lab['kind'] not in ADVERSE:
            bad('%s: appeal_due on kind %s' % (fn, lab['kind']))
        if ('due' in lab or 'appeal_due' in lab) and rid is None:
            bad('%s: date label without request' % fn)
        f = facts.get(fn, {})
        for k in ('request', 'kind', 'tracking_number', 'why'):
            if f.get(k) != lab.get(k):
                bad('%s: facts/labels disagree on %s' % (fn, k))
        sig = f.get('signals', [])
        if 'tracking' in sig and trk and rid:
            if not any(l2['request'] == rid and l2.get('tracking_number') == trk for l2 in labels[:i]):
                bad('%s: tracking signal but %s not stated earlier for %s' % (fn, trk, rid))
        for s in sig:
            signals[s] += 1
    for k in KINDS:
        if kinds[k] < 2:
            bad('kind %s appears only %d times' % (k, kinds[k]))
    nulls = sum(1 for l in labels if l['request'] is None)
    r = subprocess.run([sys.executable, str(HERE / 'compute_labels.py'), '--check'], capture_output=True, text=True)
    if r.returncode:
        bad('compute_labels.py --check failed:\n' + r.stdout + r.stderr)
    print('messages: %d, requests: %d, request:null: %d' % (len(labels), len(reqs), nulls))
    print('kinds:', dict(sorted(kinds.items())))
    print('signals:', dict(sorted(signals.items())))
    per_req = collections.Counter(l['request'] for l in labels)
    print('messages per request:', dict(sorted(per_req.items(), key=lambda x: str(x[0]))))
    if problems:
        print('\nPROBLEMS (%d):' % len(problems))
        for p in problems:
            print(' -', p)
        sys.exit(1)
    print('all checks passed')


if __name__ == '__main__':
    main()
