#!/usr/bin/env python3
"""Sanity checks for this set.   python3 check_corpus.py   (needs pyyaml, holidays, numpy)

Checks: every message parses without defects and has the basic headers; labels.yaml lists exactly the files in
messages/ in order; Date: headers are in order and no reply is dated before the request it answers; each request id
exists; tracking numbers match the agency pattern and occur in the message (text, attachments or file names);
thread headers and plus-addresses agree with the label; acknowledgments/extensions carry a due exactly when the
rules table gives the day counts; every kind occurs at least twice; compute_labels.py --check passes.
"""
import sys, re, csv, html, subprocess, collections, email, email.policy, email.utils
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
KINDS = ['acknowledgment', 'extension', 'fee_estimate', 'clarification', 'records_interim', 'records_final',
         'no_records', 'denial', 'portal_notice', 'auto_reply', 'bounce', 'other']
sys.path.insert(0, str(HERE))
from compute_labels import load_rules  # noqa: E402
problems = []


def bad(m):
    problems.append(m)


def texts_of(msg):
    out, names = [], []
    for part in msg.walk():
        for d in part.defects:
            bad('parser defect %r' % d)
        fn = part.get_filename()
        if fn:
            names.append(fn)
        if part.is_multipart() or part.get_content_type() == 'message/rfc822':
            continue
        try:
            p = part.get_content()
        except Exception as e:  # noqa
            bad('cannot decode %s: %s' % (part.get_content_type(), e))
            continue
        if isinstance(p, bytes):
            p = p.decode('latin-1')
        elif not isinstance(p, str):
            p = str(p)
        if part.get_content_type() == 'text/html':
            p = html.unescape(re.sub(r'<[^>]+>', ' ', p))
        out.append(p)
    return out, names


def main():
    rules = load_rules()
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    labels = yaml.safe_load((HERE / 'labels.yaml').read_text())
    files = sorted(p.name for p in (HERE / 'messages').glob('*.eml'))
    if [l['file'] for l in labels] != files:
        bad('labels.yaml files do not match messages/ (order or set)')
    for r in reqs.values():
        if r['agency'] not in ags:
            bad('%s: unknown agency %s' % (r['id'], r['agency']))
    by_mid = {r['message_id']: rid for rid, r in reqs.items()}
    by_plus = {r['reply_address']: rid for rid, r in reqs.items()}
    kinds, last, seen = collections.Counter(), None, set()
    for lab in labels:
        fn = lab['file']
        path = HERE / 'messages' / fn
        if not path.exists():
            bad('%s: file missing' % fn)
            continue
        raw = path.read_bytes()
        if any(len(l) > 998 for l in raw.split(b'\n')):
            bad('%s: line longer than 998 bytes' % fn)
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        n0 = len(problems)
        for h in ['From', 'To', 'Date', 'Subject', 'Message-ID', 'MIME-Version', 'Content-Type']:
            if msg[h] is None:
                bad('%s: missing %s' % (fn, h))
        mid = str(msg['Message-ID']).strip()
        if mid in seen:
            bad('%s: duplicate Message-ID' % fn)
        seen.add(mid)
        d = email.utils.parsedate_to_datetime(str(msg['Date']))
        if last and d < last:
            bad('%s: Date earlier than previous message' % fn)
        last = d
        texts, names = texts_of(msg)
        for i in range(n0, len(problems)):
            problems[i] = fn + ': ' + problems[i] if not problems[i].startswith(fn) else problems[i]
        blob = '\n'.join([str(msg['Subject'])] + texts + names)
        k = lab['kind']
        if k not in KINDS:
            bad('%s: bad kind %s' % (fn, k))
        kinds[k] += 1
        rid = lab['request']
        if rid is not None and rid not in reqs:
            bad('%s: unknown request %s' % (fn, rid))
            continue
        if rid and d.date() < reqs[rid]['sent']:
            bad('%s: dated before its request was sent' % fn)
        trk = lab.get('tracking_number')
        if trk:
            pats = [ags[reqs[rid]['agency']]['tracking_pattern']] if rid else [a['tracking_pattern'] for a in ags.values()]
            if not any(re.fullmatch(p.replace('\\b', ''), trk) for p in pats):
                bad('%s: tracking %s does not match the agency pattern' % (fn, trk))
            if trk not in blob:
                bad('%s: tracking %s not found in the message' % (fn, trk))
        refs = ' '.join(str(msg[h] or '') for h in ['In-Reply-To', 'References'])
        for m, r in by_mid.items():
            if m in refs and r != rid:
                bad('%s: thread headers point to %s but label is %s' % (fn, r, rid))
        to = str(msg['To'] or '') + ' ' + str(msg['Cc'] or '')
        for a, r in by_plus.items():
            if a in to and r != rid:
                bad('%s: plus-address of %s but label is %s' % (fn, r, rid))
        if rid is None and any(x in lab for x in ('due', 'appeal_due', 'estimated')):
            bad('%s: date label without request' % fn)
        if rid:
            ini, ext, app = rules[ags[reqs[rid]['agency']]['jurisdiction']]
            want_due = (k == 'acknowledgment' and ini) or (k == 'extension' and ini and ext)
            if k in ('acknowledgment', 'extension') and bool(want_due) != ('due' in lab):
                bad('%s: %s due presence does not fit the rules table' % (fn, k))
            if k not in ('acknowledgment', 'extension') and 'due' in lab:
                bad('%s: due on a %s' % (fn, k))
            if 'appeal_due' in lab and k not in ('denial', 'no_records', 'records_final'):
                bad('%s: appeal_due on a %s' % (fn, k))
            if k in ('denial', 'no_records') and 'appeal_due' not in lab:
                bad('%s: adverse %s without appeal_due key' % (fn, k))
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
