#!/usr/bin/env python3
"""Sanity checks for this set.

    python check_corpus.py      (needs pyyaml, holidays, numpy; also runs compute_labels.py --check)

Checks: every .eml parses without defects and has the basic headers; every label's file exists and the labels
cover messages/ in file-name order; Date: headers are in order and none is before the sent date of the request it
answers; every request id (labels, facts) exists and every request's agency exists; kinds are valid; tracking
numbers appear in the message and fit the agency pattern; thread headers and plus-addresses agree with the
label; acknowledgments/extensions carry due where the rules allow; adverse determinations carry appeal_due;
compute_labels.py --check passes.
"""
import sys, re, html, subprocess, collections, email, email.policy, email.utils
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
KINDS = ['acknowledgment', 'extension', 'fee_estimate', 'clarification', 'records_interim', 'records_final',
         'no_records', 'denial', 'portal_notice', 'auto_reply', 'bounce', 'other']
problems = []


def bad(msg):
    problems.append(msg)


def texts_of(msg):
    out, names = [], []
    for part in msg.walk():
        for d in part.defects:
            bad('parser defect %r' % d)
        for k, v in part.items():
            for d in getattr(v, 'defects', ()):
                bad('header %s defect %r' % (k, d))
        if part.get_filename():
            names.append(part.get_filename())
        if part.is_multipart() or part.get_content_type() == 'message/rfc822':
            continue
        try:
            payload = part.get_content()
        except Exception as e:  # noqa
            bad('cannot decode part %s: %s' % (part.get_content_type(), e))
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
    import compute_labels
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    labels = yaml.safe_load((HERE / 'labels.yaml').read_text())
    facts = {f['file']: f for f in yaml.safe_load((HERE / 'facts.yaml').read_text())}
    files = sorted(p.name for p in (HERE / 'messages').glob('*.eml'))
    for rid, r in reqs.items():
        if r['agency'] not in ags:
            bad('%s: unknown agency %s' % (rid, r['agency']))
    for lab in labels:
        if not (HERE / 'messages' / lab['file']).exists():
            bad('label file %s does not exist' % lab['file'])
    if [l['file'] for l in labels] != files:
        bad('labels.yaml files do not match messages/ (order or set)')
    if set(facts) != set(files):
        bad('facts.yaml files do not match messages/')
    by_mid = {r['message_id']: rid for rid, r in reqs.items()}
    by_plus = {r['reply_address']: rid for rid, r in reqs.items()}
    seen_ids, last_date, kinds = set(), None, collections.Counter()
    for i, lab in enumerate(labels):
        fn = lab['file']
        if not (HERE / 'messages' / fn).exists():
            continue
        raw = (HERE / 'messages' / fn).read_bytes()
        if any(len(line) > 998 for line in raw.split(b'\n')):
            bad('%s: line longer than 998 bytes' % fn)
        with open(HERE / 'messages' / fn, 'rb') as fh:
            msg = email.message_from_binary_file(fh, policy=email.policy.default)
        n0 = len(problems)
        texts, names = texts_of(msg)
        for j in range(n0, len(problems)):
            problems[j] = '%s: %s' % (fn, problems[j])
        for h in ['From', 'To', 'Date', 'Subject', 'Message-ID', 'MIME-Version', 'Content-Type']:
            if msg[h] is None:
                bad('%s: missing %s' % (fn, h))
        mid = str(msg['Message-ID']).strip()
        if mid in seen_ids:
            bad('%s: duplicate Message-ID' % fn)
        seen_ids.add(mid)
        try:
            d = email.utils.parsedate_to_datetime(str(msg['Date']))
        except Exception as e:  # noqa
            bad('%s: bad Date %s' % (fn, e))
            continue
        if last_date and d < last_date:
            bad('%s: Date earlier than previous message' % fn)
        last_date = d
        for part in msg.walk():
            if part.get_filename() and len(part.get_payload(decode=True) or b'') > 30 * 1024:
                bad('%s: attachment %s larger than 30 KB' % (fn, part.get_filename()))
        kind, rid, trk = lab['kind'], lab['request'], lab.get('tracking_number')
        if kind not in KINDS:
            bad('%s: bad kind %s' % (fn, kind))
        kinds[kind] += 1
        if facts.get(fn, {}).get('request') != rid or facts.get(fn, {}).get('kind') != kind:
            bad('%s: labels.yaml and facts.yaml disagree' % fn)
        if rid is not None:
            if rid not in reqs:
                bad('%s: unknown request %s' % (fn, rid))
                continue
            if d.date() < reqs[rid]['sent']:
                bad('%s: Date %s is before %s was sent (%s)' % (fn, d.date(), rid, reqs[rid]['sent']))
        blob = '\n'.join([str(msg['Subject'])] + texts + names)
        if trk:
            pats = [ags[reqs[rid]['agency']].get('tracking_pattern')] if rid else [a.get('tracking_pattern') for a in ags.values()]
            if not any(p and re.fullmatch(p.replace('\\b', ''), trk) for p in pats):
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
        if rid is None and any(k in lab for k in ('due', 'appeal_due', 'estimated')):
            bad('%s: date label without a request' % fn)
        if rid:
            jur = ags[reqs[rid]['agency']]['jurisdiction']
            rule = compute_labels.RULES[jur]
            if kind == 'acknowledgment' and 'due' not in lab:
                bad('%s: acknowledgment without due' % fn)
            if kind == 'extension' and ('due' in lab) != (rule['extension'] is not None):
                bad('%s: extension due does not follow the rules table for %s' % (fn, jur))
            if kind == 'extension' and 'due' not in lab and 'estimated' not in lab:
                bad('%s: extension with neither due nor estimated' % fn)
            if facts[fn].get('adverse_determination') and 'appeal_due' not in lab:
                bad('%s: adverse determination without appeal_due' % fn)
            if kind in ('denial', 'no_records') and not facts[fn].get('adverse_determination'):
                bad('%s: %s not marked adverse' % (fn, kind))
        sig = facts[fn].get('signals') or []
        if 'tracking' in sig and trk and rid:
            if not any(l2['request'] == rid and l2.get('tracking_number') == trk for l2 in labels[:i]):
                bad('%s: tracking signal but %s was not stated in an earlier message for %s' % (fn, trk, rid))
    for k in KINDS:
        if kinds[k] < 3:
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
