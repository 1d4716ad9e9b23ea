#!/usr/bin/env python3
"""Sanity checks for this set.

    python check_corpus.py        (needs pyyaml, holidays, numpy; also runs compute_labels.py --check)

Checks: every message parses with the stdlib email package (policy.default) without defects and has the
basic headers; every label's file exists and labels.yaml lists exactly the files in messages/ in order;
Date: headers are in file order and no message is dated before the request it is labeled with; every
request id exists; kinds are valid; each label's tracking number occurs in the message (subject, text,
attachment names or PDF text) and fits its agency's pattern; thread headers and plus-addresses that name a
request agree with the label; acknowledgments and extensions carry a due date unless the rules table gives
no days for them; adverse labels carry appeal_due; attachments stay small; PDFs have a text layer; and
compute_labels.py --check passes.
"""
import collections
import datetime as dt
import email
import email.policy
import email.utils
import html
import re
import subprocess
import sys
import zlib  # noqa: F401  (PDFs here are uncompressed; kept for readers extending the check)
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
KINDS = ['acknowledgment', 'extension', 'fee_estimate', 'clarification', 'records_interim', 'records_final',
         'no_records', 'denial', 'portal_notice', 'auto_reply', 'bounce', 'other']
problems = []


def bad(msg):
    problems.append(msg)


def pdf_text(data):
    """Text shown by Tj operators of an uncompressed PDF (enough for the PDFs in this set)."""
    s = data.decode('latin-1')
    out = []
    for m in re.finditer(r'\(((?:\\.|[^\\)])*)\)\s*Tj', s):
        t = m.group(1)
        t = re.sub(r'\\([0-7]{3})', lambda x: bytes([int(x.group(1), 8)]).decode('cp1252'), t)
        t = re.sub(r'\\(.)', r'\1', t)
        out.append(t)
    return '\n'.join(out)


def collect(msg, texts, names, fn):
    for part in msg.walk():
        for d in part.defects:
            bad('%s: parser defect %r' % (fn, d))
        for k, v in part.items():
            for d in getattr(v, 'defects', ()):
                bad('%s: header %s defect %r' % (fn, k, d))
        name = part.get_filename()
        if name:
            names.append(name)
        if part.is_multipart() or part.get_content_type() == 'message/rfc822':
            continue
        ct = part.get_content_type()
        try:
            payload = part.get_content()
        except Exception as e:  # noqa: BLE001
            bad('%s: cannot decode %s: %s' % (fn, ct, e))
            continue
        if isinstance(payload, bytes):
            if len(payload) > 30 * 1024:
                bad('%s: attachment %s is %d bytes' % (fn, name, len(payload)))
            if ct == 'application/pdf':
                if not payload.startswith(b'%PDF-') or b'%%EOF' not in payload:
                    bad('%s: %s is not a complete PDF' % (fn, name))
                t = pdf_text(payload)
                if len(t.strip()) < 40:
                    bad('%s: %s has no text layer' % (fn, name))
                texts.append(t)
            else:
                texts.append(payload.decode('utf-8', 'replace'))
        elif isinstance(payload, str):
            if ct == 'text/html':
                payload = html.unescape(re.sub(r'<[^>]+>', ' ', payload))
            texts.append(payload)
        else:
            texts.append(str(payload))


