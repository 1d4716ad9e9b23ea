#!/usr/bin/env python3
"""Sanity checks for this set.

    python check_corpus.py     (needs holidays, numpy, pyyaml; also runs compute_labels.py --check)

Checks: every .eml parses with the stdlib email parser (policy.default) without defects and has the basic headers;
every label's file exists and labels list exactly the messages, in file-name order; Date: headers are in order and
no message is dated before the request it is labelled with; every request id in labels exists (and its agency);
kinds are valid and each appears at least twice; tracking numbers appear in the message (text, subject, attachment
text or name) and match the agency pattern; thread headers and plus-addresses agree with the label; PDFs carry a
text layer; attachments stay small; lines stay under 998 bytes; compute_labels.py --check passes.
"""
import sys, re, html, subprocess, collections, email, email.policy, email.utils, zlib
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from compute_labels import load_rules  # noqa: E402

KINDS = ['acknowledgment', 'extension', 'fee_estimate', 'clarification', 'records_interim', 'records_final',
         'no_records', 'denial', 'portal_notice', 'auto_reply', 'bounce', 'other']
problems = []


def bad(m):
    problems.append(m)


def pdf_text(data):
    s = data.decode('latin-1')
    for m in re.finditer(r'stream\r?\n(.*?)endstream', s, re.S):
        chunk = m.group(1)
        if '/FlateDecode' in s[max(0, m.start() - 200):m.start()]:
            try:
                chunk = zlib.decompress(chunk.encode('latin-1')).decode('latin-1')
            except zlib.error:
                continue
        yield ' '.join(x.replace('\\(', '(').replace('\\)', ')') for x in re.findall(r'\(((?:\\.|[^\\)])*)\)\s*Tj', chunk))


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
            bad('%s: cannot decode %s: %s' % (fn, ct, e))
            continue
        if isinstance(payload, bytes):
            if ct == 'application/pdf':
                t = ' '.join(pdf_text(payload))
                if not t.strip():
                    bad('%s: PDF %s has no text layer' % (fn, part.get_filename()))
                payload = t
            else:
                payload = payload.decode('utf-8', 'replace')
        elif not isinstance(payload, str):
            payload = str(payload)
        if ct == 'text/html':
            payload = html.unescape(re.sub(r'<[^>]+>', ' ', payload))
        if part.get_filename():
            size = len(part.get_payload(decode=True) or b'')
            if size > 30 * 1024:
                bad('%s: attachment %s is %d bytes' % (fn, part.get_filename(), size))
        texts.append(payload)
    return texts, names


def main():
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    labels = yaml.safe_load((HERE / 'labels.yaml').read_text())
    facts = {f['file']: f for f in yaml.safe_load((HERE / 'facts.yaml').read_text())}
    rules = load_rules()
    files = sorted(p.name for p in (HERE / 'messages').glob('*.eml'))
    for lab in labels:
        if not (HERE / 'messages' / lab['file']).exists():
            bad('label for missing file %s' % lab['file'])
    if [l['file'] for l in labels] != files:
        bad('labels.yaml does not list exactly the files in messages/ in file-name order')
    if set(facts) != set(files):
        bad('facts.yaml and messages/ differ')
    for r in reqs.values():
        if r['agency'] not in ags:
            bad('%s: unknown agency %s' % (r['id'], r['agency']))
    by_mid = {r['message_id']: rid for rid, r in reqs.items()}
    by_plus = {r['reply_address']: rid for rid, r in reqs.items()}
    kinds, seen, last = collections.Counter(), set(), None
    for lab in labels:
        fn = lab['file']
        if not (HERE / 'messages' / fn).exists():
            continue
        raw = (HERE / 'messages' / fn).read_bytes()
        for i, line in enumerate(raw.split(b'\n')):
            if len(line) > 998:
                bad('%s: line %d longer than 998 bytes' % (fn, i + 1))
        with open(HERE / 'messages' / fn, 'rb') as fh:
            msg = email.message_from_binary_file(fh, policy=email.policy.default)
        for h in ['From', 'To', 'Date', 'Subject', 'Message-ID', 'MIME-Version', 'Content-Type']:
            if msg[h] is None:
                bad('%s: missing %s' % (fn, h))
        m = str(msg['Message-ID']).strip()
        if m in seen:
            bad('%s: duplicate Message-ID' % fn)
        seen.add(m)
        try:
            d = email.utils.parsedate_to_datetime(str(msg['Date']))
        except Exception:  # noqa
            bad('%s: unparseable Date' % fn)
            continue
        if last and d < last:
            bad('%s: Date %s earlier than the previous message (%s)' % (fn, d, last))
        last = d
        texts, names = collect(msg, fn)
        blob = '\n'.join([str(msg['Subject'])] + texts + names)
        if lab['kind'] not in KINDS:
            bad('%s: bad kind %s' % (fn, lab['kind']))
        kinds[lab['kind']] += 1
        rid = lab['request']
        if rid is not None:
            if rid not in reqs:
                bad('%s: unknown request %s' % (fn, rid))
                continue
            if d.date() < reqs[rid]['sent']:
                bad('%s: dated %s, before %s was sent (%s)' % (fn, d.date(), rid, reqs[rid]['sent']))
        trk = lab.get('tracking_number')
        if trk:
            pats = [ags[reqs[rid]['agency']].get('tracking_pattern')] if rid else [a.get('tracking_pattern') for a in ags.values()]
            if not any(p and re.fullmatch(p.replace('\\b', ''), trk) for p in pats):
                bad('%s: tracking %s does not match the agency pattern' % (fn, trk))
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
        if rid is None and any(k in lab for k in ('due', 'appeal_due', 'estimated')):
            bad('%s: date label without request' % fn)
        if rid:
            rule = rules[ags[reqs[rid]['agency']]['jurisdiction']]
            f = facts.get(fn, {})
            if lab['kind'] == 'acknowledgment' and rule['initial'] and 'due' not in lab:
                bad('%s: acknowledgment without due' % fn)
            if lab['kind'] == 'extension' and rule['ext'] and 'due' not in lab:
                bad('%s: extension without due' % fn)
            if lab['kind'] in ('acknowledgment', 'extension') and f.get('sets_due') != lab['kind']:
                bad('%s: kind %s but facts sets_due=%s' % (fn, lab['kind'], f.get('sets_due')))
            if lab['kind'] in ('denial', 'no_records') and 'appeal_due' not in lab:
                bad('%s: %s without appeal_due' % (fn, lab['kind']))
            est = lab.get('estimated')
            if est:
                months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
                          'October', 'November', 'December']
                forms = [est.isoformat(), '%02d/%02d/%d' % (est.month, est.day, est.year), '%d/%d/%d' % (est.month, est.day, est.year),
                         '%s %d, %d' % (months[est.month - 1], est.day, est.year), '%d %s %d' % (est.day, months[est.month - 1], est.year)]
                if not any(x in ' '.join(blob.split()) for x in forms):
                    bad('%s: estimated %s not written in the message' % (fn, est))
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
