#!/usr/bin/env python3
"""Sanity checks for this set.

    python check_corpus.py      (needs pyyaml, holidays, numpy; also runs compute_labels.py --check)

Checks: every message parses without defects and has the basic headers; labels.yaml lists exactly the files
in messages/ in file-name order and every labelled file exists; Date: headers are in order and no message is
dated before the request it is labelled with; every request id exists; kinds are valid and each appears at
least twice; tracking numbers match the agency pattern and occur in the message (text, HTML, attachment
names or PDF text); thread headers and plus-addresses agree with the label; acknowledgments carry a due key;
due/appeal_due only with a request; no line over 998 bytes; attachments under 30 KB; facts.yaml and
labels.yaml agree (compute_labels.py --check).
"""
import sys, re, html, subprocess, collections, datetime as dt, email, email.policy, email.utils
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
KINDS = ['acknowledgment', 'extension', 'fee_estimate', 'clarification', 'records_interim', 'records_final',
         'no_records', 'denial', 'portal_notice', 'auto_reply', 'bounce', 'other']
problems = []


def bad(msg):
    problems.append(msg)


def pdf_text(data):
    """text shown by Tj operators of our uncompressed PDFs"""
    s = data.decode('latin-1')
    out = []
    for m in re.finditer(r'\((.*?)(?<!\\)\)\s*Tj', s):
        out.append(m.group(1).replace('\\(', '(').replace('\\)', ')').replace('\\\\', '\\'))
    return '\n'.join(out)


def collect(msg, fn):
    texts, names = [], []
    for part in msg.walk():
        for d in part.defects:
            bad('%s: parser defect %r' % (fn, d))
        for k, v in part.items():
            for d in getattr(v, 'defects', ()):
                bad('%s: %s header defect %r' % (fn, k, d))
        if part.get_filename():
            names.append(part.get_filename())
        if part.is_multipart() or part.get_content_type() == 'message/rfc822':
            continue
        ct = part.get_content_type()
        try:
            payload = part.get_content()
        except Exception as e:  # noqa: BLE001
            bad('%s: cannot decode %s part: %s' % (fn, ct, e))
            continue
        if ct == 'application/pdf':
            if not payload.startswith(b'%PDF-'):
                bad('%s: attachment %s is not a PDF' % (fn, part.get_filename()))
            t = pdf_text(payload)
            if len(t) < 40:
                bad('%s: PDF %s has no text layer' % (fn, part.get_filename()))
            payload = t
        elif isinstance(payload, bytes):
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
    files = sorted(p.name for p in (HERE / 'messages').glob('*.eml'))
    for r in reqs.values():
        if r['agency'] not in ags:
            bad('request %s: unknown agency %s' % (r['id'], r['agency']))
    for lab in labels:
        if not (HERE / 'messages' / lab['file']).exists():
            bad('label for missing file %s' % lab['file'])
    if [l['file'] for l in labels] != files:
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
        try:
            d = email.utils.parsedate_to_datetime(str(msg['Date']))
        except Exception as e:  # noqa: BLE001
            bad('%s: bad Date: %s' % (fn, e))
            continue
        if d.strftime('%a') != str(msg['Date']).split(',')[0].strip():
            bad('%s: weekday in Date does not match the date' % fn)
        if last and d < last:
            bad('%s: Date earlier than the previous message' % fn)
        last = d
        texts, names = collect(msg, fn)
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
        if rid is not None and d.date() < reqs[rid]['sent']:
            bad('%s: dated %s, before request %s was sent (%s)' % (fn, d.date(), rid, reqs[rid]['sent']))
        trk = lab.get('tracking_number')
        if trk:
            pats = [ags[reqs[rid]['agency']].get('tracking_pattern')] if rid else \
                [a.get('tracking_pattern') for a in ags.values()]
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
        if ('due' in lab or 'appeal_due' in lab or 'estimated' in lab) and rid is None:
            bad('%s: date label without a request' % fn)
        if lab['kind'] == 'acknowledgment' and rid and 'due' not in lab:
            bad('%s: acknowledgment without a due key' % fn)
        if lab['kind'] in ('records_interim', 'portal_notice', 'auto_reply', 'bounce') and 'appeal_due' in lab:
            bad('%s: appeal_due on a %s' % (fn, lab['kind']))
        for k in ('due', 'appeal_due', 'estimated'):
            v = lab.get(k)
            if v is not None and not isinstance(v, dt.date):
                bad('%s: %s is not a date: %r' % (fn, k, v))
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
