#!/usr/bin/env python3
"""Run the part generators and write messages/*.eml and facts.yaml (then run compute_labels.py)."""
import importlib, yaml
from pathlib import Path
HERE = Path(__file__).resolve().parent
facts = []
out = HERE / 'messages'
out.mkdir(exist_ok=True)
for old in out.glob('*.eml'):
    old.unlink()
for i in range(1, 7):
    mod = importlib.import_module('gen_part%d' % i)
    for fn, data, f in mod.M:
        assert fn == f['file'], fn
        (out / fn).write_bytes(data)
        facts.append(f)
hdr = """# Per-message facts used by compute_labels.py (hand-written in gen_part*.py; due/appeal_due are computed).
# clock: received_on_sent_date | received:YYYY-MM-DD | extension (+extension days on the current due date;
#        if no due was set yet, the initial period from the sent date comes first). Absent = no clock change.
# adverse_determination: denial / no_records / records_final with withholdings -> appeal_due (null where the
#        rules table has no appeal days, i.e. Alaska).
# signals: thread, thread-embedded, plus, tracking (number stated earlier), tracking-new, tracking-filename,
#        tracking-attachment, subject (topic/subject words), none.
"""
(HERE / 'facts.yaml').write_text(hdr + yaml.safe_dump(facts, sort_keys=False, allow_unicode=True, width=1000))
print('wrote %d messages' % len(facts))
