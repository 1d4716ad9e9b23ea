#!/usr/bin/env python3
"""Sanity checks for this set.

    python check_corpus.py     (needs pyyaml, holidays, numpy; also runs compute_labels.py --check)

Checks: every message parses without defects and has the core headers; every label's file exists and
labels.yaml lists exactly messages/ in order; Date: headers are non-decreasing in file-name order and no
message is dated before the request it is labeled with; every request id exists and its agency exists;
tracking numbers appear in the message and fit the agency's pattern; thread headers / plus-addresses agree
with the label; every kind appears at least twice; acknowledgments and extensions carry due where the
jurisdiction has a rule; labels.yaml equals what compute_labels.py derives.
"""
import sys, re, html, subprocess, collections, datetime as dt, email, email.policy, email.utils
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
KINDS = ['acknowledgment', 'extension', 'fee_estimate', 'clarification', 'records_interim', 'records_final',
         'no_records', 'denial', 'portal_notice', 'auto_reply', 'bounce', 'other']
problems = []
bad = problems.append

def texts_of(m):
    out, names = [], []
    for part in m.walk():
        for d in part.defects:
            bad('defect %r' % d)
        if part.get_filename():
            names.append(part.get_filename())
        if part.is_multipart() or part.get_content_type() == 'message/rfc822':
            continue
        try:
            p = part.get_content()
        except Exception as e:
            bad('cannot decode %s: %s' % (part.get_content_type(), e)); continue
        if isinstance(p, bytes):
            p = p.decode('latin-1')
        elif not isinstance(p, str):
            p = str(p)
        if part.get_content_type() == 'text/html':
            p = html.unescape(re.sub(r'<[^>]+>', ' ', p))
        out.append(p)
    return out, names

def main():
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    labels = yaml.safe_load((HERE / 'labels.yaml').read_text())
    sys.path.insert(0, str(HERE))
    from compute_labels import RULES
    files = sorted(p.name for p in (HERE / 'messages').glob('*.eml'))
    for l in labels:
        if not (HERE / 'messages' / l['file']).exists():
            bad('label file missing: %s' % l['file'])
    if [l['file'] for l in labels] != files:
        bad('labels.yaml does not list messages/ exactly, in order')
    for rid, r in reqs.items():
        if r['agency'] not in ags:
            bad('%s: unknown agency %s' % (rid, r['agency']))
    by_mid = {r['message_id']: rid for rid, r in reqs.items()}
    by_plus = {r['reply_address']: rid for rid, r in reqs.items()}
    last, seen, kinds = None, set(), collections.Counter()
    for lab in labels:
        fn = lab['file']
        n0 = len(problems)
        raw = (HERE / 'messages' / fn).read_bytes()
        if any(len(x) > 998 for x in raw.split(b'\n')):
            bad('%s: line over 998 bytes' % fn)
        m = email.message_from_bytes(raw, policy=email.policy.default)
        for h in ['From', 'To', 'Date', 'Subject', 'Message-ID', 'MIME-Version', 'Content-Type']:
            if m[h] is None:
                bad('%s: missing %s' % (fn, h))
        if str(m['Message-ID']) in seen:
            bad('%s: duplicate Message-ID' % fn)
        seen.add(str(m['Message-ID']))
        d = email.utils.parsedate_to_datetime(str(m['Date']))
        if last and d < last:
            bad('%s: Date earlier than the previous message' % fn)
        last = d
        texts, names = texts_of(m)
        for i in range(n0, len(problems)):
            problems[i] = '%s: %s' % (fn, problems[i]) if not problems[i].startswith(fn) else problems[i]
        blob = '\n'.join([str(m['Subject'])] + texts + names)
        if lab['kind'] not in KINDS:
            bad('%s: bad kind %s' % (fn, lab['kind']))
        kinds[lab['kind']] += 1
        rid = lab['request']
        if rid is not None:
            if rid not in reqs:
                bad('%s: unknown request %s' % (fn, rid)); continue
            if d.date() < reqs[rid]['sent']:
                bad('%s: dated %s, before request %s was sent (%s)' % (fn, d.date(), rid, reqs[rid]['sent']))
        trk = lab.get('tracking_number')
        if trk:
            pat = ags[reqs[rid]['agency']].get('tracking_pattern') if rid else None
            if rid and (not pat or not re.fullmatch(pat.replace('\\b', ''), trk)):
                bad('%s: tracking %s does not fit the agency pattern' % (fn, trk))
            if trk not in blob:
                bad('%s: tracking %s not found in the message' % (fn, trk))
        refs = ' '.join(str(m[h] or '') for h in ['In-Reply-To', 'References'])
        for mid_, r in by_mid.items():
            if mid_ in refs and r != rid:
                bad('%s: thread headers point to %s, label %s' % (fn, r, rid))
        to = str(m['To'] or '') + ' ' + str(m['Cc'] or '')
        for a, r in by_plus.items():
            if a in to and r != rid:
                bad('%s: plus-address of %s, label %s' % (fn, r, rid))
        if rid and lab['kind'] in ('acknowledgment', 'extension'):
            jur = ags[reqs[rid]['agency']]['jurisdiction']
            init, ext, _ = RULES[jur]
            need = init if lab['kind'] == 'acknowledgment' else (init and ext)
            if need and 'due' not in lab:
                bad('%s: %s without due' % (fn, lab['kind']))
            if not need and 'due' in lab:
                bad('%s: due where the rules table gives none' % fn)
        if ('due' in lab or 'appeal_due' in lab) and rid is None:
            bad('%s: due without request' % fn)
    for k in KINDS:
        if kinds[k] < 2:
            bad('kind %s appears only %d times' % (k, kinds[k]))
    r = subprocess.run([sys.executable, str(HERE / 'compute_labels.py'), '--check'], capture_output=True, text=True)
    if r.returncode:
        bad('compute_labels.py --check failed:\n' + r.stdout + r.stderr)
    print('messages: %d, requests: %d, request:null: %d' % (len(labels), len(reqs), sum(1 for l in labels if l['request'] is None)))
    print('kinds:', dict(sorted(kinds.items())))
    if problems:
        print('PROBLEMS (%d):' % len(problems))
        for p in problems:
            print(' -', p)
        sys.exit(1)
    print('all checks passed')

if __name__ == '__main__':
    main()
