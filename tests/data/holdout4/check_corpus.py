#!/usr/bin/env python3
"""Consistency checks for this corpus set (run: python check_corpus.py).

- every messages/*.eml parses with email.policy.default without defects, has the
  required headers, attachments are under 30 KB, Date: headers are in file order;
- labels.yaml covers every file with valid request ids and kinds (and matches
  compute_labels.py);
- each labeled tracking_number occurs in the message (headers, decoded text parts,
  attachment text or attachment file name) and matches some agency's pattern;
- each matching signal claimed in message_facts.yaml is really present:
  thread   = request's Message-ID in In-Reply-To/References (or in an embedded original),
  plus     = request's reply_address in To/Cc,
  tracking = a number already known for the request (register or an earlier message) occurs outside attachment names,
  attachment = such a number occurs ONLY in an attachment's file name,
  subject  = our subject's words overlap the message (>= 0.5 token overlap);
  host, words, attachment = per-agency portal host, topic paraphrase only, number only in an attachment
             name (judged by hand, listed in the counts);
(Adapted from the dev2 set's checker for this set: reply_address may be null; no dev2-specific file checks.)
- messages labeled request: null carry no request's Message-ID, plus-address or known number;
- prints counts by kind, by matching signal, and the encoding mix.
"""
import collections
import email
import email.policy
import email.utils
import os
import re
import subprocess
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {'acknowledgment', 'extension', 'fee_estimate', 'clarification', 'records_interim', 'records_final',
         'no_records', 'denial', 'portal_notice', 'auto_reply', 'bounce', 'other'}
problems = []


def bad(msg):
    problems.append(msg)


def all_text(msg):
    """Headers + decoded text of every part + attachment file names + raw text of attachments."""
    chunks = [str(k) + ': ' + str(v) for k, v in msg.items()]
    for p in msg.walk():
        if p.get_content_type() == 'message/rfc822':
            inner = p.get_payload(0)
            chunks.extend(str(k) + ': ' + str(v) for k, v in inner.items())
        if p.is_multipart():
            continue
        fn = p.get_filename()
        if fn:
            chunks.append('[attachment-name] ' + fn)
        ct = p.get_content_type()
        try:
            if p.get_content_maintype() == 'text' or ct.startswith('message/'):
                c = p.get_content()
                chunks.append(c if isinstance(c, str) else str(c))
            else:
                raw = p.get_payload(decode=True) or b''
                chunks.append(raw.decode('latin-1'))
        except Exception as e:  # noqa
            bad('%s: cannot decode part %s: %s' % (msg['Message-ID'], ct, e))
    return '\n'.join(chunks)


def text_without_attachment_names(msg):
    return '\n'.join(l for l in all_text(msg).split('\n') if not l.startswith('[attachment-name] '))


def tokens(s):
    return set(w for w in re.findall(r'[a-z0-9]+', s.lower()) if len(w) > 2 and w not in
               {'the', 'and', 'for', 'with', 'foia', 'request', 'records', 'regarding'})


