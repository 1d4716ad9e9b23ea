#!/usr/bin/env python3
"""Sanity checks for the holdout22 set.

    python check_corpus.py        (needs pyyaml, holidays, numpy; runs compute_labels.py --check)

Checks: every message parses with the default email policy and no parser defects; required headers; no line
over 998 bytes; attachments <= 30 KB; unique Message-IDs; every label's file exists and every message has a
label (same order); Date: headers never go backwards in file order and no message is dated before the request
it is labelled with; every request id exists; kinds are valid and each appears at least twice; tracking numbers
appear somewhere in the message (subject, text parts, attachment names, PDF text) and match the agency's
listed pattern (except El Paso's post-October GovQA numbers, which deliberately do not - see NOTES.md);
thread headers and plus-addresses agree with the labels; ack/extension labels carry a `due` key and adverse
labels an `appeal_due` key; compute_labels.py --check passes.
"""
import sys, re, html, subprocess, collections, email, email.policy, email.utils, datetime as dt
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
KINDS = ['acknowledgment', 'extension', 'fee_estimate', 'clarification', 'records_interim', 'records_final',
         'no_records', 'denial', 'portal_notice', 'auto_reply', 'bounce', 'other']
# El Paso changed systems on Oct 1, 2026; agencies.yaml (written before) lists only the old PIR- format.
EXPECTED_PATTERN_MISMATCH = {'REQ-013'}
problems = []


def bad(m):
    problems.append(m)


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
            bad('%s: cannot decode %s part: %s' % (fn, ct, e))
            continue
        if isinstance(payload, bytes):
            payload = payload.decode('latin-1' if ct == 'application/pdf' else 'utf-8', 'replace')
        elif not isinstance(payload, str):
            payload = str(payload)
        if ct == 'text/html':
            payload = html.unescape(re.sub(r'<[^>]+>', ' ', payload))
        out.append(payload)
    return out, names


def main():
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    for r in reqs.values():
        if r['agency'] not in ags:
            bad('%s: unknown agency %s' % (r['id'], r['agency']))
    labels = yaml.safe_load((HERE / 'labels.yaml').read_text())
    files = sorted(p.name for p in (HERE / 'messages').glob('*.eml'))
    for lab in labels:
        if not (HERE / 'messages' / lab['file']).exists():
            bad('label for missing file %s' % lab['file'])
    if [l['file'] for l in labels] != files:
        bad('labels.yaml entries do not match messages/ one-to-one in file-name order')
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
        for i, line in enumerate(raw.split(b'\n'), 1):
            if len(line) > 998:
                bad('%s: line %d longer than 998 bytes' % (fn, i))
        with open(path, 'rb') as fh:
            msg = email.message_from_binary_file(fh, policy=email.policy.default)
        for hname in ['From', 'To', 'Date', 'Subject', 'Message-ID', 'MIME-Version', 'Content-Type']:
            if msg[hname] is None:
                bad('%s: missing %s header' % (fn, hname))
        m_id = str(msg['Message-ID']).strip()
        if m_id in seen:
            bad('%s: duplicate Message-ID' % fn)
        seen.add(m_id)
        d = email.utils.parsedate_to_datetime(str(msg['Date']))
        if d.tzinfo is None:
            bad('%s: Date without time zone' % fn)
        if last and d < last:
            bad('%s: Date earlier than the previous message' % fn)
        last = d
        texts, names = texts_of(msg, fn)
        for part in msg.walk():
            if part.get_filename() and not part.is_multipart():
                size = len(part.as_bytes()) if part.get_content_type() == 'message/rfc822' else len(part.get_payload(decode=True) or b'')
                if size > 30 * 1024:
                    bad('%s: attachment %s is %d bytes' % (fn, part.get_filename(), size))
        blob = '\n'.join([str(msg['Subject'])] + texts + names)
        if lab['kind'] not in KINDS:
            bad('%s: unknown kind %s' % (fn, lab['kind']))
        kinds[lab['kind']] += 1
        rid = lab['request']
        if rid is not None and rid not in reqs:
            bad('%s: unknown request id %s' % (fn, rid))
            continue
        if rid is not None and d.date() < reqs[rid]['sent']:
            bad('%s: dated %s, before its request %s was sent (%s)' % (fn, d.date(), rid, reqs[rid]['sent']))
        trk = lab.get('tracking_number')
        if trk:
            if trk not in blob:
                bad('%s: tracking number %s not found in the message' % (fn, trk))
            if rid:
                pat = ags[reqs[rid]['agency']].get('tracking_pattern')
                ok = bool(pat and re.fullmatch(pat.replace('\\b', ''), trk))
                if not ok and rid not in EXPECTED_PATTERN_MISMATCH:
                    bad('%s: tracking %s does not match the %s pattern' % (fn, trk, reqs[rid]['agency']))
                if ok and rid in EXPECTED_PATTERN_MISMATCH and not trk.startswith('PIR-'):
                    bad('%s: expected a pattern mismatch for %s' % (fn, trk))
        refs = ' '.join(str(msg[h] or '') for h in ['In-Reply-To', 'References'])
        for m, r in by_mid.items():
            if m in refs and r != rid:
                bad('%s: thread headers point to %s but label says %s' % (fn, r, rid))
        to = ' '.join(str(msg[h] or '') for h in ['To', 'Cc'])
        for a, r in by_plus.items():
            if a in to and r != rid:
                bad('%s: plus-address of %s but label says %s' % (fn, r, rid))
        if rid is None and any(k in lab for k in ('due', 'appeal_due')):
            bad('%s: date label without a request' % fn)
        if lab['kind'] in ('acknowledgment', 'extension') and rid and 'due' not in lab:
            bad('%s: %s without a due key' % (fn, lab['kind']))
        if lab['kind'] in ('denial', 'no_records') and 'appeal_due' not in lab:
            bad('%s: %s without an appeal_due key' % (fn, lab['kind']))
        for k in ('due', 'appeal_due', 'estimated'):
            if lab.get(k) is not None and not isinstance(lab[k], dt.date):
                bad('%s: %s is not a date' % (fn, k))
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
