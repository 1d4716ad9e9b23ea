#!/usr/bin/env python3
"""Sanity checks for this set.

    python check_corpus.py      (needs PyYAML and holidays; runs compute_labels.py --check)

Checks: every message parses without defects and has the usual headers; labels.yaml lists exactly the files in
messages/ in order; Date: headers are in non-decreasing order and no message is dated before the request it is
labelled with; every request id exists; tracking numbers fit the agency's pattern and occur in the message
(headers, text, attachment names or PDF text); In-Reply-To/References and plus addresses agree with the label;
acknowledgments/extensions carry `due` and adverse determinations carry `appeal_due`; every PDF has a text
layer; every kind appears at least twice; labels.yaml equals what compute_labels.py derives.
"""
import sys, re, html, subprocess, collections, datetime as dt, email, email.policy, email.utils
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
KINDS = ['acknowledgment', 'extension', 'fee_estimate', 'clarification', 'records_interim', 'records_final',
         'no_records', 'denial', 'portal_notice', 'auto_reply', 'bounce', 'other']
ADVERSE = ('denial', 'no_records', 'records_final')
problems = []


def bad(msg):
    problems.append(msg)


def norm_trk(t):
    t = re.sub(r'^PIA[- ]?', '', t or '')
    return re.sub(r'[^0-9A-Za-z]', '', t).upper()


def texts_of(msg, fn):
    out, names = [], []
    for part in msg.walk():
        for d in part.defects:
            bad('%s: parser defect %r in %s' % (fn, d, part.get_content_type()))
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
            bad('%s: cannot decode %s: %s' % (fn, ct, e))
            continue
        if isinstance(payload, bytes):
            if ct == 'application/pdf':
                if not payload.startswith(b'%PDF-') or b'Tj' not in payload:
                    bad('%s: %s is not a PDF with a text layer' % (fn, part.get_filename()))
                # literal strings of the (uncompressed) content streams
                payload = ' '.join(m.decode('latin-1') for m in re.findall(rb'\(((?:[^()\\]|\\.)*)\) Tj', payload))
            else:
                payload = payload.decode('utf-8', 'replace')
        elif not isinstance(payload, str):
            payload = str(payload)
        if ct == 'text/html':
            payload = html.unescape(re.sub(r'<[^>]+>', ' ', payload))
        out.append(payload)
    return out, names


def main():
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    labels = yaml.safe_load((HERE / 'labels.yaml').read_text())
    facts = {f['file']: f for f in yaml.safe_load((HERE / 'facts.yaml').read_text())}
    files = sorted(p.name for p in (HERE / 'messages').glob('*.eml'))
    if [l['file'] for l in labels] != files:
        bad('labels.yaml files do not match messages/ (order or set)')
    for l in labels:
        if not (HERE / 'messages' / l['file']).exists():
            bad('%s: labelled file does not exist' % l['file'])
    if set(facts) != set(files):
        bad('facts.yaml files do not match messages/')
    for r in reqs.values():
        if r['agency'] not in ags:
            bad('%s: unknown agency %s' % (r['id'], r['agency']))
    by_mid = {r['message_id']: rid for rid, r in reqs.items()}
    by_plus = {r['reply_address']: rid for rid, r in reqs.items()}
    seen_ids, last = set(), None
    kinds = collections.Counter()
    for i, lab in enumerate(labels):
        fn = lab['file']
        path = HERE / 'messages' / fn
        if not path.exists():
            continue
        raw = path.read_bytes()
        for n, line in enumerate(raw.split(b'\n')):
            if len(line) > 998:
                bad('%s: line %d longer than 998 bytes' % (fn, n + 1))
        with open(path, 'rb') as fh:
            msg = email.message_from_binary_file(fh, policy=email.policy.default)
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
            bad('%s: bad Date: %s' % (fn, e))
            continue
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
            bad('%s: dated %s, before %s was sent (%s)' % (fn, d.date(), rid, reqs[rid]['sent']))
        trk = lab.get('tracking_number')
        if trk:
            pats = [ags[reqs[rid]['agency']].get('tracking_pattern')] if rid else [a.get('tracking_pattern') for a in ags.values()]
            if not any(p and re.fullmatch(p.replace('\\b', ''), trk) for p in pats):
                bad('%s: tracking %s does not match the agency pattern' % (fn, trk))
            if trk not in blob:
                bad('%s: tracking %s not found in the message' % (fn, trk))
        refs = ' '.join(str(msg[h] or '') for h in ['In-Reply-To', 'References'])
        for m, r in by_mid.items():
            if m in refs and r != rid:
                bad('%s: thread headers point to %s but the label is %s' % (fn, r, rid))
        to = str(msg['To'] or '') + ' ' + str(msg['Cc'] or '')
        for a, r in by_plus.items():
            if a in to and r != rid:
                bad('%s: plus address of %s but the label is %s' % (fn, r, rid))
        f = facts.get(fn, {})
        if lab['kind'] in ('acknowledgment', 'extension') and rid and 'due' not in lab:
            bad('%s: %s without due' % (fn, lab['kind']))
        if ('due' in lab or 'appeal_due' in lab) and rid is None:
            bad('%s: due without request' % fn)
        if f.get('adverse_determination') and lab['kind'] not in ADVERSE:
            bad('%s: adverse determination on kind %s' % (fn, lab['kind']))
        if f.get('adverse_determination') and 'appeal_due' not in lab:
            bad('%s: adverse determination without appeal_due' % fn)
        sig = f.get('signals', [])
        if 'tracking' in sig and rid:
            known = [norm_trk(reqs[rid].get('tracking_number'))] + [norm_trk(l2.get('tracking_number')) for l2 in labels[:i] if l2['request'] == rid]
            if not trk or norm_trk(trk) not in known:
                bad('%s: tracking signal but %s was not stated earlier for %s' % (fn, trk, rid))
        if 'thread' in sig and not any(m in refs for m in by_mid if by_mid[m] == rid):
            bad('%s: thread signal but no reference to the request' % fn)
        if 'plus' in sig and reqs.get(rid, {}).get('reply_address') not in to:
            bad('%s: plus signal but no plus address' % fn)
        if 'group' in sig and 'foia-desk.' not in str(msg['List-ID'] or ''):
            bad('%s: group signal without List-ID' % fn)
    for k in KINDS:
        if kinds[k] < 2:
            bad('kind %s appears only %d times' % (k, kinds[k]))
    nulls = sum(1 for l in labels if l['request'] is None)
    r = subprocess.run([sys.executable, str(HERE / 'compute_labels.py'), '--check'], capture_output=True, text=True)
    if r.returncode:
        bad('compute_labels.py --check failed:\n' + r.stdout + r.stderr)
    print('messages: %d, requests: %d, agencies: %d, request:null: %d' % (len(labels), len(reqs), len(ags), nulls))
    print('kinds:', dict(sorted(kinds.items())))
    per_req = collections.Counter(l['request'] for l in labels)
    print('per request:', dict(sorted((str(k), v) for k, v in per_req.items())))
    if problems:
        print('\nPROBLEMS (%d):' % len(problems))
        for p in problems:
            print(' -', p)
        sys.exit(1)
    print('all checks passed')


if __name__ == '__main__':
    main()
