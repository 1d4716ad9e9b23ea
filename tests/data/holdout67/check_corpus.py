#!/usr/bin/env python3
"""Checks for this set.

    python check_corpus.py

- every message parses without defects; required headers present; Message-IDs unique; lines <= 998 bytes
- labels.yaml and messages/ list the same files in the same order; every label's file exists
- Date: headers are in file order and none is before the sent date of the request it answers
- every request id in labels/facts exists in requests.yaml; every agency of a request exists
- kinds are valid and each appears at least twice; at least 3 request:null messages
- tracking numbers match the agency pattern and occur in the message (headers, text, PDF text, file names)
- thread headers / plus addresses never point at a request other than the label's
- acknowledgments and extensions carry a due unless the rules table gives no extension days (extension only)
- attachments are small; every PDF has a text layer; NOTES.md has one line per message
- compute_labels.py --check passes
"""
import sys, re, html, subprocess, collections, email, email.policy, email.utils, zlib
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
KINDS = ['acknowledgment', 'extension', 'fee_estimate', 'clarification', 'records_interim', 'records_final',
         'no_records', 'denial', 'portal_notice', 'auto_reply', 'bounce', 'other']
NO_EXT = {'US-TX', 'US-WA'}  # rules table: no extension days
problems = []


def bad(m):
    problems.append(m)


def pdf_text(data):
    """text shown by Tj operators in (uncompressed or Flate) content streams"""
    out = []
    for m in re.finditer(rb'stream\r?\n(.*?)\r?\nendstream', data, re.S):
        s = m.group(1)
        if b'BT' not in s:
            try:
                s = zlib.decompress(s)
            except zlib.error:
                continue
        out += [x.decode('latin-1').replace('\\(', '(').replace('\\)', ')') for x in re.findall(rb'\(((?:\\.|[^\\)])*)\)\s*Tj', s)]
    return '\n'.join(out)


def texts(msg, fn):
    out, names = [], []
    for part in msg.walk():
        for d in part.defects:
            bad('%s: parser defect %r' % (fn, d))
        for k, v in part.items():
            for d in getattr(v, 'defects', ()):
                bad('%s: %s header defect %r' % (fn, k, d))
        if part.get_filename():
            names.append(part.get_filename())
        if part.get_content_type() == 'message/rfc822':
            inner = part.get_payload()[0]
            out.append('\n'.join('%s: %s' % (k, v) for k, v in inner.items()))
            continue
        if part.is_multipart():
            continue
        try:
            payload = part.get_content()
        except Exception as e:  # noqa: BLE001
            bad('%s: cannot decode %s: %s' % (fn, part.get_content_type(), e))
            continue
        ct = part.get_content_type()
        if isinstance(payload, bytes):
            if len(payload) > 30 * 1024:
                bad('%s: attachment %s is %d bytes' % (fn, part.get_filename(), len(payload)))
            if ct == 'application/pdf':
                t = pdf_text(payload)
                if len(t) < 40:
                    bad('%s: PDF %s has no text layer' % (fn, part.get_filename()))
                payload = t
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
        bad('labels.yaml and messages/ differ (set or order)')
    if set(facts) != set(files):
        bad('facts.yaml and messages/ differ')
    for rid, r in reqs.items():
        if r['agency'] not in ags:
            bad('%s: unknown agency %s' % (rid, r['agency']))
    by_mid = {r['message_id']: rid for rid, r in reqs.items()}
    by_plus = {r['reply_address']: rid for rid, r in reqs.items()}
    notes = (HERE / 'NOTES.md').read_text()
    seen, last, kinds = set(), None, collections.Counter()
    for lab in labels:
        fn = lab['file']
        path = HERE / 'messages' / fn
        if not path.exists():
            bad('%s: file missing' % fn)
            continue
        raw = path.read_bytes()
        if any(len(x) > 998 for x in raw.split(b'\n')):
            bad('%s: line longer than 998 bytes' % fn)
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for hname in ['From', 'To', 'Date', 'Subject', 'Message-ID', 'MIME-Version', 'Content-Type']:
            if msg[hname] is None:
                bad('%s: missing %s' % (fn, hname))
        mid = str(msg['Message-ID']).strip()
        if mid in seen:
            bad('%s: duplicate Message-ID' % fn)
        seen.add(mid)
        d = email.utils.parsedate_to_datetime(str(msg['Date']))
        if last and d < last:
            bad('%s: Date earlier than the previous message' % fn)
        last = d
        rid = lab['request']
        if rid is not None and rid not in reqs:
            bad('%s: unknown request %s' % (fn, rid))
            continue
        if rid and d.date() < reqs[rid]['sent']:
            bad('%s: dated before its request was sent' % fn)
        if lab['kind'] not in KINDS:
            bad('%s: bad kind %s' % (fn, lab['kind']))
        kinds[lab['kind']] += 1
        body, names = texts(msg, fn)
        blob = '\n'.join([str(msg['Subject'])] + body + names)
        trk = lab.get('tracking_number')
        if trk:
            pats = [ags[reqs[rid]['agency']].get('tracking_pattern')] if rid else [a.get('tracking_pattern') for a in ags.values()]
            if not any(p and re.fullmatch(p.replace('\\b', ''), trk) for p in pats):
                bad('%s: tracking %s does not match the agency pattern' % (fn, trk))
            if trk not in blob:
                bad('%s: tracking %s not found in the message' % (fn, trk))
        refs = ' '.join(str(msg[x] or '') for x in ['In-Reply-To', 'References'])
        for m, r in by_mid.items():
            if m in refs and r != rid:
                bad('%s: thread headers point to %s, label %s' % (fn, r, rid))
        to = str(msg['To'] or '') + ' ' + str(msg['Cc'] or '')
        for a, r in by_plus.items():
            if a in to and r != rid:
                bad('%s: plus address of %s, label %s' % (fn, r, rid))
        if rid is None and ('due' in lab or 'appeal_due' in lab):
            bad('%s: date label without request' % fn)
        if rid and lab['kind'] in ('acknowledgment', 'extension') and 'due' not in lab:
            jur = ags[reqs[rid]['agency']]['jurisdiction']
            if not (lab['kind'] == 'extension' and jur in NO_EXT):
                bad('%s: %s without due' % (fn, lab['kind']))
        if 'appeal_due' in lab and lab['kind'] not in ('denial', 'no_records', 'records_final'):
            bad('%s: appeal_due on kind %s' % (fn, lab['kind']))
        if '`%s`' % fn not in notes:
            bad('%s: no NOTES.md line' % fn)
    for k in KINDS:
        if kinds[k] < 2:
            bad('kind %s appears %d times (< 2)' % (k, kinds[k]))
    nulls = sum(1 for l in labels if l['request'] is None)
    if nulls < 3:
        bad('only %d request:null messages' % nulls)
    r = subprocess.run([sys.executable, str(HERE / 'compute_labels.py'), '--check'], capture_output=True, text=True)
    if r.returncode:
        bad('compute_labels.py --check failed:\n' + r.stdout + r.stderr)
    used = collections.Counter(l['request'] for l in labels if l['request'])
    print('messages: %d  requests: %d (with replies: %d)  request:null: %d' % (len(labels), len(reqs), len(used), nulls))
    print('kinds:', dict(sorted(kinds.items())))
    if problems:
        print('\nPROBLEMS (%d):' % len(problems))
        for p in problems:
            print(' -', p)
        sys.exit(1)
    print('all checks passed')


if __name__ == '__main__':
    main()
