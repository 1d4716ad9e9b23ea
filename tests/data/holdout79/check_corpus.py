#!/usr/bin/env python3
"""Checks for this set:
  - every .eml parses without parser defects and has the core headers; no line over 998 bytes;
  - labels.yaml lists exactly the files in messages/, in order, and every label's file exists;
  - Date: headers are non-decreasing in file order, and no reply is dated before the request it answers;
  - every request id in labels/facts exists in requests.yaml, every agency in requests exists in agencies.yaml;
  - kinds are valid, each kind appears at least twice; tracking numbers appear in the message text, subject or
    an attachment name and fit the agency's tracking_pattern; thread headers / plus addresses agree with labels;
  - PDF attachments carry a text layer; compute_labels.py --check passes.
    python3 check_corpus.py
"""
import re, sys, html, subprocess, collections, email, email.policy, email.utils, zlib
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
KINDS = ['acknowledgment', 'extension', 'fee_estimate', 'clarification', 'records_interim', 'records_final',
         'no_records', 'denial', 'portal_notice', 'auto_reply', 'bounce', 'other']
problems = []
bad = problems.append

def texts(msg):
    out, names = [], []
    for part in msg.walk():
        for d in part.defects:
            bad('defect %r' % d)
        fn = part.get_filename()
        if fn:
            names.append(fn)
        if part.is_multipart() or part.get_content_type() == 'message/rfc822':
            continue
        ct = part.get_content_type()
        try:
            p = part.get_content()
        except Exception as e:
            bad('cannot decode %s: %s' % (ct, e)); continue
        if isinstance(p, bytes):
            if ct == 'application/pdf':
                if b'BT' not in p or b'Tj' not in p:
                    bad('PDF %s has no text layer' % fn)
                p = ' '.join(x.decode('latin-1') for x in re.findall(rb'\((.*?)\) Tj', p))
            else:
                p = p.decode('utf-8', 'replace')
        elif not isinstance(p, str):
            p = str(p)
        if ct == 'text/html':
            p = html.unescape(re.sub(r'<[^>]+>', ' ', p))
        out.append(p)
    return out, names

def main():
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    labels = yaml.safe_load((HERE / 'labels.yaml').read_text())
    facts = {f['file']: f for f in yaml.safe_load((HERE / 'facts.yaml').read_text())}
    files = sorted(p.name for p in (HERE / 'messages').glob('*.eml'))
    for r in reqs.values():
        if r['agency'] not in ags:
            bad('request %s: unknown agency %s' % (r['id'], r['agency']))
    if [l['file'] for l in labels] != files:
        bad('labels.yaml files differ from messages/ (set or order)')
    if set(facts) != set(files):
        bad('facts.yaml files differ from messages/')
    by_mid = {r['message_id']: i for i, r in reqs.items()}
    by_plus = {r['reply_address']: i for i, r in reqs.items()}
    kinds = collections.Counter()
    last, seen = None, set()
    for lab in labels:
        fn = lab['file']
        path = HERE / 'messages' / fn
        if not path.exists():
            bad('%s: label file missing' % fn); continue
        raw = path.read_bytes()
        if any(len(l) > 998 for l in raw.split(b'\n')):
            bad('%s: line over 998 bytes' % fn)
        n0 = len(problems)
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for h in ['From', 'To', 'Date', 'Subject', 'Message-ID', 'MIME-Version', 'Content-Type']:
            if msg[h] is None:
                bad('%s: missing %s' % (fn, h))
        m_id = str(msg['Message-ID']).strip()
        if m_id in seen:
            bad('%s: duplicate Message-ID' % fn)
        seen.add(m_id)
        d = email.utils.parsedate_to_datetime(str(msg['Date']))
        if d.tzinfo is None:
            bad('%s: Date without zone' % fn)
        if last and d < last:
            bad('%s: Date %s earlier than previous message %s' % (fn, d, last))
        last = d
        body, names = texts(msg)
        for i in range(n0, len(problems)):
            if not problems[i].startswith(fn):
                problems[i] = '%s: %s' % (fn, problems[i])
        blob = '\n'.join([str(msg['Subject'])] + body + names)
        if lab['kind'] not in KINDS:
            bad('%s: bad kind %s' % (fn, lab['kind']))
        kinds[lab['kind']] += 1
        rid = lab['request']
        if rid is not None:
            if rid not in reqs:
                bad('%s: unknown request %s' % (fn, rid)); continue
            if d.date() < reqs[rid]['sent']:
                bad('%s: dated %s, before request %s was sent %s' % (fn, d.date(), rid, reqs[rid]['sent']))
        if facts.get(fn, {}).get('request') != rid or facts.get(fn, {}).get('kind') != lab['kind']:
            bad('%s: facts and labels disagree' % fn)
        trk = lab.get('tracking_number')
        if trk:
            if trk not in blob:
                bad('%s: tracking %s not in message' % (fn, trk))
            pat = ags[reqs[rid]['agency']].get('tracking_pattern') if rid else None
            if rid and (not pat or not re.fullmatch(pat.replace('\\b', ''), trk)):
                bad('%s: tracking %s does not fit the agency pattern' % (fn, trk))
        refs = ' '.join(str(msg[h] or '') for h in ('In-Reply-To', 'References'))
        for m, r in by_mid.items():
            if m in refs and r != rid:
                bad('%s: thread headers point to %s, label %s' % (fn, r, rid))
        to = str(msg['To'] or '') + ' ' + str(msg['Cc'] or '')
        for a, r in by_plus.items():
            if a in to and r != rid:
                bad('%s: plus address of %s, label %s' % (fn, r, rid))
        if ('due' in lab or 'appeal_due' in lab) and rid is None:
            bad('%s: due without request' % fn)
    for k in KINDS:
        if kinds[k] < 2:
            bad('kind %s appears %d times (<2)' % (k, kinds[k]))
    r = subprocess.run([sys.executable, str(HERE / 'compute_labels.py'), '--check'], capture_output=True, text=True)
    if r.returncode:
        bad('compute_labels.py --check failed:\n' + r.stdout + r.stderr)
    print('messages: %d  requests: %d  agencies: %d  request:null: %d' % (
        len(labels), len(reqs), len(ags), sum(1 for l in labels if l['request'] is None)))
    print('kinds:', dict(sorted(kinds.items())))
    if problems:
        print('PROBLEMS (%d):' % len(problems))
        for p in problems:
            print(' -', p)
        sys.exit(1)
    print('all checks passed')

if __name__ == '__main__':
    main()
