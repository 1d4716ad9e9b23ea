#!/usr/bin/env python3
"""Sanity checks for this set.

    python check_corpus.py      (needs pyyaml, holidays, numpy; runs compute_labels.py --check)

Checks: every message parses with email.policy.default and has no parser defects; required headers; lines
<= 998 bytes; unique Message-IDs; Date: headers in file order and not before the `sent` date of the request
they answer; every label's file exists and labels.yaml lists exactly messages/ in order; every request id exists;
kinds are valid and each appears at least twice; at least 3 request:null messages; tracking numbers match the
agency pattern and occur in the message (subject, text parts, PDF text layer or attachment names; compared
without spaces/dashes); thread headers and plus-addresses agree with the label; acknowledgments/extensions carry
`due` unless the jurisdiction's rules row has no days for them; `tracking` signals refer to a number stated in an
earlier message of the same request; attachments <= 30 KB and PDFs have a text layer; jurisdictions_used.csv
equals the rows of the shared rules table; compute_labels.py --check passes.
"""
import sys, re, csv, html, subprocess, collections, datetime as dt, email, email.policy, email.utils
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
SHARED_RULES = HERE.parents[3] / 'shared' / 'rules' / 'jurisdictions.csv'  # the repository's sibling shared/
KINDS = ['acknowledgment', 'extension', 'fee_estimate', 'clarification', 'records_interim', 'records_final',
         'no_records', 'denial', 'portal_notice', 'auto_reply', 'bounce', 'other']
problems = []


def bad(m):
    problems.append(m)


def norm(s):
    return re.sub(r'[^0-9A-Za-z]', '', s).upper()


