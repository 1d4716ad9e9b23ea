#!/usr/bin/env python3
"""Checks for this set: every message parses (no defects), every label's file exists (and every file has a
label), Date: headers are in file order and not before the sent date of the request they answer, each
request id exists, tracking numbers appear in the message (text, PDF text layer or attachment names) and
match the agency pattern, thread headers and plus-addresses agree with the label, PDFs have a text layer,
each kind appears at least twice, and compute_labels.py --check passes.

    python3 check_corpus.py
"""
import sys, re, html, subprocess, collections, email, email.policy, email.utils
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
KINDS = ['acknowledgment', 'extension', 'fee_estimate', 'clarification', 'records_interim', 'records_final',
         'no_records', 'denial', 'portal_notice', 'auto_reply', 'bounce', 'other']
problems = []


def texts_of(msg, fn):
    out, names = [], []
    for part in msg.walk():
        for d in part.defects:
            problems.append('%s: parser defect %r' % (fn, d))
        if part.get_filename():
            names.append(part.get_filename())
        if part.is_multipart() or part.get_content_type() == 'message/rfc822':
            continue
        ct = part.get_content_type()
        try:
            payload = part.get_content()
        except Exception as e:
            problems.append('%s: cannot decode %s: %s' % (fn, ct, e))
            continue
        if ct == 'application/pdf':
            raw = payload.decode('latin-1')
            if not raw.startswith('%PDF') or '%%EOF' not in raw:
                problems.append('%s: attachment %s is not a PDF' % (fn, part.get_filename()))
            layer = ' '.join(re.findall(r'\(((?:[^()\\]|\\.)*)\) Tj', raw))
            if not layer.strip():
                problems.append('%s: PDF %s has no text layer' % (fn, part.get_filename()))
            out.append(layer.replace('\\(', '(').replace('\\)', ')'))
            continue
        if isinstance(payload, bytes):
            payload = payload.decode('utf-8', 'replace')
        if ct == 'text/html':
            payload = html.unescape(re.sub(r'<[^>]+>', ' ', payload))
        out.append(str(payload))
    return out, names


def main():
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    labels = yaml.safe_load((HERE / 'labels.yaml').read_text())
    files = sorted(p.name for p in (HERE / 'messages').glob('*.eml'))
    labelled = [l['file'] for l in labels]
    for f in labelled:
        if f not in files:
            problems.append('label for missing file %s' % f)
    for f in files:
        if f not in labelled:
            problems.append('file without label %s' % f)
    if labelled != sorted(labelled):
        problems.append('labels.yaml not in file-name order')
    for r in reqs.values():
        if r['agency'] not in ags:
            problems.append('%s: unknown agency %s' % (r['id'], r['agency']))
    by_mid = {r['message_id']: rid for rid, r in reqs.items()}
    by_plus = {r['reply_address']: rid for rid, r in reqs.items()}
    kinds, last, seen = collections.Counter(), None, set()
    for lab in labels:
        fn = lab['file']
        p = HERE / 'messages' / fn
        if not p.exists():
            continue
        raw = p.read_bytes()
        if any(len(line) > 998 for line in raw.split(b'\n')):
            problems.append('%s: line over 998 bytes' % fn)
        with open(p, 'rb') as fh:
            msg = email.message_from_binary_file(fh, policy=email.policy.default)
        for h in ['From', 'To', 'Date', 'Subject', 'Message-ID', 'MIME-Version', 'Content-Type']:
            if msg[h] is None:
                problems.append('%s: missing %s' % (fn, h))
        m_id = str(msg['Message-ID']).strip()
        if m_id in seen:
            problems.append('%s: duplicate Message-ID' % fn)
        seen.add(m_id)
        d = email.utils.parsedate_to_datetime(str(msg['Date']))
        if last and d < last:
            problems.append('%s: Date earlier than the previous message' % fn)
        last = d
        rid = lab['request']
        if rid is not None and rid not in reqs:
            problems.append('%s: unknown request %s' % (fn, rid))
            continue
        if rid and d.date() < reqs[rid]['sent']:
            problems.append('%s: dated before its request %s was sent' % (fn, rid))
        if lab['kind'] not in KINDS:
            problems.append('%s: bad kind %s' % (fn, lab['kind']))
        kinds[lab['kind']] += 1
        texts, names = texts_of(msg, fn)
        blob = '\n'.join([str(msg['Subject'])] + texts + names)
        trk = lab.get('tracking_number')
        if trk:
            if trk not in blob:
                problems.append('%s: tracking %s not in message' % (fn, trk))
            pat = ags[reqs[rid]['agency']].get('tracking_pattern') if rid else None
            if rid and (not pat or not re.fullmatch(pat.replace('\\b', ''), trk)):
                problems.append('%s: tracking %s does not match the agency pattern' % (fn, trk))
        refs = ' '.join(str(msg[h] or '') for h in ['In-Reply-To', 'References'])
        if lab['kind'] == 'bounce':
            refs += ' ' + raw.decode('utf-8', 'replace')
        for m, r in by_mid.items():
            if m in refs and r != rid:
                problems.append('%s: thread points to %s, label %s' % (fn, r, rid))
        to = str(msg['To'] or '') + ' ' + str(msg['Cc'] or '')
        for a, r in by_plus.items():
            if a in to and r != rid:
                problems.append('%s: plus-address of %s, label %s' % (fn, r, rid))
        if lab['kind'] in ('acknowledgment',) and 'due' not in lab:
            problems.append('%s: acknowledgment without due' % fn)
        if ('due' in lab or 'appeal_due' in lab) and not rid:
            problems.append('%s: due without request' % fn)
    for k in KINDS:
        if kinds[k] < 2:
            problems.append('kind %s appears %d times (< 2)' % (k, kinds[k]))
    r = subprocess.run([sys.executable, str(HERE / 'compute_labels.py'), '--check'], capture_output=True, text=True)
    if r.returncode:
        problems.append('compute_labels.py --check failed:\n' + r.stdout + r.stderr)
    print('messages %d, requests %d, request:null %d' % (len(labels), len(reqs), sum(1 for l in labels if not l['request'])))
    print('kinds:', dict(sorted(kinds.items())))
    if problems:
        print('PROBLEMS (%d):' % len(problems))
        for p in problems:
            print(' -', p)
        sys.exit(1)
    print('all checks passed')


if __name__ == '__main__':
    main()
