#!/usr/bin/env python3
"""Sanity checks for this set.

    python check_corpus.py      (needs pyyaml + holidays; also runs compute_labels.py --check)

Checks: every message parses without defects and has the core headers; every label's file exists and every
message has a label (same order); Date: headers are in file order and no message is dated before the request it
is labeled with; every request id (labels, facts) exists in requests.yaml and every request's agency in
agencies.yaml; kinds are valid and each appears at least twice; tracking numbers appear in the message and match
the agency's pattern; thread headers / plus addresses agree with the label; acknowledgments and extensions carry a
due exactly when the rules table gives the numbers; appeal_due only on adverse determinations; labels.yaml equals
what compute_labels.py derives from facts.yaml.
"""
import collections
import email
import email.policy
import email.utils
import html
import re
import subprocess
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from compute_labels import RULES  # noqa: E402

KINDS = ['acknowledgment', 'extension', 'fee_estimate', 'clarification', 'records_interim', 'records_final',
         'no_records', 'denial', 'portal_notice', 'auto_reply', 'bounce', 'other']
problems = []


def bad(msg):
    problems.append(msg)


def collect(msg, fn):
    texts, names = [], []
    for part in msg.walk():
        for d in part.defects:
            bad('%s: parser defect %r' % (fn, d))
        for k, v in part.items():
            for d in getattr(v, 'defects', ()):
                bad('%s: %s header defect %r' % (fn, k, d))
        if part.get_filename():
            names.append(part.get_filename())
        if part.is_multipart() or part.get_content_type() == 'message/rfc822':
            continue
        ct = part.get_content_type()
        try:
            payload = part.get_content()
        except Exception as e:  # noqa
            bad('%s: cannot decode part %s: %s' % (fn, ct, e))
            continue
        if isinstance(payload, bytes):
            payload = payload.decode('latin-1' if ct == 'application/pdf' else 'utf-8', 'replace')
        elif not isinstance(payload, str):
            payload = str(payload)
        if ct == 'text/html':
            payload = html.unescape(re.sub(r'<[^>]+>', ' ', payload))
        texts.append(payload)
        if part.get_filename():
            size = len(part.get_payload(decode=True) or b'')
            if size > 30 * 1024:
                bad('%s: attachment %s is %d bytes' % (fn, part.get_filename(), size))
    return texts, names


