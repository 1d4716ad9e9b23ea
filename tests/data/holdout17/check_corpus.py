#!/usr/bin/env python3
"""Consistency checks for this labeled set.  Run: python check_corpus.py   (exit 1 on any error)

Checks
  1. every messages/*.eml parses with the standard library (policy=default) without defects, has From, To,
     Date, Subject, Message-ID, no line longer than 998 bytes, no duplicate Message-ID; every PDF attachment
     has a text layer (when pypdf is installed)
  2. labels.yaml and facts.yaml have exactly one entry per message file, in file-name order, and every file
     they name exists
  3. Date: headers are non-decreasing in file-name order, and no message is dated before the sent date of
     the request it is labelled with; every date falls between the first request and January 2027
  4. every request id used exists in requests.yaml, every request's agency exists in agencies.yaml
  5. kinds are from the README's list, every kind occurs at least twice, at least two messages have request null
  6. a labelled tracking number occurs in the message (headers, decoded bodies, attachment names or PDF text)
     and, where the agency has a tracking_pattern, matches it
  7. plus-addresses (records+req-NNN) in To/Cc and our request Message-IDs in In-Reply-To/References do not
     point to a different request than the label
  8. compute_labels.py --check passes (labels.yaml is what the rules give)
"""
import re, io, sys, subprocess, email, email.policy, email.utils, datetime as dt
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
KINDS = {'acknowledgment', 'extension', 'fee_estimate', 'clarification', 'records_interim', 'records_final',
         'no_records', 'denial', 'portal_notice', 'auto_reply', 'bounce', 'other'}
errors = []


def err(msg):
    errors.append(msg)


def pdf_text(data):
    try:
        import pypdf
    except ImportError:
        return None
    r = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(p.extract_text() or '' for p in r.pages)


def all_text(msg, raw):
    chunks = [raw.decode('utf-8', 'replace')]
    for k, v in msg.items():
        chunks.append(f'{k}: {v}')
    for part in msg.walk():
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if fn:
            chunks.append(fn)
        ctype = part.get_content_type()
        try:
            if ctype.startswith('text/') or ctype in ('message/delivery-status',):
                chunks.append(str(part.get_content()))
            elif ctype == 'application/pdf':
                data = part.get_content()
                t = pdf_text(data)
                if t is not None:
                    if len(t.strip()) < 40:
                        err(f'PDF without a usable text layer: {fn}')
                    chunks.append(t)
            elif ctype == 'message/rfc822':
                chunks.append(part.get_content().as_string())
        except Exception as e:  # noqa
            err(f'cannot decode part {ctype} ({fn}): {e}')
    return "\n".join(chunks)


