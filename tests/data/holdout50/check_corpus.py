#!/usr/bin/env python3
"""Checks this set: every message parses without defects; labels and messages correspond one to one and in
file-name order; Date: headers are in order and not before the request each message answers; every request id
exists; kinds are valid and each appears at least twice; tracking numbers appear in their message and match the
agency's pattern; thread headers and plus-addresses agree with the labels; PDFs carry a text layer; size limits;
and compute_labels.py --check agrees with labels.yaml.

    python3 check_corpus.py      (needs pyyaml and holidays)
"""
import sys, re, html, zlib, subprocess, collections, email, email.policy, email.utils
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
KINDS = ['acknowledgment', 'extension', 'fee_estimate', 'clarification', 'records_interim', 'records_final',
         'no_records', 'denial', 'portal_notice', 'auto_reply', 'bounce', 'other']
LABEL_KEYS = {'file', 'request', 'kind', 'tracking_number', 'due', 'appeal_due', 'estimated', 'why'}
problems = []


def bad(s):
    problems.append(s)


def texts_of(msg):
    out, names = [], []
    for part in msg.walk():
        for d in part.defects:
            bad('%s: parser defect %r' % (msg['X-Check-Name'], d))
        for k, v in part.items():
            for d in getattr(v, 'defects', ()):
                bad('%s: header %s defect %r' % (msg['X-Check-Name'], k, d))
        if part.get_filename():
            names.append(part.get_filename())
        if part.is_multipart() or part.get_content_type() == 'message/rfc822':
            continue
        try:
            c = part.get_content()
        except Exception as e:  # noqa: BLE001
            bad('%s: cannot decode %s: %s' % (msg['X-Check-Name'], part.get_content_type(), e))
            continue
        if part.get_content_type() == 'application/pdf':
            if not c.startswith(b'%PDF-') or b'%%EOF' not in c[-10:]:
                bad('%s: %s is not a complete PDF' % (msg['X-Check-Name'], part.get_filename()))
            streams = re.findall(rb'stream\n(.*?)endstream', c, re.S)
            txt = b''.join(zlib.decompress(s) if s[:2] == b'x\x9c' else s for s in streams)
            shown = b' '.join(re.findall(rb'\((.*?)\)\s*Tj', txt))
            if not shown.strip():
                bad('%s: %s has no text layer' % (msg['X-Check-Name'], part.get_filename()))
            c = shown.decode('cp1252').replace('\\(', '(').replace('\\)', ')')
        elif isinstance(c, bytes):
            c = c.decode('utf-8', 'replace')
        elif not isinstance(c, str):
            c = str(c)
        if part.get_content_type() == 'text/html':
            c = html.unescape(re.sub(r'<[^>]+>', ' ', c))
        out.append(c)
    return out, names


