#!/usr/bin/env python3
"""Sanity checks for this set.

    python check_corpus.py        (needs PyYAML and holidays; runs compute_labels.py --check too)

Checks: every message parses without parser defects and has the basic headers; no line over 998 bytes; no
duplicate Message-ID; every label's file exists and every message has exactly one label, in file-name order;
Date: headers are in non-decreasing order and no message is dated before the request it answers; every request
id in labels and facts exists in requests.yaml; kinds are known and each kind appears at least twice; tracking
numbers match the agency's pattern and occur somewhere in the message (subject, body, attachment text or
attachment name); thread headers and plus-addresses agree with the label; acknowledgments/extensions carry `due`
only for requests; adverse determinations carry `appeal_due` (a date or null) and nothing else does;
attachments stay under 30 KB; labels.yaml equals what compute_labels.py derives.
"""
import sys, re, html, subprocess, collections, email, email.policy, email.utils
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
KINDS = ['acknowledgment', 'extension', 'fee_estimate', 'clarification', 'records_interim', 'records_final',
         'no_records', 'denial', 'portal_notice', 'auto_reply', 'bounce', 'other']
ADVERSE = {'denial', 'no_records', 'records_final'}
problems = []


def bad(msg):
    problems.append(msg)


def texts_of(msg):
    out, names, defects = [], [], []
    for part in msg.walk():
        defects.extend(repr(d) for d in part.defects)
        for k, v in part.items():
            defects.extend('%s header: %r' % (k, d) for d in getattr(v, 'defects', ()))
        if part.get_filename():
            names.append(part.get_filename())
        if part.get_content_type() == 'message/rfc822':
            inner = part.get_payload(0) if part.is_multipart() else None
            if inner is not None:
                out.append('\n'.join('%s: %s' % (k, v) for k, v in inner.items()))
            continue
        if part.is_multipart():
            continue
        try:
            payload = part.get_content()
        except Exception as e:  # noqa: BLE001
            defects.append('cannot decode %s: %s' % (part.get_content_type(), e))
            continue
        if isinstance(payload, bytes):
            payload = payload.decode('latin-1')
        elif not isinstance(payload, str):
            payload = str(payload)
        if part.get_content_type() == 'text/html':
            payload = html.unescape(re.sub(r'<[^>]+>', ' ', payload))
        out.append(payload)
    return out, names, defects


def main():
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    labels = yaml.safe_load((HERE / 'labels.yaml').read_text())
    facts = yaml.safe_load((HERE / 'facts.yaml').read_text())
    files = sorted(p.name for p in (HERE / 'messages').glob('*.eml'))
    for r in reqs.values():
        if r['agency'] not in ags:
            bad('%s: unknown agency %s' % (r['id'], r['agency']))
    lab_files = [l['file'] for l in labels]
    if lab_files != files:
        bad('labels.yaml files do not match messages/ (order or set)')
    for fn in lab_files:
        if not (HERE / 'messages' / fn).exists():
            bad('%s: labelled file does not exist' % fn)
    if sorted(f['file'] for f in facts) != files:
        bad('facts.yaml files do not match messages/')
    for f in facts:
        if f.get('request') is not None and f['request'] not in reqs:
            bad('%s: facts name unknown request %s' % (f['file'], f['request']))
    by_mid = {r['message_id']: rid for rid, r in reqs.items()}
    by_plus = {r['reply_address']: rid for rid, r in reqs.items()}
    seen, last = set(), None
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
        with open(path, 'rb') as fh:
            msg = email.message_from_binary_file(fh, policy=email.policy.default)
        for hname in ['From', 'To', 'Date', 'Subject', 'Message-ID', 'MIME-Version', 'Content-Type']:
            if msg[hname] is None:
                bad('%s: missing %s' % (fn, hname))
        mid = str(msg['Message-ID']).strip()
        if mid in seen:
            bad('%s: duplicate Message-ID' % fn)
        seen.add(mid)
        try:
            d = email.utils.parsedate_to_datetime(str(msg['Date']))
        except Exception:  # noqa: BLE001
            bad('%s: unparseable Date' % fn)
            continue
        if last and d < last:
            bad('%s: Date earlier than the previous message' % fn)
        last = d
        texts, names, defects = texts_of(msg)
        for x in defects:
            bad('%s: parser defect %s' % (fn, x))
        for part in msg.walk():
            if part.get_filename() and not part.is_multipart():
                size = len(part.as_bytes()) if part.get_content_type() == 'message/rfc822' else len(part.get_payload(decode=True) or b'')
                if size > 30 * 1024:
                    bad('%s: attachment %s is %d bytes' % (fn, part.get_filename(), size))
        blob = '\n'.join([str(msg['Subject'])] + texts + names)
        kind = lab['kind']
        if kind not in KINDS:
            bad('%s: unknown kind %s' % (fn, kind))
        kinds[kind] += 1
        rid = lab['request']
        if rid is not None and rid not in reqs:
            bad('%s: unknown request %s' % (fn, rid))
            continue
        if rid is not None and d.date() < reqs[rid]['sent']:
            bad('%s: dated %s, before its request %s was sent (%s)' % (fn, d.date(), rid, reqs[rid]['sent']))
        trk = lab.get('tracking_number')
        if trk:
            pats = [ags[reqs[rid]['agency']].get('tracking_pattern')] if rid else [a.get('tracking_pattern') for a in ags.values()]
            pats = [p for p in pats if p]
            if not any(re.search(p, trk) and re.search(p, trk).group(0) == trk for p in pats):
                bad('%s: tracking %s does not match the agency pattern' % (fn, trk))
            if trk not in blob:
                bad('%s: tracking %s not found in the message' % (fn, trk))
        refs = ' '.join(str(msg[hn] or '') for hn in ['In-Reply-To', 'References'])
        for m, r in by_mid.items():
            if m in refs and r != rid:
                bad('%s: thread headers point to %s but label is %s' % (fn, r, rid))
        to = str(msg['To'] or '') + ' ' + str(msg['Cc'] or '')
        for a, r in by_plus.items():
            if a in to and r != rid:
                bad('%s: plus-address of %s but label is %s' % (fn, r, rid))
        if ('due' in lab or 'appeal_due' in lab) and rid is None:
            bad('%s: due/appeal_due without a request' % fn)
        if 'due' in lab and kind not in ('acknowledgment', 'extension'):
            bad('%s: due on a %s' % (fn, kind))
        if 'appeal_due' in lab and kind not in ADVERSE:
            bad('%s: appeal_due on a %s' % (fn, kind))
        if kind in ('denial', 'no_records') and rid and 'appeal_due' not in lab:
            bad('%s: %s without appeal_due (date or null)' % (fn, kind))
    for k in KINDS:
        if kinds[k] < 2:
            bad('kind %s appears only %d times' % (k, kinds[k]))
    nulls = sum(1 for l in labels if l['request'] is None)
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
