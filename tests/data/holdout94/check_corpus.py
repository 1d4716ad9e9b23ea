#!/usr/bin/env python3
"""Check the set: every message parses, every label's file exists (and every message has a label),
Date: headers are in file order and not before the request they answer, request ids exist,
facts.yaml and labels.yaml agree, PDFs carry a text layer, and every labeled tracking number appears in the
message (headers, body, attachment names or PDF text) and matches the agency's tracking_pattern if it has one."""
import sys, re, email, email.policy, email.utils, datetime as dt, io
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
KINDS = {'acknowledgment', 'extension', 'fee_estimate', 'clarification', 'records_interim', 'records_final',
         'no_records', 'denial', 'portal_notice', 'auto_reply', 'bounce', 'other'}

def main():
    errs = []
    agd = {a['id']: a for a in yaml.safe_load(open(HERE / 'agencies.yaml'))['agencies']}
    ags = set(agd)
    reqs = {r['id']: r for r in yaml.safe_load(open(HERE / 'requests.yaml'))['requests']}
    for r in reqs.values():
        if r['agency'] not in ags:
            errs.append(f"{r['id']}: unknown agency {r['agency']}")
    labels = yaml.safe_load(open(HERE / 'labels.yaml'))
    facts = yaml.safe_load(open(HERE / 'facts.yaml'))
    files = sorted(p.name for p in (HERE / 'messages').glob('*.eml'))
    if [l['file'] for l in labels] != files:
        errs.append('labels.yaml files differ from messages/ (missing, extra or out of order)')
    if [f['file'] for f in facts] != [l['file'] for l in labels]:
        errs.append('facts.yaml and labels.yaml list different files')
    prev = None
    for lab in labels:
        p = HERE / 'messages' / lab['file']
        if not p.exists():
            errs.append(f"{lab['file']}: file missing"); continue
        try:
            m = email.message_from_bytes(p.read_bytes(), policy=email.policy.default)
            for h in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
                if not m[h]:
                    errs.append(f"{lab['file']}: no {h}")
            when = email.utils.parsedate_to_datetime(m['Date'])
            blob = [str(v) for v in m.values()]
            for part in m.walk():
                if part.get_filename():
                    blob.append(part.get_filename())
                if not part.is_multipart():
                    c = part.get_content()
                    blob.append(c if isinstance(c, str) else '')
                if part.get_content_type() == 'application/pdf':
                    try:
                        import pypdf
                        txt = ''.join(pg.extract_text() or '' for pg in pypdf.PdfReader(io.BytesIO(part.get_content())).pages)
                        blob.append(txt)
                        if len(txt.strip()) < 20:
                            errs.append(f"{lab['file']}: PDF without text layer")
                    except ImportError:
                        if b'BT' not in part.get_content():
                            errs.append(f"{lab['file']}: PDF without text operators")
        except Exception as e:
            errs.append(f"{lab['file']}: does not parse ({e})"); continue
        if prev and when < prev:
            errs.append(f"{lab['file']}: Date {when} earlier than previous message {prev}")
        prev = when
        if lab['kind'] not in KINDS:
            errs.append(f"{lab['file']}: bad kind {lab['kind']}")
        rid = lab['request']
        tn = lab.get('tracking_number')
        if tn:
            if tn not in '\n'.join(blob):
                errs.append(f"{lab['file']}: tracking number {tn} not found in the message")
            pat = agd[reqs[rid]['agency']].get('tracking_pattern') if rid in reqs else None
            if pat and not re.fullmatch(pat, tn):
                errs.append(f"{lab['file']}: tracking number {tn} does not match pattern {pat}")
        if rid is not None:
            if rid not in reqs:
                errs.append(f"{lab['file']}: unknown request {rid}")
            elif when.date() < reqs[rid]['sent']:
                errs.append(f"{lab['file']}: dated {when.date()} before request {rid} was sent {reqs[rid]['sent']}")
    print(f'{len(files)} messages, {len(labels)} labels, {len(reqs)} requests checked')
    for e in errs:
        print('ERROR', e)
    print('OK' if not errs else f'{len(errs)} problem(s)')
    sys.exit(1 if errs else 0)

if __name__ == '__main__':
    main()
