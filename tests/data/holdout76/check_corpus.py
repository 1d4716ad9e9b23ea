#!/usr/bin/env python3
"""Sanity checks for this set.

    python check_corpus.py      (needs pyyaml and holidays; also runs compute_labels.py --check)

Checks: every message parses without defects and has the basic headers; labels.yaml and messages/ list the
same files in the same order; Date: headers are in order and none is earlier than the request it answers;
every request id exists; kinds are valid; tracking numbers fit the agency pattern and appear in the message
(subject, decoded text parts, attachment names, or the text layer of PDF attachments); thread headers and
plus-addresses agree with the label; acknowledgments carry a due; extensions carry a due exactly where the
rules table gives extension days; due/appeal_due only with a request; PDFs have a text layer.
"""
import sys, re, html, zlib, subprocess, collections, csv, email, email.policy, email.utils
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
KINDS = ['acknowledgment', 'extension', 'fee_estimate', 'clarification', 'records_interim', 'records_final',
         'no_records', 'denial', 'portal_notice', 'auto_reply', 'bounce', 'other']
STATE = {'US': 'United States (federal)', 'US-MS': 'Mississippi', 'US-IL': 'Illinois', 'US-IN': 'Indiana',
         'US-MA': 'Massachusetts', 'US-NY': 'New York'}
problems = []


def bad(m):
    problems.append(m)


def pdf_text(data):
    """text shown by Tj operators in the PDF's content streams (Flate or uncompressed)"""
    out = []
    for m in re.finditer(rb'<<([^>]*)>>\s*stream\r?\n(.*?)\r?\nendstream', data, re.S):
        body = m.group(2)
        if b'FlateDecode' in m.group(1):
            try:
                body = zlib.decompress(body)
            except zlib.error:
                continue
        for s in re.findall(rb'\(((?:\\.|[^\\)])*)\)\s*Tj', body):
            out.append(re.sub(rb'\\(.)', rb'\1', s).decode('latin-1'))
    return '\n'.join(out)


def texts_of(msg, fn):
    out, names = [], []
    for part in msg.walk():
        for d in part.defects:
            bad('%s: parser defect %r' % (fn, d))
        fname = part.get_filename()
        if fname:
            names.append(fname)
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        try:
            payload = part.get_content()
        except Exception as e:  # noqa
            bad('%s: cannot decode %s part: %s' % (fn, ct, e))
            continue
        if ct == 'application/pdf':
            t = pdf_text(payload)
            if not t.strip():
                bad('%s: PDF %s has no text layer' % (fn, fname))
            out.append(t)
        elif isinstance(payload, bytes):
            out.append(payload.decode('utf-8', 'replace'))
        elif isinstance(payload, str):
            out.append(html.unescape(re.sub(r'<[^>]+>', ' ', payload)) if ct == 'text/html' else payload)
        else:
            out.append(str(payload))
    return out, names


