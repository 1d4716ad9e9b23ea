#!/usr/bin/env python3
"""Sanity checks for this set.

    python check_corpus.py        (needs pyyaml, holidays, numpy; pypdf optional for the PDF text check)

Checks: every .eml parses without defects and has the basic headers; lines <= 998 bytes; Message-IDs unique;
labels.yaml lists exactly the files in messages/ in order and every label's file exists; every request id
exists; Date: headers are in non-decreasing order and no message is dated before the request it answers;
tracking numbers appear in the message and match the agency pattern; thread headers and plus-addresses agree
with the label; every kind appears at least twice; at least one request: null; PDFs carry a text layer;
compute_labels.py --check passes.
"""
import sys, re, html, subprocess, collections, email, email.policy, email.utils, io
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
        import pypdf
        r = pypdf.PdfReader(io.BytesIO(data))
        return '\n'.join(p.extract_text() or '' for p in r.pages)
    except ImportError:
        return ' '.join(m.decode('latin-1') for m in re.findall(rb'\(((?:[^()\\]|\\.)*)\) Tj', data))


def collect(msg, fn):
    texts, names = [], []
    for part in msg.walk():
        for d in part.defects:
            bad('%s: parser defect %r' % (fn, d))
        for k, v in part.items():
            for d in getattr(v, 'defects', ()):
                bad('%s: %s header defect %r' % (fn, k, d))
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
    for r in reqs.values():
        if r['agency'] not in ags:
            bad('request %s: unknown agency %s' % (r['id'], r['agency']))
    labels = yaml.safe_load((HERE / 'labels.yaml').read_text())
    files = sorted(p.name for p in (HERE / 'messages').glob('*.eml'))
    if [l['file'] for l in labels] != files:
        bad('labels.yaml files do not match messages/ (order or set)')
    by_mid = {r['message_id']: rid for rid, r in reqs.items()}
    by_plus = {r['reply_address']: rid for rid, r in reqs.items()}
    seen, last = set(), None
    kinds = collections.Counter()
    for lab in labels:
        fn = lab['file']
        path = HERE / 'messages' / fn
        if not path.exists():
            bad('%s: label file missing' % fn)
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
        if mid in seen:
            bad('%s: duplicate Message-ID' % fn)
        seen.add(mid)
        d = email.utils.parsedate_to_datetime(str(msg['Date']))
        if last and d < last:
            bad('%s: Date earlier than the previous message' % fn)
        last = d
        texts, names = collect(msg, fn)
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
                bad('%s: dated %s, before request %s was sent (%s)' % (fn, d.date(), rid, reqs[rid]['sent']))
        trk = lab.get('tracking_number')
        if trk:
            pat = ags[reqs[rid]['agency']].get('tracking_pattern') if rid else None
            if rid and (not pat or not re.fullmatch(pat.replace('\\b', ''), trk)):
                bad('%s: tracking %s does not match the agency pattern' % (fn, trk))
            if trk not in blob:
                bad('%s: tracking %s not found in the message' % (fn, trk))
        refs = ' '.join(str(msg[x] or '') for x in ['In-Reply-To', 'References'])
        for m, r in by_mid.items():
            if m in refs and r != rid:
                bad('%s: thread headers point to %s but label is %s' % (fn, r, rid))
        to = str(msg['To'] or '') + ' ' + str(msg['Cc'] or '')
        for a, r in by_plus.items():
            if a in to and r != rid:
                bad('%s: plus-address of %s but label is %s' % (fn, r, rid))
        if ('due' in lab or 'appeal_due' in lab) and rid is None:
            bad('%s: due without request' % fn)
        if 'appeal_due' in lab and lab['kind'] not in ('denial', 'no_records', 'records_final'):
            bad('%s: appeal_due on kind %s' % (fn, lab['kind']))
    for k in KINDS:
        if kinds[k] < 2:
            bad('kind %s appears only %d times' % (k, kinds[k]))
    nulls = sum(1 for l in labels if l['request'] is None)
    if nulls < 1:
        bad('no request: null messages')
    r = subprocess.run([sys.executable, str(HERE / 'compute_labels.py'), '--check'], capture_output=True, text=True)
    if r.returncode:
        bad('compute_labels.py --check failed:\n' + r.stdout + r.stderr)
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
