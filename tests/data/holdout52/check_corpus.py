#!/usr/bin/env python3
"""Sanity checks for this set.

    python check_corpus.py      (needs pyyaml, holidays, numpy; pypdf optional for the PDF text check)

Checks: every message parses without defects and has the basic headers; every label's file exists and the
label list matches messages/ in file-name order; Date: headers are in order and no message is dated before
the request it answers; every request id (labels, facts) exists in requests.yaml and every agency id in
agencies.yaml; tracking numbers match the agency's pattern and occur in the message (headers, text, attachment
names or PDF text); thread headers and plus-addresses agree with the label; duplicate Message-IDs; lines over
998 bytes; attachments over 30 KB; PDFs carry a text layer; kinds and null counts; acknowledgment/extension
labels carry a due unless the rules table gives no number; adverse determinations carry appeal_due;
compute_labels.py --check reproduces labels.yaml.
"""
import sys
sys.dont_write_bytecode = True
import re, io, html, subprocess, collections, datetime as dt, email, email.policy, email.utils
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
KINDS = ['acknowledgment', 'extension', 'fee_estimate', 'clarification', 'records_interim', 'records_final',
         'no_records', 'denial', 'portal_notice', 'auto_reply', 'bounce', 'other']
problems = []


def bad(m):
    problems.append(m)


def pdf_text(data):
    try:
        import pypdf
        r = pypdf.PdfReader(io.BytesIO(data))
        return '\n'.join(p.extract_text() or '' for p in r.pages)
    except ImportError:
        raw = data.decode('latin-1')
        return ' '.join(re.findall(r'\((.*?)\) Tj', raw))


def collect(msg, fn):
    texts, names = [], []
    for part in msg.walk():
        for dfc in part.defects:
            bad('%s: parser defect %r' % (fn, dfc))
        for k, v in part.items():
            for dfc in getattr(v, 'defects', ()):
                bad('%s: header %s defect %r' % (fn, k, dfc))
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        name = part.get_filename()
        if name:
            names.append(name)
            size = len(part.get_payload(decode=True) or b'')
            if size > 30 * 1024:
                bad('%s: attachment %s is %d bytes' % (fn, name, size))
        if ct in ('message/rfc822',):
            continue
        try:
            payload = part.get_content()
        except Exception as e:  # noqa
            bad('%s: cannot decode %s: %s' % (fn, ct, e))
            continue
        if ct == 'application/pdf':
            t = pdf_text(payload)
            if len(t.strip()) < 40:
                bad('%s: PDF %s has no text layer' % (fn, name))
            texts.append(t)
        elif isinstance(payload, bytes):
            texts.append(payload.decode('utf-8', 'replace'))
        elif isinstance(payload, str):
            texts.append(html.unescape(re.sub(r'<[^>]+>', ' ', payload)) if ct == 'text/html' else payload)
        else:
            texts.append(str(payload))
    # headers of embedded messages (message/rfc822 parts) are covered by walk(); add top-level headers
    return texts, names