def main():
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    labels = yaml.safe_load((HERE / 'labels.yaml').read_text())
    facts = {f['file']: f for f in yaml.safe_load((HERE / 'facts.yaml').read_text())}
    rules = {r['jurisdiction'].strip(): r for r in csv.DictReader(open(Path(__file__).resolve().parents[4] / 'shared' / 'rules' / 'jurisdictions.csv', encoding='utf-8'))}
    files = sorted(p.name for p in (HERE / 'messages').glob('*.eml'))
    for lab in labels:
        if not (HERE / 'messages' / lab['file']).exists():
            bad('label for missing file %s' % lab['file'])
    if [l['file'] for l in labels] != files:
        bad('labels.yaml files do not match messages/ (order or set)')
    if set(facts) != set(files):
        bad('facts.yaml files do not match messages/')
    for a in ags.values():
        if a['jurisdiction'] not in STATE:
            bad('agency %s: jurisdiction %s not handled' % (a['id'], a['jurisdiction']))
    by_mid = {r['message_id']: rid for rid, r in reqs.items()}
    by_plus = {r['reply_address']: rid for rid, r in reqs.items()}
    kinds, seen, last = collections.Counter(), set(), None
    for i, lab in enumerate(labels):
        fn = lab['file']
        path = HERE / 'messages' / fn
        if not path.exists():
            continue
        raw = path.read_bytes()
        if any(len(l) > 998 for l in raw.split(b'\n')):
            bad('%s: line longer than 998 bytes' % fn)
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
            bad('%s: Date %s earlier than the previous message' % (fn, d))
        last = d
        rid = lab['request']
        if lab['kind'] not in KINDS:
            bad('%s: bad kind %s' % (fn, lab['kind']))
        kinds[lab['kind']] += 1
        if rid is not None and rid not in reqs:
            bad('%s: unknown request %s' % (fn, rid))
            continue
        if rid and d.date() < reqs[rid]['sent']:
            bad('%s: dated %s, before its request %s was sent (%s)' % (fn, d.date(), rid, reqs[rid]['sent']))
        texts, names = texts_of(msg, fn)
        blob = '\n'.join([str(msg['Subject'])] + texts + names)
        trk = lab.get('tracking_number')
        if trk:
            # a transferred request may carry the receiving agency's number, so any agency's pattern is accepted
            pats = [a.get('tracking_pattern') for a in ags.values()]
            if not any(p and re.fullmatch(p.replace('\\b', ''), trk) for p in pats):
                bad('%s: tracking %s does not fit the agency pattern' % (fn, trk))
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
        if rid is None and any(k in lab for k in ('due', 'appeal_due', 'estimated')):
            bad('%s: date label without a request' % fn)
        if rid:
            jur = ags[reqs[rid]['agency']]['jurisdiction']
            row = rules[STATE[jur]]
            if lab['kind'] == 'acknowledgment' and 'due' not in lab:
                bad('%s: acknowledgment without due' % fn)
            if lab['kind'] == 'extension':
                has_ext = bool(row['extension_days'].strip())
                if has_ext != ('due' in lab):
                    bad('%s: extension due presence does not match the rules table (%s)' % (fn, jur))
                if not has_ext and 'estimated' not in lab:
                    bad('%s: extension without due needs an estimated date' % fn)
            adverse = facts[fn].get('adverse_determination')
            if adverse and lab['kind'] not in ('denial', 'no_records', 'records_final'):
                bad('%s: adverse determination on kind %s' % (fn, lab['kind']))
            if lab['kind'] in ('denial', 'no_records') and not adverse:
                bad('%s: %s without adverse_determination' % (fn, lab['kind']))
            if adverse and 'appeal_due' not in lab:
                bad('%s: adverse determination without appeal_due key' % fn)
            if adverse and (lab['appeal_due'] is None) != (not row['appeal_days'].strip()):
                bad('%s: appeal_due null-ness does not match the rules table' % fn)
        for s in facts[fn].get('signals', []):
            if s.startswith('tracking') and s != 'tracking-new' and trk:
                if not any(l2['request'] == rid and l2.get('tracking_number') == trk for l2 in labels[:i]) \
                        and s == 'tracking':
                    bad('%s: tracking signal but %s not stated in an earlier message for %s' % (fn, trk, rid))
    for k in KINDS:
        if kinds[k] < 2:
            bad('kind %s appears only %d times' % (k, kinds[k]))
    r = subprocess.run([sys.executable, str(HERE / 'compute_labels.py'), '--check'], capture_output=True, text=True)
    if r.returncode:
        bad('compute_labels.py --check failed:\n' + r.stdout + r.stderr)
    nulls = sum(1 for l in labels if l['request'] is None)
    print('messages: %d, requests: %d, request:null: %d' % (len(labels), len(reqs), nulls))
    print('kinds:', dict(sorted(kinds.items())))
    if problems:
        print('\nPROBLEMS (%d):' % len(problems))
        for p in problems:
            print(' -', p)
        sys.exit(1)
    print('all checks passed')


if __name__ == '__main__':
    main()
