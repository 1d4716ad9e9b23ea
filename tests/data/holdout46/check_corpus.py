#!/usr/bin/env python3
"""Sanity checks for this set.

    python3 check_corpus.py        (needs pyyaml, holidays, numpy; pypdf optional for the PDF text-layer check)

Checks: every .eml parses with email.policy.default without defects and has the basic headers; labels.yaml and
messages/ list the same files in the same order; every label's request id exists (or is null); Date: headers are in
non-decreasing order and no message is dated before the request it answers; Message-IDs are unique; lines <= 998
bytes; attachments <= 30 KB; every labelled tracking number occurs in the message (subject, decoded text, attachment
names or attachment text) and matches the agency's tracking_pattern; In-Reply-To/References and plus-addresses agree
with the label; acknowledgments (and extensions outside Washington) carry a due date; every kind occurs at least
twice; at least 3 request:null messages; PDFs have a text layer; compute_labels.py --check passes.
"""
import sys, re, io, html, subprocess, collections, email, email.policy, email.utils
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
KINDS = ['acknowledgment', 'extension', 'fee_estimate', 'clarification', 'records_interim', 'records_final',
         'no_records', 'denial', 'portal_notice', 'auto_reply', 'bounce', 'other']
problems = []


def bad(m):
    problems.append(m)


def pdf_text(data):
    try:
        from pypdf import PdfReader
    except ImportError:
        return data.decode('latin-1')
    return '\n'.join(p.extract_text() or '' for p in PdfReader(io.BytesIO(data)).pages)


def collect(msg, fn):
    texts, names = [], []
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
            if not t.strip():
                bad('%s: PDF %s has no text layer' % (fn, part.get_filename()))
            payload = t
        elif isinstance(payload, bytes):
            payload = payload.decode('utf-8', 'replace')
        elif not isinstance(payload, str):
            payload = str(payload)
        if ct == 'text/html':
            payload = html.unescape(re.sub(r'<[^>]+>', ' ', payload))
        texts.append(payload)
    return texts, names


def norm(t):
    return re.sub(r'[\s\-]', '', t or '').upper()


