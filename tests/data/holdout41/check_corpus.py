#!/usr/bin/env python3
"""Consistency checks for this set.

    python3 check_corpus.py

Checks: every message parses without defects and has the required headers; no line over 998 bytes; attachments
under 30 KB; unique Message-IDs; labels.yaml and facts.yaml list exactly the files in messages/ (so every label's file
exists); Date: headers are in file order and never before the sent date of the request a message answers, and fall
in Sep 2026 - Jan 2027; every request id exists (and its agency); kinds are valid and each appears at least twice;
tracking numbers match the agency pattern and occur in the message (subject, decoded text, PDF text or file name);
thread headers and plus addresses agree with the label; due / appeal_due appear exactly where the rules call for
them; and compute_labels.py --check reproduces labels.yaml.
"""
import re, sys, html, subprocess, collections, datetime as dt, email, email.policy, email.utils
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
KINDS = ('acknowledgment', 'extension', 'fee_estimate', 'clarification', 'records_interim', 'records_final',
         'no_records', 'denial', 'portal_notice', 'auto_reply', 'bounce', 'other')
REQUIRED = ('From', 'To', 'Date', 'Subject', 'Message-ID', 'MIME-Version', 'Content-Type')
errors = []


def err(s):
    errors.append(s)


def collect(msg):
    """decoded text of every leaf part (PDF bytes as latin-1) and every attachment file name"""
    texts, names, defects = [], [], []
    for part in msg.walk():
        defects += [repr(d) for d in part.defects]
        for k, v in part.items():
            defects += ['%s: %r' % (k, d) for d in getattr(v, 'defects', ())]
        if part.get_filename():
            names.append(part.get_filename())
        if part.is_multipart() or part.get_content_type() == 'message/rfc822':
            continue
        try:
            c = part.get_content()
        except Exception as e:  # noqa: BLE001
            defects.append('undecodable %s part: %s' % (part.get_content_type(), e))
            continue
        if isinstance(c, bytes):
            c = c.decode('latin-1')
        elif not isinstance(c, str):
            c = str(c)
        if part.get_content_type() == 'text/html':
            c = html.unescape(re.sub(r'<[^>]+>', ' ', c))
        texts.append(c)
    return texts, names, defects


