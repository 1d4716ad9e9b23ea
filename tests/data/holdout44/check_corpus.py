#!/usr/bin/env python3
"""Sanity checks for this set.

    python check_corpus.py        (needs pyyaml, holidays, numpy; pypdf optional for the PDF text-layer check)

Checks: every message parses without MIME defects and has the basic headers; labels.yaml lists exactly the
files in messages/ in file-name order; Date: headers are in non-decreasing order and no message is dated before
the request it is labeled with; every labeled request id exists; kinds are valid and each appears at least
twice; tracking numbers appear in the message (subject, text, attachment names or PDF text) and fit the
agency pattern; thread headers and plus addresses agree with the label; due/appeal_due only with a request;
acknowledgments and extensions carry a due unless the jurisdiction has no extension days; attachments are
small and PDFs have a text layer; Message-IDs are unique; compute_labels.py --check passes.
"""
import sys, re, html, io, subprocess, collections, email, email.policy, email.utils, datetime as dt
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
    except ImportError:  # fall back to the raw content streams (these PDFs are uncompressed)
        return ' '.join(x.decode('latin-1') for x in re.findall(rb'\((.*?)\) Tj', data, re.S))
    return '\n'.join(p.extract_text() or '' for p in PdfReader(io.BytesIO(data)).pages)


def collect(msg, fn):
    texts, names = [], []
    for part in msg.walk():
        for d in part.defects:
            bad('%s: MIME defect %r' % (fn, d))
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
            if len(payload) > 30 * 1024:
                bad('%s: PDF %s is %d bytes' % (fn, part.get_filename(), len(payload)))
            t = pdf_text(payload)
            if len(t.strip()) < 40:
                bad('%s: PDF %s has no text layer' % (fn, part.get_filename()))
            texts.append(t)
        elif isinstance(payload, bytes):
            texts.append(payload.decode('utf-8', 'replace'))
        else:
            s = str(payload)
            if ct == 'text/html':
                s = html.unescape(re.sub(r'<[^>]+>', ' ', s))
            texts.append(s)
    return texts, names


def main():
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    labels = yaml.safe_load((HERE / 'labels.yaml').read_text())
    files = sorted(p.name for p in (HERE / 'messages').glob('*.eml'))
    if [l['file'] for l in labels] != files:
        bad('labels.yaml files do not match messages/ (order or set)')
    for l in labels:
        if not (HERE / 'messages' / l['file']).exists():
            bad('%s: labeled file does not exist' % l['file'])
    by_mid = {r['message_id']: rid for rid, r in reqs.items()}
    by_plus = {r['reply_address']: rid for rid, r in reqs.items()}
    last, seen = None, set()
    kinds = collections.Counter()
    for lab in labels:
        fn = lab['file']
        path = HERE / 'messages' / fn
        if not path.exists():
            continue
        raw = path.read_bytes()
        for i, line in enumerate(raw.split(b'\n')):
            if len(line) > 998:
                bad('%s: line %d longer than 998 bytes' % (fn, i + 1))
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
        if mid in seen:
            bad('%s: duplicate Message-ID' % fn)
        seen.add(mid)
        d = email.utils.parsedate_to_datetime(str(msg['Date']))
        if d.tzinfo is None:
            bad('%s: Date without zone' % fn)
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
            sent = dt.date.fromisoformat(str(reqs[rid]['sent']))
            if d.date() < sent:
                bad('%s: dated %s, before its request %s was sent (%s)' % (fn, d.date(), rid, sent))
        trk = lab.get('tracking_number')
        if trk:
            pats = [ags[reqs[rid]['agency']].get('tracking_pattern')] if rid else [a.get('tracking_pattern') for a in ags.values()]
            pats = [p for p in pats if p]
            if not any(re.fullmatch(p.replace('\\b', ''), trk) for p in pats):
                bad('%s: tracking %s does not fit the agency pattern' % (fn, trk))
            if trk not in blob:
                bad('%s: tracking %s not found in the message' % (fn, trk))
        refs = ' '.join(str(msg[h] or '') for h in ['In-Reply-To', 'References'])
        for m, r in by_mid.items():
            if m in refs and r != rid:
                bad('%s: thread headers point to %s, label says %s' % (fn, r, rid))
        to = str(msg['To'] or '') + ' ' + str(msg['Cc'] or '')
        for a, r in by_plus.items():
            if a in to and r != rid:
                bad('%s: plus address of %s, label says %s' % (fn, r, rid))
        if rid is None and ('due' in lab or 'appeal_due' in lab):
            bad('%s: due/appeal_due without a request' % fn)
        if lab['kind'] in ('acknowledgment', 'extension') and rid and 'due' not in lab:
            jur = ags[reqs[rid]['agency']]['jurisdiction']
            if not (lab['kind'] == 'extension' and jur == 'US-TX'):
                bad('%s: %s without due' % (fn, lab['kind']))
        if lab['kind'] in ('denial', 'no_records') and rid and 'appeal_due' not in lab:
            bad('%s: %s without appeal_due (null where the table has no appeal days)' % (fn, lab['kind']))
    for k in KINDS:
        if kinds[k] < 2:
            bad('kind %s appears only %d times' % (k, kinds[k]))
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
