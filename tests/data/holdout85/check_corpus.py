#!/usr/bin/env python3
"""Checks for this set. Run: python check_corpus.py   (needs pyyaml, holidays)

- every .eml parses with the default policy without defects and has From/To/Date/Subject/Message-ID/MIME-Version
- labels.yaml names exactly the files in messages/, in order; every request id exists in requests.yaml
- Date: headers never go backwards and no message is dated before the request it is labeled with
- tracking numbers match the agency pattern and occur in the message (headers, text, PDF text, file names)
- In-Reply-To/References and plus-addresses never point to a different request than the label
- no line > 998 bytes, attachments <= 30 KB, unique Message-IDs, every kind present at least twice
- compute_labels.py --check passes (all due / appeal_due re-derived)
"""
import re, sys, html, subprocess, collections, email, email.policy, email.utils
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
KINDS = ['acknowledgment', 'extension', 'fee_estimate', 'clarification', 'records_interim', 'records_final',
         'no_records', 'denial', 'portal_notice', 'auto_reply', 'bounce', 'other']
NO_RESPONSE_DAYS = {'US-OH', 'US-WI'}
problems = []


def text_of(msg):
    chunks, names = [], []
    for part in msg.walk():
        for d in part.defects:
            problems.append('defect %r' % d)
        if part.get_filename():
            names.append(part.get_filename())
        if part.is_multipart() or part.get_content_type() in ('message/rfc822', 'message/delivery-status'):
            continue
        try:
            c = part.get_content()
        except Exception as e:
            problems.append('undecodable part %s: %s' % (part.get_content_type(), e))
            continue
        if isinstance(c, bytes):
            c = c.decode('latin-1')
        if part.get_content_type() == 'text/html':
            c = html.unescape(re.sub(r'<[^>]+>', ' ', c))
        chunks.append(c)
    return '\n'.join(chunks), names


def main():
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    labels = yaml.safe_load((HERE / 'labels.yaml').read_text())
    files = sorted(p.name for p in (HERE / 'messages').glob('*.eml'))
    if [l['file'] for l in labels] != files:
        problems.append('labels.yaml does not list exactly the files in messages/ in order')
    by_mid = {r['message_id']: rid for rid, r in reqs.items()}
    by_plus = {r['reply_address']: rid for rid, r in reqs.items()}
    last, mids, kinds = None, set(), collections.Counter()
    for lab in labels:
        fn = lab['file']
        p = HERE / 'messages' / fn
        if not p.exists():
            problems.append('%s: file missing' % fn)
            continue
        rawb = p.read_bytes()
        if any(len(l) > 998 for l in rawb.split(b'\n')):
            problems.append('%s: line over 998 bytes' % fn)
        msg = email.message_from_bytes(rawb, policy=email.policy.default)
        n0 = len(problems)
        for h in ('From', 'To', 'Date', 'Subject', 'Message-ID', 'MIME-Version'):
            if msg[h] is None:
                problems.append('%s: missing %s' % (fn, h))
        mid = str(msg['Message-ID']).strip()
        if mid in mids:
            problems.append('%s: duplicate Message-ID' % fn)
        mids.add(mid)
        d = email.utils.parsedate_to_datetime(str(msg['Date']))
        if last and d < last:
            problems.append('%s: Date earlier than previous message' % fn)
        last = d
        body, names = text_of(msg)
        for i in range(n0, len(problems)):
            if not problems[i].startswith(fn):
                problems[i] = '%s: %s' % (fn, problems[i])
        for part in msg.walk():
            if part.get_filename() and len(part.get_payload(decode=True) or b'') > 30 * 1024:
                problems.append('%s: attachment over 30 KB' % fn)
        kinds[lab['kind']] += 1
        if lab['kind'] not in KINDS:
            problems.append('%s: unknown kind %s' % (fn, lab['kind']))
        rid = lab['request']
        if rid is not None and rid not in reqs:
            problems.append('%s: unknown request %s' % (fn, rid))
            continue
        if rid and d.date() < reqs[rid]['sent']:
            problems.append('%s: dated before its request was sent' % fn)
        blob = '\n'.join([str(msg['Subject']), body] + names)
        trk = lab.get('tracking_number')
        if trk:
            pat = ags[reqs[rid]['agency']]['tracking_pattern'] if rid else None
            if pat and not re.fullmatch(pat.replace('\\b', ''), trk):
                problems.append('%s: %s does not match the agency pattern' % (fn, trk))
            if trk not in blob:
                problems.append('%s: %s not found in the message' % (fn, trk))
        refs = ' '.join(str(msg[h] or '') for h in ('In-Reply-To', 'References'))
        for m, r in by_mid.items():
            if m in refs and r != rid:
                problems.append('%s: thread headers point to %s, label %s' % (fn, r, rid))
        rcpt = ' '.join(str(msg[h] or '') for h in ('To', 'Cc'))
        for a, r in by_plus.items():
            if a in rcpt and r != rid:
                problems.append('%s: plus address of %s, label %s' % (fn, r, rid))
        if rid is None and any(k in lab for k in ('due', 'appeal_due', 'estimated')):
            problems.append('%s: date label without a request' % fn)
        if lab['kind'] == 'acknowledgment' and rid:
            jur = ags[reqs[rid]['agency']]['jurisdiction']
            if ('due' in lab) == (jur in NO_RESPONSE_DAYS):
                problems.append('%s: acknowledgment due presence does not fit %s' % (fn, jur))
        if lab['kind'] in ('denial', 'no_records') and 'appeal_due' not in lab:
            problems.append('%s: adverse kind without appeal_due key' % fn)
    for k in KINDS:
        if kinds[k] < 2:
            problems.append('kind %s appears %d times (< 2)' % (k, kinds[k]))
    r = subprocess.run([sys.executable, str(HERE / 'compute_labels.py'), '--check'], capture_output=True, text=True)
    if r.returncode:
        problems.append('compute_labels.py --check failed:\n' + r.stdout + r.stderr)
    nulls = sum(1 for l in labels if l['request'] is None)
    print('messages: %d  requests: %d  request:null: %d' % (len(labels), len(reqs), nulls))
    print('kinds:', dict(sorted(kinds.items())))
    if problems:
        print('PROBLEMS (%d):' % len(problems))
        for p in problems:
            print(' -', p)
        sys.exit(1)
    print('all checks passed')


if __name__ == '__main__':
    main()