def collect(msg, fn):
    texts, names = [], []
    for part in msg.walk():
        for d in part.defects:
            bad('%s: parser defect %r' % (fn, d))
        for k, v in part.items():
            for d in getattr(v, 'defects', ()):
                bad('%s: header %s defect %r' % (fn, k, d))
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
        ct = part.get_content_type()
        if isinstance(payload, bytes):
            if ct == 'application/pdf':
                if not (b'BT' in payload and b'Tj' in payload):
                    bad('%s: PDF %s has no text layer' % (fn, name))
                payload = payload.decode('latin-1')
            else:
                payload = payload.decode('utf-8', 'replace')
            if name and len(part.get_payload(decode=True) or b'') > 30 * 1024:
                bad('%s: attachment %s over 30 KB' % (fn, name))
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
    for lab in labels:
        if not (HERE / 'messages' / lab['file']).exists():
            bad('label file %s does not exist' % lab['file'])
    if [l['file'] for l in labels] != files:
        bad('labels.yaml does not list exactly messages/*.eml in file-name order')
    if set(facts) != set(files):
        bad('facts.yaml files differ from messages/')
    for r in reqs.values():
        if r['agency'] not in ags:
            bad('request %s: unknown agency %s' % (r['id'], r['agency']))

    # rules copy must equal the shared table rows
    if SHARED_RULES.exists():
        shared = {r['jurisdiction']: r for r in csv.DictReader(open(SHARED_RULES, newline=''))}
        for r in csv.DictReader(open(HERE / 'jurisdictions_used.csv', newline='')):
            if shared.get(r['jurisdiction']) != r:
                bad('jurisdictions_used.csv row %s differs from %s' % (r['jurisdiction'], SHARED_RULES))
    sys.path.insert(0, str(HERE))
    import compute_labels
    rules = compute_labels.load_rules()

    by_mid = {r['message_id']: rid for rid, r in reqs.items()}
    by_plus = {r['reply_address']: rid for rid, r in reqs.items()}
    seen_ids, last = set(), None
    kinds, per_req = collections.Counter(), collections.Counter()
    stated = collections.defaultdict(set)  # request -> normalized numbers stated so far
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
        for hname in ['From', 'To', 'Date', 'Subject', 'Message-ID', 'MIME-Version', 'Content-Type']:
            if msg[hname] is None:
                bad('%s: missing %s' % (fn, hname))
        mid = str(msg['Message-ID']).strip()
        if mid in seen_ids:
            bad('%s: duplicate Message-ID' % fn)
        seen_ids.add(mid)
        d = email.utils.parsedate_to_datetime(str(msg['Date']))
        if d.tzinfo is None:
            bad('%s: Date without zone' % fn)
        if last and d < last:
            bad('%s: Date earlier than the previous message' % fn)
        last = d
        texts, names = collect(msg, fn)
        blob = norm('\n'.join([str(msg['Subject'])] + texts + names))

        kind = lab['kind']
        if kind not in KINDS:
            bad('%s: bad kind %s' % (fn, kind))
        kinds[kind] += 1
        rid = lab['request']
        if rid is not None and rid not in reqs:
            bad('%s: unknown request %s' % (fn, rid))
            continue
        if rid:
            per_req[rid] += 1
            if d.date() < reqs[rid]['sent']:
                bad('%s: dated before its request %s was sent' % (fn, rid))
        trk = lab.get('tracking_number')
        if trk is not None:
            if not isinstance(trk, str):
                bad('%s: tracking number not a string' % fn)
            trk = str(trk)
            pats = [ags[reqs[rid]['agency']].get('tracking_pattern')] if rid else [a.get('tracking_pattern') for a in ags.values()]
            if not any(p and re.fullmatch(p.replace('\\b', ''), trk) for p in pats):
                bad('%s: tracking %s does not match the agency pattern' % (fn, trk))
            if norm(trk) not in blob:
                bad('%s: tracking %s not found in the message' % (fn, trk))
        refs = ' '.join(str(msg[h] or '') for h in ['In-Reply-To', 'References'])
        for m, r in by_mid.items():
            if m in refs and r != rid:
                bad('%s: thread headers point to %s, label says %s' % (fn, r, rid))
        to = ' '.join(str(msg[h] or '') for h in ['To', 'Cc'])
        for a, r in by_plus.items():
            if a in to and r != rid:
                bad('%s: plus-address of %s, label says %s' % (fn, r, rid))
        if rid:
            jur = ags[reqs[rid]['agency']]['jurisdiction']
            initial, ext, appeal = rules[jur]
            if kind == 'acknowledgment' and initial and 'due' not in lab:
                bad('%s: acknowledgment without due' % fn)
            if kind == 'extension' and ext and 'due' not in lab:
                bad('%s: extension without due' % fn)
            if 'due' in lab and lab['due'] < d.date() and kind == 'acknowledgment':
                pass  # late acknowledgments are possible; not an error
            if kind in ('denial', 'no_records') and 'appeal_due' not in lab:
                bad('%s: %s without appeal_due key' % (fn, kind))
        elif 'due' in lab or 'appeal_due' in lab:
            bad('%s: due/appeal_due without a request' % fn)
        sig = facts[fn].get('signals') or []
        if 'tracking' in sig:
            if not trk or norm(trk) not in stated[rid]:
                bad('%s: tracking signal but the number was not stated earlier for %s' % (fn, rid))
        if rid and trk:
            stated[rid].add(norm(trk))
        if 'thread' in sig and not any(m in refs for m in by_mid if by_mid[m] == rid):
            bad('%s: thread signal but no request Message-ID in In-Reply-To/References' % fn)
        if 'plus' in sig and (not rid or reqs[rid]['reply_address'] not in to):
            bad('%s: plus signal but no plus-address in To/Cc' % fn)
        if 'thread-embedded' in sig and not (rid and reqs[rid]['message_id'].encode() in raw):
            bad('%s: thread-embedded signal but the request Message-ID is not in the message' % fn)

    for k in KINDS:
        if kinds[k] < 2:
            bad('kind %s appears %d times (< 2)' % (k, kinds[k]))
    nulls = sum(1 for l in labels if l['request'] is None)
    if nulls < 3:
        bad('only %d request:null messages' % nulls)
    for r in reqs:
        if not per_req[r]:
            bad('request %s has no message' % r)
    res = subprocess.run([sys.executable, str(HERE / 'compute_labels.py'), '--check'], capture_output=True, text=True)
    if res.returncode:
        bad('compute_labels.py --check failed:\n' + res.stdout + res.stderr)
    print('messages: %d, requests: %d, agencies: %d, request:null: %d' % (len(labels), len(reqs), len(ags), nulls))
    print('kinds:', dict(sorted(kinds.items())))
    print('messages per request:', dict(sorted(per_req.items())))
    if problems:
        print('\nPROBLEMS (%d):' % len(problems))
        for p in problems:
            print(' -', p)
        sys.exit(1)
    print('all checks passed')


if __name__ == '__main__':
    main()