def main():
    rq = yaml.safe_load((HERE / 'requests.yaml').read_text())
    reqs = {r['id']: r for r in rq['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    labels = yaml.safe_load((HERE / 'labels.yaml').read_text())
    facts = yaml.safe_load((HERE / 'facts.yaml').read_text())
    fmap = {f['file']: f for f in facts}
    files = sorted(p.name for p in (HERE / 'messages').glob('*.eml'))

    for r in reqs.values():
        if r['agency'] not in ags:
            bad('request %s: unknown agency %s' % (r['id'], r['agency']))
    for lab in labels:
        if not (HERE / 'messages' / lab['file']).exists():
            bad('label file %s does not exist' % lab['file'])
    if [l['file'] for l in labels] != files:
        bad('labels.yaml does not list messages/ exactly, in file-name order')
    if sorted(fmap) != files:
        bad('facts.yaml does not cover messages/ exactly')

    import compute_labels as cl
    rules = cl.load_rules()

    by_mid = {r['message_id']: rid for rid, r in reqs.items()}
    by_plus = {r['reply_address']: rid for rid, r in reqs.items()}
    seen, last = set(), None
    kinds = collections.Counter()
    sigs = collections.Counter()
    for i, lab in enumerate(labels):
        fn = lab['file']
        path = HERE / 'messages' / fn
        if not path.exists():
            continue
        raw = path.read_bytes()
        for n, line in enumerate(raw.split(b'\n')):
            if len(line) > 998:
                bad('%s: line %d longer than 998 bytes' % (fn, n + 1))
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
        except Exception as e:  # noqa
            bad('%s: does not parse: %s' % (fn, e))
            continue
        for h in ['From', 'To', 'Date', 'Subject', 'Message-ID', 'MIME-Version', 'Content-Type']:
            if msg[h] is None:
                bad('%s: missing %s' % (fn, h))
        m_id = str(msg['Message-ID']).strip()
        if m_id in seen:
            bad('%s: duplicate Message-ID' % fn)
        seen.add(m_id)
        date = email.utils.parsedate_to_datetime(str(msg['Date']))
        if date.tzinfo is None:
            bad('%s: Date without zone' % fn)
        if last and date < last:
            bad('%s: Date earlier than the previous message' % fn)
        last = date
        rid = lab['request']
        if rid is not None and rid not in reqs:
            bad('%s: unknown request %s' % (fn, rid))
            continue
        if rid and date.date() < reqs[rid]['sent']:
            bad('%s: dated %s, before request %s was sent (%s)' % (fn, date.date(), rid, reqs[rid]['sent']))
        texts, names = collect(msg, fn)
        hdrs = '\n'.join('%s: %s' % (k, v) for k, v in msg.items())
        blob = '\n'.join([hdrs] + texts + names)
        if lab['kind'] not in KINDS:
            bad('%s: bad kind %s' % (fn, lab['kind']))
        kinds[lab['kind']] += 1
        trk = lab.get('tracking_number')
        if trk:
            pats = [ags[reqs[rid]['agency']]['tracking_pattern']] if rid else [a['tracking_pattern'] for a in ags.values() if a['tracking_pattern']]
            if not any(p and re.fullmatch(p.replace('\\b', ''), trk) for p in pats):
                bad('%s: tracking %s does not match the agency pattern' % (fn, trk))
            if trk not in blob:
                bad('%s: tracking %s not found in the message' % (fn, trk))
        refs = ' '.join(str(msg[h] or '') for h in ['In-Reply-To', 'References'])
        for m, r in by_mid.items():
            if m in refs and r != rid:
                bad('%s: thread headers point to %s, label says %s' % (fn, r, rid))
        to = str(msg['To'] or '') + ' ' + str(msg['Cc'] or '')
        for a, r in by_plus.items():
            if a in to and r != rid:
                bad('%s: plus-address of %s, label says %s' % (fn, r, rid))
        # deadline label shape
        jur = ags[reqs[rid]['agency']]['jurisdiction'] if rid else None
        if rid is None and ('due' in lab or 'appeal_due' in lab):
            bad('%s: due without request' % fn)
        if rid and lab['kind'] == 'acknowledgment' and 'due' not in lab and rules[jur]['initial']:
            bad('%s: acknowledgment without due in %s' % (fn, jur))
        if rid and lab['kind'] == 'extension' and 'due' not in lab and rules[jur]['ext']:
            bad('%s: extension without due in %s' % (fn, jur))
        if rid and lab['kind'] == 'extension' and not rules[jur]['ext'] and 'estimated' not in lab:
            bad('%s: extension in %s (no extension days) should state an estimated date' % (fn, jur))
        if lab['kind'] in ('denial', 'no_records') and 'appeal_due' not in lab:
            bad('%s: %s without appeal_due key' % (fn, lab['kind']))
        f = fmap.get(fn, {})
        for s in f.get('signals', []):
            sigs[s] += 1
        if trk and rid and 'tracking' in f.get('signals', []):
            if not any(l2['request'] == rid and l2.get('tracking_number') == trk for l2 in labels[:i]):
                bad('%s: tracking signal but %s not stated earlier for %s' % (fn, trk, rid))
        if trk and rid and 'tracking-new' in f.get('signals', []):
            if any(l2['request'] == rid and l2.get('tracking_number') == trk for l2 in labels[:i]):
                bad('%s: tracking-new but %s was stated earlier' % (fn, trk))
    for k in KINDS:
        if kinds[k] < 3:
            bad('kind %s appears only %d times' % (k, kinds[k]))
    nulls = sum(1 for l in labels if l['request'] is None)
    if nulls < 3:
        bad('only %d request: null messages' % nulls)
    used = {l['request'] for l in labels if l['request']}
    for rid in reqs:
        if rid not in used:
            bad('request %s has no message' % rid)
    r = subprocess.run([sys.executable, str(HERE / 'compute_labels.py'), '--check'], capture_output=True, text=True)
    if r.returncode:
        bad('compute_labels.py --check failed:\n' + r.stdout + r.stderr)
    print('messages: %d, requests: %d, agencies: %d, request:null: %d' % (len(labels), len(reqs), len(ags), nulls))
    print('kinds:', dict(sorted(kinds.items())))
    print('signals:', dict(sorted(sigs.items())))
    if problems:
        print('\nPROBLEMS (%d):' % len(problems))
        for p in problems:
            print(' -', p)
        sys.exit(1)
    print('all checks passed')


if __name__ == '__main__':
    sys.path.insert(0, str(HERE))
    main()