def main():
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    labels = yaml.safe_load((HERE / 'labels.yaml').read_text())
    facts = {f['file']: f for f in yaml.safe_load((HERE / 'facts.yaml').read_text())}
    files = sorted(p.name for p in (HERE / 'messages').glob('*.eml'))
    if [l['file'] for l in labels] != files:
        bad('labels.yaml files do not match messages/ (order or set)')
    for l in labels:
        if not (HERE / 'messages' / l['file']).exists():
            bad('label file missing: %s' % l['file'])
    if set(facts) != set(files):
        bad('facts.yaml files do not match messages/')
    by_mid = {r['message_id'].strip('<>').split('.')[0]: rid for rid, r in reqs.items()}  # "req-004" -> REQ-004
    by_plus = {r['reply_address']: rid for rid, r in reqs.items()}
    seen, last = set(), None
    kinds, prim = collections.Counter(), collections.Counter()
    for i, lab in enumerate(labels):
        fn = lab['file']
        path = HERE / 'messages' / fn
        if not path.exists():
            continue
        raw = path.read_bytes()
        for n, line in enumerate(raw.split(b'\n'), 1):
            if len(line) > 998:
                bad('%s: line %d longer than 998 bytes' % (fn, n))
        with open(path, 'rb') as fh:
            msg = email.message_from_binary_file(fh, policy=email.policy.default)
        for h in ['From', 'To', 'Date', 'Subject', 'Message-ID', 'MIME-Version', 'Content-Type']:
            if msg[h] is None:
                bad('%s: missing %s' % (fn, h))
        m_id = str(msg['Message-ID']).strip()
        if m_id in seen:
            bad('%s: duplicate Message-ID' % fn)
        seen.add(m_id)
        d = email.utils.parsedate_to_datetime(str(msg['Date']))
        if last and d < last:
            bad('%s: Date earlier than the previous message' % fn)
        last = d
        rid = lab['request']
        if rid is not None and rid not in reqs:
            bad('%s: unknown request %s' % (fn, rid))
        if rid in reqs and d.date() < reqs[rid]['sent']:
            bad('%s: dated %s, before request %s was sent (%s)' % (fn, d.date(), rid, reqs[rid]['sent']))
        texts, names = collect(msg, fn)
        for part in msg.walk():
            if part.get_filename() and not part.is_multipart():
                size = len(part.as_bytes()) if part.get_content_type() == 'message/rfc822' else len(part.get_payload(decode=True) or b'')
                if size > 30 * 1024:
                    bad('%s: attachment %s is %d bytes' % (fn, part.get_filename(), size))
        blob = '\n'.join([str(msg['Subject'])] + texts + names)
        if lab['kind'] not in KINDS:
            bad('%s: bad kind %s' % (fn, lab['kind']))
        kinds[lab['kind']] += 1
        trk = lab.get('tracking_number')
        if trk:
            pat = ags[reqs[rid]['agency']].get('tracking_pattern') if rid else None
            if rid and not pat:
                bad('%s: tracking number for an agency without a pattern' % fn)
            if pat and not re.fullmatch(pat.replace('\\b', ''), trk):
                bad('%s: tracking %s does not match %s' % (fn, trk, pat))
            if trk not in blob:
                bad('%s: tracking %s not found in the message' % (fn, trk))
        refs = ' '.join(str(msg[h] or '') for h in ['In-Reply-To', 'References'])
        for key, r in by_mid.items():
            if re.search(r'<%s\.\d{8}\.\d+@records\.example\.org>' % key, refs) and r != rid:
                bad('%s: thread headers point to %s but label is %s' % (fn, r, rid))
        to = str(msg['To'] or '') + ' ' + str(msg['Cc'] or '')
        for a, r in by_plus.items():
            if a in to and r != rid:
                bad('%s: plus-address of %s but label is %s' % (fn, r, rid))
        if ('due' in lab or 'appeal_due' in lab) and rid is None:
            bad('%s: due without request' % fn)
        jur = ags[reqs[rid]['agency']]['jurisdiction'] if rid else None
        if rid and lab['kind'] == 'acknowledgment' and 'due' not in lab:
            bad('%s: acknowledgment without due' % fn)
        if rid and lab['kind'] == 'extension' and jur != 'US-WA' and 'due' not in lab:
            bad('%s: extension without due' % fn)
        if lab['kind'] in ('denial', 'no_records') and 'appeal_due' not in lab:
            bad('%s: %s without appeal_due key' % (fn, lab['kind']))
        sig = facts.get(fn, {}).get('signals', [])
        if 'tracking' in sig and trk and rid:
            if not any(l2['request'] == rid and norm(l2.get('tracking_number')) == norm(trk) for l2 in labels[:i]):
                bad('%s: tracking signal but %s was not stated in an earlier message for %s' % (fn, trk, rid))
        order = ['thread', 'thread-embedded', 'plus', 'tracking', 'tracking-new', 'tracking-filename',
                 'tracking-attachment', 'subject', 'none']
        p = next((s for s in order if s in sig), 'none')
        prim[{'thread-embedded': 'thread', 'tracking-new': 'tracking', 'tracking-filename': 'tracking',
              'tracking-attachment': 'tracking'}.get(p, p)] += 1
    for k in KINDS:
        if kinds[k] < 2:
            bad('kind %s appears only %d times' % (k, kinds[k]))
    nulls = sum(1 for l in labels if l['request'] is None)
    if nulls < 3:
        bad('only %d request:null messages' % nulls)
    r = subprocess.run([sys.executable, str(HERE / 'compute_labels.py'), '--check'], capture_output=True, text=True)
    if r.returncode:
        bad('compute_labels.py --check failed:\n' + r.stdout + r.stderr)
    print('messages: %d, requests: %d, request:null: %d' % (len(labels), len(reqs), nulls))
    print('kinds:', dict(sorted(kinds.items())))
    print('primary matching signal:', dict(prim))
    if problems:
        print('\nPROBLEMS (%d):' % len(problems))
        for p in problems:
            print(' -', p)
        sys.exit(1)
    print('all checks passed')


if __name__ == '__main__':
    main()
