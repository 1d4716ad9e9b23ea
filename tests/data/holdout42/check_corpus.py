#!/usr/bin/env python3
"""Sanity checks for this set.

    python check_corpus.py      (needs pyyaml, holidays, numpy; runs compute_labels.py --check)

Checks: every .eml parses with email.policy.default and has no parser defects or missing core headers; every
label's file exists and labels.yaml lists exactly the files in messages/ in order; Date: headers are in
non-decreasing order and no message is dated before the request it is labelled with; every request id in the
labels exists in requests.yaml and every agency in requests.yaml exists in agencies.yaml; no duplicate
Message-ID; no line over 998 bytes; attachments <= 30 KB; every PDF has a text layer; a labelled tracking number
matches its agency's pattern and occurs in the message (headers, text, attachment names or PDF text); thread
headers and plus-addresses agree with the label; acknowledgment/extension labels carry `due` exactly when the
rules give days for them; adverse kinds carry appeal_due; each kind appears at least twice; the labels equal
what compute_labels.py derives from facts.yaml.
"""
import sys, re, html, subprocess, collections, io, email, email.policy, email.utils
from pathlib import Path
import yaml
sys.dont_write_bytecode = True

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import compute_labels  # noqa: E402  (for RULES)

KINDS = ['acknowledgment', 'extension', 'fee_estimate', 'clarification', 'records_interim', 'records_final',
         'no_records', 'denial', 'portal_notice', 'auto_reply', 'bounce', 'other']
problems = []


def bad(msg):
    problems.append(msg)


def pdf_text(data):
    try:
        import pypdf
        r = pypdf.PdfReader(io.BytesIO(data), strict=True)
        return '\n'.join(p.extract_text() or '' for p in r.pages)
    except ImportError:  # fall back to the literal strings of the content streams we write
        return '\n'.join(m.decode('latin-1') for m in re.findall(rb'\((.*?)\) Tj', data))


def collect(msg, fn):
    texts, names = [], []
    for part in msg.walk():
        for d in part.defects:
            bad('%s: parser defect %r' % (fn, d))
        for k, v in part.items():
            for d in getattr(v, 'defects', ()):
                bad('%s: header %s defect %r' % (fn, k, d))
        texts.extend(str(v) for k, v in part.items())
        if part.get_filename():
            names.append(part.get_filename())
        ct = part.get_content_type()
        if part.is_multipart() or ct == 'message/rfc822':
            continue
        try:
            payload = part.get_content()
        except Exception as e:  # noqa
            bad('%s: cannot decode %s: %s' % (fn, ct, e))
            continue
        if ct == 'application/pdf':
            size = len(payload)
            t = pdf_text(payload)
            if len(t.strip()) < 40:
                bad('%s: PDF %s has no text layer' % (fn, part.get_filename()))
            payload = t
        elif isinstance(payload, bytes):
            size = len(payload)
            payload = payload.decode('utf-8', 'replace')
        else:
            payload = str(payload)
            size = len(payload.encode('utf-8'))
        if part.get_filename() and size > 30 * 1024:
            bad('%s: attachment %s is %d bytes' % (fn, part.get_filename(), size))
        if ct == 'text/html':
            payload = html.unescape(re.sub(r'<[^>]+>', ' ', payload))
        texts.append(payload)
    return texts, names


def main():
    rq = yaml.safe_load((HERE / 'requests.yaml').read_text())
    reqs = {r['id']: r for r in rq['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    labels = yaml.safe_load((HERE / 'labels.yaml').read_text())
    for r in reqs.values():
        if r['agency'] not in ags:
            bad('request %s: unknown agency %s' % (r['id'], r['agency']))
    files = sorted(p.name for p in (HERE / 'messages').glob('*.eml'))
    for lab in labels:
        if not (HERE / 'messages' / lab['file']).exists():
            bad('label file %s does not exist' % lab['file'])
    if [l['file'] for l in labels] != files:
        bad('labels.yaml files do not match messages/ (order or set)')
    by_mid = {r['message_id']: rid for rid, r in reqs.items()}
    by_plus = {r['reply_address']: rid for rid, r in reqs.items()}
    seen_ids, last = set(), None
    kinds = collections.Counter()
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
        for h in ['From', 'To', 'Date', 'Subject', 'Message-ID', 'MIME-Version', 'Content-Type']:
            if msg[h] is None:
                bad('%s: missing %s' % (fn, h))
        mid = str(msg['Message-ID']).strip()
        if mid in seen_ids:
            bad('%s: duplicate Message-ID' % fn)
        seen_ids.add(mid)
        d = email.utils.parsedate_to_datetime(str(msg['Date']))
        if d.tzinfo is None:
            bad('%s: Date without time zone' % fn)
        if last and d < last:
            bad('%s: Date earlier than the previous message' % fn)
        last = d
        texts, names = collect(msg, fn)
        blob = '\n'.join(texts + names)
        kinds[lab['kind']] += 1
        if lab['kind'] not in KINDS:
            bad('%s: bad kind %s' % (fn, lab['kind']))
        rid = lab['request']
        if rid is not None and rid not in reqs:
            bad('%s: unknown request %s' % (fn, rid))
            continue
        if rid and d.date() < reqs[rid]['sent']:
            bad('%s: dated %s, before request %s was sent (%s)' % (fn, d.date(), rid, reqs[rid]['sent']))
        trk = lab.get('tracking_number')
        if trk:
            pats = [ags[reqs[rid]['agency']].get('tracking_pattern')] if rid else [a.get('tracking_pattern') for a in ags.values()]
            pats = [p for p in pats if p]
            if not any(re.fullmatch(p.replace('\\b', ''), trk) for p in pats):
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
        if ('due' in lab or 'appeal_due' in lab) and rid is None:
            bad('%s: due without request' % fn)
        if rid:
            jur = ags[reqs[rid]['agency']]['jurisdiction']
            initial, ext, appeal = compute_labels.RULES[jur]
            if lab['kind'] == 'acknowledgment' and bool(initial) != ('due' in lab):
                bad('%s: acknowledgment due presence does not match the %s rules' % (fn, jur))
            if lab['kind'] == 'extension' and bool(ext) != ('due' in lab):
                bad('%s: extension due presence does not match the %s rules' % (fn, jur))
            if lab['kind'] in ('denial', 'no_records') and 'appeal_due' not in lab:
                bad('%s: %s without appeal_due key' % (fn, lab['kind']))
            if 'appeal_due' in lab and (lab['appeal_due'] is None) != (appeal is None):
                bad('%s: appeal_due does not match the %s rules' % (fn, jur))
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
