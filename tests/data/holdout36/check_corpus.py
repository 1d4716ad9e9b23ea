#!/usr/bin/env python3
"""Sanity checks for this set.

    python check_corpus.py      (needs pyyaml, holidays, numpy; runs compute_labels.py --check)

Checks: every .eml parses without parser defects and has the basic headers; labels.yaml and messages/ list the
same files in the same order; Date: headers are in non-decreasing order and no message is dated before the
request it is labeled with was sent; every labeled request id exists; kinds are valid and each appears at least
twice; tracking numbers match the agency's pattern and appear in the message (subject, decoded text, attachment
names or PDF/TNEF text); thread headers and plus-addresses agree with the label; acknowledgments carry a due;
extensions carry a due exactly when the jurisdiction's rules table gives extension days; adverse labels carry
appeal_due; attachments are small; lines <= 998 bytes; PDFs have a text layer; winmail.dat parses as TNEF;
smime.p7s parses as PKCS#7; and compute_labels.py --check agrees with labels.yaml.
"""
import sys, re, html, struct, subprocess, collections, email, email.policy, email.utils
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import compute_labels  # noqa: E402

KINDS = ['acknowledgment', 'extension', 'fee_estimate', 'clarification', 'records_interim', 'records_final',
         'no_records', 'denial', 'portal_notice', 'auto_reply', 'bounce', 'other']
problems = []


def bad(msg):
    problems.append(msg)


def tnef_walk(data):
    """Validate a TNEF stream; return list of (level, id, payload)."""
    sig, _key = struct.unpack('<IH', data[:6])
    if sig != 0x223E9F78:
        raise ValueError('bad TNEF signature')
    i, out = 6, []
    while i < len(data):
        level, aid, ln = struct.unpack('<BII', data[i:i + 9])
        payload = data[i + 9:i + 9 + ln]
        (ck,) = struct.unpack('<H', data[i + 9 + ln:i + 11 + ln])
        if ck != sum(payload) & 0xFFFF:
            raise ValueError('bad TNEF checksum at %d' % i)
        out.append((level, aid, payload))
        i += 11 + ln
    return out


def pdf_text(data):
    return ' '.join(m.decode('latin-1') for m in re.findall(rb'\((.*?)\) Tj', data))


def collect(msg, fn, texts, names):
    for part in msg.walk():
        for d in part.defects:
            bad('%s: parser defect %r' % (fn, d))
        for k, v in part.items():
            for d in getattr(v, 'defects', ()):
                bad('%s: %s header defect %r' % (fn, k, d))
        if part.get_filename():
            names.append(part.get_filename())
        ct = part.get_content_type()
        if ct == 'message/rfc822':
            inner = part.get_payload()[0]
            texts.append('\n'.join('%s: %s' % (k, v) for k, v in inner.items()))
        if part.is_multipart():
            continue
        try:
            payload = part.get_content()
        except Exception as e:  # noqa
            bad('%s: cannot decode %s: %s' % (fn, ct, e))
            continue
        if isinstance(payload, bytes):
            if len(payload) > 30 * 1024:
                bad('%s: attachment %s is %d bytes' % (fn, part.get_filename(), len(payload)))
            if ct == 'application/pdf':
                t = pdf_text(payload)
                if not t.strip():
                    bad('%s: PDF %s has no text layer' % (fn, part.get_filename()))
                texts.append(t)
            elif ct == 'application/ms-tnef':
                try:
                    for level, aid, pl in tnef_walk(payload):
                        if aid in (0x0002800C, 0x00018004, 0x00018010):
                            texts.append(pl.decode('cp1252', 'replace'))
                            if aid == 0x00018010:
                                names.append(pl.rstrip(b'\x00').decode('cp1252'))
                        elif aid == 0x0006800F and pl.startswith(b'%PDF'):
                            texts.append(pdf_text(pl))
                except Exception as e:  # noqa
                    bad('%s: winmail.dat is not valid TNEF: %s' % (fn, e))
            elif ct == 'application/pkcs7-signature':
                try:
                    from cryptography.hazmat.primitives.serialization import pkcs7
                    pkcs7.load_der_pkcs7_certificates(payload)
                except Exception as e:  # noqa
                    bad('%s: smime.p7s does not parse: %s' % (fn, e))
            continue
        if ct == 'text/html':
            payload = html.unescape(re.sub(r'<[^>]+>', ' ', payload))
        texts.append(str(payload))


