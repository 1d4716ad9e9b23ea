#!/usr/bin/env python3
"""Sanity checks for this set.

    python check_corpus.py      (needs pyyaml, holidays, numpy; also runs compute_labels.py --check)

Checks: every message parses without defects and has the core headers; no line > 998 bytes; attachments
<= 30 KB; Message-IDs unique; labels.yaml lists exactly the files in messages/ in order; Date: headers are in
non-decreasing order and no message is dated before the request it is labelled with; every request id exists;
kinds are valid and each appears at least twice; tracking numbers match the agency's pattern and appear in the
message (headers, bodies, PDF/DOCX text or attachment names); thread headers and plus-addresses agree with the
label; due/appeal_due are present where the rules say they must be; compute_labels.py --check passes.
"""
import sys, re, io, html, zipfile, subprocess, collections, datetime as dt, email, email.policy, email.utils
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from compute_labels import rule  # noqa: E402

KINDS = ['acknowledgment', 'extension', 'fee_estimate', 'clarification', 'records_interim', 'records_final',
         'no_records', 'denial', 'portal_notice', 'auto_reply', 'bounce', 'other']
problems = []


def bad(m):
    problems.append(m)


def pdf_text(data):
    s = data.decode('latin-1')
    out = []
    for m in re.finditer(r'\(((?:\\.|[^\\)])*)\)\s*Tj', s):
        out.append(re.sub(r'\\(.)', r'\1', m.group(1)))
    return '\n'.join(out)


def docx_text(data):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = z.read('word/document.xml').decode('utf-8')
    return html.unescape(' '.join(re.findall(r'<w:t[^>]*>(.*?)</w:t>', xml)))


def collect(msg, fn):
    texts, names = [], []
    for part in msg.walk():
        for d in part.defects:
            bad('%s: parser defect %r' % (fn, d))
        for k, v in part.items():
            for d in getattr(v, 'defects', ()):
                bad('%s: header %s defect %r' % (fn, k, d))
        if part.is_multipart() or part.get_content_type() == 'message/rfc822':
            continue
        if part.get_filename():
            names.append(part.get_filename())
            size = len(part.get_payload(decode=True) or b'')
            if size > 30 * 1024:
                bad('%s: attachment %s is %d bytes' % (fn, part.get_filename(), size))
        ct = part.get_content_type()
        try:
            payload = part.get_content()
        except Exception as e:  # noqa
            bad('%s: cannot decode part %s: %s' % (fn, ct, e))
            continue
        if isinstance(payload, bytes):
            if ct == 'application/pdf':
                payload = pdf_text(payload)
            elif ct.endswith('wordprocessingml.document'):
                payload = docx_text(payload)
            elif ct.startswith('image/'):
                continue
            else:
                payload = payload.decode('utf-8', 'replace')
        elif not isinstance(payload, str):
            payload = str(payload)
        if ct == 'text/html':
            payload = html.unescape(re.sub(r'<[^>]+>', ' ', payload))
        texts.append(payload)
    return texts, names


def main():
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    labels = yaml.safe_load((HERE / 'labels.yaml').read_text())
    facts = {f['file']: f for f in yaml.safe_load((HERE / 'facts.yaml').read_text())}
    files = sorted(p.name for p in (HERE / 'messages').glob('*.eml'))
    if [l['file'] for l in labels] != files:
        bad('labels.yaml files do not match messages/ (order or set)')
    if sorted(facts) != files:
        bad('facts.yaml files do not match messages/')
    for r in reqs.values():
        if r['agency'] not in ags:
            bad('%s: unknown agency %s' % (r['id'], r['agency']))
    by_mid = {r['message_id']: rid for rid, r in reqs.items()}
    by_plus = {r['reply_address']: rid for rid, r in reqs.items()}
    seen, last = set(), None
    kinds = collections.Counter()
    for lab in labels:
        fn = lab['file']
        path = HERE / 'messages' / fn
        if not path.exists():
            bad('%s: label file does not exist' % fn)
            continue
        raw = path.read_bytes()
        for i, line in enumerate(raw.split(b'\n')):
            if len(line) > 998:
                bad('%s: line %d longer than 998 bytes' % (fn, i + 1))
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for h in ['From', 'To', 'Date', 'Subject', 'Message-ID', 'MIME-Version', 'Content-Type']:
            if msg[h] is None:
                bad('%s: missing %s' % (fn, h))
        m_id = str(msg['Message-ID']).strip()
        if m_id in seen:
            bad('%s: duplicate Message-ID' % fn)
        seen.add(m_id)
        try:
            d = email.utils.parsedate_to_datetime(str(msg['Date']))
        except Exception as e:  # noqa
            bad('%s: bad Date %s' % (fn, e))
            continue
        if last and d < last:
            bad('%s: Date earlier than the previous message' % fn)
        last = d
        texts, names = collect(msg, fn)
        blob = '\n'.join([str(msg['Subject'])] + texts + names)
        # request / kind
        if lab['kind'] not in KINDS:
            bad('%s: bad kind %s' % (fn, lab['kind']))
        kinds[lab['kind']] += 1
        rid = lab['request']
        if rid is not None and rid not in reqs:
            bad('%s: unknown request %s' % (fn, rid))
            continue
        if rid and d.date() < reqs[rid]['sent']:
            bad('%s: dated %s, before request %s was sent (%s)' % (fn, d.date(), rid, reqs[rid]['sent']))
        # tracking number
        trk = lab.get('tracking_number')
        if trk:
            if rid:
                pat = ags[reqs[rid]['agency']].get('tracking_pattern')
                pats = [pat] if pat else []
            else:
                pats = [a['tracking_pattern'] for a in ags.values() if a.get('tracking_pattern')]
            if not any(re.fullmatch(p.replace('\\b', ''), trk) for p in pats):
                bad('%s: tracking %s does not match the agency pattern' % (fn, trk))
            if trk not in blob:
                bad('%s: tracking %s not found in the message' % (fn, trk))
        # thread headers and plus-addresses
        refs = ' '.join(str(msg[h] or '') for h in ['In-Reply-To', 'References'])
        for m_, r_ in by_mid.items():
            if m_ in refs and r_ != rid:
                bad('%s: thread headers point to %s but label is %s' % (fn, r_, rid))
        to = str(msg['To'] or '') + ' ' + str(msg['Cc'] or '')
        for a_, r_ in by_plus.items():
            if a_ in to and r_ != rid:
                bad('%s: plus-address of %s but label is %s' % (fn, r_, rid))
        # deadline fields
        f = facts.get(fn, {})
        if ('due' in lab or 'appeal_due' in lab) and rid is None:
            bad('%s: due without request' % fn)
        if rid:
            jur = ags[reqs[rid]['agency']]['jurisdiction']
            initial, ext, appeal = rule(jur)
            if lab['kind'] == 'acknowledgment' and initial and 'due' not in lab:
                bad('%s: acknowledgment without due in %s' % (fn, jur))
            if lab['kind'] == 'extension' and f.get('clock') == 'extension' and ext and 'due' not in lab:
                bad('%s: extension without due in %s' % (fn, jur))
            if lab['kind'] in ('denial', 'no_records') and 'appeal_due' not in lab:
                bad('%s: %s without appeal_due key' % (fn, lab['kind']))
            if 'appeal_due' in lab and (lab['appeal_due'] is None) != (appeal is None):
                bad('%s: appeal_due %r inconsistent with the %s row' % (fn, lab['appeal_due'], jur))
    for k in KINDS:
        if kinds[k] < 2:
            bad('kind %s appears only %d times' % (k, kinds[k]))
    nulls = sum(1 for l in labels if l['request'] is None)
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