def main():
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    labels = yaml.safe_load((HERE / 'labels.yaml').read_text())
    facts = {f['file']: f for f in yaml.safe_load((HERE / 'facts.yaml').read_text())}
    for r in reqs.values():
        if r['agency'] not in ags:
            bad('request %s: unknown agency %s' % (r['id'], r['agency']))
    files = sorted(p.name for p in (HERE / 'messages').glob('*.eml'))
    if [lab['file'] for lab in labels] != files:
        bad('labels.yaml does not list exactly the files in messages/ in file-name order')
    if set(facts) != set(files):
        bad('facts.yaml does not cover exactly the files in messages/')
    by_mid = {r['message_id']: rid for rid, r in reqs.items()}
    by_plus = {r['reply_address']: rid for rid, r in reqs.items()}
    sys.dont_write_bytecode = True
    sys.path.insert(0, str(HERE))
    import compute_labels  # noqa: E402
    rules = compute_labels.load_rules()
    kinds = collections.Counter()
    seen_mid, last = set(), None
    for lab in labels:
        fn = lab['file']
        path = HERE / 'messages' / fn
        if not path.exists():
            bad('%s: label file missing' % fn)
            continue
        raw = path.read_bytes()
        for i, line in enumerate(raw.split(b'\n'), 1):
            if len(line) > 998:
                bad('%s: line %d longer than 998 bytes' % (fn, i))
        try:
            raw.decode('ascii')
        except UnicodeDecodeError:
            bad('%s: raw 8-bit bytes in message (should be encoded)' % fn)
        with open(path, 'rb') as fh:
            msg = email.message_from_binary_file(fh, policy=email.policy.default)
        for h in ['From', 'To', 'Date', 'Subject', 'Message-ID', 'MIME-Version', 'Content-Type']:
            if msg[h] is None:
                bad('%s: missing %s' % (fn, h))
        mid = str(msg['Message-ID']).strip()
        if mid in seen_mid:
            bad('%s: duplicate Message-ID' % fn)
        seen_mid.add(mid)
        when = email.utils.parsedate_to_datetime(str(msg['Date']))
        if when.tzinfo is None:
            bad('%s: Date without zone' % fn)
        if last and when < last:
            bad('%s: Date earlier than the previous message' % fn)
        last = when
        texts, names = [], []
        collect(msg, texts, names, fn)
        blob = '\n'.join([str(msg['Subject'])] + texts + names)
        kind = lab['kind']
        if kind not in KINDS:
            bad('%s: bad kind %s' % (fn, kind))
        kinds[kind] += 1
        rid = lab['request']
        if rid is not None and rid not in reqs:
            bad('%s: unknown request %s' % (fn, rid))
            continue
        if rid and when.date() < reqs[rid]['sent']:
            bad('%s: dated %s, before its request %s was sent (%s)' % (fn, when.date(), rid, reqs[rid]['sent']))
        trk = lab.get('tracking_number')
        if trk:
            if trk not in blob:
                bad('%s: tracking number %s not found in the message' % (fn, trk))
            pats = ([ags[reqs[rid]['agency']].get('tracking_pattern')] if rid
                    else [a.get('tracking_pattern') for a in ags.values()])
            if not any(p and re.fullmatch(p.replace(r'\b', ''), trk) for p in pats):
                bad('%s: tracking number %s does not fit the agency pattern' % (fn, trk))
        refs = ' '.join(str(msg[h] or '') for h in ['In-Reply-To', 'References'])
        for m, r in by_mid.items():
            if m in refs and r != rid:
                bad('%s: thread headers name %s but label is %s' % (fn, r, rid))
        to = ' '.join(str(msg[h] or '') for h in ['To', 'Cc'])
        for a, r in by_plus.items():
            if a in to and r != rid:
                bad('%s: plus-address of %s but label is %s' % (fn, r, rid))
        if rid is None and any(k in lab for k in ('due', 'appeal_due')):
            bad('%s: due/appeal_due without a request' % fn)
        if rid:
            rule = rules[ags[reqs[rid]['agency']]['jurisdiction']]
            if kind == 'acknowledgment' and 'due' not in lab and rule['response'][0] is not None:
                bad('%s: acknowledgment without due' % fn)
            if kind == 'extension' and 'due' not in lab and rule['extension'][0] is not None:
                bad('%s: extension without due although the table gives extension days' % fn)
            if kind == 'extension' and 'due' not in lab and not lab.get('estimated'):
                bad('%s: extension with neither due nor estimated' % fn)
            if kind in ('denial', 'no_records') and 'appeal_due' not in lab:
                bad('%s: %s without appeal_due' % (fn, kind))
            if 'appeal_due' in lab and kind not in ('denial', 'no_records', 'records_final'):
                bad('%s: appeal_due on a %s' % (fn, kind))
            if 'due' in lab and kind not in ('acknowledgment', 'extension'):
                bad('%s: due on a %s' % (fn, kind))
        for k in ('due', 'appeal_due', 'estimated'):
            if lab.get(k) is not None and not isinstance(lab[k], dt.date):
                bad('%s: %s is not a date' % (fn, k))
        if 'due' in lab and lab['due'] < when.date():
            bad('%s: due %s is before the message date' % (fn, lab['due']))
    for k in KINDS:
        if kinds[k] < 2:
            bad('kind %s appears only %d times' % (k, kinds[k]))
    r = subprocess.run([sys.executable, str(HERE / 'compute_labels.py'), '--check'], capture_output=True, text=True)
    if r.returncode:
        bad('compute_labels.py --check failed:\n' + r.stdout + r.stderr)
    nulls = sum(1 for lab in labels if lab['request'] is None)
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