def main():
    agencies = {a['id']: a for a in yaml.safe_load(open(os.path.join(HERE, 'agencies.yaml')))['agencies']}
    reqs = {r['id']: r for r in yaml.safe_load(open(os.path.join(HERE, 'requests.yaml')))['requests']}
    labels = yaml.safe_load(open(os.path.join(HERE, 'labels.yaml')))
    facts = {f['file']: f for f in yaml.safe_load(open(os.path.join(HERE, 'message_facts.yaml')))}
    files = sorted(f for f in os.listdir(os.path.join(HERE, 'messages')) if f.endswith('.eml'))
    if [l['file'] for l in labels] != files:
        bad('labels.yaml does not list exactly the .eml files in order')
    rc = subprocess.run([sys.executable, os.path.join(HERE, 'compute_labels.py'), '--check'], capture_output=True, text=True)
    if rc.returncode:
        bad('compute_labels.py --check failed:\n' + rc.stdout)
    patterns = [re.compile(a['tracking_pattern']) for a in agencies.values() if a.get('tracking_pattern')]
    known = {rid: ({r['tracking_number']} if r['tracking_number'] else set()) for rid, r in reqs.items()}
    kinds = collections.Counter()
    primary = collections.Counter()
    present = collections.Counter()
    only = collections.Counter()
    enc = collections.Counter()
    last_date = None
    for lab in labels:
        fn = lab['file']
        path = os.path.join(HERE, 'messages', fn)
        with open(path, 'rb') as fh:
            raw = fh.read()
        with open(path, 'rb') as fh:
            msg = email.message_from_binary_file(fh, policy=email.policy.default)
        for p in msg.walk():
            for d in p.defects:
                bad('%s: defect %r in %s' % (fn, d, p.get_content_type()))
            if not p.is_multipart():
                cte = p.get('Content-Transfer-Encoding', '7bit')
                enc['%s %s %s' % (p.get_content_type(), p.get_content_charset() or '-', str(cte).lower())] += 1
                if p.get_filename():
                    size = len(p.get_payload(decode=True) or b'')
                    if size > 30 * 1024:
                        bad('%s: attachment %s is %d bytes' % (fn, p.get_filename(), size))
        for k, v in msg.items():
            for d in getattr(v, 'defects', ()):
                bad('%s: header %s defect %r' % (fn, k, d))
        for h in ('From', 'To', 'Date', 'Subject', 'Message-ID', 'MIME-Version', 'Content-Type'):
            if msg[h] is None:
                bad('%s: missing %s' % (fn, h))
        if '=?' in raw.split(b'\r\n\r\n', 1)[0].decode('ascii'):
            enc['RFC 2047 encoded header'] += 1
        if max(len(l) for l in raw.split(b'\r\n')) > 998:
            bad('%s: line longer than 998 octets' % fn)
        d = email.utils.parsedate_to_datetime(str(msg['Date']))
        if last_date and d < last_date:
            bad('%s: Date %s earlier than previous message' % (fn, d))
        last_date = d
        kinds[lab['kind']] += 1
        if lab['kind'] not in KINDS:
            bad('%s: unknown kind %s' % (fn, lab['kind']))
        rid = lab['request']
        if rid is not None and rid not in reqs:
            bad('%s: unknown request %s' % (fn, rid))
        text = all_text(msg)
        tn = lab.get('tracking_number')
        if tn:
            if tn not in text:
                bad('%s: tracking number %s not found in message' % (fn, tn))
            if not any(p.fullmatch(tn) or p.search(tn) for p in patterns):
                bad('%s: tracking number %s matches no agency pattern' % (fn, tn))
        f = facts[fn]
        sig = f.get('signals') or []
        threadhdrs = ' '.join(str(msg.get(h, '')) for h in ('In-Reply-To', 'References'))
        rcpt = ' '.join(str(msg.get(h, '')) for h in ('To', 'Cc')).lower()
        if rid:
            r = reqs[rid]
            has = {
                'thread': r['message_id'] in threadhdrs or (lab['kind'] == 'bounce' and r['message_id'] in text),
                'plus': bool(r['reply_address']) and r['reply_address'].lower() in rcpt,
                'tracking': any(k in text_without_attachment_names(msg) for k in known[rid]),
                'attachment': any(k in l for k in known[rid] for l in text.split('\n') if l.startswith('[attachment-name] ')),
            }
            has['attachment'] = has['attachment'] and not has['tracking']
            for s in ('thread', 'plus', 'tracking', 'attachment'):
                if (s in sig) != has[s]:
                    bad('%s: signal %s claimed=%s actual=%s' % (fn, s, s in sig, has[s]))
            subj_score = len(tokens(r['subject']) & tokens(str(msg['Subject']) + ' ' + text_without_attachment_names(msg)[:6000])) / max(1, len(tokens(r['subject'])))
            if 'subject' in sig and subj_score < 0.5:
                bad('%s: subject signal claimed but overlap only %.2f' % (fn, subj_score))
            order = ['thread', 'plus', 'tracking', 'subject', 'host', 'words', 'attachment']
            avail = [s for s in order if s in sig]
            if not avail and 'triage' not in f['why'].lower():
                bad('%s: request %s but no matching signal' % (fn, rid))
            primary[avail[0] if avail else 'none'] += 1
            for s in avail:
                present[s] += 1
            if len(avail) == 1:
                only[avail[0]] += 1
            if tn:
                known[rid].add(tn)
        else:
            primary['none (request: null)'] += 1
            for r in reqs.values():
                if r['message_id'] in text or (r['reply_address'] and r['reply_address'].lower() in text.lower()):
                    bad('%s: null-labeled message carries %s identifiers' % (fn, r['id']))
                for k in known[r['id']]:
                    if k in text:
                        bad('%s: null-labeled message contains %s number %s' % (fn, r['id'], k))
    print('messages:', len(labels), ' requests:', len(reqs))
    print('by kind:', dict(sorted(kinds.items())))
    print('matching signal, strongest available (thread > plus > tracking > subject > host > words > attachment):', dict(primary))
    print('matching signal, present at all:', dict(present))
    print('matching signal, the ONLY one present:', dict(only))
    print('encodings (leaf parts):')
    for k, v in sorted(enc.items()):
        print('   %3d  %s' % (v, k))
    if problems:
        print('\nPROBLEMS (%d):' % len(problems))
        for p in problems:
            print(' -', p)
        sys.exit(1)
    print('\nall checks passed')


if __name__ == '__main__':
    main()
