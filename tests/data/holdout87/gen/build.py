#!/usr/bin/env python3
"""Build the set: messages/*.eml, requests.yaml, facts.yaml, NOTES.md message lines (from gen/part*.py).
File numbers follow Date: order.   python3 gen/build.py"""
import sys, importlib, email.utils, yaml
from pathlib import Path
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import reqs

items = []
for p in sorted(HERE.glob('part*.py')):
    items += importlib.import_module(p.stem).MSGS
items.sort(key=lambda x: email.utils.parsedate_to_datetime(x[1]))
out = ROOT / 'messages'
out.mkdir(exist_ok=True)
for old in out.glob('*.eml'):
    old.unlink()
facts, notes = [], []
for i, (slug, date, eml, f, note) in enumerate(items, 1):
    fn = '%03d-%s.eml' % (i, slug)
    (out / fn).write_bytes(eml)
    facts.append(dict({'file': fn}, **f))
    notes.append('- `%s` - %s. %s' % (fn, f['kind'] + (' (' + f['request'] + ')' if f['request'] else ' (request: null)'), note))
req_yaml = {'organization_domain': 'records.example.org', 'inbox_address': 'records@records.example.org', 'requests': [
    {'id': r[0], 'agency': r[1], 'subject': r[3], 'sent': __import__('datetime').date.fromisoformat(r[2]),
     'message_id': reqs.mid(r[0]), 'reply_address': 'records+%s@records.example.org' % r[0].lower(), 'tracking_number': None}
    for r in sorted(reqs.R, key=lambda r: r[0])]}
(ROOT / 'requests.yaml').write_text(yaml.safe_dump(req_yaml, sort_keys=False, allow_unicode=True, width=1000))
hdr = ('# Per-message facts (hand-written ground truth except due/appeal_due, which compute_labels.py derives).\n'
       '# clock: received_on_sent_date | received:YYYY-MM-DD (date the agency says it received the request) | extension.\n'
       '# adverse_determination: denial / no_records / records_final with withholdings (appeal_due only where the rules table\n'
       '#   gives appeal days). signals: what links the message to its request (thread, thread-embedded, plus, tracking,\n'
       '#   tracking-new, tracking-filename, tracking-attachment, subject, none).\n')
(ROOT / 'facts.yaml').write_text(hdr + yaml.safe_dump(facts, sort_keys=False, allow_unicode=True, width=1000))
(HERE / 'notes_messages.md').write_text('\n'.join(notes) + '\n')
print('built %d messages' % len(items))