def main():
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    labels = yaml.safe_load((HERE / 'labels.yaml').read_text())
    facts = {f['file']: f for f in yaml.safe_load((HERE / 'facts.yaml').read_text())}
    files = sorted(p.name for p in (HERE / 'messages').glob('*.eml'))
    sys.path.insert(0, str(HERE))
    sys.dont_write_bytecode = True
    import compute_labels as cl
    rows = cl.load_rules()

    for rid, r in reqs.items():
        if r['agency'] not in ags:
            err('%s: unknown agency %s' % (rid, r['agency']))
    if [l['file'] for l in labels] != files:
        err('labels.yaml does not list exactly the files in messages/ in order')
    if sorted(facts) != files:
        err('facts.yaml does not list exactly the files in messages/')
    for l in labels:
        if not (HERE / 'messages' / l['file']).exists():
            err('%s: label file missing' % l['file'])

    kinds = collections.Counter()
    per_req = collections.Counter()
    mids, last = set(), None
    for lab in labels:
        fn = lab['file']
        path = HERE / 'messages' / fn
        if not path.exists():
            continue
        raw = path.read_bytes()
        for i, line in enumerate(raw.split(b'\n'), 1):
            if len(line) > 998:
                err('%s: line %d is %d bytes' % (fn, i, len(line)))
        try:
            with open(path, 'rb') as fh:
                msg = email.message_from_binary_file(fh, policy=email.policy.default)
        except Exception as e:  # noqa: BLE001
            err('%s: does not parse: %s' % (fn, e))
            continue
        for hname in REQUIRED:
            if msg[hname] is None:
                err('%s: missing %s header' % (fn, hname))
        mid = str(msg['Message-ID']).strip()
        if mid in mids:
            err('%s: duplicate Message-ID %s' % (fn, mid))
        mids.add(mid)
        texts, names, defects = collect(msg)
        for d in defects:
            err('%s: parser defect %s' % (fn, d))
        for part in msg.walk():
            if part.get_filename() and not part.is_multipart():
                n = len(part.get_payload(decode=True) or b'')
                if n > 30 * 1024:
                    err('%s: attachment %s is %d bytes' % (fn, part.get_filename(), n))
        when = email.utils.parsedate_to_datetime(str(msg['Date']))
        if when.tzinfo is None:
            err('%s: Date without zone' % fn)
        if last and when < last:
            err('%s: Date earlier than the previous file' % fn)
        last = when
        if not (dt.date(2026, 9, 1) <= when.date() <= dt.date(2027, 1, 31)):
            err('%s: Date %s outside Sep 2026 - Jan 2027' % (fn, when))

        kind, rid = lab['kind'], lab['request']
        if kind not in KINDS:
            err('%s: unknown kind %s' % (fn, kind))
        kinds[kind] += 1
        if rid is not None:
            if rid not in reqs:
                err('%s: unknown request %s' % (fn, rid))
                continue
            per_req[rid] += 1
            if when.date() < reqs[rid]['sent']:
                err('%s: dated %s, before request %s was sent (%s)' % (fn, when.date(), rid, reqs[rid]['sent']))
        blob = '\n'.join([str(msg['Subject'])] + texts + names)
        trk = lab.get('tracking_number')
        if trk:
            ag = ags[reqs[rid]['agency']] if rid else None
            pat = ag.get('tracking_pattern') if ag else None
            if rid and not pat:
                err('%s: tracking number for an agency without a pattern' % fn)
            elif pat and not re.fullmatch(pat.replace(r'\b', ''), trk):
                err('%s: %s does not match the %s pattern' % (fn, trk, ag['id']))
            if trk not in blob:
                err('%s: tracking %s not found in the message' % (fn, trk))
        # thread headers and plus addresses must agree with the label
        refs = ' '.join(str(msg[x] or '') for x in ('In-Reply-To', 'References'))
        to = ' '.join(str(msg[x] or '') for x in ('To', 'Cc'))
        for r in reqs.values():
            if r['message_id'] in refs and r['id'] != rid:
                err('%s: thread headers name %s, label says %s' % (fn, r['id'], rid))
            if r['reply_address'] in to and r['id'] != rid:
                err('%s: plus address of %s, label says %s' % (fn, r['id'], rid))
            tag = r['message_id'].split('.')[0].lstrip('<')  # e.g. req-005 in our follow-up Message-IDs
            if re.search(r'<%s\.\d{8}\.\d+@' % re.escape(tag), refs) and r['id'] != rid:
                err('%s: follow-up thread id of %s, label says %s' % (fn, r['id'], rid))
        # date fields where the rules call for them
        f = facts.get(fn, {})
        if rid is None:
            if 'due' in lab or 'appeal_due' in lab or f.get('clock'):
                err('%s: date fields without a request' % fn)
            continue
        rule = cl.rule_for(ags[reqs[rid]['agency']]['jurisdiction'], rows)
        expect_due = (kind in ('acknowledgment', 'extension') and f.get('clock') and
                      ((f['clock'] != 'extension' and rule['resp'] is not None) or
                       (f['clock'] == 'extension' and rule['ext'] is not None)))
        if expect_due and 'due' not in lab:
            err('%s: %s under %s without due' % (fn, kind, rule['row']))
        if not expect_due and 'due' in lab:
            err('%s: due present where the rules set none' % fn)
        if kind in ('acknowledgment', 'extension') and not f.get('clock'):
            err('%s: %s without a clock fact' % (fn, kind))
        if kind in ('denial', 'no_records') and not f.get('appeal'):
            err('%s: %s without appeal fact' % (fn, kind))
        if f.get('appeal') and 'appeal_due' not in lab:
            err('%s: appeal fact but no appeal_due key' % fn)
        if 'appeal_due' in lab and kind not in ('denial', 'no_records', 'records_final'):
            err('%s: appeal_due on kind %s' % (fn, kind))
        if lab.get('estimated') and not (dt.date(2026, 9, 1) <= lab['estimated'] <= dt.date(2027, 6, 30)):
            err('%s: estimated date out of range' % fn)

    for k in KINDS:
        if kinds[k] < 2:
            err('kind %s appears %d times (need >= 2)' % (k, kinds[k]))
    for rid in reqs:
        if not per_req[rid]:
            err('%s has no messages' % rid)
    r = subprocess.run([sys.executable, str(HERE / 'compute_labels.py'), '--check'], capture_output=True, text=True)
    if r.returncode:
        err('compute_labels.py --check failed:\n' + r.stdout + r.stderr)

    nulls = sum(1 for l in labels if l['request'] is None)
    print('messages: %d  requests: %d  agencies: %d  request:null: %d' % (len(labels), len(reqs), len(ags), nulls))
    print('kinds: ' + ', '.join('%s=%d' % (k, kinds[k]) for k in KINDS))
    print('messages per request: ' + ', '.join('%s=%d' % (k, per_req[k]) for k in sorted(per_req)))
    if errors:
        print('\n%d PROBLEM(S):' % len(errors))
        for e in errors:
            print(' -', e)
        sys.exit(1)
    print('all checks passed')


if __name__ == '__main__':
    main()