def main():
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    agencies = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    labels = yaml.safe_load((HERE / 'labels.yaml').read_text())
    facts = yaml.safe_load((HERE / 'facts.yaml').read_text())
    files = sorted(p.name for p in (HERE / 'messages').glob('*.eml'))

    # 4. registers
    for r in reqs.values():
        if r['agency'] not in agencies:
            err(f"{r['id']}: unknown agency {r['agency']}")
    req_mid = {r['message_id'].strip('<>'): r['id'] for r in reqs.values()}

    # 2. one label / fact per file
    for name, entries in (('labels.yaml', labels), ('facts.yaml', facts)):
        names = [e['file'] for e in entries]
        if names != files:
            missing = set(files) - set(names)
            extra = set(names) - set(files)
            err(f'{name}: entries do not match messages/ (missing {sorted(missing)}, unknown {sorted(extra)}, order ok={names == sorted(names)})')

    seen_mid = {}
    prev = None
    first_sent = min(r['sent'] for r in reqs.values())
    kinds = {}
    nulls = 0
    for lab in labels:
        f = lab['file']
        path = HERE / 'messages' / f
        if not path.exists():
            err(f'{f}: labelled file does not exist')
            continue
        raw = path.read_bytes()
        # 1. parse
        msg = email.message_from_binary_file(io.BytesIO(raw), policy=email.policy.default)
        for part in msg.walk():
            if part.defects:
                err(f'{f}: parser defects {part.defects}')
        for h in ('From', 'To', 'Date', 'Subject', 'Message-ID'):
            if msg[h] is None:
                err(f'{f}: missing {h}')
        for i, line in enumerate(raw.split(b'\n')):
            if len(line) > 998:
                err(f'{f}: line {i + 1} longer than 998 bytes')
        m_id = str(msg['Message-ID'] or '').strip()
        if m_id in seen_mid:
            err(f'{f}: duplicate Message-ID with {seen_mid[m_id]}')
        seen_mid[m_id] = f
        # 3. dates
        d = email.utils.parsedate_to_datetime(str(msg['Date']))
        if d.tzinfo is None:
            err(f'{f}: Date without time zone')
        if prev and d < prev[1]:
            err(f'{f}: Date {d} earlier than {prev[0]} ({prev[1]})')
        prev = (f, d)
        if not (first_sent <= d.date() <= dt.date(2027, 1, 31)):
            err(f'{f}: Date {d} outside the set period')
        rid = lab['request']
        # 4. request ids
        if rid is not None and rid not in reqs:
            err(f'{f}: unknown request {rid}')
            continue
        if rid is None:
            nulls += 1
        elif d.date() < reqs[rid]['sent']:
            err(f'{f}: dated {d.date()} before {rid} was sent ({reqs[rid]["sent"]})')
        # 5. kinds
        if lab['kind'] not in KINDS:
            err(f"{f}: unknown kind {lab['kind']}")
        kinds[lab['kind']] = kinds.get(lab['kind'], 0) + 1
        # 6. tracking numbers
        text = all_text(msg, raw)
        tn = lab.get('tracking_number')
        if tn is not None:
            tn = str(tn)
            if tn not in text:
                err(f'{f}: tracking number {tn} not found in the message')
            if rid:
                pat = agencies[reqs[rid]['agency']].get('tracking_pattern')
                if pat and not re.fullmatch(pat.replace(r'\b', ''), tn):
                    err(f'{f}: tracking number {tn} does not match the {reqs[rid]["agency"]} pattern {pat}')
        # 7. plus addresses and thread headers
        rcpts = ' '.join(str(msg.get_all(h) or '') for h in ('To', 'Cc', 'Delivered-To'))
        for n in re.findall(r'records\+req-(\d{3})@', rcpts):
            if f'REQ-{n}' != rid:
                err(f'{f}: addressed to records+req-{n} but labelled {rid}')
        thread = ' '.join(str(msg.get(h) or '') for h in ('In-Reply-To', 'References'))
        for m in re.findall(r'<([^>]+)>', thread):
            if m in req_mid and req_mid[m] != rid:
                err(f'{f}: thread header cites {req_mid[m]} but labelled {rid}')
        # labels sanity
        if lab['kind'] not in ('acknowledgment', 'extension') and 'due' in lab:
            err(f'{f}: due on a {lab["kind"]}')
        if 'appeal_due' in lab and lab['kind'] not in ('denial', 'no_records', 'records_final'):
            err(f'{f}: appeal_due on a {lab["kind"]}')
    for k in sorted(KINDS):
        if kinds.get(k, 0) < 2:
            err(f'kind {k} occurs {kinds.get(k, 0)} times (< 2)')
    if nulls < 2:
        err(f'only {nulls} messages with request null')

    # 8. labels are what the rules give
    r = subprocess.run([sys.executable, str(HERE / 'compute_labels.py'), '--check'], capture_output=True, text=True)
    if r.returncode != 0:
        err('compute_labels.py --check failed:\n' + r.stdout + r.stderr)

    print(f'{len(files)} messages, {len(reqs)} requests, {len(agencies)} agencies, {nulls} with request null')
    print('kinds: ' + ', '.join(f'{k} {kinds.get(k, 0)}' for k in sorted(KINDS)))
    if errors:
        print(f'{len(errors)} ERROR(S):')
        for e in errors:
            print('  - ' + e)
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
