#!/usr/bin/env python3
"""Sanity checks for this set.

    python check_corpus.py     (needs pyyaml and holidays; also runs compute_labels.py --check)

Checks: every message parses without defects and has the core headers; labels.yaml lists exactly the files in
messages/ in order; every label's file exists; kinds are valid (each used at least twice); Date: headers are in
file order and none is earlier than the sent date of the request it is labeled with; every request id in the
labels exists in requests.yaml and every request's agency exists in agencies.yaml; facts.yaml and labels.yaml
agree; PDF attachments have a text layer; labels match a fresh run of compute_labels.py.
"""
import sys, re, subprocess, collections, email, email.policy, email.utils
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
KINDS = ['acknowledgment', 'extension', 'fee_estimate', 'clarification', 'records_interim', 'records_final',
         'no_records', 'denial', 'portal_notice', 'auto_reply', 'bounce', 'other']
problems = []


def bad(m):
    problems.append(m)


def main():
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    labels = yaml.safe_load((HERE / 'labels.yaml').read_text())
    facts = {f['file']: f for f in yaml.safe_load((HERE / 'facts.yaml').read_text())}
    files = sorted(p.name for p in (HERE / 'messages').glob('*.eml'))
    if [l['file'] for l in labels] != files:
        bad('labels.yaml files do not match messages/ (order or set)')
    for rid, r in reqs.items():
        if r['agency'] not in ags:
            bad('%s: unknown agency %s' % (rid, r['agency']))
    kinds, last, mids = collections.Counter(), None, set()
    for lab in labels:
        fn = lab['file']
        p = HERE / 'messages' / fn
        if not p.exists():
            bad('%s: label file does not exist' % fn)
            continue
        raw = p.read_bytes()
        if any(len(l) > 998 for l in raw.split(b'\n')):
            bad('%s: line longer than 998 bytes' % fn)
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for h in ('From', 'To', 'Date', 'Subject', 'Message-ID', 'MIME-Version', 'Content-Type'):
            if msg[h] is None:
                bad('%s: missing %s' % (fn, h))
        for part in msg.walk():
            if part.defects:
                bad('%s: MIME defects %r' % (fn, part.defects))
            if not part.is_multipart() and part.get_content_type() != 'message/rfc822':
                try:
                    c = part.get_content()
                except Exception as e:  # noqa
                    bad('%s: cannot decode %s: %s' % (fn, part.get_content_type(), e))
                    continue
                if part.get_content_type() == 'application/pdf':
                    if not re.search(rb'BT[\s\S]*\(.+\) Tj[\s\S]*ET', c) or not c.startswith(b'%PDF-'):
                        bad('%s: PDF without a text layer' % fn)
        mid = str(msg['Message-ID']).strip()
        if mid in mids:
            bad('%s: duplicate Message-ID' % fn)
        mids.add(mid)
        d = email.utils.parsedate_to_datetime(str(msg['Date']))
        if last and d < last:
            bad('%s: Date %s earlier than previous message %s' % (fn, d, last))
        last = d
        if lab['kind'] not in KINDS:
            bad('%s: bad kind %s' % (fn, lab['kind']))
        kinds[lab['kind']] += 1
        rid = lab['request']
        if rid is not None:
            if rid not in reqs:
                bad('%s: unknown request %s' % (fn, rid))
            elif d.date() < reqs[rid]['sent']:
                bad('%s: dated %s, before request %s was sent (%s)' % (fn, d.date(), rid, reqs[rid]['sent']))
        f = facts.get(fn)
        if not f or f['request'] != rid or f['kind'] != lab['kind'] or f.get('tracking_number') != lab['tracking_number']:
            bad('%s: facts.yaml and labels.yaml disagree' % fn)
        if lab.get('tracking_number'):
            text = raw.decode('utf-8', 'replace')
            if lab['tracking_number'] not in text and not any(
                    lab['tracking_number'] in (pt.get_content().decode('latin-1') if isinstance(pt.get_content(), bytes) else '')
                    for pt in msg.walk() if pt.get_content_type() == 'application/pdf'):
                bad('%s: tracking number %s not found in message' % (fn, lab['tracking_number']))
    for k in KINDS:
        if kinds[k] < 2:
            bad('kind %s used %d times (< 2)' % (k, kinds[k]))
    r = subprocess.run([sys.executable, str(HERE / 'compute_labels.py'), '--check'], capture_output=True, text=True)
    if r.returncode:
        bad('compute_labels --check failed:\n' + r.stdout + r.stderr)
    print('%d messages, %d requests, %d agencies' % (len(labels), len(reqs), len(ags)))
    print('kinds:', dict(sorted(kinds.items())))
    if problems:
        print('\n'.join('PROBLEM: ' + p for p in problems))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
