#!/usr/bin/env python3
"""Sanity checks for this set.

    python check_corpus.py      (needs pyyaml, holidays, numpy; pypdf optional)

Checks: every .eml parses without defects and has the core headers; no line > 998 bytes; no attachment > 30 KB;
Message-IDs unique; labels.yaml lists exactly the files in messages/ in order, every label's file exists; Date:
headers are in non-decreasing order and none is earlier than the `sent` date of the request it is labelled with;
every request id in labels exists in requests.yaml and every request's agency in agencies.yaml; kinds are valid and
each kind occurs at least twice; a labelled tracking number occurs in the message (subject, text, PDF text layer or
attachment file name) and matches the agency's tracking_pattern; a request Message-ID in In-Reply-To/References or a
plus-address in To: agrees with the label; every PDF has a text layer; compute_labels.py --check passes.
"""
import sys, re, html, subprocess, collections, email, email.policy, email.utils, datetime as dt
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
        import io, pypdf
        return '\n'.join(p.extract_text() or '' for p in pypdf.PdfReader(io.BytesIO(data)).pages)
    except ImportError:
        s = data.decode('latin-1')
        return '\n'.join(m.replace('\\(', '(').replace('\\)', ')') for m in re.findall(r'\(((?:\\.|[^\\)])*)\) Tj', s))


def collect(msg, fn):
    texts, names = [str(msg['Subject'] or '')], []
    for part in msg.walk():
        for d in part.defects:
            bad('%s: parser defect %r' % (fn, d))
        name = part.get_filename()
        if name:
            names.append(name)
        if part.is_multipart() or part.get_content_type() == 'message/rfc822':
            continue
        try:
            payload = part.get_content()
        except Exception as e:  # noqa
            bad('%s: cannot decode %s: %s' % (fn, part.get_content_type(), e))
            continue
        if isinstance(payload, bytes):
            if len(payload) > 30000:
                bad('%s: attachment %s larger than 30 KB' % (fn, name))
            if part.get_content_type() == 'application/pdf':
                t = pdf_text(payload)
                if len(t.strip()) < 50:
                    bad('%s: PDF %s has no text layer' % (fn, name))
                texts.append(t)
            elif part.get_content_maintype() == 'text':
                texts.append(payload.decode('utf-8', 'replace'))
            continue
        if not isinstance(payload, str):
            payload = str(payload)
        if part.get_content_type() == 'text/html':
            payload = html.unescape(re.sub(r'<[^>]+>', ' ', payload))
        texts.append(payload)
    return '\n'.join(texts), names


def main():
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    labels = yaml.safe_load((HERE / 'labels.yaml').read_text())
    files = sorted(p.name for p in (HERE / 'messages').glob('*.eml'))
    if [l['file'] for l in labels] != files:
        bad('labels.yaml files do not match messages/ (order or set)')
    for rid, r in reqs.items():
        if r['agency'] not in ags:
            bad('%s: unknown agency %s' % (rid, r['agency']))
    by_mid = {r['message_id'].split('.')[0].lstrip('<'): rid for rid, r in reqs.items()}   # 'req-001' -> REQ-001
    by_plus = {r['reply_address']: rid for rid, r in reqs.items()}
    seen, last, kinds = set(), None, collections.Counter()
    for lab in labels:
        fn = lab['file']
        path = HERE / 'messages' / fn
        if not path.exists():
            bad('%s: file missing' % fn)
            continue
        raw = path.read_bytes()
        for i, line in enumerate(raw.split(b'\n')):
            if len(line) > 998:
                bad('%s: line %d longer than 998 bytes' % (fn, i + 1))
        with open(path, 'rb') as fh:
            msg = email.message_from_binary_file(fh, policy=email.policy.default)
        for hname in ['From', 'To', 'Date', 'Subject', 'Message-ID', 'MIME-Version', 'Content-Type']:
            if msg[hname] is None:
                bad('%s: missing %s' % (fn, hname))
        mid = str(msg['Message-ID']).strip()
        if mid in seen:
            bad('%s: duplicate Message-ID' % fn)
        seen.add(mid)
        d = email.utils.parsedate_to_datetime(str(msg['Date']))
        if last and d < last:
            bad('%s: Date %s earlier than the previous message' % (fn, d))
        last = d
        rid = lab['request']
        kinds[lab['kind']] += 1
        if lab['kind'] not in KINDS:
            bad('%s: unknown kind %s' % (fn, lab['kind']))
        if rid is not None and rid not in reqs:
            bad('%s: unknown request %s' % (fn, rid))
            continue
        if rid and d.date() < reqs[rid]['sent']:
            bad('%s: dated %s, before request %s was sent (%s)' % (fn, d.date(), rid, reqs[rid]['sent']))
        body, names = collect(msg, fn)
        tn = lab['tracking_number']
        if tn is not None:
            if tn not in body and not any(tn in n for n in names):
                bad('%s: tracking number %s not found in the message' % (fn, tn))
            pat = ags[reqs[rid]['agency']].get('tracking_pattern') if rid else None
            if pat and not re.fullmatch(pat.replace(r'\b', ''), tn):
                bad('%s: tracking number %s does not match %s' % (fn, tn, pat))
        thread = ' '.join(str(msg[hn] or '') for hn in ('In-Reply-To', 'References'))
        for m in set(re.findall(r'<(req-\d{3})\.\d{8}\.\d+@records\.example\.org>', thread)):
            if by_mid.get(m) != rid:
                bad('%s: thread header points to %s but label says %s' % (fn, by_mid.get(m), rid))
        for a in re.findall(r'records\+req-\d{3}@records\.example\.org', str(msg['To'])):
            if by_plus.get(a) != rid:
                bad('%s: plus-address %s but label says %s' % (fn, a, rid))
        for key in ('due', 'appeal_due', 'estimated'):
            if key in lab and lab[key] is not None and not isinstance(lab[key], dt.date):
                bad('%s: %s is not a date' % (fn, key))
    for k in KINDS:
        if kinds[k] < 2:
            bad('kind %s occurs %d times (< 2)' % (k, kinds[k]))
    r = subprocess.run([sys.executable, str(HERE / 'compute_labels.py'), '--check'], capture_output=True, text=True)
    if r.returncode:
        bad('compute_labels.py --check failed:\n' + r.stdout + r.stderr)
    print('%d messages, %d requests, %d agencies' % (len(labels), len(reqs), len(ags)))
    print('kinds: ' + ', '.join('%s %d' % (k, kinds[k]) for k in KINDS))
    print('null-request messages: %d' % sum(1 for l in labels if l['request'] is None))
    if problems:
        print('\n'.join('PROBLEM: ' + p for p in problems))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
