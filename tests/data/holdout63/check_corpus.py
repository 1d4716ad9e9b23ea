#!/usr/bin/env python3
"""Checks for this set.

    python check_corpus.py      (needs pyyaml and holidays; also runs compute_labels.py --check)

Required checks: every message parses without defects and has the core headers; every label's file exists
(and every message has a label); Date: headers are in file order and none is earlier than the request it
answers; every request id (labels, facts) exists in requests.yaml and every request's agency in agencies.yaml.
Extra checks: kinds valid and each used at least twice; tracking numbers present in the message (any part,
attachment name or PDF text) and matching the agency pattern; In-Reply-To/References and plus-addresses agree
with the label; acknowledgments carry a due; line length <= 998; attachments <= 30 KB; unique Message-IDs.
"""
import collections, email, email.policy, email.utils, html, re, subprocess, sys
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
KINDS = ['acknowledgment', 'extension', 'fee_estimate', 'clarification', 'records_interim', 'records_final',
         'no_records', 'denial', 'portal_notice', 'auto_reply', 'bounce', 'other']
problems = []


def bad(s):
    problems.append(s)


def texts_of(msg):
    """all decoded text of all parts (message/rfc822 included), attachment names, and parser defects"""
    out, names, defects = [], [], []
    for part in msg.walk():
        defects += [repr(d) for d in part.defects]
        for k, v in part.items():
            defects += ['%s: %r' % (k, d) for d in getattr(v, 'defects', ())]
        if part.get_filename():
            names.append(part.get_filename())
        if part.is_multipart() or part.get_content_type() == 'message/rfc822':
            continue
        if part.get_content_type() == 'message/delivery-status':
            out.append(str(part))
            continue
        try:
            pay = part.get_content()
        except Exception as e:  # noqa: BLE001
            bad('cannot decode part %s: %s' % (part.get_content_type(), e))
            continue
        if isinstance(pay, bytes):
            pay = pay.decode('latin-1')
        if part.get_content_type() == 'text/html':
            pay = html.unescape(re.sub(r'<[^>]+>', ' ', pay))
        out.append(str(pay))
    return out, names, defects


def main():
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    labels = yaml.safe_load((HERE / 'labels.yaml').read_text())
    facts = yaml.safe_load((HERE / 'facts.yaml').read_text())
    files = sorted(p.name for p in (HERE / 'messages').glob('*.eml'))
    for r in reqs.values():
        if r['agency'] not in ags:
            bad('request %s: unknown agency %s' % (r['id'], r['agency']))
    if [l['file'] for l in labels] != files:
        bad('labels.yaml files differ from messages/ (missing, extra or out of order)')
    if [f['file'] for f in facts] != [l['file'] for l in labels]:
        bad('facts.yaml and labels.yaml list different files')
    for f in facts:
        if f['request'] is not None and f['request'] not in reqs:
            bad('%s: facts name unknown request %s' % (f['file'], f['request']))
    by_mid = {r['message_id']: k for k, r in reqs.items()}
    by_plus = {r['reply_address']: k for k, r in reqs.items()}
    kinds, seen, last = collections.Counter(), set(), None
    for lab in labels:
        fn = lab['file']
        p = HERE / 'messages' / fn
        if not p.exists():
            bad('%s: label file does not exist' % fn)
            continue
        raw = p.read_bytes()
        if any(len(x) > 998 for x in raw.split(b'\n')):
            bad('%s: line longer than 998 bytes' % fn)
        with open(p, 'rb') as fh:
            msg = email.message_from_binary_file(fh, policy=email.policy.default)
        for hname in ('From', 'To', 'Date', 'Subject', 'Message-ID', 'MIME-Version', 'Content-Type'):
            if msg[hname] is None:
                bad('%s: missing %s' % (fn, hname))
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
        texts, names, defects = texts_of(msg)
        for x in defects:
            bad('%s: parser defect %s' % (fn, x))
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
        if rid is not None:
            if rid not in reqs:
                bad('%s: unknown request %s' % (fn, rid))
                continue
            if d.date() < reqs[rid]['sent']:
                bad('%s: dated before its request %s was sent' % (fn, rid))
        trk = lab.get('tracking_number')
        if trk:
            pats = [ags[reqs[rid]['agency']].get('tracking_pattern')] if rid else [a.get('tracking_pattern') for a in ags.values()]
            if not any(pt and re.fullmatch(pt.replace('\\b', ''), trk) for pt in pats):
                bad('%s: tracking %s does not match the agency pattern' % (fn, trk))
            if trk not in blob:
                bad('%s: tracking %s not found in the message' % (fn, trk))
        refs = ' '.join(str(msg[x] or '') for x in ('In-Reply-To', 'References'))
        for m_, r_ in by_mid.items():
            if m_ in refs and r_ != rid:
                bad('%s: thread headers point to %s, label says %s' % (fn, r_, rid))
        to = ' '.join(str(msg[x] or '') for x in ('To', 'Cc'))
        for a_, r_ in by_plus.items():
            if a_ in to and r_ != rid:
                bad('%s: plus-address of %s, label says %s' % (fn, r_, rid))
        if lab['kind'] == 'acknowledgment' and rid and 'due' not in lab:
            bad('%s: acknowledgment without due' % fn)
        if ('due' in lab or 'appeal_due' in lab) and rid is None:
            bad('%s: date label without request' % fn)
    for k in KINDS:
        if kinds[k] < 2:
            bad('kind %s used %d times (want >= 2)' % (k, kinds[k]))
    r = subprocess.run([sys.executable, str(HERE / 'compute_labels.py'), '--check'], capture_output=True, text=True)
    if r.returncode:
        bad('compute_labels.py --check failed:\n' + r.stdout + r.stderr)
    per_req = collections.Counter(l['request'] for l in labels)
    print('messages: %d  requests: %d  agencies: %d  request:null: %d' % (len(labels), len(reqs), len(ags), per_req[None]))
    print('kinds:', dict(sorted(kinds.items())))
    print('per request:', dict(sorted((k or 'null', v) for k, v in per_req.items())))
    if problems:
        print('\nPROBLEMS (%d):' % len(problems))
        for x in problems:
            print(' -', x)
        sys.exit(1)
    print('all checks passed')


if __name__ == '__main__':
    main()
