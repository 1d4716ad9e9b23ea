#!/usr/bin/env python3
"""Sanity checks for this set.

    python check_corpus.py      (needs pyyaml, holidays, numpy; pypdf optional for the PDF text check)

Checks: every message parses without defects and has the core headers; every label's file exists and
labels.yaml lists exactly the files in messages/ in order; Date: headers are in order and no message is
dated before the request it answers; every request id (and agency id) exists; kinds are valid and each
appears at least twice; tracking numbers match the agency pattern and appear in the message; thread headers
and plus-addresses agree with the label; due / appeal_due consistency; a 'tracking' signal refers to a
number stated earlier for the same request; PDFs have a text layer; attachment size and line length limits;
and compute_labels.py --check reproduces labels.yaml.
"""
import sys, re, html, subprocess, collections, email, email.policy, email.utils, io
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
KINDS = ['acknowledgment', 'extension', 'fee_estimate', 'clarification', 'records_interim', 'records_final',
         'no_records', 'denial', 'portal_notice', 'auto_reply', 'bounce', 'other']
ADVERSE = ('denial', 'no_records', 'records_final')
problems = []


def bad(msg):
    problems.append(msg)


def pdf_text(data):
    try:
        import pypdf
    except ImportError:
        return data.decode('latin-1')
    return '\n'.join(p.extract_text() or '' for p in pypdf.PdfReader(io.BytesIO(data)).pages)


def all_text(msg, out, names):
    for part in msg.walk():
        for d in part.defects:
            out.append(('DEFECT', repr(d)))
        for k, v in part.items():
            for d in getattr(v, 'defects', ()):
                out.append(('DEFECT', '%s header: %r' % (k, d)))
        fn = part.get_filename()
        if fn:
            names.append(fn)
        ct = part.get_content_type()
        if part.is_multipart() or ct == 'message/rfc822':
            continue
        try:
            payload = part.get_content()
        except Exception as e:  # noqa
            bad('cannot decode part %s: %s' % (ct, e))
            continue
        if ct == 'application/pdf':
            t = pdf_text(payload)
            if len(t.strip()) < 40:
                out.append(('DEFECT', 'PDF %s has no usable text layer' % fn))
            payload = t
        elif isinstance(payload, bytes):
            payload = payload.decode('utf-8', 'replace')
        elif not isinstance(payload, str):
            payload = str(payload)
        if ct == 'text/html':
            payload = html.unescape(re.sub(r'<[^>]+>', ' ', payload))
        out.append((ct, payload))


