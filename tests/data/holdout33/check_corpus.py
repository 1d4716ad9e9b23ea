#!/usr/bin/env python3
"""Checks for this set.

    python check_corpus.py     (needs pyyaml, holidays, numpy; also runs compute_labels.py --check)

Fails on: a message that does not parse cleanly (parser defects, missing headers, undecodable parts), a label whose
file does not exist (or a message without a label), Date: headers out of file order or earlier than the sent date
of the request a message is labelled with, an unknown request id, an unknown kind, a tracking number that is not in
the message or does not fit the agency pattern, thread headers / plus-address that point to another request,
acknowledgment/extension labels whose due disagrees with what the jurisdiction's rules allow, a kind used fewer
than 2 times, duplicate Message-IDs, lines over 998 bytes, attachments over 30 KB, PDFs without a text layer,
or a compute_labels.py mismatch.
"""
import sys, re, html, subprocess, collections, email, email.policy, email.utils, datetime as dt
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from compute_labels import rules  # noqa: E402

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
        ct = part.get_content_type()
        if isinstance(payload, bytes):
            if ct == 'application/pdf':
                if not payload.startswith(b'%PDF-') or b'Tj' not in payload or b'%%EOF' not in payload:
                    bad('%s: PDF %s has no text layer' % (fn, part.get_filename()))
                payload = ' '.join(re.findall(r'\((.*?)\) Tj', payload.decode('latin-1')))
            else:
                payload = payload.decode('utf-8', 'replace')
        elif not isinstance(payload, str):
            payload = str(payload)
        if ct == 'text/html':
            payload = html.unescape(re.sub(r'<[^>]+>', ' ', payload))
        if len(part.get_payload(decode=True) or b'') > 30 * 1024 and part.get_filename():
            bad('%s: attachment %s over 30 KB' % (fn, part.get_filename()))
        out.append(payload)
    return out, names


def main():
    R = rules()
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    labels = yaml.safe_load((HERE / 'labels.yaml').read_text())
    files = sorted(p.name for p in (HERE / 'messages').glob('*.eml'))
    lab_files = [l['file'] for l in labels]
    for f in lab_files:
        if not (HERE / 'messages' / f).exists():
            bad('label for missing file %s' % f)
    for f in files:
        if f not in lab_files:
            bad('message %s has no label' % f)
    if lab_files != sorted(lab_files):
        bad('labels.yaml not in file-name order')
    by_mid = {r['message_id']: rid for rid, r in reqs.items()}
    by_plus = {r['reply_address']: rid for rid, r in reqs.items()}
    seen, last, kinds = set(), None, collections.Counter()
    for lab in labels:
        fn = lab['file']
        path = HERE / 'messages' / fn
        if not path.exists():
            continue
        raw = path.read_bytes()
        if any(len(l) > 998 for l in raw.split(b'\n')):
            bad('%s: line over 998 bytes' % fn)
        with open(path, 'rb') as fh:
            msg = email.message_from_binary_file(fh, policy=email.policy.default)
        for h in ['From', 'To', 'Date', 'Subject', 'Message-ID', 'MIME-Version', 'Content-Type']:
            if msg[h] is None:
                bad('%s: missing %s' % (fn, h))
        m_id = str(msg['Message-ID']).strip()
        if m_id in seen:
            bad('%s: duplicate Message-ID' % fn)
        seen.add(m_id)
        try:
            d = email.utils.parsedate_to_datetime(str(msg['Date']))
        except Exception:  # noqa
            bad('%s: unparsable Date' % fn)
            continue
        if last and d < last:
            bad('%s: Date earlier than the previous message' % fn)
        last = d
        texts, names = texts_of(msg, fn)
        blob = '\n'.join([str(msg['Subject'])] + texts + names)
        kind = lab['kind']
        if kind not in KINDS:
            bad('%s: unknown kind %s' % (fn, kind))
        kinds[kind] += 1
        rid = lab['request']
        if rid is not None and rid not in reqs:
            bad('%s: unknown request %s' % (fn, rid))
            continue
        if rid and d.date() < reqs[rid]['sent']:
            bad('%s: dated before its request %s was sent' % (fn, rid))
        trk = lab.get('tracking_number')
        if trk:
            if trk not in blob:
                bad('%s: tracking %s not in the message' % (fn, trk))
            if rid:
                pat = ags[reqs[rid]['agency']].get('tracking_pattern')
                if not pat or not re.fullmatch(pat.replace('\\b', ''), trk):
                    bad('%s: tracking %s does not fit the agency pattern' % (fn, trk))
        refs = ' '.join(str(msg[h] or '') for h in ['In-Reply-To', 'References'])
        for m, r in by_mid.items():
            if m in refs and r != rid:
                bad('%s: thread headers point to %s, label %s' % (fn, r, rid))
        rcpt = ' '.join(str(msg[h] or '') for h in ['To', 'Cc'])
        for a, r in by_plus.items():
            if a in rcpt and r != rid:
                bad('%s: plus address of %s, label %s' % (fn, r, rid))
        if rid is None and any(k in lab for k in ('due', 'appeal_due')):
            bad('%s: date labels without a request' % fn)
        if rid:
            jur = ags[reqs[rid]['agency']]['jurisdiction']
            rule = R[jur]
            if kind == 'acknowledgment' and bool(rule['initial']) != ('due' in lab):
                bad('%s: acknowledgment due presence disagrees with %s rules' % (fn, jur))
            if kind == 'extension' and bool(rule['extension']) != ('due' in lab):
                bad('%s: extension due presence disagrees with %s rules' % (fn, jur))
            if kind not in ('acknowledgment', 'extension') and 'due' in lab:
                bad('%s: due on a %s' % (fn, kind))
            if 'appeal_due' in lab and kind not in ('denial', 'no_records', 'records_final'):
                bad('%s: appeal_due on a %s' % (fn, kind))
            if kind in ('denial', 'no_records') and 'appeal_due' not in lab:
                bad('%s: %s without appeal_due key' % (fn, kind))
    for k in KINDS:
        if kinds[k] < 2:
            bad('kind %s used %d times (< 2)' % (k, kinds[k]))
    r = subprocess.run([sys.executable, str(HERE / 'compute_labels.py'), '--check'], capture_output=True, text=True)
    if r.returncode:
        bad('compute_labels.py --check failed:\n' + r.stdout + r.stderr)
    nulls = sum(1 for l in labels if l['request'] is None)
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
