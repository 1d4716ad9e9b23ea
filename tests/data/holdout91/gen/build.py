#!/usr/bin/env python3
"""Collect the messages from gen_part*.py, order them by Date, number them, write messages/ and facts.yaml."""
import sys, importlib, datetime as dt
from pathlib import Path
import yaml
sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import HERE

msgs = []
for p in sorted(Path(__file__).resolve().parent.glob('gen_part*.py')):
    msgs += importlib.import_module(p.stem).MESSAGES
msgs.sort(key=lambda m: dt.datetime.strptime(m.date, '%Y-%m-%d %H:%M %z'))
out = HERE / 'messages'
out.mkdir(exist_ok=True)
for old in out.glob('*.eml'):
    old.unlink()
facts = []
for i, m in enumerate(msgs, 1):
    fn = '%03d-%s.eml' % (i, m.slug)
    (out / fn).write_bytes(m.raw.replace('\r\n', '\n').encode('ascii'))
    f = {'file': fn}
    f.update(m.facts)
    facts.append(f)
head = """# Per-message facts used by compute_labels.py (hand-written ground truth; due/appeal_due are derived).
# clock: received_on_sent_date | received:YYYY-MM-DD (the date the agency's letter says it received the
#        request) | extension (agency takes more time; adds the table's extension days if any)
#        absent = the message does not set the clock.
# adverse_determination: true for denial / no_records / records_final with withholdings (appeal window check).
# estimated: a completion/response date the agency states in this message.
# signals: what links the message to its request (thread, thread-embedded, plus, tracking, tracking-new,
#          tracking-filename, tracking-attachment, subject, none).
"""
(HERE / 'facts.yaml').write_text(head + yaml.safe_dump(facts, sort_keys=False, allow_unicode=True, width=1000))
print('wrote %d messages' % len(msgs))
