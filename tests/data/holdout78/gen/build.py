#!/usr/bin/env python3
"""Run every part file and write messages/*.eml and facts.yaml."""
import sys, importlib
from pathlib import Path
import yaml
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import lib
for n in range(1, 7):
    importlib.import_module('part%d' % n)
out = HERE.parent / 'messages'
for p in out.glob('*.eml'):
    p.unlink()
facts = []
for fn, data, f in lib.MESSAGES:
    (out / fn).write_bytes(data)
    facts.append(f)
hdr = ('# Per-message facts used by compute_labels.py (hand-written ground truth except due/appeal_due).\n'
       '# Written by gen/build.py from the part files. clock: received_on_sent_date | received:YYYY-MM-DD | extension.\n'
       '# adverse_determination: denial / no_records / records_final with withholdings (appeal_due where the table has appeal days).\n'
       '# signals: thread, thread-embedded, plus, tracking, tracking-new, tracking-filename, tracking-attachment, subject, none.\n')
(HERE.parent / 'facts.yaml').write_text(hdr + yaml.safe_dump(facts, sort_keys=False, allow_unicode=True, width=1000))
print('wrote %d messages' % len(facts))
