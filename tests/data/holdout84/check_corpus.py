#!/usr/bin/env python3
"""Sanity checks for this set.

    python check_corpus.py     (needs pyyaml, holidays, numpy; also runs compute_labels.py --check)

Checks: every .eml parses without defects and has the core headers; every label's file exists and every
message has a label (same order); Date: headers are non-decreasing in file-name order and no message is dated
before the request it is labeled with; every request id exists (and every agency id); tracking numbers occur
in the message text/attachment names and match the agency pattern; acknowledgment/extension labels carry a due
unless the rules table gives no number; each kind appears at least twice; Message-IDs unique.
Thread headers that point to a different request than the label are listed (allowed: this set deliberately
has replies that reuse an old thread about another request; facts.yaml then has no 'thread' signal).
"""
import sys, re, html, subprocess, collections, email, email.policy, email.utils
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
KINDS = ['acknowledgment', 'extension', 'fee_estimate', 'clarification', 'records_interim', 'records_final',
         'no_records', 'denial', 'portal_notice', 'auto_reply', 'bounce', 'other']
problems, notes = [], []

def texts_of(msg):
    out, names = [], []
    for part in msg.walk():
        for d in part.defects:
            problems.append('parser defect %r' % d)
        fn = part.get_filename()
        if fn:
            names.append(fn)
        if part.is_multipart() or part.get_content_type() == 'message/rfc822':
            continue
        try:
            p = part.get_content()
        except Exception as e:
            problems.append('cannot decode part %s: %s' % (part.get_content_type(), e))
            continue
        if isinstance(p, bytes):
            p = p.decode('latin-1')
        elif not isinstance(p, str):
            p = str(p)
        if part.get_content_type() == 'text/html':
            p = html.unescape(re.sub(r'<[^>]+>', ' ', p))
        out.append(p)
    return out, names

def main():
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    labels = yaml.safe_load((HERE / 'labels.yaml').read_text())
    facts = {f['file']: f for f in yaml.safe_load((HERE / 'facts.yaml').read_text())}
    sys.path.insert(0, str(HERE))
    import compute_labels
    files = sorted(p.name for p in (HERE / 'messages').glob('*.eml'))
    for r in reqs.values():
        if r['agency'] not in ags:
            problems.append('request %s: unknown agency %s' % (r['id'], r['agency']))
    for lab in labels:
        if not (HERE / 'messages' / lab['file']).exists():
            problems.append('label file missing: %s' % lab['file'])
    if [l['file'] for l in labels] != files:
        problems.append('labels.yaml files do not match messages/ (order or set)')
    by_mid = {r['message_id']: rid for rid, r in reqs.items()}
    seen, last, kinds = set(), None, collections.Counter()
    for lab in labels:
        fn = lab['file']
        path = HERE / 'messages' / fn
        if not path.exists():
            continue
        raw = path.read_bytes()
        if any(len(l) > 998 for l in raw.split(b'\n')):
            problems.append('%s: line longer than 998 bytes' % fn)
        with open(path, 'rb') as fh:
            msg = email.message_from_binary_file(fh, policy=email.policy.default)
        for h in ['From', 'To', 'Date', 'Subject', 'Message-ID', 'MIME-Version', 'Content-Type']:
            if msg[h] is None:
                problems.append('%s: missing %s' % (fn, h))
        for h in ('From', 'To', 'Cc'):
            if msg[h] is not None and any('@' not in a.addr_spec for a in msg[h].addresses):
                problems.append('%s: %s has an address without @ (unquoted comma in a display name?)' % (fn, h))
        if msg['From'] is not None and len(msg['From'].addresses) != 1:
            problems.append('%s: From must hold exactly one address' % fn)
        mid = str(msg['Message-ID']).strip()
        if mid in seen:
            problems.append('%s: duplicate Message-ID' % fn)
        seen.add(mid)
        n0 = len(problems)
        texts, names = texts_of(msg)
        for i in range(n0, len(problems)):
            problems[i] = fn + ': ' + problems[i]
        d = email.utils.parsedate_to_datetime(str(msg['Date']))
        if last and d < last:
            problems.append('%s: Date earlier than previous message' % fn)
        last = d
        rid = lab['request']
        if rid is not None and rid not in reqs:
            problems.append('%s: unknown request %s' % (fn, rid))
            continue
        if rid and d.date() < reqs[rid]['sent']:
            problems.append('%s: dated %s, before request %s was sent (%s)' % (fn, d.date(), rid, reqs[rid]['sent']))
        if lab['kind'] not in KINDS:
            problems.append('%s: bad kind %s' % (fn, lab['kind']))
        kinds[lab['kind']] += 1
        blob = '\n'.join([str(msg['Subject'])] + texts + names)
        trk = lab.get('tracking_number')
        if trk:
            pats = [ags[reqs[rid]['agency']]['tracking_pattern']] if rid else [a['tracking_pattern'] for a in ags.values()]
            if not any(re.fullmatch(p.replace('\\b', ''), trk) for p in pats):
                problems.append('%s: tracking %s does not match the agency pattern' % (fn, trk))
            if trk not in blob:
                problems.append('%s: tracking %s not found in the message' % (fn, trk))
        refs = ' '.join(str(msg[h] or '') for h in ['In-Reply-To', 'References'])
        for m, r in by_mid.items():
            if m in refs and r != rid:
                if 'thread' in facts[fn].get('signals', []):
                    problems.append('%s: thread headers point to %s, label %s, and facts claim a thread signal' % (fn, r, rid))
                else:
                    notes.append('%s: thread headers point to %s but the message is about %s (intended)' % (fn, r, rid))
        if lab['kind'] in ('acknowledgment', 'extension') and rid and 'due' not in lab:
            jur = ags[reqs[rid]['agency']]['jurisdiction']
            initial, ext, _ = compute_labels.rules(jur)
            if (lab['kind'] == 'acknowledgment' and initial) or (lab['kind'] == 'extension' and ext and initial):
                problems.append('%s: %s without due' % (fn, lab['kind']))
        if ('due' in lab or 'appeal_due' in lab) and rid is None:
            problems.append('%s: due without request' % fn)
    for k in KINDS:
        if kinds[k] < 2:
            problems.append('kind %s appears only %d times' % (k, kinds[k]))
    r = subprocess.run([sys.executable, str(HERE / 'compute_labels.py'), '--check'], capture_output=True, text=True)
    if r.returncode:
        problems.append('compute_labels.py --check failed:\n' + r.stdout + r.stderr)
    nulls = sum(1 for l in labels if l['request'] is None)
    print('messages: %d, requests: %d, agencies: %d, request:null: %d' % (len(labels), len(reqs), len(ags), nulls))
    print('kinds:', dict(sorted(kinds.items())))
    for n in notes:
        print('note:', n)
    if problems:
        print('\nPROBLEMS (%d):' % len(problems))
        for p in problems:
            print(' -', p)
        sys.exit(1)
    print('all checks passed')

if __name__ == '__main__':
    main()