def main():
    rules = compute_labels.load_rules()
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
            bad('request %s: unknown agency %s' % (r['id'], r['agency']))
    by_mid = {r['message_id']: rid for rid, r in reqs.items()}
    by_plus = {r['reply_address']: rid for rid, r in reqs.items()}
    seen_ids, last = set(), None
    kinds = collections.Counter()
    for lab in labels:
        fn = lab['file']
        path = HERE / 'messages' / fn
        if not path.exists():
            bad('%s: labeled file does not exist' % fn)
            continue
        raw = path.read_bytes()
        for i, line in enumerate(raw.split(b'\n')):
            if len(line) > 998:
                bad('%s: line %d longer than 998 bytes' % (fn, i + 1))
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for h in ['From', 'To', 'Date', 'Subject', 'Message-ID', 'MIME-Version', 'Content-Type']:
            if msg[h] is None:
                bad('%s: missing %s' % (fn, h))
        mid = str(msg['Message-ID']).strip()
        if mid in seen_ids:
            bad('%s: duplicate Message-ID' % fn)
        seen_ids.add(mid)
        d = email.utils.parsedate_to_datetime(str(msg['Date']))
        if last and d < last:
            bad('%s: Date earlier than previous message' % fn)
        last = d
        texts, names = [], []
        collect(msg, fn, texts, names)
        blob = '\n'.join([str(msg['Subject'])] + texts + names)
        kind = lab['kind']
        if kind not in KINDS:
            bad('%s: bad kind %s' % (fn, kind))
        kinds[kind] += 1
        rid = lab['request']
        if rid is not None and rid not in reqs:
            bad('%s: unknown request %s' % (fn, rid))
            continue
        if rid and d.date() < reqs[rid]['sent']:
            bad('%s: dated %s, before %s was sent (%s)' % (fn, d.date(), rid, reqs[rid]['sent']))
        trk = lab.get('tracking_number')
        if trk:
            pats = [ags[reqs[rid]['agency']].get('tracking_pattern')] if rid else [a.get('tracking_pattern') for a in ags.values()]
            if not any(p and re.fullmatch(p.replace('\\b', ''), trk) for p in pats):
                bad('%s: tracking %s does not match the agency pattern' % (fn, trk))
            if trk not in blob:
                bad('%s: tracking %s not found in the message' % (fn, trk))
        refs = ' '.join(str(msg[h] or '') for h in ['In-Reply-To', 'References']) + ' ' + blob
        for m, r in by_mid.items():
            if m in refs and r != rid:
                bad('%s: our Message-ID of %s appears but label is %s' % (fn, r, rid))
        to = str(msg['To'] or '') + ' ' + str(msg['Cc'] or '')
        for a, r in by_plus.items():
            if a in to and r != rid:
                bad('%s: plus-address of %s but label is %s' % (fn, r, rid))
        if rid is None and any(k in lab for k in ('due', 'appeal_due', 'estimated')):
            bad('%s: date label without a request' % fn)
        if rid:
            jur = ags[reqs[rid]['agency']]['jurisdiction']
            if kind == 'acknowledgment' and 'due' not in lab:
                bad('%s: acknowledgment without due' % fn)
            if kind == 'extension':
                has_ext = rules[jur]['ext'] is not None
                if has_ext != ('due' in lab):
                    bad('%s: extension due presence (%s) disagrees with rules table for %s' % (fn, 'due' in lab, jur))
                if not has_ext and 'estimated' not in lab:
                    bad('%s: extension in %s without extension days needs an estimated date' % (fn, jur))
            if kind in ('denial', 'no_records') and 'appeal_due' not in lab:
                bad('%s: %s without appeal_due key' % (fn, kind))
            if 'appeal_due' in lab and (lab['appeal_due'] is None) != (rules[jur]['appeal'] is None):
                bad('%s: appeal_due %r disagrees with the rules table for %s' % (fn, lab['appeal_due'], jur))
        sig = facts.get(fn, {}).get('signals') or []
        if not sig:
            bad('%s: no signals in facts.yaml' % fn)
        if trk and rid and any(x in sig for x in ('tracking', 'tracking-filename', 'tracking-attachment')):
            earlier = labels[:labels.index(lab)]
            if not any(l2['request'] == rid and l2.get('tracking_number') and
                       (l2['tracking_number'] in trk or trk in l2['tracking_number']) for l2 in earlier):
                bad('%s: tracking signal but %s was not stated in an earlier message for %s' % (fn, trk, rid))
        if 'tracking-new' in sig and trk and rid and any(
                l2['request'] == rid and l2.get('tracking_number') for l2 in labels[:labels.index(lab)]):
            bad('%s: tracking-new but %s already had a number' % (fn, rid))
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