def main():
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    labels = yaml.safe_load((HERE / 'labels.yaml').read_text())
    facts = {f['file']: f for f in yaml.safe_load((HERE / 'facts.yaml').read_text())}
    sys.path.insert(0, str(HERE))
    from compute_labels import RULES
    for rid, r in reqs.items():
        if r['agency'] not in ags:
            bad('%s: unknown agency %s' % (rid, r['agency']))
    files = sorted(p.name for p in (HERE / 'messages').glob('*.eml'))
    for lab in labels:
        if not (HERE / 'messages' / lab['file']).exists():
            bad('label file %s does not exist' % lab['file'])
    if [l['file'] for l in labels] != files:
        bad('labels.yaml files do not match messages/ (order or set)')
    if set(facts) != set(files):
        bad('facts.yaml files do not match messages/')
    by_mid = {r['message_id']: rid for rid, r in reqs.items()}
    by_plus = {r['reply_address']: rid for rid, r in reqs.items()}
    seen_ids, last_date = set(), None
    kinds, signals = collections.Counter(), collections.Counter()
    for idx, lab in enumerate(labels):
        fn = lab['file']
        path = HERE / 'messages' / fn
        if not path.exists():
            continue
        raw = path.read_bytes()
        for i, line in enumerate(raw.split(b'\n')):
            if len(line) > 998:
                bad('%s: line %d longer than 998 bytes' % (fn, i + 1))
        with open(path, 'rb') as fh:
            msg = email.message_from_binary_file(fh, policy=email.policy.default)
        for h in ['From', 'To', 'Date', 'Subject', 'Message-ID', 'MIME-Version', 'Content-Type']:
            if msg[h] is None:
                bad('%s: missing %s' % (fn, h))
        mid = str(msg['Message-ID']).strip()
        if mid in seen_ids:
            bad('%s: duplicate Message-ID' % fn)
        seen_ids.add(mid)
        d = email.utils.parsedate_to_datetime(str(msg['Date']))
        if last_date and d < last_date:
            bad('%s: Date earlier than previous message' % fn)
        last_date = d
        texts, names = [], []
        all_text(msg, texts, names)
        for ct, t in texts:
            if ct == 'DEFECT':
                bad('%s: parser defect %s' % (fn, t))
        for part in msg.walk():
            if part.get_filename() and not part.is_multipart():
                size = len(part.get_payload(decode=True) or b'')
                if size > 30 * 1024:
                    bad('%s: attachment %s is %d bytes' % (fn, part.get_filename(), size))
        blob = '\n'.join([str(msg['Subject'])] + [t for _, t in texts] + names)
        if lab['kind'] not in KINDS:
            bad('%s: bad kind %s' % (fn, lab['kind']))
        kinds[lab['kind']] += 1
        rid = lab['request']
        if rid is not None and rid not in reqs:
            bad('%s: unknown request %s' % (fn, rid))
            continue
        if rid is not None and d.date() < reqs[rid]['sent']:
            bad('%s: dated %s, before request %s was sent (%s)' % (fn, d.date(), rid, reqs[rid]['sent']))
        trk = lab.get('tracking_number')
        if trk:
            pats = [ags[reqs[rid]['agency']].get('tracking_pattern')] if rid else [a.get('tracking_pattern') for a in ags.values()]
            if not any(p and re.fullmatch(p.replace('\\b', ''), trk) for p in pats):
                bad('%s: tracking %s does not match agency pattern' % (fn, trk))
            if trk not in blob:
                bad('%s: tracking %s not found anywhere in the message' % (fn, trk))
        refs = ' '.join(str(msg[h] or '') for h in ['In-Reply-To', 'References'])
        for m, r in by_mid.items():
            if m in refs and r != rid:
                bad('%s: thread headers point to %s but label is %s' % (fn, r, rid))
        to = str(msg['To'] or '') + ' ' + str(msg['Cc'] or '')
        for a, r in by_plus.items():
            if a in to and r != rid:
                bad('%s: plus-address of %s but label is %s' % (fn, r, rid))
        if ('due' in lab or 'appeal_due' in lab or 'estimated' in lab) and rid is None:
            bad('%s: date label without request' % fn)
        if rid:
            jur = ags[reqs[rid]['agency']]['jurisdiction']
            if lab['kind'] == 'acknowledgment' and 'due' not in lab:
                bad('%s: acknowledgment without due' % fn)
            if lab['kind'] == 'extension':
                if RULES[jur]['extension'] is None and 'due' in lab:
                    bad('%s: extension sets due although %s has no extension days' % (fn, jur))
                if RULES[jur]['extension'] is None and 'estimated' not in lab:
                    bad('%s: extension in %s without an estimated date' % (fn, jur))
            if 'due' in lab and lab['kind'] not in ('acknowledgment', 'extension'):
                bad('%s: due on a %s' % (fn, lab['kind']))
            if lab['kind'] in ('denial', 'no_records') and 'appeal_due' not in lab:
                bad('%s: %s without appeal_due key' % (fn, lab['kind']))
            if 'appeal_due' in lab and lab['kind'] not in ADVERSE:
                bad('%s: appeal_due on a %s' % (fn, lab['kind']))
            if 'appeal_due' in lab and (lab['appeal_due'] is None) != (RULES[jur]['appeal'] is None):
                bad('%s: appeal_due %r inconsistent with %s appeal days' % (fn, lab['appeal_due'], jur))
        sig = facts.get(fn, {}).get('signals', [])
        if 'tracking' in sig and trk and rid:
            norm = lambda t: re.sub(r'[\s-]', '', t or '').upper()
            if not any(l2['request'] == rid and norm(l2.get('tracking_number')) == norm(trk) for l2 in labels[:idx]):
                bad('%s: tracking signal but %s was not stated in an earlier message for %s' % (fn, trk, rid))
        for s in sig:
            signals[s] += 1
    for k in KINDS:
        if kinds[k] < 2:
            bad('kind %s appears only %d times (need at least 2)' % (k, kinds[k]))
    nulls = sum(1 for l in labels if l['request'] is None)
    r = subprocess.run([sys.executable, str(HERE / 'compute_labels.py'), '--check'], capture_output=True, text=True)
    if r.returncode:
        bad('compute_labels.py --check failed:\n' + r.stdout + r.stderr)
    print('messages: %d, requests: %d, agencies: %d, request:null: %d' % (len(labels), len(reqs), len(ags), nulls))
    print('kinds:', dict(sorted(kinds.items())))
    print('signals:', dict(sorted(signals.items())))
    if problems:
        print('\nPROBLEMS (%d):' % len(problems))
        for p in problems:
            print(' -', p)
        sys.exit(1)
    print('all checks passed')


if __name__ == '__main__':
    main()
