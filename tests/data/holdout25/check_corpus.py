#!/usr/bin/env python3
"""Sanity checks for this set.

    python check_corpus.py      (needs pyyaml, holidays, numpy; also runs compute_labels.py --check)

Checks: every .eml parses with email.policy.default without defects and has the basic headers; lines <= 998
bytes; attachments <= 30 KB; Message-IDs unique; labels.yaml lists exactly the message files in file-name order
and every labelled file exists; Date: headers are in non-decreasing order and no message is dated before the
request it answers was sent; every request id (labels, facts) and agency id (requests) exists; kinds are valid and
each appears at least twice; a labelled tracking number occurs in the message (subject, any decoded part, PDF text
layer incl. Flate streams, attachment names) and matches the agency's pattern; thread headers and plus-addresses
in To:/Cc: never contradict the label; due/appeal_due only on messages with a request; compute_labels.py --check.
"""
import sys, re, html, zlib, subprocess, collections, datetime as dt, email, email.policy, email.utils
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
KINDS = ['acknowledgment', 'extension', 'fee_estimate', 'clarification', 'records_interim', 'records_final',
         'no_records', 'denial', 'portal_notice', 'auto_reply', 'bounce', 'other']
problems = []


def bad(m):
    problems.append(m)


def pdf_text(data):
    out = []
    for m in re.finditer(rb'<<(.*?)>>\s*stream\r?\n(.*?)\r?\nendstream', data, re.S):
        d, s = m.group(1), m.group(2)
        if b'FlateDecode' in d:
            try:
                s = zlib.decompress(s)
            except zlib.error:
                bad('undecodable Flate stream in a PDF')
                continue
        for t in re.finditer(rb'\(((?:\\.|[^\\)])*)\)\s*Tj', s):
            out.append(re.sub(rb'\\(.)', rb'\1', t.group(1)).decode('latin-1'))
    return '\n'.join(out)


def all_text(msg, out, names, fn):
    for part in msg.walk():
        for d in part.defects:
            bad('%s: parser defect %r' % (fn, d))
        for k, v in part.items():
            for d in getattr(v, 'defects', ()):
                bad('%s: %s header defect %r' % (fn, k, d))
        name = part.get_filename()
        if name:
            names.append(name)
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct in ('message/rfc822', 'message/delivery-status'):
            out.append(part.as_string())
            continue
        try:
            payload = part.get_content()
        except Exception as e:  # noqa
            bad('%s: cannot decode part %s: %s' % (fn, ct, e))
            continue
        if isinstance(payload, bytes):
            if name and len(payload) > 30 * 1024:
                bad('%s: attachment %s is %d bytes' % (fn, name, len(payload)))
            payload = pdf_text(payload) if ct == 'application/pdf' else payload.decode('utf-8', 'replace')
        elif not isinstance(payload, str):
            payload = str(payload)
        if ct == 'text/html':
            payload = html.unescape(re.sub(r'<[^>]+>', ' ', payload))
        out.append(payload)


def main():
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    labels = yaml.safe_load((HERE / 'labels.yaml').read_text())
    facts = yaml.safe_load((HERE / 'facts.yaml').read_text())
    for rid, r in reqs.items():
        if r['agency'] not in ags:
            bad('%s: unknown agency %s' % (rid, r['agency']))
    files = sorted(p.name for p in (HERE / 'messages').glob('*.eml'))
    if [l['file'] for l in labels] != files:
        bad('labels.yaml files do not match messages/ (order or set)')
    if [f['file'] for f in facts] != [l['file'] for l in labels]:
        bad('facts.yaml and labels.yaml list different files')
    for f in facts:
        if f.get('request') is not None and f['request'] not in reqs:
            bad('facts %s: unknown request %s' % (f['file'], f['request']))
    by_mid = {r['message_id']: rid for rid, r in reqs.items()}
    by_plus = {r['reply_address'].lower(): rid for rid, r in reqs.items()}
    seen, last = set(), None
    kinds, per_req = collections.Counter(), collections.Counter()
    for lab in labels:
        fn = lab['file']
        path = HERE / 'messages' / fn
        if not path.exists():
            bad('%s: labelled file does not exist' % fn)
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
            bad('%s: duplicate Message-ID %s' % (fn, mid))
        seen.add(mid)
        d = email.utils.parsedate_to_datetime(str(msg['Date']))
        if d.tzinfo is None:
            bad('%s: Date without zone' % fn)
        if last and d < last:
            bad('%s: Date %s earlier than previous message (%s)' % (fn, d, last))
        last = d
        texts, names = [], []
        all_text(msg, texts, names, fn)
        blob = '\n'.join([str(msg['Subject'])] + texts + names)
        kind = lab['kind']
        if kind not in KINDS:
            bad('%s: bad kind %s' % (fn, kind))
        kinds[kind] += 1
        rid = lab['request']
        per_req[rid] += 1
        if rid is not None:
            if rid not in reqs:
                bad('%s: unknown request %s' % (fn, rid))
                continue
            if d.date() < reqs[rid]['sent']:
                bad('%s: dated %s, before %s was sent (%s)' % (fn, d.date(), rid, reqs[rid]['sent']))
        trk = lab.get('tracking_number')
        if trk:
            if rid:
                pats = [ags[reqs[rid]['agency']].get('tracking_pattern')]
            else:
                pats = [a.get('tracking_pattern') for a in ags.values()]
            if not any(p and re.fullmatch(p.replace('\\b', ''), trk) for p in pats):
                bad('%s: tracking %s does not match the agency pattern' % (fn, trk))
            if trk not in blob:
                bad('%s: tracking %s not found in the message' % (fn, trk))
        refs = ' '.join(str(msg[hn] or '') for hn in ['In-Reply-To', 'References'])
        for m, r in by_mid.items():
            if m in refs and r != rid:
                bad('%s: thread headers point to %s but label is %s' % (fn, r, rid))
        to = (str(msg['To'] or '') + ' ' + str(msg['Cc'] or '')).lower()
        for a, r in by_plus.items():
            if a in to and r != rid:
                bad('%s: plus-address of %s but label is %s' % (fn, r, rid))
        if rid is None and ('due' in lab or 'appeal_due' in lab):
            bad('%s: due/appeal_due without a request' % fn)
        if 'appeal_due' in lab and kind not in ('denial', 'no_records', 'records_final'):
            bad('%s: appeal_due on a %s' % (fn, kind))
        for k in ('due', 'appeal_due', 'estimated'):
            v = lab.get(k)
            if v is not None and not isinstance(v, dt.date):
                bad('%s: %s is not a date: %r' % (fn, k, v))
    for k in KINDS:
        if kinds[k] < 2:
            bad('kind %s appears only %d times' % (k, kinds[k]))
    r = subprocess.run([sys.executable, str(HERE / 'compute_labels.py'), '--check'], capture_output=True, text=True)
    if r.returncode:
        bad('compute_labels.py --check failed:\n' + r.stdout + r.stderr)
    print('messages: %d, requests: %d, request:null: %d' % (len(labels), len(reqs), per_req[None]))
    print('kinds:', dict(sorted(kinds.items())))
    print('per request:', dict(sorted((k or 'null', v) for k, v in per_req.items())))
    unused = [rid for rid in reqs if per_req[rid] == 0]
    if unused:
        print('requests with no message:', unused)
    if problems:
        print('\nPROBLEMS (%d):' % len(problems))
        for p in problems:
            print(' -', p)
        sys.exit(1)
    print('all checks passed')


if __name__ == '__main__':
    main()