def main():
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    labels = yaml.safe_load((HERE / 'labels.yaml').read_text())
    facts = {f['file']: f for f in yaml.safe_load((HERE / 'facts.yaml').read_text())}
    for r in reqs.values():
        if r['agency'] not in ags:
            bad('request %s: unknown agency %s' % (r['id'], r['agency']))
    files = sorted(p.name for p in (HERE / 'messages').glob('*.eml'))
    names = [l['file'] for l in labels]
    if names != files:
        bad('labels.yaml and messages/ differ: missing files %s, unlabeled %s, order ok=%s' % (
            sorted(set(names) - set(files)), sorted(set(files) - set(names)), names == sorted(names)))
    if sorted(facts) != sorted(names):
        bad('facts.yaml and labels.yaml list different files')
    by_mid = {r['message_id']: rid for rid, r in reqs.items()}
    by_plus = {r['reply_address']: rid for rid, r in reqs.items()}
    kinds, seen_ids, last = collections.Counter(), set(), None
    for lab in labels:
        fn = lab['file']
        path = HERE / 'messages' / fn
        if not path.exists():
            bad('%s: label without a message file' % fn)
            continue
        if set(lab) - LABEL_KEYS:
            bad('%s: unknown label keys %s' % (fn, set(lab) - LABEL_KEYS))
        raw = path.read_bytes()
        try:
            raw.decode('ascii')
        except UnicodeDecodeError:
            bad('%s: raw message is not 7-bit' % fn)
        for i, line in enumerate(raw.split(b'\n')):
            if len(line) > 998:
                bad('%s: line %d longer than 998 bytes' % (fn, i + 1))
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        msg['X-Check-Name'] = fn
        for hname in ['From', 'To', 'Date', 'Subject', 'Message-ID', 'MIME-Version', 'Content-Type']:
            if msg[hname] is None:
                bad('%s: missing %s' % (fn, hname))
        mid = str(msg['Message-ID']).strip()
        if mid in seen_ids:
            bad('%s: duplicate Message-ID' % fn)
        seen_ids.add(mid)
        try:
            d = email.utils.parsedate_to_datetime(str(msg['Date']))
        except Exception:  # noqa: BLE001
            bad('%s: unparseable Date' % fn)
            continue
        if d.tzinfo is None:
            bad('%s: Date without a zone' % fn)
        if last and d < last:
            bad('%s: Date earlier than the previous message' % fn)
        last = d
        texts, anames = texts_of(msg)
        for part in msg.walk():
            if part.get_filename() and not part.is_multipart():
                size = len(part.get_payload(decode=True) or b'')
                if size > 30 * 1024:
                    bad('%s: attachment %s is %d bytes' % (fn, part.get_filename(), size))
        blob = '\n'.join([str(msg['Subject'])] + texts + anames)
        kind = lab['kind']
        if kind not in KINDS:
            bad('%s: bad kind %s' % (fn, kind))
        kinds[kind] += 1
        rid = lab['request']
        if rid is not None and rid not in reqs:
            bad('%s: unknown request %s' % (fn, rid))
            continue
        if rid is not None and d.date() < reqs[rid]['sent']:
            bad('%s: dated %s, before request %s was sent (%s)' % (fn, d.date(), rid, reqs[rid]['sent']))
        trk = lab.get('tracking_number')
        if trk:
            ag = ags[reqs[rid]['agency']] if rid else None
            pat = (ag or {}).get('tracking_pattern')
            if rid and not pat:
                bad('%s: tracking number but agency %s has no pattern' % (fn, ag['id']))
            elif pat and not re.fullmatch(pat.replace('\\b', ''), trk):
                bad('%s: tracking %s does not match %s' % (fn, trk, pat))
            if trk not in blob:
                bad('%s: tracking %s not found in the message' % (fn, trk))
        refs = ' '.join(str(msg[x] or '') for x in ('In-Reply-To', 'References'))
        for m, r in by_mid.items():
            if m in refs and r != rid:
                bad('%s: thread headers point to %s, label says %s' % (fn, r, rid))
        rcpt = ' '.join(str(msg[x] or '') for x in ('To', 'Cc'))
        for a, r in by_plus.items():
            if a in rcpt and r != rid:
                bad('%s: plus-address of %s, label says %s' % (fn, r, rid))
        if rid is None and any(k in lab for k in ('due', 'appeal_due')):
            bad('%s: date label without a request' % fn)
        if kind in ('denial', 'no_records') and rid and 'appeal_due' not in lab:
            bad('%s: %s without appeal_due key' % (fn, kind))
        if kind not in ('denial', 'no_records', 'records_final') and 'appeal_due' in lab:
            bad('%s: appeal_due on a %s' % (fn, kind))
        if 'due' in lab and kind not in ('acknowledgment', 'extension'):
            bad('%s: due on a %s' % (fn, kind))
        if kind == 'acknowledgment' and rid and 'due' not in lab:
            bad('%s: acknowledgment without due' % fn)
        if kind == 'extension' and 'due' not in lab and 'estimated' not in lab:
            bad('%s: extension with neither due nor estimated' % fn)
    for k in KINDS:
        if kinds[k] < 2:
            bad('kind %s appears %d times (< 2)' % (k, kinds[k]))
    nulls = sum(1 for l in labels if l['request'] is None)
    r = subprocess.run([sys.executable, str(HERE / 'compute_labels.py'), '--check'], capture_output=True, text=True)
    if r.returncode:
        bad('compute_labels.py --check failed:\n' + r.stdout + r.stderr)
    print('messages: %d  requests: %d  agencies: %d  request:null: %d' % (len(labels), len(reqs), len(ags), nulls))
    print('kinds:', dict(sorted(kinds.items())))
    if problems:
        print('\nPROBLEMS (%d):' % len(problems))
        for p in problems:
            print(' -', p)
        sys.exit(1)
    print('all checks passed')


if __name__ == '__main__':
    main()
