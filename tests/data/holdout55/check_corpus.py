#!/usr/bin/env python3
"""Checks for this set. Run: python3 check_corpus.py   (needs pyyaml, holidays, numpy; pypdf optional)

- every .eml parses with email.policy.default without defects, and has the core headers;
- labels.yaml lists exactly the files in messages/ (in order) and every label's file exists;
- Date: headers are in file-name order and no message is dated before the request it answers (its `sent` date);
- every label's request id exists in requests.yaml (or is null); kinds are valid; every kind appears at least twice;
- a labeled tracking number appears somewhere in the message (subject, any decoded part, PDF text or attachment
  name) and matches its agency's tracking_pattern;
- In-Reply-To/References or a plus address that point to one of our requests agree with the label;
- acknowledgments/extensions carry a due wherever the rules table gives day counts; no due without a request;
- each PDF attachment has a text layer; no line over 998 bytes; unique Message-IDs;
- compute_labels.py --check reproduces labels.yaml from facts.yaml.
"""
import sys, re, io, html, subprocess, collections, email, email.policy, email.utils, datetime as dt
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import compute_labels  # noqa: E402

KINDS = ['acknowledgment', 'extension', 'fee_estimate', 'clarification', 'records_interim', 'records_final',
         'no_records', 'denial', 'portal_notice', 'auto_reply', 'bounce', 'other']
problems = []


def bad(m):
    problems.append(m)


def pdf_text(data):
    try:
        import pypdf
        return '\n'.join(p.extract_text() or '' for p in pypdf.PdfReader(io.BytesIO(data)).pages)
    except ImportError:  # crude fallback: literal strings shown with Tj
        return '\n'.join(re.findall(r'\((.*?)\) Tj', data.decode('latin-1')))


def collect(msg, fn):
    texts, names = [str(msg['Subject'] or '')], []
    for part in msg.walk():
        for d in part.defects:
            bad('%s: parser defect %r' % (fn, d))
        for k, v in part.items():
            for d in getattr(v, 'defects', ()):
                bad('%s: header %s defect %r' % (fn, k, d))
        if part.get_filename():
            names.append(part.get_filename())
        if part is not msg and part['Subject'] is not None:  # headers of an embedded (bounced) message
            texts.append(str(part['Subject']))
        ct = part.get_content_type()
        if part.is_multipart() or ct == 'message/rfc822':
            continue
        try:
            payload = part.get_content()
        except Exception as e:  # noqa
            bad('%s: cannot decode %s: %s' % (fn, ct, e))
            continue
        if ct == 'application/pdf':
            t = pdf_text(payload)
            if len(t.strip()) < 40:
                bad('%s: PDF %s has no text layer' % (fn, part.get_filename()))
            texts.append(t)
            if len(payload) > 30 * 1024:
                bad('%s: attachment %s over 30 KB' % (fn, part.get_filename()))
            continue
        if isinstance(payload, bytes):
            payload = payload.decode('utf-8', 'replace')
        elif not isinstance(payload, str):
            payload = str(payload)
        if ct == 'text/html':
            payload = html.unescape(re.sub(r'<[^>]+>', ' ', payload))
        texts.append(payload)
    return '\n'.join(texts + names)


def main():
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    labels = yaml.safe_load((HERE / 'labels.yaml').read_text())
    rules = compute_labels.rules()
    files = sorted(p.name for p in (HERE / 'messages').glob('*.eml'))
    if [l['file'] for l in labels] != files:
        bad('labels.yaml does not list exactly the files in messages/ in order')
    for l in labels:
        if not (HERE / 'messages' / l['file']).exists():
            bad('%s: labeled file missing' % l['file'])
    by_mid = {r['message_id']: rid for rid, r in reqs.items()}
    by_plus = {r['reply_address']: rid for rid, r in reqs.items()}
    kinds, seen, last = collections.Counter(), set(), None
    for lab in labels:
        fn = lab['file']
        path = HERE / 'messages' / fn
        if not path.exists():
            continue
        raw = path.read_bytes()
        for i, line in enumerate(raw.split(b'\n')):
            if len(line) > 998:
                bad('%s: line %d over 998 bytes' % (fn, i + 1))
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for h in ['From', 'To', 'Date', 'Subject', 'Message-ID', 'MIME-Version', 'Content-Type']:
            if msg[h] is None:
                bad('%s: missing %s' % (fn, h))
        mid = str(msg['Message-ID']).strip()
        if mid in seen:
            bad('%s: duplicate Message-ID' % fn)
        seen.add(mid)
        d = email.utils.parsedate_to_datetime(str(msg['Date']))
        if last and d < last:
            bad('%s: Date earlier than the previous message' % fn)
        last = d
        blob = collect(msg, fn)
        kind = lab['kind']
        if kind not in KINDS:
            bad('%s: unknown kind %s' % (fn, kind))
        kinds[kind] += 1
        rid = lab['request']
        if rid is not None and rid not in reqs:
            bad('%s: unknown request %s' % (fn, rid))
            continue
        if rid and d.date() < reqs[rid]['sent']:
            bad('%s: dated %s, before request %s was sent (%s)' % (fn, d.date(), rid, reqs[rid]['sent']))
        trk = lab.get('tracking_number')
        if trk:
            if not rid:
                bad('%s: tracking number without request' % fn)
            else:
                pat = ags[reqs[rid]['agency']].get('tracking_pattern')
                if not pat or not re.fullmatch(pat.replace('\\b', ''), trk):
                    bad('%s: tracking %s does not match the agency pattern' % (fn, trk))
            if trk not in blob:
                bad('%s: tracking %s not found in the message' % (fn, trk))
        refs = ' '.join(str(msg[h] or '') for h in ['In-Reply-To', 'References'])
        for m, r in by_mid.items():
            if m in refs and r != rid:
                bad('%s: thread headers point to %s, label says %s' % (fn, r, rid))
        to = ' '.join(str(msg[h] or '') for h in ['To', 'Cc'])
        for a, r in by_plus.items():
            if a in to and r != rid:
                bad('%s: plus address of %s, label says %s' % (fn, r, rid))
        if ('due' in lab or 'appeal_due' in lab) and rid is None:
            bad('%s: due without request' % fn)
        if rid and kind in ('acknowledgment', 'extension'):
            jur = ags[reqs[rid]['agency']]['jurisdiction']
            initial, ext, _ = rules[jur]
            needs = initial if kind == 'acknowledgment' else ext
            if needs and 'due' not in lab:
                bad('%s: %s without due although %s has day counts' % (fn, kind, jur))
        if kind in ('denial', 'no_records') and 'appeal_due' not in lab:
            bad('%s: %s without appeal_due (null allowed)' % (fn, kind))
    for k in KINDS:
        if kinds[k] < 2:
            bad('kind %s appears %d times (need 2)' % (k, kinds[k]))
    r = subprocess.run([sys.executable, str(HERE / 'compute_labels.py'), '--check'], capture_output=True, text=True)
    if r.returncode:
        bad('compute_labels.py --check failed:\n' + r.stdout + r.stderr)
    nulls = sum(1 for l in labels if l['request'] is None)
    print('messages: %d, requests: %d, agencies: %d, request:null: %d' % (len(labels), len(reqs), len(ags), nulls))
    print('kinds:', dict(sorted(kinds.items())))
    per_req = collections.Counter(l['request'] for l in labels)
    print('per request:', dict(sorted((k or 'null', v) for k, v in per_req.items())))
    if problems:
        print('\nPROBLEMS (%d):' % len(problems))
        for p in problems:
            print(' -', p)
        sys.exit(1)
    print('all checks passed')


if __name__ == '__main__':
    main()
