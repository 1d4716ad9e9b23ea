#!/usr/bin/env python3
"""Checks for this set.

    python check_corpus.py      (needs pyyaml, holidays, numpy; runs compute_labels.py --check)

Checks: every message parses without a parser defect and has the basic headers; labels.yaml lists exactly
the files in messages/ and every label's file exists; Date: headers are in file order and no message is
dated before the request it answers; every request id in labels and facts exists in requests.yaml and every
agency id in requests.yaml exists; kinds are valid and each appears at least twice; tracking numbers match
the agency pattern and appear in the message (headers, text, attachment text or names); thread headers and
plus-addresses agree with the label; acknowledgments/extensions carry a due unless the jurisdiction has no
such rule; Message-IDs are unique; lines <= 998 bytes; attachments <= 30 KB; labels equal compute_labels.py.
"""
import sys, re, html, subprocess, collections, datetime as dt, email, email.policy, email.utils, zlib
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
KINDS = ['acknowledgment', 'extension', 'fee_estimate', 'clarification', 'records_interim', 'records_final',
         'no_records', 'denial', 'portal_notice', 'auto_reply', 'bounce', 'other']
problems = []


def bad(m):
    problems.append(m)


def pdf_text(data):
    """Rough text of our small uncompressed PDFs: the string operands of Tj."""
    out = []
    for m in re.finditer(rb'\(((?:\\.|[^\\)])*)\)\s*Tj', data):
        s = re.sub(rb'\\(.)', rb'\1', m.group(1))
        out.append(s.decode('cp1252', 'replace'))
    return '\n'.join(out)


def collect(msg, texts, names):
    for part in msg.walk():
        for d in part.defects:
            bad('parser defect %r' % d)
        for k, v in part.items():
            for d in getattr(v, 'defects', ()):
                bad('header %s defect %r' % (k, d))
        fn = part.get_filename()
        if fn:
            names.append(fn)
        if part.is_multipart() or part.get_content_type() == 'message/rfc822':
            continue
        ct = part.get_content_type()
        try:
            payload = part.get_content()
        except Exception as e:  # noqa: BLE001
            bad('cannot decode %s: %s' % (ct, e))
            continue
        if isinstance(payload, bytes):
            if len(payload) > 30 * 1024:
                bad('attachment %s is %d bytes' % (fn, len(payload)))
            payload = pdf_text(payload) if ct == 'application/pdf' else payload.decode('utf-8', 'replace')
        elif not isinstance(payload, str):
            payload = str(payload)
        if ct == 'text/html':
            payload = html.unescape(re.sub(r'<[^>]+>', ' ', payload))
        texts.append(payload)


def main():
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    labels = yaml.safe_load((HERE / 'labels.yaml').read_text())
    facts = {f['file']: f for f in yaml.safe_load((HERE / 'facts.yaml').read_text())}
    files = sorted(p.name for p in (HERE / 'messages').glob('*.eml'))
    for rid, r in reqs.items():
        if r['agency'] not in ags:
            bad('%s: unknown agency %s' % (rid, r['agency']))
    if [l['file'] for l in labels] != files:
        bad('labels.yaml files do not match messages/ (order or set)')
    if sorted(facts) != files:
        bad('facts.yaml files do not match messages/')
    by_mid = {r['message_id']: rid for rid, r in reqs.items()}
    by_plus = {r['reply_address']: rid for rid, r in reqs.items()}
    seen, last = set(), None
    kinds = collections.Counter()
    for lab in labels:
        fn = lab['file']
        path = HERE / 'messages' / fn
        if not path.exists():
            bad('%s: label for a missing file' % fn)
            continue
        raw = path.read_bytes()
        for i, line in enumerate(raw.split(b'\n')):
            if len(line) > 998:
                bad('%s: line %d longer than 998 bytes' % (fn, i + 1))
        with open(path, 'rb') as fh:
            msg = email.message_from_binary_file(fh, policy=email.policy.default)
        n0 = len(problems)
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
        texts, names = [], []
        collect(msg, texts, names)
        for i in range(n0, len(problems)):
            if not problems[i].startswith(fn):
                problems[i] = '%s: %s' % (fn, problems[i])
        blob = '\n'.join([str(msg['Subject'])] + texts + names)
        if lab['kind'] not in KINDS:
            bad('%s: bad kind %s' % (fn, lab['kind']))
        kinds[lab['kind']] += 1
        rid = lab['request']
        if rid is not None and rid not in reqs:
            bad('%s: unknown request %s' % (fn, rid))
            continue
        if facts.get(fn, {}).get('request') != rid:
            bad('%s: facts and labels disagree on the request' % fn)
        if rid and d.date() < reqs[rid]['sent']:
            bad('%s: dated %s, before its request %s was sent (%s)' % (fn, d.date(), rid, reqs[rid]['sent']))
        trk = lab.get('tracking_number')
        if trk:
            pats = [ags[reqs[rid]['agency']]['tracking_pattern']] if rid else [a['tracking_pattern'] for a in ags.values()]
            if not any(re.fullmatch(p.replace('\\b', ''), trk) for p in pats):
                bad('%s: tracking %s does not match the agency pattern' % (fn, trk))
            if trk not in blob:
                bad('%s: tracking %s not found in the message' % (fn, trk))
        refs = ' '.join(str(msg[x] or '') for x in ['In-Reply-To', 'References'])
        for m, r in by_mid.items():
            if m in refs and r != rid:
                bad('%s: thread headers point to %s but label is %s' % (fn, r, rid))
            if m in blob and r != rid and lab['kind'] == 'bounce':
                bad('%s: bounce embeds %s but label is %s' % (fn, r, rid))
        to = str(msg['To'] or '') + ' ' + str(msg['Cc'] or '')
        for a, r in by_plus.items():
            if a in to and r != rid:
                bad('%s: plus-address of %s but label is %s' % (fn, r, rid))
        if ('due' in lab or 'appeal_due' in lab) and rid is None:
            bad('%s: due without request' % fn)
        if lab['kind'] in ('acknowledgment', 'extension') and rid and 'due' not in lab:
            jur = ags[reqs[rid]['agency']]['jurisdiction']
            if jur not in ('US-FL', 'US-LA', 'US-AL', 'US-TX') or (lab['kind'] == 'acknowledgment' and jur != 'US-FL'):
                bad('%s: %s without due in %s' % (fn, lab['kind'], jur))
        if lab['kind'] in ('denial', 'no_records') and rid and 'appeal_due' not in lab:
            bad('%s: %s without appeal_due key' % (fn, lab['kind']))
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
