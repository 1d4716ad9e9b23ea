#!/usr/bin/env python3
"""Sanity checks for this set.

    python check_corpus.py        (needs pyyaml, holidays, numpy; runs compute_labels.py --check)

Checks: every .eml parses without parser defects and has the basic headers; no line over 998 bytes; attachments
under 30 KB; every PDF has a text layer; Message-IDs unique; Date: headers in file-name order and never before the
sent date of the request the message is labeled with; every label's file exists and every file has a label, in
order; every request id exists; kinds valid (each at least twice); tracking numbers match the agency pattern and
appear in the message (subject, body, attachment text or attachment name); thread headers and plus-addresses agree
with the label; acknowledgments / extensions carry a due unless the rules table gives no days for them; at least
two request:null messages; compute_labels.py --check passes.
"""
import sys, re, html, io, subprocess, collections, email, email.policy, email.utils
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from mimekit import pdf_text  # noqa: E402
from compute_labels import load_rules, rule_for, DEFAULT_RULES  # noqa: E402

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
        if ct == 'message/rfc822':
            continue
        if ct == 'message/delivery-status':
            out.append(str(part))
            continue
        try:
            payload = part.get_content()
        except Exception as e:  # noqa
            bad('%s: cannot decode %s: %s' % (fn, ct, e))
            continue
        if isinstance(payload, bytes):
            if ct == 'application/pdf':
                t = pdf_text(payload)
                if len(t.strip()) < 20:
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
    for rid, r in reqs.items():
        if r['agency'] not in ags:
            bad('%s: unknown agency %s' % (rid, r['agency']))
    labels = yaml.safe_load((HERE / 'labels.yaml').read_text())
    facts = {f['file']: f for f in yaml.safe_load((HERE / 'facts.yaml').read_text())}
    rows = load_rules(DEFAULT_RULES)
    files = sorted(p.name for p in (HERE / 'messages').glob('*.eml'))
    lab_files = [l['file'] for l in labels]
    for fn in lab_files:
        if not (HERE / 'messages' / fn).exists():
            bad('label for missing file %s' % fn)
    if lab_files != files:
        bad('labels.yaml files do not match messages/ (order or set)')
    by_mid = {r['message_id']: rid for rid, r in reqs.items()}
    by_plus = {r['reply_address']: rid for rid, r in reqs.items()}
    seen, last = set(), None
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
        with open(path, 'rb') as fh:
            msg = email.message_from_binary_file(fh, policy=email.policy.default)
        for h in ['From', 'To', 'Date', 'Subject', 'Message-ID', 'MIME-Version', 'Content-Type']:
            if msg[h] is None:
                bad('%s: missing %s' % (fn, h))
        mid = str(msg['Message-ID']).strip()
        if mid in seen:
            bad('%s: duplicate Message-ID' % fn)
        seen.add(mid)
        d = email.utils.parsedate_to_datetime(str(msg['Date']))
        if last and d < last:
            bad('%s: Date earlier than previous message' % fn)
        last = d
        texts, names = texts_of(msg, fn)
        for part in msg.walk():
            if part.get_filename() and not part.is_multipart():
                size = len(part.get_payload(decode=True) or b'')
                if size > 30 * 1024:
                    bad('%s: attachment %s is %d bytes' % (fn, part.get_filename(), size))
        blob = '\n'.join([str(msg['Subject'])] + texts + names)
        if lab['kind'] not in KINDS:
            bad('%s: bad kind %s' % (fn, lab['kind']))
        kinds[lab['kind']] += 1
        rid = lab['request']
        if rid is not None and rid not in reqs:
            bad('%s: unknown request %s' % (fn, rid))
            continue
        if rid and d.date() < reqs[rid]['sent']:
            bad('%s: dated %s, before its request %s was sent (%s)' % (fn, d.date(), rid, reqs[rid]['sent']))
        trk = lab.get('tracking_number')
        if trk:
            pat = ags[reqs[rid]['agency']].get('tracking_pattern') if rid else None
            if rid and not pat:
                bad('%s: tracking number for an agency without a pattern' % fn)
            elif pat and not re.fullmatch(pat.replace('\\b', ''), trk):
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
        if rid and lab['kind'] in ('acknowledgment', 'extension') and 'due' not in lab:
            initial, ext, _ = rule_for(rows, ags[reqs[rid]['agency']]['jurisdiction'])
            needed = initial if lab['kind'] == 'acknowledgment' else ext
            if needed:
                bad('%s: %s without due although the rules table gives days' % (fn, lab['kind']))
        if lab['kind'] in ('denial', 'no_records') and 'appeal_due' not in lab:
            bad('%s: %s without appeal_due (null expected where no appeal days)' % (fn, lab['kind']))
        if fn not in facts:
            bad('%s: no facts entry' % fn)
    for k in KINDS:
        if kinds[k] < 2:
            bad('kind %s appears only %d times' % (k, kinds[k]))
    nulls = sum(1 for l in labels if l['request'] is None)
    if nulls < 2:
        bad('only %d request:null messages' % nulls)
    r = subprocess.run([sys.executable, str(HERE / 'compute_labels.py'), '--check'], capture_output=True, text=True)
    if r.returncode:
        bad('compute_labels.py --check failed:\n' + r.stdout + r.stderr)
    print('messages: %d, requests: %d, request:null: %d' % (len(labels), len(reqs), nulls))
    print('kinds:', dict(sorted(kinds.items())))
    sig = collections.Counter(s for f in facts.values() for s in f.get('signals', []))
    print('signals:', dict(sorted(sig.items())))
    if problems:
        print('\nPROBLEMS (%d):' % len(problems))
        for p in problems:
            print(' -', p)
        sys.exit(1)
    print('all checks passed')


if __name__ == '__main__':
    main()