def main():
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    labels = yaml.safe_load((HERE / 'labels.yaml').read_text())
    facts = yaml.safe_load((HERE / 'facts.yaml').read_text())
    facts_by = {f['file']: f for f in facts}
    for rid, r in reqs.items():
        if r['agency'] not in ags:
            bad('%s: unknown agency %s' % (rid, r['agency']))
    for a in ags.values():
        if a['jurisdiction'] not in RULES:
            bad('agency %s: unknown jurisdiction code %s' % (a['id'], a['jurisdiction']))
        if a.get('tracking_pattern'):
            re.compile(a['tracking_pattern'])
    for f in facts:
        if f.get('request') is not None and f['request'] not in reqs:
            bad('facts %s: unknown request %s' % (f['file'], f['request']))

    files = sorted(p.name for p in (HERE / 'messages').glob('*.eml'))
    for lab in labels:
        if not (HERE / 'messages' / lab['file']).exists():
            bad('label file missing: %s' % lab['file'])
    if [l['file'] for l in labels] != files:
        bad('labels.yaml files do not match messages/ (order or set)')
    by_mid = {r['message_id']: rid for rid, r in reqs.items()}
    by_plus = {r['reply_address']: rid for rid, r in reqs.items()}
    seen_ids, last = set(), None
    kinds = collections.Counter()
    per_req = collections.Counter()
    known_tracking = collections.defaultdict(set)
    for lab in labels:
        fn = lab['file']
        path = HERE / 'messages' / fn
        if not path.exists():
            continue
        raw = path.read_bytes()
        for i, line in enumerate(raw.split(b'\n')):
            if len(line) > 998:
                bad('%s: line %d longer than 998 bytes' % (fn, i + 1))
        try:
            with open(path, 'rb') as fh:
                msg = email.message_from_binary_file(fh, policy=email.policy.default)
        except Exception as e:  # noqa
            bad('%s: does not parse: %s' % (fn, e))
            continue
        for hname in ['From', 'To', 'Date', 'Subject', 'Message-ID', 'MIME-Version', 'Content-Type']:
            if msg[hname] is None:
                bad('%s: missing %s' % (fn, hname))
        mid = str(msg['Message-ID']).strip()
        if mid in seen_ids:
            bad('%s: duplicate Message-ID' % fn)
        seen_ids.add(mid)
        d = email.utils.parsedate_to_datetime(str(msg['Date']))
        if d.tzinfo is None:
            bad('%s: Date without zone' % fn)
        if last and d < last:
            bad('%s: Date earlier than the previous message' % fn)
        last = d
        texts, names = collect(msg, fn)
        blob = '\n'.join([str(msg['Subject'])] + texts + names)

        kind = lab['kind']
        if kind not in KINDS:
            bad('%s: bad kind %s' % (fn, kind))
        kinds[kind] += 1
        rid = lab['request']
        if rid is not None and rid not in reqs:
            bad('%s: unknown request %s' % (fn, rid))
            continue
        if rid:
            per_req[rid] += 1
            if d.date() < reqs[rid]['sent']:
                bad('%s: dated %s, before request %s was sent (%s)' % (fn, d.date(), rid, reqs[rid]['sent']))
        if facts_by.get(fn, {}).get('request') != rid:
            bad('%s: label request differs from facts' % fn)

        trk = lab.get('tracking_number')
        if trk:
            pats = [ags[reqs[rid]['agency']].get('tracking_pattern')] if rid else [a.get('tracking_pattern') for a in ags.values()]
            pats = [p for p in pats if p]
            if not any(re.fullmatch(p.replace('\\b', ''), trk) for p in pats):
                bad('%s: tracking %s does not match the agency pattern' % (fn, trk))
            if trk not in blob:
                bad('%s: tracking %s not found in the message' % (fn, trk))
            sig = facts_by.get(fn, {}).get('signals', [])
            norm = re.sub(r'[\s-]', '', trk)
            if 'tracking' in sig and rid and norm not in known_tracking[rid]:
                bad('%s: tracking signal but %s was not stated earlier for %s' % (fn, trk, rid))
            if rid:
                known_tracking[rid].add(norm)

        refs = ' '.join(str(msg[hn] or '') for hn in ['In-Reply-To', 'References'])
        for m, r in by_mid.items():
            if m in refs and r != rid:
                bad('%s: thread headers point to %s but label is %s' % (fn, r, rid))
        to = str(msg['To'] or '') + ' ' + str(msg['Cc'] or '')
        for a, r in by_plus.items():
            if a in to and r != rid:
                bad('%s: plus address of %s but label is %s' % (fn, r, rid))

        if rid:
            jur = ags[reqs[rid]['agency']]['jurisdiction']
            rules = RULES[jur]
            clock = facts_by[fn].get('clock')
            if kind in ('acknowledgment', 'extension') and not clock:
                bad('%s: %s without a clock fact' % (fn, kind))
            want_due = bool(clock) and bool(rules['initial'] if clock != 'extension' else rules['ext'])
            if want_due != ('due' in lab):
                bad('%s: due present=%s but rules for %s say %s' % (fn, 'due' in lab, jur, want_due))
            adverse = bool(facts_by[fn].get('adverse_determination'))
            if adverse and kind not in ('denial', 'no_records', 'records_final'):
                bad('%s: adverse determination on kind %s' % (fn, kind))
            if adverse != ('appeal_due' in lab):
                bad('%s: appeal_due presence does not match adverse_determination' % fn)
            if 'appeal_due' in lab and (lab['appeal_due'] is None) != (rules['appeal'] is None):
                bad('%s: appeal_due %s but rules appeal days %s' % (fn, lab['appeal_due'], rules['appeal']))
        elif any(k in lab for k in ('due', 'appeal_due')):
            bad('%s: due/appeal_due without a request' % fn)

    for k in KINDS:
        if kinds[k] < 2:
            bad('kind %s appears only %d times' % (k, kinds[k]))
    for rid in reqs:
        if per_req[rid] == 0:
            bad('request %s has no message' % rid)
    nulls = sum(1 for l in labels if l['request'] is None)
    r = subprocess.run([sys.executable, str(HERE / 'compute_labels.py'), '--check'], capture_output=True, text=True)
    if r.returncode:
        bad('compute_labels.py --check failed:\n' + r.stdout + r.stderr)
    print('messages: %d, requests: %d, agencies: %d, request:null: %d' % (len(labels), len(reqs), len(ags), nulls))
    print('kinds:', dict(sorted(kinds.items())))
    print('messages per request:', dict(sorted(per_req.items())))
    if problems:
        print('\nPROBLEMS (%d):' % len(problems))
        for p in problems:
            print(' -', p)
        sys.exit(1)
    print('all checks passed')


if __name__ == '__main__':
    main()
