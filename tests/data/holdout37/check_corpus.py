#!/usr/bin/env python3
"""Checks for this set.

    python check_corpus.py      (needs pyyaml, holidays, numpy; pypdf optional for the PDF text check)

- every .eml parses with email.policy.default without defects, has the required headers, no line > 998 bytes
- labels.yaml lists exactly the files in messages/ (so every label's file exists), in file-name order
- Date: headers are in non-decreasing order, and no message is dated before the request it is labeled with
- every labeled request id exists in requests.yaml, every request's agency exists in agencies.yaml
- kinds are valid and each kind appears at least twice; at least 2 request: null messages
- a labeled tracking number occurs in the message (subject, text, attachment names or PDF text) and fits the
  agency's tracking_pattern
- thread headers / plus addresses that name one of our requests agree with the label
- acknowledgments carry a due; extensions carry a due exactly when the jurisdiction has extension days
- attachments <= 30 KB; every PDF has a text layer
- compute_labels.py --check passes
"""
import sys, re, io, html, zlib, subprocess, collections, email, email.policy, email.utils
from pathlib import Path
from zoneinfo import ZoneInfo
import yaml

HERE = Path(__file__).resolve().parent
KINDS = ['acknowledgment', 'extension', 'fee_estimate', 'clarification', 'records_interim', 'records_final',
         'no_records', 'denial', 'portal_notice', 'auto_reply', 'bounce', 'other']
problems = []


def bad(m):
    problems.append(m)


def pdf_text(data):
    try:
        from pypdf import PdfReader
        return '\n'.join(p.extract_text() or '' for p in PdfReader(io.BytesIO(data)).pages)
    except ImportError:
        out = []
        for m in re.finditer(rb'stream\r?\n(.*?)\r?\nendstream', data, re.S):
            s = m.group(1)
            try:
                s = zlib.decompress(s)
            except zlib.error:
                pass
            out += [t.decode('latin-1') for t in re.findall(rb'\((.*?)\)\s*Tj', s)]
        return '\n'.join(out)


def texts_of(msg, fn):
    out, names = [], []
    for part in msg.walk():
        for d in part.defects:
            bad('%s: parser defect %r' % (fn, d))
        for k, v in part.items():
            for d in getattr(v, 'defects', ()):
                bad('%s: %s header defect %r' % (fn, k, d))
        if part.is_multipart():
            continue
        name = part.get_filename()
        if name:
            names.append(name)
        ct = part.get_content_type()
        try:
            payload = part.get_content()
        except Exception as e:  # noqa
            bad('%s: cannot decode %s: %s' % (fn, ct, e))
            continue
        if name:
            raw = part.get_payload(decode=True) or b''
            if len(raw) > 30 * 1024:
                bad('%s: attachment %s is %d bytes' % (fn, name, len(raw)))
        if ct == 'application/pdf':
            t = pdf_text(payload)
            if len(t.strip()) < 40:
                bad('%s: PDF %s has no text layer' % (fn, name))
            out.append(t)
        elif isinstance(payload, bytes):
            out.append(payload.decode('utf-8', 'replace'))
        else:
            payload = str(payload)
            if ct == 'text/html':
                payload = html.unescape(re.sub(r'<[^>]+>', ' ', payload))
            out.append(payload)
    return out, names


def main():
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    labels = yaml.safe_load((HERE / 'labels.yaml').read_text())
    for r in reqs.values():
        if r['agency'] not in ags:
            bad('%s: unknown agency %s' % (r['id'], r['agency']))
    sys.path.insert(0, str(HERE))
    sys.dont_write_bytecode = True
    from compute_labels import load_rules
    rules = load_rules()
    files = sorted(p.name for p in (HERE / 'messages').glob('*.eml'))
    for lab in labels:
        if not (HERE / 'messages' / lab['file']).exists():
            bad('label for missing file %s' % lab['file'])
    if [l['file'] for l in labels] != files:
        bad('labels.yaml files do not match messages/ (set or order)')
    by_mid = {r['message_id']: rid for rid, r in reqs.items()}
    by_plus = {r['reply_address']: rid for rid, r in reqs.items()}
    kinds = collections.Counter()
    seen, last = set(), None
    for lab in labels:
        fn = lab['file']
        p = HERE / 'messages' / fn
        if not p.exists():
            continue
        raw = p.read_bytes()
        for i, line in enumerate(raw.split(b'\n')):
            if len(line) > 998:
                bad('%s: line %d longer than 998 bytes' % (fn, i + 1))
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for h in ['From', 'To', 'Date', 'Subject', 'Message-ID', 'MIME-Version', 'Content-Type']:
            if msg[h] is None:
                bad('%s: missing %s' % (fn, h))
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
        texts, names = texts_of(msg, fn)
        blob = '\n'.join([str(msg['Subject'])] + texts + names)
        kind = lab['kind']
        if kind not in KINDS:
            bad('%s: bad kind %s' % (fn, kind))
        kinds[kind] += 1
        rid = lab['request']
        if rid is not None:
            if rid not in reqs:
                bad('%s: unknown request %s' % (fn, rid))
                continue
            if d.astimezone(ZoneInfo('America/New_York')).date() < reqs[rid]['sent']:
                bad('%s: dated before its request %s was sent' % (fn, rid))
        trk = lab.get('tracking_number')
        if trk:
            if trk not in blob:
                bad('%s: tracking %s not found in the message' % (fn, trk))
            pats = [ags[reqs[rid]['agency']].get('tracking_pattern')] if rid else [a.get('tracking_pattern') for a in ags.values()]
            if not any(pt and re.fullmatch(pt.replace('\\b', ''), trk) for pt in pats):
                bad('%s: tracking %s does not fit the agency pattern' % (fn, trk))
        refs = ' '.join(str(msg[h] or '') for h in ['In-Reply-To', 'References'])
        if kind == 'bounce':
            refs += ' ' + '\n'.join(texts)
        for m, r in by_mid.items():
            if m in refs and r != rid:
                bad('%s: thread headers name %s but label is %s' % (fn, r, rid))
        to = ' '.join(str(msg[h] or '') for h in ['To', 'Cc'])
        for a, r in by_plus.items():
            if a in to and r != rid:
                bad('%s: plus address of %s but label is %s' % (fn, r, rid))
        if rid is None and any(k in lab for k in ('due', 'appeal_due', 'estimated')):
            bad('%s: date label without request' % fn)
        if rid:
            jur = ags[reqs[rid]['agency']]['jurisdiction']
            if kind == 'acknowledgment' and 'due' not in lab:
                bad('%s: acknowledgment without due' % fn)
            if kind == 'extension' and ('due' in lab) != bool(rules[jur]['extension']):
                bad('%s: extension due does not match the rules table for %s' % (fn, jur))
            if kind not in ('acknowledgment', 'extension') and 'due' in lab:
                bad('%s: due on a %s' % (fn, kind))
            if 'appeal_due' in lab and kind not in ('denial', 'no_records', 'records_final'):
                bad('%s: appeal_due on a %s' % (fn, kind))
    for k in KINDS:
        if kinds[k] < 2:
            bad('kind %s appears only %d times' % (k, kinds[k]))
    nulls = sum(1 for l in labels if l['request'] is None)
    if nulls < 2:
        bad('only %d request: null messages' % nulls)
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
