#!/usr/bin/env python3
"""Sanity checks for this set.

    python check_corpus.py

Checks: every message parses without defects and has the core headers; labels.yaml lists exactly the files in
messages/ in file-name order; Date: headers are in order and no reply is dated before the request it answers;
every request id and agency exists; kinds are valid and each appears at least twice; tracking numbers match
the agency pattern and occur in the message (headers, bodies, attachment text or file names); thread headers
and plus addresses agree with the label; PDFs carry a text layer; facts.yaml and labels.yaml agree; and
compute_labels.py --check reproduces labels.yaml.
"""
import collections, datetime as dt, email, email.policy, email.utils, html, re, subprocess, sys, zipfile, io
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
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
                bad('%s: %s header defect %r' % (fn, k, d))
        if part.get_filename():
            names.append(part.get_filename())
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        try:
            payload = part.get_content()
        except Exception as e:  # noqa
            bad('%s: cannot decode %s: %s' % (fn, ct, e))
            continue
        if isinstance(payload, email.message.Message):
            payload = payload.as_string()
        if isinstance(payload, bytes):
            if ct == 'application/pdf':
                if b'BT' not in payload or b'Tj' not in payload or not payload.startswith(b'%PDF-'):
                    bad('%s: PDF %s has no text layer' % (fn, part.get_filename()))
                payload = payload.decode('latin-1')
            elif ct.endswith('spreadsheetml.sheet'):
                z = zipfile.ZipFile(io.BytesIO(payload))
                payload = z.read('xl/worksheets/sheet1.xml').decode('utf-8')
            else:
                payload = payload.decode('utf-8', 'replace')
        if ct == 'text/html':
            payload = html.unescape(re.sub(r'<[^>]+>', ' ', payload))
        out.append(str(payload))
    return out, names


def main():
    reg = yaml.safe_load((HERE / 'requests.yaml').read_text())
    reqs = {r['id']: r for r in reg['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    labels = yaml.safe_load((HERE / 'labels.yaml').read_text())
    facts = {f['file']: f for f in yaml.safe_load((HERE / 'facts.yaml').read_text())}
    files = sorted(p.name for p in (HERE / 'messages').glob('*.eml'))

    for r in reqs.values():
        if r['agency'] not in ags:
            bad('request %s: unknown agency %s' % (r['id'], r['agency']))
    if [l['file'] for l in labels] != files:
        bad('labels.yaml does not list exactly the files in messages/ in file-name order')
    if set(facts) != set(files):
        bad('facts.yaml does not cover exactly the files in messages/')
    by_mid = {r['message_id']: rid for rid, r in reqs.items()}
    by_plus = {r['reply_address']: rid for rid, r in reqs.items()}
    kinds, per_req = collections.Counter(), collections.Counter()
    seen_mid, last = set(), None
    for lab in labels:
        fn = lab['file']
        path = HERE / 'messages' / fn
        if not path.exists():
            bad('%s: labelled file does not exist' % fn)
            continue
        raw = path.read_bytes()
        for i, line in enumerate(raw.split(b'\n'), 1):
            if len(line) > 998:
                bad('%s: line %d longer than 998 bytes' % (fn, i))
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for h in ['From', 'To', 'Date', 'Subject', 'Message-ID', 'MIME-Version', 'Content-Type']:
            if msg[h] is None:
                bad('%s: missing %s header' % (fn, h))
        m_id = str(msg['Message-ID']).strip()
        if m_id in seen_mid:
            bad('%s: duplicate Message-ID' % fn)
        seen_mid.add(m_id)
        try:
            d = email.utils.parsedate_to_datetime(str(msg['Date']))
        except Exception as e:  # noqa
            bad('%s: bad Date: %s' % (fn, e))
            continue
        if last and d < last:
            bad('%s: Date %s earlier than the previous message' % (fn, d))
        last = d
        texts, names = texts_of(msg, fn)
        for part in msg.walk():
            if part.get_filename() and not part.is_multipart():
                size = len(part.get_payload(decode=True) or b'')
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
            per_req[rid] += 1
            if d.date() < reqs[rid]['sent']:
                bad('%s: dated %s, before request %s was sent (%s)' % (fn, d.date(), rid, reqs[rid]['sent']))
        trk = lab.get('tracking_number')
        if trk:
            pats = [ags[reqs[rid]['agency']].get('tracking_pattern')] if rid else [a.get('tracking_pattern') for a in ags.values()]
            if not any(p and re.fullmatch(p.replace('\\b', ''), trk) for p in pats):
                bad('%s: tracking %s does not match the agency pattern' % (fn, trk))
            if trk not in blob:
                bad('%s: tracking %s not found in the message' % (fn, trk))
        refs = ' '.join(str(msg[h] or '') for h in ['In-Reply-To', 'References']) + ' ' + '\n'.join(texts)
        for m, r in by_mid.items():
            if m in refs and r != rid:
                bad('%s: contains the Message-ID of %s but label is %s' % (fn, r, rid))
        to = str(msg['To'] or '') + ' ' + str(msg['Cc'] or '')
        for a, r in by_plus.items():
            if a in to and r != rid:
                bad('%s: addressed to the plus-address of %s but label is %s' % (fn, r, rid))
        if ('due' in lab or 'appeal_due' in lab) and rid is None:
            bad('%s: date label without a request' % fn)
        if 'appeal_due' in lab and lab['kind'] not in ('denial', 'no_records', 'records_final'):
            bad('%s: appeal_due on a %s' % (fn, lab['kind']))
        f = facts.get(fn, {})
        for k in ('request', 'kind', 'tracking_number'):
            if f.get(k) != lab.get(k):
                bad('%s: facts.yaml and labels.yaml disagree on %s' % (fn, k))
    for k in KINDS:
        if kinds[k] < 2:
            bad('kind %s appears %d times (want >= 2)' % (k, kinds[k]))
    for rid in reqs:
        if not per_req[rid]:
            bad('request %s has no message' % rid)
    r = subprocess.run([sys.executable, str(HERE / 'compute_labels.py'), '--check'], capture_output=True, text=True)
    if r.returncode:
        bad('compute_labels.py --check failed:\n' + r.stdout + r.stderr)
    nulls = sum(1 for l in labels if l['request'] is None)
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
