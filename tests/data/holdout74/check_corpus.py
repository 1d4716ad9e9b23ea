#!/usr/bin/env python3
"""Sanity checks for this set.

    python check_corpus.py      (needs pyyaml, holidays, numpy; also runs compute_labels.py --check)

Checks: every .eml parses without defects and has the basic headers; labels.yaml lists exactly the files in
messages/ in order; Date: headers are in non-decreasing order and no reply is dated before the request it is
labeled with; every labeled request id exists; tracking numbers match the agency pattern and appear in the
message (text, attachment text or file name); thread headers / plus addresses agree with the label; acknowledgment
and extension labels carry a due date whenever the rules table gives a number for them; adverse determinations
carry appeal_due (null where the table has no appeal window); kind coverage; labels equal compute_labels output.
"""
import sys, re, html, subprocess, collections, email, email.policy, email.utils, datetime as dt
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True
import compute_labels as CL  # noqa: E402
KINDS = ['acknowledgment', 'extension', 'fee_estimate', 'clarification', 'records_interim', 'records_final',
         'no_records', 'denial', 'portal_notice', 'auto_reply', 'bounce', 'other']
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
        try:
            payload = part.get_content()
        except Exception as e:  # noqa
            bad('%s: cannot decode %s: %s' % (fn, part.get_content_type(), e))
            continue
        if isinstance(payload, bytes):
            payload = payload.decode('latin-1')
        elif not isinstance(payload, str):
            payload = str(payload)
        if part.get_content_type() == 'text/html':
            payload = html.unescape(re.sub(r'<[^>]+>', ' ', payload))
        out.append(payload)
    return out, names

def main():
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    labels = yaml.safe_load((HERE / 'labels.yaml').read_text())
    files = sorted(p.name for p in (HERE / 'messages').glob('*.eml'))
    if [l['file'] for l in labels] != files:
        bad('labels.yaml files do not match messages/ (order or set)')
    for l in labels:
        if not (HERE / 'messages' / l['file']).exists():
            bad('%s: label file does not exist' % l['file'])
    by_mid = {r['message_id']: rid for rid, r in reqs.items()}
    by_plus = {r['reply_address']: rid for rid, r in reqs.items()}
    seen, last = set(), None
    kinds = collections.Counter()
    for lab in labels:
        fn = lab['file']
        p = HERE / 'messages' / fn
        if not p.exists():
            continue
        raw = p.read_bytes()
        if any(len(line) > 998 for line in raw.split(b'\n')):
            bad('%s: line longer than 998 bytes' % fn)
        with open(p, 'rb') as fh:
            msg = email.message_from_binary_file(fh, policy=email.policy.default)
        for h in ['From', 'To', 'Date', 'Subject', 'Message-ID', 'MIME-Version', 'Content-Type']:
            if msg[h] is None:
                bad('%s: missing %s' % (fn, h))
        m = str(msg['Message-ID']).strip()
        if m in seen:
            bad('%s: duplicate Message-ID' % fn)
        seen.add(m)
        d = email.utils.parsedate_to_datetime(str(msg['Date']))
        if last and d < last:
            bad('%s: Date earlier than the previous message' % fn)
        last = d
        texts, names = texts_of(msg, fn)
        blob = '\n'.join([str(msg['Subject'])] + texts + names)
        if lab['kind'] not in KINDS:
            bad('%s: bad kind %s' % (fn, lab['kind']))
        kinds[lab['kind']] += 1
        rid = lab['request']
        if rid is not None and rid not in reqs:
            bad('%s: unknown request %s' % (fn, rid))
            continue
        if rid and d.date() < reqs[rid]['sent']:
            bad('%s: dated before its request %s was sent' % (fn, rid))
        trk = lab.get('tracking_number')
        if trk:
            pat = ags[reqs[rid]['agency']].get('tracking_pattern') if rid else None
            if rid and not pat:
                bad('%s: tracking %s but agency has no tracking pattern' % (fn, trk))
            elif pat and not re.fullmatch(pat.replace('\\b', ''), trk):
                bad('%s: tracking %s does not match %s' % (fn, trk, pat))
            if trk not in blob:
                bad('%s: tracking %s not found in the message' % (fn, trk))
        refs = ' '.join(str(msg[h] or '') for h in ['In-Reply-To', 'References'])
        for mm, r in by_mid.items():
            if mm in refs and r != rid:
                bad('%s: thread headers point to %s but label is %s' % (fn, r, rid))
        to = str(msg['To'] or '') + ' ' + str(msg['Cc'] or '')
        for a, r in by_plus.items():
            if a in to and r != rid:
                bad('%s: plus-address of %s but label is %s' % (fn, r, rid))
        if rid is None and ('due' in lab or 'appeal_due' in lab):
            bad('%s: due without request' % fn)
        if rid:
            jur = ags[reqs[rid]['agency']]['jurisdiction']
            initial, ext, appeal = CL.rule(jur)
            if lab['kind'] == 'acknowledgment' and initial and 'due' not in lab:
                bad('%s: acknowledgment without due' % fn)
            if lab['kind'] == 'extension' and ext and 'due' not in lab:
                bad('%s: extension without due' % fn)
            if lab['kind'] == 'extension' and not ext and not lab.get('estimated'):
                bad('%s: extension in a state without extension days but no estimated date' % fn)
            if lab['kind'] in ('denial', 'no_records') and 'appeal_due' not in lab:
                bad('%s: adverse determination without appeal_due key' % fn)
            if 'appeal_due' in lab and (lab['appeal_due'] is None) != (appeal is None):
                bad('%s: appeal_due inconsistent with the rules table' % fn)
    for k in KINDS:
        if kinds[k] < 2:
            bad('kind %s appears only %d times' % (k, kinds[k]))
    nulls = sum(1 for l in labels if l['request'] is None)
    r = subprocess.run([sys.executable, str(HERE / 'compute_labels.py'), '--check'], capture_output=True, text=True)
    if r.returncode:
        bad('compute_labels.py --check failed:\n' + r.stdout + r.stderr)
    print('messages: %d, requests: %d, request:null: %d' % (len(labels), len(reqs), nulls))
    print('kinds:', dict(sorted(kinds.items())))
    if problems:
        print('\nPROBLEMS (%d):' % len(problems))
        for p in problems:
            print(' -', p)
        sys.exit(1)
    print('all checks passed')

if __name__ == '__main__':
    main()
